import type { UserActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { type DonationMessages, donationMessages } from './donations.messages.js';
import {
  type LotPatch,
  type LotRow,
  countDevicesOfLots,
  countLotDevicesOutside,
  updateLotIfStatus,
} from './donations.repository.js';
import { allowedMovesFor, auditActorFor, donorReach, reaches } from './lot-access.js';
import { checkPickupDate, todayIn } from './lot-input.js';
import { type Lot, findVisibleLot, getLot } from './lot.model.js';
import { type LotStatus, canMoveLot, lotClosingDeviceStates, lotTransitions } from './lot-states.js';

export type LotStatusChange =
  | { to: 'scheduled'; scheduledPickupDate: string }
  | { to: 'collected' }
  | { to: 'received'; receivedCount: number; totalWeightKg: number }
  | { to: 'closed' }
  | { to: 'cancelled'; reason?: string | undefined };

/** Kilograms kept to one decimal, stored in grams (12.34 kg → 12 300 g). */
export function kgToGrams(kg: number): number {
  return Math.round(kg * 10) * 100;
}

function forbiddenMove(from: LotStatus, to: LotStatus, m: DonationMessages): AppError {
  const allowed = lotTransitions[from].map((s) => m.status[s]).join(', ') || m.transition_none;
  const detail = format(m.transition_forbidden, { from: m.status[from], to: m.status[to], allowed });
  return new AppError('LOT_TRANSITION_FORBIDDEN', {
    detail,
    fields: [{ field: 'body.to', code: `${from}_to_${to}`, message: detail }],
  });
}

/** The columns a step sets and what the audit trail records about it, after its guard passed. */
async function applyStep(
  db: Executor,
  programmeId: string,
  row: LotRow,
  change: LotStatusChange,
  m: DonationMessages,
): Promise<{ patch: LotPatch; details: Record<string, unknown> }> {
  const now = nowIso();
  switch (change.to) {
    case 'scheduled': {
      const programme = await getProgramme(db, programmeId);
      checkPickupDate('body.scheduledPickupDate', change.scheduledPickupDate, todayIn(programme.timeZone), m);
      return {
        patch: { scheduled_pickup_date: change.scheduledPickupDate },
        details: { scheduledPickupDate: change.scheduledPickupDate, previousDate: row.scheduled_pickup_date },
      };
    }
    case 'collected':
      return { patch: { collected_at: now }, details: {} };
    case 'received': {
      const grams = kgToGrams(change.totalWeightKg);
      return {
        patch: { received_count: change.receivedCount, total_weight_grams: grams, received_at: now },
        details: { receivedCount: change.receivedCount, totalWeightKg: grams / 1000 },
      };
    }
    case 'closed': {
      const remaining = await countLotDevicesOutside(db, programmeId, row.id, lotClosingDeviceStates);
      if (remaining > 0) {
        throw new AppError('LOT_TRANSITION_FORBIDDEN', {
          detail: format(m.devices_remaining, { count: remaining }),
          fields: [
            { field: 'body.to', code: 'devices_remaining', message: format(m.devices_remaining, { count: remaining }) },
          ],
        });
      }
      const devices = (await countDevicesOfLots(db, programmeId, [row.id])).get(row.id) ?? 0;
      if (devices === 0 && (row.received_count ?? 0) > 0) {
        throw new AppError('LOT_HAS_NO_DEVICES', { detail: format(m.no_devices, { count: row.received_count ?? 0 }) });
      }
      return { patch: { closed_at: now }, details: { deviceCount: devices } };
    }
    case 'cancelled':
      return { patch: {}, details: { reason: change.reason ?? null } };
  }
}

/**
 * Moves a lot one step along its status machine (lot-states.ts), after checking the move exists
 * (409 LOT_TRANSITION_FORBIDDEN, naming both statuses), that this person may make it (403) and
 * the step's own condition. The change and its audit event commit together.
 */
export async function moveLot(
  trx: Executor,
  programmeId: string,
  actor: UserActor,
  id: string,
  change: LotStatusChange,
  lang: Language = defaultLanguage,
): Promise<Lot> {
  const m = donationMessages(lang);
  const row = await findVisibleLot(trx, programmeId, actor, { id });
  const from = row.status as LotStatus;
  if (!canMoveLot(from, change.to)) throw forbiddenMove(from, change.to, m);
  if (!allowedMovesFor(actor, programmeId, { status: from, donorId: row.donor_id }).includes(change.to)) {
    throw new AppError('FORBIDDEN');
  }
  const { patch, details } = await applyStep(trx, programmeId, row, change, m);
  if (!(await updateLotIfStatus(trx, programmeId, id, from, { ...patch, status: change.to, updated_at: nowIso() }))) {
    throw new AppError('LOT_TRANSITION_FORBIDDEN', { detail: m.lot_changed_meanwhile });
  }
  const manage = donorReach(actor, programmeId, 'lot.manage');
  await recordAudit(trx, {
    programmeId,
    actor: auditActorFor(actor, reaches(manage, row.donor_id) ? manage : donorReach(actor, programmeId, 'lot.declare')),
    entityType: 'donation_lot',
    entityId: id,
    action: 'status_changed',
    summary: { reference: row.reference, from, to: change.to, ...details },
  });
  return getLot(trx, programmeId, actor, { id });
}
