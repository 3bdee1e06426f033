import type { Executor } from '../../src/platform/db/database.js';
import { nextCounterValue } from '../../src/platform/db/counters.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { type LotRow, findLotById } from '../../src/modules/donations/donations.repository.js';
import { formatLotReference } from '../../src/modules/donations/lot-reference.js';
import type { LotStatus } from '../../src/modules/donations/lot-states.js';

let counter = 0;

export interface DonorOverrides {
  name?: string;
  siret?: string | null;
  donorCategory?: 'company' | 'administration' | null;
  addressLine?: string | null;
  postalCode?: string | null;
  communeInsee?: string | null;
  archivedAt?: string | null;
}

/** A donor organisation, inserted directly (no audit event). */
export async function makeDonor(
  db: Executor,
  programmeId: string,
  o: DonorOverrides = {},
): Promise<{ id: string; name: string; kind: 'donor' }> {
  counter += 1;
  const now = nowIso();
  const row = {
    id: newId(),
    programme_id: programmeId,
    kind: 'donor',
    name: o.name ?? `Donateur ${counter}`,
    uai: null,
    address_line: o.addressLine ?? null,
    postal_code: o.postalCode ?? null,
    commune_insee: o.communeInsee ?? null,
    email: null,
    phone: null,
    siret: o.siret ?? null,
    donor_category: o.donorCategory === undefined ? 'company' : o.donorCategory,
    archived_at: o.archivedAt ?? null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('organisations').values(row).execute();
  return { id: row.id, name: row.name, kind: 'donor' };
}

export interface LotOptions {
  donorId: string;
  status?: LotStatus;
  declaredKinds?: Partial<Record<'desktop' | 'laptop' | 'monitor' | 'other', number>>;
  declaredCount?: number;
  pickupCommuneInsee?: string | null;
  wishedPickupDate?: string | null;
  scheduledPickupDate?: string | null;
  receivedCount?: number | null;
  totalWeightGrams?: number | null;
  /** ISO instant; defaults to now. Lists are ordered by it. */
  createdAt?: string;
}

/**
 * A donation lot inserted directly in any status, with a real reference from the programme's
 * lot counter (so lots declared later through the service never collide with it). The dates a
 * status implies (collected_at, received_at, closed_at) are filled in.
 */
export async function makeLot(db: Executor, programmeId: string, o: LotOptions): Promise<LotRow> {
  const now = nowIso();
  const createdAt = o.createdAt ?? now;
  const status = o.status ?? 'declared';
  const kinds = o.declaredKinds ?? { laptop: 3 };
  const declaredCount = o.declaredCount ?? Object.values(kinds).reduce((a, b) => a + (b ?? 0), 0);
  const reached = (s: LotStatus) => {
    const order: LotStatus[] = ['declared', 'scheduled', 'collected', 'received', 'closed'];
    return order.indexOf(status) >= order.indexOf(s);
  };
  const id = newId();
  const n = await nextCounterValue(db, programmeId, 'lot');
  await db
    .insertInto('donation_lots')
    .values({
      id,
      programme_id: programmeId,
      reference: formatLotReference(Number(createdAt.slice(0, 4)), n),
      donor_id: o.donorId,
      workshop_id: null,
      status,
      declared_count: declaredCount,
      declared_kinds: JSON.stringify(kinds),
      pickup_address_line: '1 rue des Donateurs',
      pickup_postal_code: null,
      pickup_commune_insee: o.pickupCommuneInsee ?? null,
      wished_pickup_date: o.wishedPickupDate ?? null,
      scheduled_pickup_date:
        o.scheduledPickupDate !== undefined ? o.scheduledPickupDate : reached('scheduled') ? '2026-12-01' : null,
      contact_name: 'Camille Martin',
      contact_phone: '03 81 00 00 00',
      notes: null,
      received_count: o.receivedCount !== undefined ? o.receivedCount : reached('received') ? declaredCount : null,
      total_weight_grams: o.totalWeightGrams !== undefined ? o.totalWeightGrams : reached('received') ? 12500 : null,
      collected_at: reached('collected') ? now : null,
      received_at: reached('received') ? now : null,
      closed_at: status === 'closed' ? now : null,
      created_by: null,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute();
  return (await findLotById(db, programmeId, id))!;
}
