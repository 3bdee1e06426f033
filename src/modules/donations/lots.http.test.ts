import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_ORIGIN, TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDonor, makeLot } from '../../../test/factories/donations.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { importCommunes } from '../territory/communes.service.js';
import { todayIn } from './lot-input.js';

const COMMUNES = [
  { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: 118489 },
  { inseeCode: '25527', name: 'Saint-Vit', postalCodes: ['25410'], population: 5059 },
];

function inDays(days: number): string {
  const d = new Date(`${todayIn('Europe/Paris')}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('donation lots over HTTP: declaring, reading, changing', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let donorA: { id: string; name: string };
  let donorB: { id: string; name: string };
  let donorClient: TestClient;
  let otherDonorClient: TestClient;
  let coordinator: TestClient;
  let operator: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const lotsUrl = (p: Programme = a) => `/api/v1/programmes/${p.slug}/lots`;
  const countLots = async (programmeId: string) =>
    Number(
      (
        await t.db.db
          .selectFrom('donation_lots')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('programme_id', '=', programmeId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Programme A', timeZone: 'Europe/Paris' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    await importCommunes(t.db.db, a.id, cliActor, COMMUNES);
    donorA = await makeDonor(t.db.db, a.id, {
      name: 'Mairie de Besançon',
      donorCategory: 'administration',
      addressLine: '2 rue Mégevand',
      postalCode: '25000',
      communeInsee: '25056',
    });
    donorB = await makeDonor(t.db.db, a.id, { name: 'Entreprise voisine' });
    donorClient = await clientFor(a.id, 'donor', donorA.id);
    otherDonorClient = await clientFor(a.id, 'donor', donorB.id);
    coordinator = await clientFor(a.id, 'coordinator');
    operator = await clientFor(a.id, 'workshop_operator');
  });
  after(() => t.close());

  it('lets a donor declare a lot for its own organisation, with the donor’s address by default', async () => {
    const res = await donorClient.post(lotsUrl(), {
      declaredKinds: { laptop: 8, desktop: 4, monitor: 0 },
      wishedPickupDate: inDays(10),
      contactName: 'Claire Dupont',
      contactPhone: '03 81 61 50 50',
      notes: 'Accès par la cour.',
    });
    assert.equal(res.statusCode, 201);
    const lot = res.json();
    assert.match(lot.reference, /^LOT-\d{4}-\d{4}$/);
    assert.equal(lot.donorId, donorA.id);
    assert.equal(lot.donorName, 'Mairie de Besançon');
    assert.equal(lot.status, 'declared');
    assert.equal(lot.declaredCount, 12);
    assert.deepEqual(lot.declaredKinds, { desktop: 4, laptop: 8 });
    assert.equal(lot.pickupAddressLine, '2 rue Mégevand');
    assert.equal(lot.pickupCommuneInsee, '25056');
    assert.equal(lot.pickupCommuneName, 'Besançon');
    assert.equal(lot.deviceCount, 0);
    assert.deepEqual(lot.allowedNextStatuses, ['cancelled']);
    // Staff see the same lot with the moves they may make.
    const seen = await coordinator.get(`${lotsUrl()}/${lot.id}`);
    assert.deepEqual(seen.json().allowedNextStatuses, ['scheduled', 'cancelled']);
    const events = await t.db.db.selectFrom('audit_events').selectAll().where('entity_id', '=', lot.id).execute();
    assert.deepEqual(
      events.map((e) => [e.action, e.actor_role]),
      [['declared', 'donor']],
    );
  });

  it('lets staff declare for a donor they name, and numbers lots one after the other', async () => {
    const first = await coordinator.post(lotsUrl(), {
      donorId: donorB.id,
      declaredCount: 30,
      pickupAddressLine: '1 zone artisanale',
      pickupPostalCode: '25410',
      pickupCommuneInsee: '25527',
    });
    assert.equal(first.statusCode, 201);
    assert.equal(first.json().declaredCount, 30);
    assert.deepEqual(first.json().declaredKinds, {});
    assert.equal(first.json().pickupCommuneName, 'Saint-Vit');
    const second = await coordinator.post(lotsUrl(), { donorId: donorB.id, declaredKinds: { other: 2 } });
    const n = (ref: string) => Number(ref.split('-')[2]);
    assert.equal(n(second.json().reference), n(first.json().reference) + 1);

    const missing = await coordinator.post(lotsUrl(), { declaredCount: 3 });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().errors[0].field, 'body.donorId');
    const school = await makeOrganisation(t.db.db, a.id, { kind: 'school' });
    const notDonor = await coordinator.post(lotsUrl(), { donorId: school.id, declaredCount: 3 });
    assert.equal(notDonor.statusCode, 400);
    assert.equal(notDonor.json().errors[0].code, 'not_a_donor');
  });

  it('refuses a donor declaring for another organisation (403) and a workshop operator (403)', async () => {
    const before = await countLots(a.id);
    const res = await donorClient.post(lotsUrl(), { donorId: donorB.id, declaredCount: 2 });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'FORBIDDEN');
    assert.equal((await operator.post(lotsUrl(), { donorId: donorA.id, declaredCount: 2 })).statusCode, 403);
    assert.equal(await countLots(a.id), before);
  });

  it('explains bad declarations field by field and creates nothing', async () => {
    const before = await countLots(a.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'body.declaredCount', 'required'],
      [{ declaredKinds: { laptop: 0 } }, 'body.declaredCount', 'required'],
      [{ declaredKinds: { laptop: 3, desktop: 2 }, declaredCount: 6 }, 'body.declaredCount', 'count_mismatch'],
      [{ declaredKinds: { tablet: 3 } }, 'body.declaredKinds.tablet', 'unknown_field'],
      [{ declaredKinds: { laptop: -1 } }, 'body.declaredKinds.laptop', 'too_small'],
      [{ declaredCount: 2, wishedPickupDate: '2020-01-06' }, 'body.wishedPickupDate', 'date_in_past'],
      [{ declaredCount: 2, wishedPickupDate: inDays(400) }, 'body.wishedPickupDate', 'date_too_far'],
      [{ declaredCount: 2, wishedPickupDate: '2026-02-30' }, 'body.wishedPickupDate', 'invalid_format'],
      [{ declaredCount: 2, pickupCommuneInsee: '75056' }, 'body.pickupCommuneInsee', 'commune_not_found'],
      [
        { declaredCount: 2, pickupCommuneInsee: '25056', pickupPostalCode: '25410' },
        'body.pickupPostalCode',
        'postal_code_mismatch',
      ],
      [{ declaredCount: 2, status: 'closed' }, 'body.status', 'unknown_field'],
    ];
    for (const [body, field, code] of cases) {
      const res = await donorClient.post(lotsUrl(), body);
      assert.ok([400, 404].includes(res.statusCode), `${JSON.stringify(body)} → ${res.statusCode}`);
      assert.deepEqual(
        res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [[field, code]],
        JSON.stringify(body),
      );
    }
    const mismatch = await donorClient.post(lotsUrl(), { declaredKinds: { laptop: 3, desktop: 2 }, declaredCount: 6 });
    assert.match(mismatch.json().errors[0].message, /Le total \(6\) ne correspond pas à la somme des types \(5\)/);
    assert.equal(await countLots(a.id), before);
  });

  it('shows a donor only its own lots: another donor’s lot is 404, in the list and by reference', async () => {
    const mine = await makeLot(t.db.db, a.id, { donorId: donorA.id });
    const theirs = await makeLot(t.db.db, a.id, { donorId: donorB.id });
    const list = await donorClient.get(lotsUrl());
    assert.equal(list.statusCode, 200);
    const donors = new Set(list.json().items.map((l: { donorId: string }) => l.donorId));
    assert.deepEqual([...donors], [donorA.id]);
    assert.ok(list.json().items.some((l: { id: string }) => l.id === mine.id));
    // Asking for the other donor's lots gives nothing rather than an error that confirms them.
    assert.deepEqual((await donorClient.get(`${lotsUrl()}?donorId=${donorB.id}`)).json().items, []);

    const other = await donorClient.get(`${lotsUrl()}/${theirs.id}`);
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'LOT_NOT_FOUND');
    assert.equal((await donorClient.get(`${lotsUrl()}/by-reference/${theirs.reference}`)).statusCode, 404);
    const edit = await donorClient.patch(`${lotsUrl()}/${theirs.id}`, { notes: 'pris' });
    assert.equal(edit.statusCode, 404);
    const cancel = await donorClient.post(`${lotsUrl()}/${theirs.id}/status`, { to: 'cancelled' });
    assert.equal(cancel.statusCode, 404);
    assert.equal((await otherDonorClient.get(`${lotsUrl()}/${theirs.id}`)).statusCode, 200);
    assert.equal(
      (await t.db.db.selectFrom('donation_lots').select('notes').where('id', '=', theirs.id).executeTakeFirstOrThrow())
        .notes,
      null,
    );

    // Staff (coordinator, workshop operator) see every donor's lots.
    const all = await operator.get(`${lotsUrl()}?donorId=${donorB.id}`);
    assert.ok(all.json().items.some((l: { id: string }) => l.id === theirs.id));
    assert.deepEqual(all.json().items[0].allowedNextStatuses, []);
  });

  it('finds a lot by reference whatever the case, spaces or missing zeros', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donorA.id });
    const [, year, number] = lot.reference.split('-');
    for (const typed of [lot.reference.toLowerCase(), `lot ${year} ${Number(number)}`, `LOT${year}${number}`]) {
      const res = await donorClient.get(`${lotsUrl()}/by-reference/${encodeURIComponent(typed)}`);
      assert.equal(res.statusCode, 200, typed);
      assert.equal(res.json().id, lot.id);
    }
    assert.equal((await donorClient.get(`${lotsUrl()}/by-reference/GB-004217-K`)).statusCode, 404);
  });

  it('pages the list newest first with an opaque cursor and filters by status', async () => {
    const donor = await makeDonor(t.db.db, a.id);
    const made = [];
    for (let i = 0; i < 5; i += 1) {
      made.push(
        await makeLot(t.db.db, a.id, {
          donorId: donor.id,
          status: i % 2 === 0 ? 'declared' : 'scheduled',
          createdAt: `2026-03-0${i + 1}T09:00:00.000Z`,
        }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${lotsUrl()}?donorId=${donor.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await coordinator.get(url)).json();
      seen.push(...page.items.map((l: { id: string }) => l.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, made.map((l) => l.id).reverse());
    const scheduled = (await coordinator.get(`${lotsUrl()}?donorId=${donor.id}&status=scheduled`)).json();
    assert.deepEqual(
      scheduled.items.map((l: { id: string }) => l.id),
      [made[3]!.id, made[1]!.id],
    );
    const bad = await coordinator.get(`${lotsUrl()}?cursor=nonsense`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'query.cursor');
    assert.equal((await coordinator.get(`${lotsUrl()}?status=lost`)).json().errors[0].field, 'query.status');
  });

  it('lets the donor change a declared lot, not a scheduled one, and audits the change', async () => {
    const created = (await donorClient.post(lotsUrl(), { declaredKinds: { laptop: 2 } })).json();
    const url = `${lotsUrl()}/${created.id}`;
    const changed = await donorClient.patch(url, {
      declaredKinds: { laptop: 2, monitor: 2 },
      contactName: 'Paul Martin',
      notes: '',
    });
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.json().declaredCount, 4);
    assert.equal(changed.json().contactName, 'Paul Martin');
    const wrong = await donorClient.patch(url, { declaredCount: 9 });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().errors[0].code, 'count_mismatch');
    assert.equal((await operator.patch(url, { notes: 'x' })).statusCode, 403);

    assert.equal(
      (await coordinator.post(`${url}/status`, { to: 'scheduled', scheduledPickupDate: inDays(3) })).statusCode,
      200,
    );
    const late = await donorClient.patch(url, { notes: 'trop tard' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'LOT_NOT_EDITABLE');
    assert.match(late.json().detail, /enlèvement planifié/);
    const actions = await t.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', created.id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      actions.map((e) => e.action),
      ['declared', 'updated', 'status_changed'],
    );
  });

  it('hides programme A’s lots from programme B and lets B change nothing', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donorA.id });
    const coordinatorB = await clientFor(b.id, 'coordinator');
    for (const url of [`${lotsUrl(b)}/${lot.id}`, `${lotsUrl(b)}/by-reference/${lot.reference}`]) {
      assert.equal((await coordinatorB.get(url)).statusCode, 404, url);
    }
    assert.deepEqual((await coordinatorB.get(lotsUrl(b))).json().items, []);
    assert.equal((await coordinatorB.patch(`${lotsUrl(b)}/${lot.id}`, { notes: 'B' })).statusCode, 404);
    const move = await coordinatorB.post(`${lotsUrl(b)}/${lot.id}/status`, {
      to: 'scheduled',
      scheduledPickupDate: inDays(2),
    });
    assert.equal(move.statusCode, 404);
    // B cannot declare for A's donor either, nor reach A's URLs.
    const declare = await coordinatorB.post(lotsUrl(b), { donorId: donorA.id, declaredCount: 1 });
    assert.equal(declare.statusCode, 404);
    assert.equal(declare.json().errors[0].field, 'body.donorId');
    assert.equal((await coordinatorB.get(`${lotsUrl(a)}/${lot.id}`)).statusCode, 404);
    const after = await t.db.db
      .selectFrom('donation_lots')
      .selectAll()
      .where('id', '=', lot.id)
      .executeTakeFirstOrThrow();
    assert.equal(after.status, 'declared');
    assert.equal(after.notes, null);
    assert.equal(await countLots(b.id), 0);
  });

  it('refuses anonymous callers (401) and families (403)', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: lotsUrl() })).statusCode, 401);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: lotsUrl(),
      payload: { declaredCount: 1 },
      headers: { origin: TEST_ORIGIN },
    });
    assert.equal(anonymous.statusCode, 401);
    const family = await clientFor(a.id, 'family');
    assert.equal((await family.get(lotsUrl())).statusCode, 403);
  });
});
