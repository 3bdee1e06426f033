import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme, makeUser } from '../../../test/factories.js';
import { makeDonor, makeLot } from '../../../test/factories/donations.js';
import type { UserActor } from '../../platform/auth/actor.js';
import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Programme } from '../programmes/programmes.model.js';
import {
  countDevicesOfLots,
  countLotDevicesOutside,
  findLotById,
  findLotByReference,
  listLots,
} from './donations.repository.js';
import { lotClosingDeviceStates } from './lot-states.js';
import { moveLot } from './lot-status.service.js';
import { declareLot } from './lots.service.js';

describe('donation lots on the database', () => {
  let t: TestDatabase;
  let a: Programme;
  let b: Programme;
  before(async () => {
    t = await createTestDatabase();
    a = await makeProgramme(t.db);
    b = await makeProgramme(t.db);
  });
  after(() => t.drop());

  async function staff(programmeId: string): Promise<UserActor> {
    const user = await makeUser(t.db, { grants: [{ programmeId, role: 'coordinator' }] });
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      displayName: 'Coordination',
      locale: null,
      sessionIdHash: 'test',
      grants: [{ programmeId, role: 'coordinator', organisationId: null }],
    };
  }

  async function insertDevice(programmeId: string, lotId: string, state: string, tag: string): Promise<void> {
    const now = nowIso();
    await t.db
      .insertInto('devices')
      .values({
        id: newId(),
        programme_id: programmeId,
        asset_tag: tag,
        kind: 'desktop',
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
  }

  it('numbers each programme’s lots on its own counter, one reference per lot', async () => {
    const actorA = await staff(a.id);
    const actorB = await staff(b.id);
    const donorA = await makeDonor(t.db, a.id);
    const donorB = await makeDonor(t.db, b.id);
    const declare = (actor: UserActor, programmeId: string, donorId: string) =>
      t.db.transaction().execute((trx) => declareLot(trx, programmeId, actor, { donorId, declaredCount: 2 }));
    const a1 = await declare(actorA, a.id, donorA.id);
    const a2 = await declare(actorA, a.id, donorA.id);
    const b1 = await declare(actorB, b.id, donorB.id);
    const n = (ref: string) => Number(ref.split('-')[2]);
    assert.equal(n(a2.reference), n(a1.reference) + 1);
    assert.equal(n(b1.reference), 1);
    assert.equal(n(a1.reference), 1);
    // A refused declaration takes no number.
    await assert.rejects(
      t.db.transaction().execute((trx) => declareLot(trx, a.id, actorA, { donorId: donorB.id, declaredCount: 1 })),
      { code: 'ORGANISATION_NOT_FOUND' },
    );
    const a3 = await declare(actorA, a.id, donorA.id);
    assert.equal(n(a3.reference), n(a2.reference) + 1);
    assert.deepEqual((await verifyAuditTrail(t.db, { chainIds: [a.id, b.id] })).problems, []);
  });

  it('finds a lot by id or reference (any case) within its programme only', async () => {
    const donor = await makeDonor(t.db, a.id, { name: 'Donateur trouvé' });
    const lot = await makeLot(t.db, a.id, { donorId: donor.id });
    assert.equal((await findLotById(t.db, a.id, lot.id))?.donor_name, 'Donateur trouvé');
    assert.equal(await findLotById(t.db, b.id, lot.id), undefined);
    assert.equal((await findLotByReference(t.db, a.id, lot.reference.toLowerCase()))?.id, lot.id);
    assert.equal(await findLotByReference(t.db, b.id, lot.reference), undefined);
    assert.equal(await findLotByReference(t.db, a.id, 'not a reference'), undefined);
  });

  it('pages newest first and breaks ties on the same instant by id', async () => {
    const donor = await makeDonor(t.db, a.id);
    const at = '2026-05-01T08:00:00.000Z';
    const lots = [];
    for (let i = 0; i < 3; i += 1) lots.push(await makeLot(t.db, a.id, { donorId: donor.id, createdAt: at }));
    const first = await listLots(t.db, a.id, { donorId: donor.id, limit: 2 });
    const last = first.at(-1)!;
    const rest = await listLots(t.db, a.id, {
      donorId: donor.id,
      limit: 2,
      before: { createdAt: last.created_at, id: last.id },
    });
    assert.deepEqual(
      [...first, ...rest].map((l) => l.id),
      lots
        .map((l) => l.id)
        .sort()
        .reverse(),
    );
    assert.deepEqual(await listLots(t.db, a.id, { donorIds: [], limit: 10 }), []);
    assert.deepEqual(await listLots(t.db, b.id, { donorId: donor.id, limit: 10 }), []);
  });

  it('counts a lot’s devices, and those still being worked on, within its programme', async () => {
    const donor = await makeDonor(t.db, a.id);
    const lot = await makeLot(t.db, a.id, { donorId: donor.id, status: 'received' });
    await insertDevice(a.id, lot.id, 'ready', 'DB-000001-A');
    await insertDevice(a.id, lot.id, 'imaged', 'DB-000002-B');
    await insertDevice(a.id, lot.id, 'returned', 'DB-000003-C');
    assert.equal((await countDevicesOfLots(t.db, a.id, [lot.id])).get(lot.id), 3);
    assert.equal(await countLotDevicesOutside(t.db, a.id, lot.id, lotClosingDeviceStates), 2);
    assert.equal((await countDevicesOfLots(t.db, b.id, [lot.id])).size, 0);
    assert.equal(await countLotDevicesOutside(t.db, b.id, lot.id, lotClosingDeviceStates), 0);

    const actor = await staff(a.id);
    await assert.rejects(
      t.db.transaction().execute((trx) => moveLot(trx, a.id, actor, lot.id, { to: 'closed' })),
      { code: 'LOT_TRANSITION_FORBIDDEN' },
    );
    assert.equal((await findLotById(t.db, a.id, lot.id))?.status, 'received');
  });
});
