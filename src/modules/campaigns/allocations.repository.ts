import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DeviceRow } from '../devices/devices.repository.js';
import type { AllocationStatus } from './campaign-states.js';
import type { AllocationsTable } from './campaigns.tables.js';

export type AllocationRow = Selectable<AllocationsTable>;
export type AllocationWithTagRow = AllocationRow & { asset_tag: string };

function allocationsWithTag(db: Executor, programmeId: string) {
  return db
    .selectFrom('allocations')
    .innerJoin('devices', (j) =>
      j
        .onRef('devices.id', '=', 'allocations.device_id')
        .onRef('devices.programme_id', '=', 'allocations.programme_id'),
    )
    .selectAll('allocations')
    .select('devices.asset_tag')
    .where('allocations.programme_id', '=', programmeId);
}

export async function findAllocationById(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<AllocationWithTagRow | undefined> {
  return allocationsWithTag(db, programmeId).where('allocations.id', '=', id).executeTakeFirst();
}

/** The household's reservation in the campaign, if it holds one. */
export async function findReservedAllocation(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<AllocationWithTagRow | undefined> {
  return allocationsWithTag(db, programmeId)
    .where('allocations.campaign_id', '=', campaignId)
    .where('allocations.household_id', '=', householdId)
    .where('allocations.status', '=', 'reserved')
    .executeTakeFirst();
}

/** The reservation holding this device, in any campaign of the programme. */
export async function findReservationOfDevice(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<AllocationRow | undefined> {
  return db
    .selectFrom('allocations')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('status', '=', 'reserved')
    .executeTakeFirst();
}

/** Reservations of these households in the campaign, with the device's tag (for a page of the list). */
export async function listReservedAllocations(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdIds: string[],
): Promise<AllocationWithTagRow[]> {
  if (householdIds.length === 0) return [];
  return allocationsWithTag(db, programmeId)
    .where('allocations.campaign_id', '=', campaignId)
    .where('allocations.household_id', 'in', householdIds)
    .where('allocations.status', '=', 'reserved')
    .execute();
}

/** Households of the campaign holding a reservation now. */
export async function listReservedHouseholdIds(
  db: Executor,
  programmeId: string,
  campaignId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('allocations')
    .select('household_id')
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'reserved')
    .execute();
  return new Set(rows.map((r) => r.household_id));
}

/**
 * The programme's computers an allocation run may give: ready, not reserved, laptops and
 * desktops (a monitor is not a pack). Best grade first, then by asset tag, so the same stock
 * always comes out in the same order.
 */
export async function listAllocatableDevices(db: Executor, programmeId: string): Promise<DeviceRow[]> {
  const rows = await db
    .selectFrom('devices')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('state', '=', 'ready')
    .where('kind', 'in', ['laptop', 'desktop'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('allocations')
            .select('allocations.id')
            .whereRef('allocations.programme_id', '=', 'devices.programme_id')
            .whereRef('allocations.device_id', '=', 'devices.id')
            .where('allocations.status', '=', 'reserved'),
        ),
      ),
    )
    .execute();
  const gradeOrder = (g: string | null) => ({ A: 0, B: 1, C: 2 })[g ?? ''] ?? 3;
  // Sorted here rather than in SQL: collations differ between the dialects, code points do not.
  return rows.sort(
    (a, b) =>
      gradeOrder(a.grade) - gradeOrder(b.grade) || (a.asset_tag < b.asset_tag ? -1 : a.asset_tag > b.asset_tag ? 1 : 0),
  );
}

export async function insertAllocation(trx: Executor, row: Insertable<AllocationsTable>): Promise<void> {
  await trx.insertInto('allocations').values(row).execute();
}

/** Ends a reservation; false when it was no longer reserved (another request ended it first). */
export async function endAllocation(
  trx: Executor,
  programmeId: string,
  id: string,
  status: Exclude<AllocationStatus, 'reserved'>,
  reason: string | null,
  endedAt: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('allocations')
    .set({ status, ...(reason !== null ? { reason } : {}), ended_at: endedAt })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', 'reserved')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
