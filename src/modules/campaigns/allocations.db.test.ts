import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeCampaign } from '../../../test/factories/campaigns.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeSchool } from '../../../test/factories/schools.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import type { Programme } from '../programmes/programmes.model.js';
import { runAllocation } from './allocation-run.service.js';
import {
  allocateManually,
  completeAllocation,
  findActiveAllocation,
  releaseAllocation,
  reserveDevice,
  swapAllocation,
} from './allocations.service.js';
import { listCampaignHouseholdRows } from './campaign-households.js';
import { computeEligibility } from './eligibility.service.js';
import { findCampaignById } from './campaigns.repository.js';

const actor: AuditActor = { userId: null, label: 'test', role: 'coordinator' };

function rejectsWith(code: string) {
  return (e: unknown) => e instanceof AppError && e.code === code;
}

describe('allocation on the database', () => {
  let t: TestDatabase;
  let a: Programme;
  let campaignId: string;
  const h: Record<string, string> = {};
  const tagOf = new Map<string, string>();

  const state = async (deviceId: string) =>
    (await t.db.selectFrom('devices').select('state').where('id', '=', deviceId).executeTakeFirstOrThrow()).state;
  const statuses = async () =>
    Object.fromEntries(
      (await listCampaignHouseholdRows(t.db, a.id, campaignId)).map((r) => [r.household_id, r.status]),
    );
  const reservations = async () => {
    const rows = await t.db
      .selectFrom('allocations')
      .innerJoin('devices', 'devices.id', 'allocations.device_id')
      .select(['allocations.household_id', 'devices.asset_tag'])
      .where('allocations.campaign_id', '=', campaignId)
      .where('allocations.status', '=', 'reserved')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.household_id, r.asset_tag]));
  };

  before(async () => {
    t = await createTestDatabase();
    a = await makeProgramme(t.db);
    const yearId = (await makeSchoolYear(t.db, a.id)).id;
    const school = (await makeSchool(t.db, a.id)).id;
    const areaSchool = (await makeSchool(t.db, a.id, { priorityArea: true })).id;
    campaignId = (
      await makeCampaign(t.db, a.id, {
        schoolYearId: yearId,
        schoolIds: [school, areaSchool],
        priorityRules: ['no_computer_at_home', 'priority_neighbourhood', 'priority_area_school', 'registered_at'],
      })
    ).id;
    const make = async (key: string, o: Parameters<typeof makeHousehold>[2], schoolId = school) => {
      h[key] = (await makeHousehold(t.db, a.id, o)).id;
      await makePupil(t.db, a.id, { householdId: h[key]!, schoolId, schoolYearId: yearId });
    };
    const sameDay = '2026-09-02T08:00:00.000Z';
    await make('nocomp', { noComputerAtHome: true, registeredAt: '2026-09-04T08:00:00.000Z' });
    await make('qpv', { priorityNeighbourhood: true, registeredAt: sameDay });
    await make('area', { registeredAt: sameDay }, areaSchool);
    await make('early', { registeredAt: '2026-08-28T08:00:00.000Z' });
    for (const i of [1, 2, 3]) await make(`tie${i}`, { registeredAt: sameDay });
    await make('declined', { declinedAt: '2026-09-05T08:00:00.000Z' });
    const campaign = (await findCampaignById(t.db, a.id, campaignId))!;
    await t.db.transaction().execute((trx) => computeEligibility(trx, a.id, actor, campaign));
    // Four free computers; a monitor and a device still in the workshop are not given.
    for (const [grade, kind] of [
      ['B', 'laptop'],
      ['A', 'laptop'],
      ['A', 'desktop'],
      ['C', 'laptop'],
    ] as const) {
      const d = await makeDevice(t.db, a.id, { state: 'ready', grade, kind });
      tagOf.set(d.id, d.asset_tag);
    }
    await makeDevice(t.db, a.id, { state: 'ready', kind: 'monitor', grade: 'A' });
    await makeDevice(t.db, a.id, { state: 'checked', grade: 'A' });
  });
  after(() => t.drop());

  it('gives the best computers in rank order and puts the rest on the waiting list', async () => {
    const run = await t.db
      .transaction()
      .execute((trx) => runAllocation(trx, a.id, actor, campaignId, { seed: 'tirage-1' }));
    assert.equal(run.ranked, 7);
    assert.equal(run.candidates, 7);
    assert.equal(run.devicesAvailable, 4);
    assert.equal(run.allocated, 4);
    assert.equal(run.waiting, 3);
    assert.equal(run.devicesLeft, 0);
    const reserved = await reservations();
    const tags = [...tagOf.values()];
    // The two grade A computers (by tag) go to the first two ranks, then grade B, then C.
    assert.equal(reserved[h.nocomp!], tags[1]);
    assert.equal(reserved[h.qpv!], tags[2]);
    assert.equal(reserved[h.area!], tags[0]);
    assert.equal(reserved[h.early!], tags[3]);
    const s = await statuses();
    for (const key of ['tie1', 'tie2', 'tie3']) assert.equal(s[h[key]!], 'waiting');
    assert.equal(s[h.declined!], 'declined');
    for (const id of tagOf.keys()) assert.equal(await state(id), 'allocated');
    const events = await t.db
      .selectFrom('device_events')
      .select(['from_state', 'to_state', 'station'])
      .where('device_id', 'in', [...tagOf.keys()])
      .execute();
    assert.equal(events.filter((e) => e.to_state === 'allocated' && e.station === 'allocation').length, 4);
    const stored = await t.db
      .selectFrom('allocation_runs')
      .selectAll()
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.seed, 'tirage-1');
    assert.deepEqual(JSON.parse(stored.rules), run.rules);
  });

  it('is reproducible: released and run again with the same seed, every household gets the same device', async () => {
    const first = await reservations();
    for (const householdId of Object.keys(first)) {
      const active = await findActiveAllocation(t.db, a.id, campaignId, householdId);
      await t.db.transaction().execute((trx) => releaseAllocation(trx, a.id, actor, active!.id, 'nouveau tirage'));
    }
    assert.deepEqual(await reservations(), {});
    for (const id of tagOf.keys()) assert.equal(await state(id), 'ready');
    await t.db.transaction().execute((trx) => runAllocation(trx, a.id, actor, campaignId, { seed: 'tirage-1' }));
    assert.deepEqual(await reservations(), first);

    // Another seed keeps every rank the rules decide; only households tied on every rule move.
    const ranks = async () =>
      Object.fromEntries(
        (await listCampaignHouseholdRows(t.db, a.id, campaignId)).map((r) => [r.household_id, r.rank]),
      );
    const before = await ranks();
    await t.db.transaction().execute((trx) => runAllocation(trx, a.id, actor, campaignId, { seed: 'autre-graine' }));
    const afterRanks = await ranks();
    for (const key of ['nocomp', 'qpv', 'area', 'early', 'declined'])
      assert.equal(afterRanks[h[key]!], before[h[key]!], key);
    const tied = ['tie1', 'tie2', 'tie3'].map((k) => h[k]!);
    assert.deepEqual(tied.map((id) => afterRanks[id]).sort(), tied.map((id) => before[id]).sort());
  });

  it('refuses a device that is not ready or already reserved, and a household declined or served', async () => {
    const broken = await makeDevice(t.db, a.id, { state: 'repaired', grade: 'A' });
    const taken = Object.values(await reservations())[0]!;
    const takenId = [...tagOf].find(([, tag]) => tag === taken)![0];
    const waiting = h.tie1!;
    const allocate = (householdId: string, deviceId: string) =>
      t.db.transaction().execute((trx) => allocateManually(trx, a.id, actor, { campaignId, householdId, deviceId }));
    await assert.rejects(allocate(waiting, broken.id), rejectsWith('DEVICE_NOT_READY'));
    await assert.rejects(allocate(waiting, takenId), rejectsWith('DEVICE_ALREADY_RESERVED'));
    const fresh = await makeDevice(t.db, a.id, { state: 'ready', grade: 'B' });
    await assert.rejects(allocate(h.declined!, fresh.id), rejectsWith('HOUSEHOLD_DECLINED'));
    await assert.rejects(allocate(h.nocomp!, fresh.id), rejectsWith('HOUSEHOLD_ALREADY_SERVED'));
    assert.equal(await state(fresh.id), 'ready');

    const allocation = await allocate(waiting, fresh.id);
    assert.equal(allocation.status, 'reserved');
    assert.equal(await state(fresh.id), 'allocated');
    assert.equal((await statuses())[waiting], 'allocated');
  });

  it('meets the unique index when two requests race past the checks', async () => {
    const reserved = await findActiveAllocation(t.db, a.id, campaignId, h.nocomp!);
    const device = await t.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', reserved!.deviceId)
      .executeTakeFirstOrThrow();
    // As a second request would see it: the device still ready, no reservation yet.
    await assert.rejects(
      t.db
        .transaction()
        .execute((trx) =>
          reserveDevice(
            trx,
            a.id,
            actor,
            { campaignId, householdId: h.tie2!, device: { ...device, state: 'ready' }, runId: null, reason: null },
            'fr',
          ),
        ),
      rejectsWith('DEVICE_ALREADY_RESERVED'),
    );
    const spare = await makeDevice(t.db, a.id, { state: 'ready', grade: 'A' });
    await assert.rejects(
      t.db
        .transaction()
        .execute((trx) =>
          reserveDevice(
            trx,
            a.id,
            actor,
            { campaignId, householdId: h.nocomp!, device: spare, runId: null, reason: null },
            'fr',
          ),
        ),
      rejectsWith('HOUSEHOLD_ALREADY_SERVED'),
    );
    assert.equal(await state(spare.id), 'ready');
  });

  it('swaps and releases, moving both devices, and completes at the handover', async () => {
    const current = (await findActiveAllocation(t.db, a.id, campaignId, h.qpv!))!;
    const replacement = await makeDevice(t.db, a.id, { state: 'ready', grade: 'A' });
    await assert.rejects(
      t.db.transaction().execute((trx) => swapAllocation(trx, a.id, actor, current.id, replacement.id, '   ')),
      rejectsWith('VALIDATION_FAILED'),
    );
    const swapped = await t.db
      .transaction()
      .execute((trx) => swapAllocation(trx, a.id, actor, current.id, replacement.id, 'écran fêlé'));
    assert.equal(swapped.deviceId, replacement.id);
    assert.equal(await state(current.deviceId), 'ready');
    assert.equal(await state(replacement.id), 'allocated');
    const old = await t.db.selectFrom('allocations').selectAll().where('id', '=', current.id).executeTakeFirstOrThrow();
    assert.equal(old.status, 'swapped');
    assert.equal(old.reason, 'écran fêlé');
    await assert.rejects(
      t.db.transaction().execute((trx) => releaseAllocation(trx, a.id, actor, current.id, 'trop tard')),
      rejectsWith('ALLOCATION_NOT_ACTIVE'),
    );

    const released = await t.db
      .transaction()
      .execute((trx) => releaseAllocation(trx, a.id, actor, swapped.id, 'la famille a déménagé'));
    assert.equal(released.status, 'released');
    assert.equal(await state(replacement.id), 'ready');
    assert.equal((await statuses())[h.qpv!], 'eligible');
    assert.equal(await findActiveAllocation(t.db, a.id, campaignId, h.qpv!), null);

    const served = (await findActiveAllocation(t.db, a.id, campaignId, h.nocomp!))!;
    const done = await t.db.transaction().execute((trx) => completeAllocation(trx, a.id, actor, served.id));
    assert.equal(done.status, 'handed_over');
    assert.equal((await statuses())[h.nocomp!], 'handed_over');
  });

  it('sees nothing of another programme', async () => {
    const b = await makeProgramme(t.db);
    const allocation = (await findActiveAllocation(t.db, a.id, campaignId, h.area!))!;
    assert.equal(await findActiveAllocation(t.db, b.id, campaignId, h.area!), null);
    await assert.rejects(
      t.db.transaction().execute((trx) => releaseAllocation(trx, b.id, actor, allocation.id, 'intrus')),
      rejectsWith('ALLOCATION_NOT_FOUND'),
    );
    await assert.rejects(
      t.db.transaction().execute((trx) => runAllocation(trx, b.id, actor, campaignId, {})),
      rejectsWith('CAMPAIGN_NOT_FOUND'),
    );
    assert.equal(await state(allocation.deviceId), 'allocated');
  });
});
