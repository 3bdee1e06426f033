import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDonor, makeLot } from '../../../test/factories/donations.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Programme } from '../programmes/programmes.model.js';
import { todayIn } from './lot-input.js';

function inDays(days: number): string {
  const d = new Date(`${todayIn('Europe/Paris')}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

let tagNumber = 0;
/** A device row of a lot, inserted directly: the devices module owns their creation. */
async function insertDevice(db: Executor, programmeId: string, lotId: string, state: string): Promise<string> {
  tagNumber += 1;
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('devices')
    .values({
      id,
      programme_id: programmeId,
      asset_tag: `TS-${String(tagNumber).padStart(6, '0')}-X`,
      kind: 'laptop',
      make: null,
      model: null,
      serial: null,
      hardware_uuid: null,
      lot_id: lotId,
      holder_organisation_id: null,
      location: null,
      grade: null,
      grade_reasons: null,
      state,
      state_since: now,
      latest_inventory_id: null,
      image_name: null,
      image_version: null,
      image_hash: null,
      outcome: null,
      manufactured_year: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

describe('donation lot status machine over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let donor: { id: string };
  let donorClient: TestClient;
  let supervisor: TestClient;
  let operator: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const lotUrl = (id: string) => `/api/v1/programmes/${a.slug}/lots/${id}`;
  const move = (client: TestClient, id: string, body: Record<string, unknown>) =>
    client.post(`${lotUrl(id)}/status`, body);
  const snapshot = async (id: string) => ({
    lot: await t.db.db.selectFrom('donation_lots').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    audit: (await t.db.db.selectFrom('audit_events').select('id').where('entity_id', '=', id).execute()).length,
  });

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { timeZone: 'Europe/Paris' });
    donor = await makeDonor(t.db.db, a.id, { name: 'Banque du Doubs' });
    donorClient = await clientFor(a.id, 'donor', donor.id);
    supervisor = await clientFor(a.id, 'workshop_supervisor');
    operator = await clientFor(a.id, 'workshop_operator');
  });
  after(() => t.close());

  it('walks a lot from declared to closed, recording every step in the audit trail', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donor.id, declaredKinds: { laptop: 2 } });
    const date = inDays(5);
    const scheduled = await move(supervisor, lot.id, { to: 'scheduled', scheduledPickupDate: date });
    assert.equal(scheduled.statusCode, 200);
    assert.equal(scheduled.json().status, 'scheduled');
    assert.equal(scheduled.json().scheduledPickupDate, date);
    assert.deepEqual(scheduled.json().allowedNextStatuses, ['scheduled', 'collected', 'cancelled']);

    const later = inDays(6);
    const rescheduled = await move(supervisor, lot.id, { to: 'scheduled', scheduledPickupDate: later });
    assert.equal(rescheduled.json().scheduledPickupDate, later);

    const collected = await move(supervisor, lot.id, { to: 'collected' });
    assert.equal(collected.json().status, 'collected');
    assert.ok(collected.json().collectedAt);
    assert.deepEqual(collected.json().allowedNextStatuses, ['received']);

    const received = await move(supervisor, lot.id, { to: 'received', receivedCount: 3, totalWeightKg: 12.34 });
    assert.equal(received.statusCode, 200);
    assert.equal(received.json().receivedCount, 3);
    assert.equal(received.json().totalWeightKg, 12.3);
    assert.ok(received.json().receivedAt);
    const stored = await snapshot(lot.id);
    assert.equal(Number(stored.lot.total_weight_grams), 12300);

    await insertDevice(t.db.db, a.id, lot.id, 'ready');
    await insertDevice(t.db.db, a.id, lot.id, 'recycled');
    await insertDevice(t.db.db, a.id, lot.id, 'handed_over');
    const closed = await move(supervisor, lot.id, { to: 'closed' });
    assert.equal(closed.statusCode, 200);
    assert.equal(closed.json().status, 'closed');
    assert.equal(closed.json().deviceCount, 3);
    assert.ok(closed.json().closedAt);
    assert.deepEqual(closed.json().allowedNextStatuses, []);

    const events = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'summary', 'actor_role'])
      .where('entity_id', '=', lot.id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => {
        const s = JSON.parse(e.summary);
        return [s.from, s.to, e.actor_role];
      }),
      [
        ['declared', 'scheduled', 'workshop_supervisor'],
        ['scheduled', 'scheduled', 'workshop_supervisor'],
        ['scheduled', 'collected', 'workshop_supervisor'],
        ['collected', 'received', 'workshop_supervisor'],
        ['received', 'closed', 'workshop_supervisor'],
      ],
    );
    assert.equal(JSON.parse(events[3]!.summary).totalWeightKg, 12.3);
  });

  it('refuses jumps with LOT_TRANSITION_FORBIDDEN naming both statuses, and changes nothing', async () => {
    const declared = await makeLot(t.db.db, a.id, { donorId: donor.id });
    const before = await snapshot(declared.id);
    const jump = await move(supervisor, declared.id, { to: 'received', receivedCount: 3, totalWeightKg: 10 });
    assert.equal(jump.statusCode, 409);
    assert.equal(jump.json().code, 'LOT_TRANSITION_FORBIDDEN');
    assert.match(jump.json().detail, /« déclaré » ne peut pas passer à « reçu à l’atelier »/);
    assert.match(jump.json().detail, /Étapes possibles : enlèvement planifié, annulé/);
    assert.deepEqual(jump.json().errors[0], {
      field: 'body.to',
      code: 'declared_to_received',
      message: jump.json().detail,
    });
    assert.deepEqual(await snapshot(declared.id), before);

    for (const [status, body] of [
      ['declared', { to: 'collected' }],
      ['declared', { to: 'closed' }],
      ['collected', { to: 'scheduled', scheduledPickupDate: inDays(1) }],
      ['received', { to: 'cancelled' }],
      ['closed', { to: 'received', receivedCount: 1, totalWeightKg: 1 }],
      ['cancelled', { to: 'scheduled', scheduledPickupDate: inDays(1) }],
    ] as const) {
      const lot = await makeLot(t.db.db, a.id, { donorId: donor.id, status });
      const was = await snapshot(lot.id);
      const res = await move(supervisor, lot.id, body);
      assert.equal(res.statusCode, 409, `${status} → ${body.to}`);
      assert.equal(res.json().code, 'LOT_TRANSITION_FORBIDDEN');
      assert.deepEqual(await snapshot(lot.id), was);
    }
  });

  it('checks the received values field by field and changes nothing', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donor.id, status: 'collected' });
    const before = await snapshot(lot.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ to: 'received', totalWeightKg: 10 }, 'body.receivedCount', 'required'],
      [{ to: 'received', receivedCount: 3 }, 'body.totalWeightKg', 'required'],
      [{ to: 'received', receivedCount: -1, totalWeightKg: 10 }, 'body.receivedCount', 'too_small'],
      [{ to: 'received', receivedCount: 3, totalWeightKg: -0.5 }, 'body.totalWeightKg', 'too_small'],
      [{ to: 'received', receivedCount: 3, totalWeightKg: 100000.1 }, 'body.totalWeightKg', 'too_big'],
      [{ to: 'received', receivedCount: 3, totalWeightKg: 10, closedAt: 'x' }, 'body.closedAt', 'unknown_field'],
    ];
    for (const [body, field, code] of cases) {
      const res = await move(supervisor, lot.id, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json().code, 'VALIDATION_FAILED');
      assert.deepEqual(
        res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [[field, code]],
        JSON.stringify(body),
      );
    }
    // A string instead of a number is refused on its field (the platform currently words every
    // zod invalid_type as "required"; reported to the lead).
    const text = await move(supervisor, lot.id, { to: 'received', receivedCount: '3', totalWeightKg: 10 });
    assert.equal(text.statusCode, 400);
    assert.deepEqual(
      text.json().errors.map((e: { field: string }) => e.field),
      ['body.receivedCount'],
    );
    const unknownStep = await move(supervisor, lot.id, { to: 'lost' });
    assert.equal(unknownStep.statusCode, 400);
    assert.equal(unknownStep.json().errors[0].field, 'body.to');
    assert.deepEqual(await snapshot(lot.id), before);
    // Zero devices and zero kilograms are real answers (an empty van).
    const empty = await move(supervisor, lot.id, { to: 'received', receivedCount: 0, totalWeightKg: 0 });
    assert.equal(empty.statusCode, 200);
    assert.equal(empty.json().totalWeightKg, 0);
  });

  it('needs a pick-up date that has not passed to schedule', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donor.id });
    const before = await snapshot(lot.id);
    const missing = await move(supervisor, lot.id, { to: 'scheduled' });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json().errors[0].field, 'body.scheduledPickupDate');
    const past = await move(supervisor, lot.id, { to: 'scheduled', scheduledPickupDate: '2021-05-03' });
    assert.equal(past.statusCode, 400);
    assert.equal(past.json().errors[0].code, 'date_in_past');
    assert.match(past.json().errors[0].message, /déjà passée/);
    assert.deepEqual(await snapshot(lot.id), before);
    const today = await move(supervisor, lot.id, { to: 'scheduled', scheduledPickupDate: inDays(0) });
    assert.equal(today.statusCode, 200);
  });

  it('refuses to close while devices of the lot are still in the workshop, and says how many', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donor.id, status: 'received', receivedCount: 4 });
    await insertDevice(t.db.db, a.id, lot.id, 'ready');
    const diagnosed = await insertDevice(t.db.db, a.id, lot.id, 'diagnosed');
    const erased = await insertDevice(t.db.db, a.id, lot.id, 'erased');
    await insertDevice(t.db.db, a.id, lot.id, 'for_parts');
    const before = await snapshot(lot.id);
    const res = await move(supervisor, lot.id, { to: 'closed' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'LOT_TRANSITION_FORBIDDEN');
    assert.match(res.json().detail, /2 appareil\(s\) de ce lot sont encore en cours/);
    assert.deepEqual(await snapshot(lot.id), before);
    assert.equal((await supervisor.get(lotUrl(lot.id))).json().deviceCount, 4);

    await t.db.db.updateTable('devices').set({ state: 'recycled' }).where('id', 'in', [diagnosed, erased]).execute();
    assert.equal((await move(supervisor, lot.id, { to: 'closed' })).statusCode, 200);
  });

  it('refuses to close a lot that received devices but has none registered', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donor.id, status: 'received', receivedCount: 5 });
    const res = await move(supervisor, lot.id, { to: 'closed' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'LOT_HAS_NO_DEVICES');
    const nothing = await makeLot(t.db.db, a.id, { donorId: donor.id, status: 'received', receivedCount: 0 });
    assert.equal((await move(supervisor, nothing.id, { to: 'closed' })).statusCode, 200);
  });

  it('lets a donor cancel its own declared lot and nothing else; an operator moves nothing', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donor.id });
    const schedule = await move(donorClient, lot.id, { to: 'scheduled', scheduledPickupDate: inDays(2) });
    assert.equal(schedule.statusCode, 403);
    assert.equal((await move(operator, lot.id, { to: 'cancelled' })).statusCode, 403);
    const cancelled = await move(donorClient, lot.id, { to: 'cancelled', reason: 'Matériel déjà donné ailleurs' });
    assert.equal(cancelled.statusCode, 200);
    assert.equal(cancelled.json().status, 'cancelled');
    const event = await t.db.db
      .selectFrom('audit_events')
      .select(['summary', 'actor_role'])
      .where('entity_id', '=', lot.id)
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_role, 'donor');
    assert.equal(JSON.parse(event.summary).reason, 'Matériel déjà donné ailleurs');

    const planned = await makeLot(t.db.db, a.id, { donorId: donor.id, status: 'scheduled' });
    assert.deepEqual((await donorClient.get(lotUrl(planned.id))).json().allowedNextStatuses, []);
    assert.equal((await move(donorClient, planned.id, { to: 'cancelled' })).statusCode, 403);
    assert.equal((await move(supervisor, planned.id, { to: 'cancelled' })).statusCode, 200);
  });

  it('answers in English when asked', async () => {
    const lot = await makeLot(t.db.db, a.id, { donorId: donor.id });
    const res = await supervisor.request({
      method: 'POST',
      url: `${lotUrl(lot.id)}/status`,
      payload: { to: 'closed' },
      headers: { 'accept-language': 'en' },
    });
    assert.match(res.json().detail, /A “declared” lot cannot become “closed”/);
  });
});
