import type { UserActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type LotRow, countDevicesOfLots, findLotById, findLotByReference } from './donations.repository.js';
import { allowedMovesFor, donorReach, reaches } from './lot-access.js';
import type { DeclaredKinds } from './lot-input.js';
import type { LotStatus } from './lot-states.js';

/** A donation lot as the API shows it, with what this person may do next. */
export interface Lot {
  id: string;
  reference: string;
  donorId: string;
  donorName: string;
  status: LotStatus;
  declaredCount: number;
  declaredKinds: DeclaredKinds;
  pickupAddressLine: string | null;
  pickupPostalCode: string | null;
  pickupCommuneInsee: string | null;
  pickupCommuneName: string | null;
  wishedPickupDate: string | null;
  scheduledPickupDate: string | null;
  contactName: string | null;
  contactPhone: string | null;
  notes: string | null;
  receivedCount: number | null;
  /** Kilograms with one decimal (stored in grams). */
  totalWeightKg: number | null;
  collectedAt: string | null;
  receivedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Devices registered in this lot. */
  deviceCount: number;
  allowedNextStatuses: LotStatus[];
}

export function toLot(row: LotRow, deviceCount: number, allowedNextStatuses: LotStatus[]): Lot {
  return {
    id: row.id,
    reference: row.reference,
    donorId: row.donor_id,
    donorName: row.donor_name,
    status: row.status as LotStatus,
    declaredCount: row.declared_count,
    declaredKinds: JSON.parse(row.declared_kinds) as DeclaredKinds,
    pickupAddressLine: row.pickup_address_line,
    pickupPostalCode: row.pickup_postal_code,
    pickupCommuneInsee: row.pickup_commune_insee,
    pickupCommuneName: row.pickup_commune_name,
    wishedPickupDate: row.wished_pickup_date,
    scheduledPickupDate: row.scheduled_pickup_date,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    notes: row.notes,
    receivedCount: row.received_count,
    totalWeightKg: row.total_weight_grams === null ? null : Number(row.total_weight_grams) / 1000,
    collectedAt: row.collected_at,
    receivedAt: row.received_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceCount,
    allowedNextStatuses,
  };
}

/** Lots as one person sees them: device counts in one query, moves for this person. */
export async function toLots(
  db: Executor,
  programmeId: string,
  actor: UserActor,
  rows: readonly LotRow[],
): Promise<Lot[]> {
  const counts = await countDevicesOfLots(
    db,
    programmeId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toLot(
      row,
      counts.get(row.id) ?? 0,
      allowedMovesFor(actor, programmeId, { status: row.status as LotStatus, donorId: row.donor_id }),
    ),
  );
}

/**
 * A lot this person may read, or LOT_NOT_FOUND: another donor's lot is not found rather than
 * forbidden, so a donor learns nothing about other donors' gifts.
 */
export async function findVisibleLot(
  db: Executor,
  programmeId: string,
  actor: UserActor,
  by: { id: string } | { reference: string },
): Promise<LotRow> {
  const row =
    'id' in by ? await findLotById(db, programmeId, by.id) : await findLotByReference(db, programmeId, by.reference);
  if (!row || !reaches(donorReach(actor, programmeId, 'lot.read'), row.donor_id)) throw new AppError('LOT_NOT_FOUND');
  return row;
}

export async function getLot(
  db: Executor,
  programmeId: string,
  actor: UserActor,
  by: { id: string } | { reference: string },
): Promise<Lot> {
  const row = await findVisibleLot(db, programmeId, actor, by);
  const [lot] = await toLots(db, programmeId, actor, [row]);
  return lot!;
}
