import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import {
  type DeskCampaign,
  makeDeskCampaign,
  makeDeskHousehold,
  makeReservation,
} from '../../../test/factories/handover.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { performHandover } from './handover.service.js';

describe('loans over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let campaign: DeskCampaign;
  let coordinator: TestClient;
  let coordinatorB: TestClient;
  let director: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;

  /** A household served at the desk through the service, as the demo data does. */
  async function handedOver() {
    const household = await makeDeskHousehold(t.db.db, a.id, campaign);
    const { device } = await makeReservation(t.db.db, a.id, campaign, household);
    const result = await t.db.db.transaction().execute((trx) =>
      performHandover(trx, a.id, cliActor, {
        campaignId: campaign.id,
        householdId: household.id,
        deviceId: device.id,
        signerName: 'Samia Benali',
        signature: { kind: 'typed', consent: true },
      }),
    );
    return { household, device, loan: result.loan };
  }
  const deviceState = async (id: string) =>
    (await t.db.db.selectFrom('devices').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    campaign = await makeDeskCampaign(t.db.db, a.id);
    coordinator = await clientFor(a.id, 'coordinator');
    coordinatorB = await clientFor(b.id, 'coordinator');
    director = await clientFor(a.id, 'school_director', campaign.schoolId);
  });
  after(() => t.close());

  it('records an early return: the computer goes back to the workshop as returned', async () => {
    const { device, loan } = await handedOver();
    const res = await coordinator.post(url(a, `/loans/${loan.id}/return`), { reason: 'Déménagement à Lyon' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'returned');
    assert.equal(res.json().endReason, 'Déménagement à Lyon');
    assert.equal(await deviceState(device.id), 'returned');

    const detail = (await coordinator.get(url(a, `/loans/${loan.id}`))).json();
    assert.deepEqual(
      detail.events.map((e: { kind: string }) => e.kind),
      ['started', 'returned'],
    );
    const again = await coordinator.post(url(a, `/loans/${loan.id}/lost`), {
      reason: 'perdu',
      reportedOn: '2026-01-01',
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'LOAN_NOT_ACTIVE');
  });

  it('records a loss and a theft; the device keeps the note in its history', async () => {
    for (const kind of ['lost', 'stolen'] as const) {
      const { device, loan } = await handedOver();
      const res = await coordinator.post(url(a, `/loans/${loan.id}/${kind}`), {
        reason: 'Déclaré par la famille',
        reportedOn: '2026-11-02',
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().status, kind);
      assert.equal(await deviceState(device.id), 'handed_over');
      const note = await t.db.db
        .selectFrom('device_events')
        .select(['kind', 'details'])
        .where('device_id', '=', device.id)
        .where('kind', '=', 'note')
        .executeTakeFirstOrThrow();
      assert.equal(JSON.parse(note.details!).loan, kind);
    }
    const { loan } = await handedOver();
    const future = await coordinator.post(url(a, `/loans/${loan.id}/lost`), {
      reason: 'perdu',
      reportedOn: '2999-01-01',
    });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().errors[0].field, 'body.reportedOn');
  });

  it('swaps a broken computer for a ready one on a new loan with the same end date', async () => {
    const { device, loan } = await handedOver();
    const notReady = await makeDevice(t.db.db, a.id, { state: 'imaged' });
    const refused = await coordinator.post(url(a, `/loans/${loan.id}/swap`), {
      deviceId: notReady.id,
      reason: 'Panne',
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'DEVICE_NOT_READY');
    assert.equal(await deviceState(device.id), 'handed_over');

    const spare = await makeDevice(t.db.db, a.id, { state: 'ready' });
    const res = await coordinator.post(url(a, `/loans/${loan.id}/swap`), {
      deviceId: spare.id,
      reason: 'Carte mère HS',
    });
    assert.equal(res.statusCode, 200, res.body);
    const { previous, loan: next } = res.json();
    assert.equal(previous.status, 'swapped');
    assert.equal(next.status, 'active');
    assert.equal(next.deviceId, spare.id);
    assert.equal(next.endsOn, loan.endsOn);
    assert.equal(next.handoverId, loan.handoverId);
    assert.equal(await deviceState(device.id), 'returned');
    assert.equal(await deviceState(spare.id), 'handed_over');
    const moves = await t.db.db
      .selectFrom('device_events')
      .select(['from_state', 'to_state'])
      .where('device_id', '=', spare.id)
      .where('kind', '=', 'transition')
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      moves.map((m) => `${m.from_state}→${m.to_state}`),
      ['ready→allocated', 'allocated→handed_over'],
    );
  });

  it('transfers ownership of every loan that reached its end, once, and prints the transfer', async () => {
    const { device, loan } = await handedOver();
    const { loan: later } = await handedOver();
    await t.db.db.updateTable('loans').set({ ends_on: '2020-07-04' }).where('id', '=', loan.id).execute();
    const notYet = await coordinator.get(url(a, `/loans/${loan.id}/transfer.pdf`));
    assert.equal(notYet.statusCode, 409);

    const res = await coordinator.post(url(a, '/loans/transfer-due'));
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.json().loanIds.includes(loan.id));
    assert.ok(!res.json().loanIds.includes(later.id));
    const second = await coordinator.post(url(a, '/loans/transfer-due'));
    assert.deepEqual(second.json(), { transferred: 0, loanIds: [] });

    assert.equal((await coordinator.get(url(a, `/loans/${loan.id}`))).json().status, 'transferred');
    const pdf = await coordinator.get(url(a, `/loans/${loan.id}/transfer.pdf`));
    assert.equal(pdf.statusCode, 200);
    const text = readPdfText(pdf.rawPayload).text;
    assert.match(text, new RegExp(device.asset_tag));
    assert.match(text, /4 juillet 2020/);
    const moved = await coordinator.post(url(a, `/loans/${loan.id}/return`), { reason: 'trop tard' });
    assert.equal(moved.json().code, 'LOAN_NOT_ACTIVE');
  });

  it('lists loans newest first, by status, page by page', async () => {
    await handedOver();
    await handedOver();
    const first = (await coordinator.get(url(a, '/loans?status=active&limit=1'))).json();
    assert.equal(first.items.length, 1);
    assert.ok(first.nextCursor);
    const second = (await coordinator.get(url(a, `/loans?status=active&limit=1&cursor=${first.nextCursor}`))).json();
    assert.notEqual(second.items[0].id, first.items[0].id);
    assert.ok(second.items[0].id < first.items[0].id);
    const all = (await coordinator.get(url(a, '/loans?status=active&limit=200'))).json();
    assert.ok(all.items.every((l: { status: string }) => l.status === 'active'));
  });

  it('keeps loans to coordinators of the programme: B gets 404, a director 403, nothing changes', async () => {
    const { device, loan } = await handedOver();
    assert.equal((await coordinatorB.get(url(a, `/loans/${loan.id}`))).statusCode, 404);
    assert.equal((await coordinatorB.get(url(b, `/loans/${loan.id}`))).statusCode, 404);
    assert.equal((await coordinatorB.post(url(b, `/loans/${loan.id}/return`), { reason: 'test B' })).statusCode, 404);
    assert.deepEqual((await coordinatorB.get(url(b, '/loans'))).json().items, []);
    assert.equal((await director.post(url(a, `/loans/${loan.id}/return`), { reason: 'directrice' })).statusCode, 403);
    assert.equal((await coordinator.get(url(a, `/loans/${loan.id}`))).json().status, 'active');
    assert.equal(await deviceState(device.id), 'handed_over');
  });
});
