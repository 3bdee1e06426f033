import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeAppointment, makeSchool } from '../../../test/factories/schools.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('campaigns over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinator: TestClient;
  let director: TestClient;
  let coordinatorB: TestClient;
  let yearId: string;
  let school1: string;
  let school2: string;
  let campaignId: string;
  const h: Record<string, string> = {};

  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;
  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.app.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.app.db, user);
    return client;
  }
  const deviceState = async (id: string) =>
    (await t.app.db.selectFrom('devices').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.app.db);
    b = await makeProgramme(t.app.db);
    yearId = (await makeSchoolYear(t.app.db, a.id)).id;
    school1 = (await makeSchool(t.app.db, a.id, { name: 'École Jean Macé' })).id;
    school2 = (await makeSchool(t.app.db, a.id, { name: 'École Pergaud' })).id;
    const add = async (key: string, schoolId: string, o: Parameters<typeof makeHousehold>[2] = {}) => {
      h[key] = (await makeHousehold(t.app.db, a.id, o)).id;
      await makePupil(t.app.db, a.id, { householdId: h[key]!, schoolId, schoolYearId: yearId });
    };
    await add('nocomp', school1, {
      noComputerAtHome: true,
      registeredAt: '2026-09-03T08:00:00.000Z',
      guardians: [{ firstName: 'Aïcha', lastName: 'Benali' }],
    });
    await add('second', school2, { registeredAt: '2026-09-01T08:00:00.000Z' });
    await add('third', school1, { registeredAt: '2026-09-02T08:00:00.000Z' });
    coordinator = await clientFor(a.id, 'coordinator');
    director = await clientFor(a.id, 'school_director', school1);
    coordinatorB = await clientFor(b.id, 'coordinator');
  });
  after(() => t.close());

  it('refuses a campaign with bad input, naming the field, and creates nothing', async () => {
    const base = {
      name: 'Rentrée 2026',
      schoolYearId: yearId,
      schoolIds: [school1],
      startsOn: '2026-09-01',
      endsOn: '2026-12-18',
    };
    const schoolOfB = (await makeSchool(t.app.db, b.id)).id;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, cohortGrade: '6e' }, 'body.cohortGrade'],
      [{ ...base, endsOn: '2026-08-31' }, 'body.endsOn'],
      [{ ...base, startsOn: '2026-02-31' }, 'body.startsOn'],
      [{ ...base, schoolIds: [school1, schoolOfB] }, 'body.schoolIds.1'],
      [{ ...base, priorityRules: ['registered_at', 'registered_at'] }, 'body.priorityRules.1'],
      [{ ...base, status: 'open' }, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await coordinator.post(url(a, '/campaigns'), body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.ok(
        res.json().errors.some((e: { field: string }) => e.field.startsWith(field)),
        `${field}: ${res.body}`,
      );
    }
    const count = await t.app.db
      .selectFrom('campaigns')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
    assert.equal((await director.post(url(a, '/campaigns'), base)).statusCode, 403);
  });

  it('creates a campaign, lists its households in rank order and explains each rank', async () => {
    const res = await coordinator.post(url(a, '/campaigns'), {
      name: 'Rentrée 2026',
      schoolYearId: yearId,
      schoolIds: [school1, school2],
      startsOn: '2026-09-01',
      endsOn: '2026-12-18',
    });
    assert.equal(res.statusCode, 201, res.body);
    campaignId = res.json().campaign.id;
    assert.equal(res.json().eligibility.added, 3);
    assert.deepEqual(res.json().campaign.counts, { eligible: 3 });
    assert.equal(res.json().campaign.status, 'draft');

    const list = await coordinator.get(url(a, `/campaigns/${campaignId}/households`));
    assert.equal(list.statusCode, 200, list.body);
    const items = list.json().items;
    assert.deepEqual(
      items.map((i: { householdId: string }) => i.householdId),
      [h.nocomp, h.second, h.third],
    );
    assert.equal(items[0].explanation, 'rang 1 sur 3 : pas d’ordinateur à la maison, inscrite le 3 septembre 2026');
    assert.deepEqual(items[0].guardians, [{ firstName: 'Aïcha', lastName: 'Benali' }]);
    assert.match(items[0].invitationCode, /^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const page = await coordinator.get(url(a, `/campaigns/${campaignId}/households?limit=2`));
    const rest = await coordinator.get(
      url(a, `/campaigns/${campaignId}/households?limit=2&cursor=${page.json().nextCursor}`),
    );
    assert.deepEqual(
      rest.json().items.map((i: { householdId: string }) => i.householdId),
      [h.third],
    );
    const byName = await coordinator.get(url(a, `/campaigns/${campaignId}/households?q=benal`));
    assert.deepEqual(
      byName.json().items.map((i: { householdId: string }) => i.householdId),
      [h.nocomp],
    );

    const why = await coordinator.get(url(a, `/campaigns/${campaignId}/households/${h.second}/explanation`), {
      'accept-language': 'en',
    });
    assert.equal(why.statusCode, 200, why.body);
    assert.equal(why.json().explanation, 'rank 2 of 3: registered on 1 September 2026');
    assert.equal(why.json().seed, campaignId);
  });

  it('runs the allocation, then refuses a device that is not ready, and releases and swaps', async () => {
    const ready = await makeDevice(t.app.db, a.id, { state: 'ready', grade: 'A' });
    const spare = await makeDevice(t.app.db, a.id, { state: 'ready', grade: 'B' });
    const inRepair = await makeDevice(t.app.db, a.id, { state: 'repaired', grade: 'A' });
    await t.app.db.updateTable('devices').set({ state: 'checked' }).where('id', '=', spare.id).execute();
    const run = await coordinator.post(url(a, `/campaigns/${campaignId}/allocation-runs`), { seed: 'rentrée' });
    assert.equal(run.statusCode, 201, run.body);
    assert.equal(run.json().allocated, 1);
    assert.equal(run.json().waiting, 2);
    assert.equal(await deviceState(ready.id), 'allocated');

    await makeAppointment(t.app.db, a.id, { campaignId, householdId: h.nocomp!, startsAt: '2026-10-03T08:00:00.000Z' });
    const list = (await coordinator.get(url(a, `/campaigns/${campaignId}/households?status=allocated`))).json();
    assert.equal(list.items.length, 1);
    assert.deepEqual(list.items[0].allocation, {
      id: list.items[0].allocation.id,
      deviceId: ready.id,
      assetTag: ready.asset_tag,
    });
    assert.equal(list.items[0].appointment.startsAt, '2026-10-03T08:00:00.000Z');

    const refused = await coordinator.post(url(a, '/allocations'), {
      campaignId,
      householdId: h.second,
      deviceId: inRepair.id,
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'DEVICE_NOT_READY');
    const taken = await coordinator.post(url(a, '/allocations'), {
      campaignId,
      householdId: h.second,
      deviceId: ready.id,
    });
    assert.equal(taken.json().code, 'DEVICE_ALREADY_RESERVED');

    await t.app.db.updateTable('devices').set({ state: 'ready' }).where('id', '=', spare.id).execute();
    const allocationId = list.items[0].allocation.id;
    const noReason = await coordinator.post(url(a, `/allocations/${allocationId}/swap`), { deviceId: spare.id });
    assert.equal(noReason.statusCode, 400);
    const swapped = await coordinator.post(url(a, `/allocations/${allocationId}/swap`), {
      deviceId: spare.id,
      reason: 'clavier défectueux',
    });
    assert.equal(swapped.statusCode, 200, swapped.body);
    assert.equal(await deviceState(ready.id), 'ready');
    assert.equal(await deviceState(spare.id), 'allocated');

    const released = await coordinator.post(url(a, `/allocations/${swapped.json().id}/release`), {
      reason: 'la famille a déménagé',
    });
    assert.equal(released.statusCode, 200, released.body);
    assert.equal(released.json().status, 'released');
    assert.equal(await deviceState(spare.id), 'ready');

    const manual = await coordinator.post(url(a, '/allocations'), {
      campaignId,
      householdId: h.third,
      deviceId: ready.id,
    });
    assert.equal(manual.statusCode, 201, manual.body);
    assert.equal(await deviceState(ready.id), 'allocated');
  });

  it('shows a director her own school only', async () => {
    const list = await director.get(url(a, `/campaigns/${campaignId}/households`));
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list.json().items.map((i: { school: { id: string } }) => i.school.id),
      [school1, school1],
    );
    const other = await director.get(url(a, `/campaigns/${campaignId}/households/${h.second}/explanation`));
    assert.equal(other.statusCode, 404);
    assert.equal(
      (await director.get(url(a, `/campaigns/${campaignId}/households?schoolId=${school2}`))).statusCode,
      404,
    );
    const campaign = await director.get(url(a, `/campaigns/${campaignId}`));
    assert.deepEqual(
      campaign.json().schools.map((s: { id: string }) => s.id),
      [school1],
    );
    assert.equal(campaign.json().lastRun, null);
    assert.equal((await director.post(url(a, `/campaigns/${campaignId}/allocation-runs`), {})).statusCode, 403);
    const elsewhere = await clientFor(a.id, 'school_director', (await makeSchool(t.app.db, a.id)).id);
    assert.equal((await elsewhere.get(url(a, `/campaigns/${campaignId}`))).statusCode, 404);
    assert.deepEqual((await elsewhere.get(url(a, '/campaigns'))).json().items, []);
  });

  it('gives another programme 404 and changes nothing', async () => {
    assert.equal((await coordinatorB.get(url(a, `/campaigns/${campaignId}`))).statusCode, 404);
    const viaB = await coordinatorB.get(url(b, `/campaigns/${campaignId}`));
    assert.equal(viaB.statusCode, 404);
    assert.equal(viaB.json().code, 'CAMPAIGN_NOT_FOUND');
    const allocation = await t.app.db
      .selectFrom('allocations')
      .selectAll()
      .where('status', '=', 'reserved')
      .executeTakeFirstOrThrow();
    const release = await coordinatorB.post(url(b, `/allocations/${allocation.id}/release`), { reason: 'intrus' });
    assert.equal(release.statusCode, 404);
    assert.equal((await coordinatorB.post(url(b, `/campaigns/${campaignId}/allocation-runs`), {})).statusCode, 404);
    assert.equal(await deviceState(allocation.device_id), 'allocated');
  });

  it('opens and closes; a closed campaign refuses changes', async () => {
    const open = await coordinator.patch(url(a, `/campaigns/${campaignId}`), { status: 'open' });
    assert.equal(open.statusCode, 200, open.body);
    const back = await coordinator.patch(url(a, `/campaigns/${campaignId}`), { status: 'draft' });
    assert.equal(back.statusCode, 409);
    assert.equal((await coordinator.patch(url(a, `/campaigns/${campaignId}`), { status: 'closed' })).statusCode, 200);
    const again = await coordinator.post(url(a, `/campaigns/${campaignId}/eligibility`));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'CAMPAIGN_CLOSED');
    assert.equal(
      (await coordinator.patch(url(a, `/campaigns/${campaignId}`), { name: 'x' })).json().code,
      'CAMPAIGN_CLOSED',
    );
    assert.equal(
      (await coordinator.post(url(a, `/campaigns/${campaignId}/allocation-runs`))).json().code,
      'CAMPAIGN_CLOSED',
    );
  });
});
