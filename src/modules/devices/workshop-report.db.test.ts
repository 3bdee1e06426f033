import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme, makeUser } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordDeviceEvent } from './device-events.js';
import { getWorkshopActivity, getWorkshopStock } from './workshop-report.service.js';

const DAY = 86_400_000;

describe('workshop stock and activity on the database', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('counts the workshop by state, grade, kind and days since reception, and lists stuck devices', async () => {
    const p = await makeProgramme(t.db, { settings: { stuckAfterDays: 10 } });
    const other = await makeProgramme(t.db);
    const now = new Date('2026-11-29T12:00:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    await makeDevice(t.db, p.id, { state: 'received', createdAt: ago(1), stateSince: ago(1) });
    const stuck = await makeDevice(t.db, p.id, {
      state: 'erased',
      grade: 'A',
      createdAt: ago(40),
      stateSince: ago(20),
    });
    await makeDevice(t.db, p.id, {
      state: 'ready',
      grade: 'B',
      kind: 'desktop',
      createdAt: ago(100),
      stateSince: ago(50),
    });
    await makeDevice(t.db, p.id, { state: 'recycled', grade: 'unfit', createdAt: ago(200), stateSince: ago(150) });
    await makeDevice(t.db, other.id, { state: 'erased', createdAt: ago(40), stateSince: ago(40) });

    const stock = await getWorkshopStock(t.db, p.id, {}, now);
    assert.deepEqual(
      [stock.byState.received, stock.byState.erased, stock.byState.ready, stock.byState.recycled],
      [1, 1, 1, 1],
    );
    assert.deepEqual(stock.byGrade, { A: 1, B: 1, C: 0, unfit: 0, none: 1 }, 'recycled is out of the workshop');
    assert.deepEqual(stock.byKind, { desktop: 1, laptop: 2, monitor: 0, other: 0 });
    assert.deepEqual(stock.byAge, { '0-6': 1, '7-29': 0, '30-89': 1, '90+': 1 });
    assert.deepEqual(
      stock.stuck.map((d) => d.id),
      [stuck.id],
      'ready is stock, not stuck; the other programme is not counted',
    );
    assert.equal((await getWorkshopStock(t.db, p.id, { days: 30 }, now)).stuck.length, 0);
  });

  it('sums minutes per person and station, capped at 4 hours an event, without undone moves', async () => {
    const p = await makeProgramme(t.db);
    const user = await makeUser(t.db, { displayName: 'Ana Martin' });
    const ana: AuditActor = { userId: user.id, label: user.email, role: 'workshop_operator' };
    const d1 = await makeDevice(t.db, p.id);
    const d2 = await makeDevice(t.db, p.id);
    const at = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 20, h, m)).toISOString();
    const event = (deviceId: string, station: string, startedAt: string | null, occurredAt: string) =>
      recordDeviceEvent(t.db, p.id, { deviceId, kind: 'transition', actor: ana, station, startedAt, occurredAt });
    await event(d1.id, 'erasure', at(9), at(9, 40));
    await event(d2.id, 'erasure', at(10), at(10, 20));
    await event(d2.id, 'erasure', at(8), at(18)); // left open all day: 4 h
    await event(d1.id, 'imaging', null, at(11));
    const undone = await event(d1.id, 'imaging', at(11), at(12));
    await t.db
      .updateTable('device_events')
      .set({ undone_at: at(12, 1) })
      .where('id', '=', undone)
      .execute();
    await event(d1.id, 'imaging', at(9), at(9, 30)); // outside the period below

    const { rows } = await getWorkshopActivity(t.db, p.id, { from: at(10), to: at(23) });
    assert.deepEqual(rows, [
      { userId: user.id, label: 'Ana Martin', station: 'erasure', devices: 1, minutes: 20 + 240 },
      { userId: user.id, label: 'Ana Martin', station: 'imaging', devices: 1, minutes: 0 },
    ]);
  });
});
