import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { findReservationOfDevice } from '../campaigns/allocations.repository.js';
import { recordDeviceEvent } from '../devices/device-events.js';
import type { DeviceState } from '../devices/device-states.js';
import { deviceMessages } from '../devices/devices.messages.js';
import { type DeviceRow, findDeviceById } from '../devices/devices.repository.js';
import { applyTransition } from '../devices/transitions.service.js';
import { todayIn } from '../donations/lot-input.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { handoverMessages } from './handover.messages.js';
import type { LoanStatus } from './loan-states.js';
import { type LoanListRow, closeLoanIfActive, listActiveLoansEndedBy } from './loans.repository.js';
import { type Loan, recordLoanEvent, requireLoan, startLoan, toLoan } from './loans.service.js';

const STATION = 'loans';

function notActive(loan: LoanListRow, lang: Language): AppError {
  const status = handoverMessages(lang).loanStatuses[loan.status] ?? loan.status;
  return new AppError('LOAN_NOT_ACTIVE', {
    detail: format(handoverMessages(lang).errors.loanNotActive, { status }),
    params: { status: loan.status },
  });
}

async function loadActiveLoan(db: Executor, programmeId: string, id: string, lang: Language): Promise<LoanListRow> {
  const loan = await requireLoan(db, programmeId, id);
  if (loan.status !== 'active') throw notActive(loan, lang);
  return loan;
}

/** Ends the loan (only if still active: two desks cannot both close it), with its event and audit line. */
async function closeLoan(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  loan: LoanListRow,
  status: Exclude<LoanStatus, 'active'>,
  reason: string | null,
  details: Record<string, unknown>,
  now: Date,
  lang: Language,
): Promise<void> {
  const at = now.toISOString();
  const closed = await closeLoanIfActive(trx, programmeId, loan.id, {
    status,
    ended_at: at,
    end_reason: reason,
    updated_at: at,
  });
  if (!closed) throw notActive({ ...loan, status: (await requireLoan(trx, programmeId, loan.id)).status }, lang);
  await recordLoanEvent(trx, programmeId, actor, loan.id, status, { ...details, ...(reason ? { reason } : {}) }, now);
  // The free-text reason stays in the loan's history: it may name people, the audit line does not.
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'loan',
    entityId: loan.id,
    action: status,
    summary: { assetTag: loan.asset_tag, householdId: loan.household_id, ...details },
  });
}

async function loanDevice(trx: Executor, programmeId: string, loan: LoanListRow): Promise<DeviceRow> {
  const device = await findDeviceById(trx, programmeId, loan.device_id);
  if (!device) throw new AppError('DEVICE_NOT_FOUND');
  return device;
}

/** The family brings the computer back (moving away, no longer needed): it goes to the workshop as returned. */
export async function returnLoan(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  loanId: string,
  reason: string,
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<Loan> {
  const loan = await loadActiveLoan(trx, programmeId, loanId, lang);
  await closeLoan(trx, programmeId, actor, loan, 'returned', reason, {}, now, lang);
  await moveBackToWorkshop(
    trx,
    programmeId,
    actor,
    await loanDevice(trx, programmeId, loan),
    loan.id,
    reason,
    now,
    lang,
  );
  return toLoan(await requireLoan(trx, programmeId, loanId));
}

async function moveBackToWorkshop(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  device: DeviceRow,
  loanId: string,
  reason: string,
  now: Date,
  lang: Language,
): Promise<void> {
  if (device.state !== 'handed_over') {
    const m = deviceMessages(lang);
    const names = { from: m.states[device.state as DeviceState] ?? device.state, to: m.states.returned };
    throw new AppError('DEVICE_TRANSITION_FORBIDDEN', {
      detail: format(m.transition_forbidden, names),
      params: { from: device.state, to: 'returned' },
    });
  }
  await applyTransition(
    trx,
    programmeId,
    actor,
    device,
    'returned',
    { station: STATION, reason, details: { loanId } },
    now,
    lang,
  );
}

/** The computer was lost or stolen: the loan ends; the device's history says so (it stays out of the workshop). */
export async function reportLoanMissing(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  loanId: string,
  input: { kind: 'lost' | 'stolen'; reason: string; reportedOn: string },
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<Loan> {
  const loan = await loadActiveLoan(trx, programmeId, loanId, lang);
  const programme = await getProgramme(trx, programmeId);
  if (input.reportedOn > todayIn(programme.timeZone, now)) {
    const message = handoverMessages(lang).errors.reportedInFuture;
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'body.reportedOn', code: 'in_future', message }] });
  }
  await closeLoan(trx, programmeId, actor, loan, input.kind, input.reason, { reportedOn: input.reportedOn }, now, lang);
  await recordDeviceEvent(trx, programmeId, {
    deviceId: loan.device_id,
    kind: 'note',
    actor,
    station: STATION,
    reason: input.reason,
    details: { loanId: loan.id, loan: input.kind, reportedOn: input.reportedOn },
    occurredAt: now.toISOString(),
  });
  return toLoan(await requireLoan(trx, programmeId, loanId));
}

/** The replacement must be a ready computer nobody has reserved. */
async function loadReplacement(
  trx: Executor,
  programmeId: string,
  loan: LoanListRow,
  deviceId: string,
  lang: Language,
): Promise<DeviceRow> {
  const m = handoverMessages(lang).errors;
  if (deviceId === loan.device_id) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.deviceId', code: 'same_device', message: m.swapSameDevice }],
    });
  }
  const device = await findDeviceById(trx, programmeId, deviceId);
  if (!device) throw new AppError('DEVICE_NOT_FOUND');
  if (await findReservationOfDevice(trx, programmeId, deviceId)) {
    throw new AppError('DEVICE_ALREADY_RESERVED', {
      detail: format(m.swapDeviceReserved, { tag: device.asset_tag }),
      params: { assetTag: device.asset_tag },
    });
  }
  if (device.state !== 'ready') {
    const state = deviceMessages(lang).states[device.state as DeviceState] ?? device.state;
    throw new AppError('DEVICE_NOT_READY', {
      detail: format(m.swapDeviceNotReady, { tag: device.asset_tag, state }),
      params: { assetTag: device.asset_tag, state: device.state },
    });
  }
  return device;
}

/**
 * After a breakdown: the broken computer comes back (handed_over → returned), a ready one goes
 * out (ready → allocated → handed_over, the path every computer takes), and a new loan with
 * the same end date replaces the old one, which ends as swapped.
 */
export async function swapLoanDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  loanId: string,
  input: { deviceId: string; reason: string },
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<{ previous: Loan; loan: Loan }> {
  const loan = await loadActiveLoan(trx, programmeId, loanId, lang);
  const replacement = await loadReplacement(trx, programmeId, loan, input.deviceId, lang);
  const programme = await getProgramme(trx, programmeId);
  const details = { replacesLoanId: loan.id };
  await closeLoan(
    trx,
    programmeId,
    actor,
    loan,
    'swapped',
    input.reason,
    { newAssetTag: replacement.asset_tag },
    now,
    lang,
  );
  await moveBackToWorkshop(
    trx,
    programmeId,
    actor,
    await loanDevice(trx, programmeId, loan),
    loan.id,
    input.reason,
    now,
    lang,
  );
  const ctx = { station: STATION, reason: input.reason, details };
  await applyTransition(trx, programmeId, actor, replacement, 'allocated', ctx, now, lang);
  const allocated = { ...replacement, state: 'allocated', state_since: now.toISOString() };
  await applyTransition(trx, programmeId, actor, allocated, 'handed_over', ctx, now, lang);
  const next = await startLoan(
    trx,
    programmeId,
    actor,
    {
      householdId: loan.household_id,
      pupilId: loan.pupil_id,
      deviceId: replacement.id,
      handoverId: loan.handover_id,
      startsOn: todayIn(programme.timeZone, now),
      endsOn: loan.ends_on,
      details: { ...details, previousAssetTag: loan.asset_tag },
    },
    now,
  );
  return { previous: toLoan(await requireLoan(trx, programmeId, loan.id)), loan: toLoan(next) };
}

/**
 * Every active loan whose end date has come: ownership passes to the family. Idempotent: a
 * second run finds nothing. Devices stay handed_over (they left the programme's stock for good).
 */
export async function transferDueLoans(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<{ transferred: number; loanIds: string[] }> {
  const programme = await getProgramme(trx, programmeId);
  const today = todayIn(programme.timeZone, now);
  const loanIds: string[] = [];
  for (;;) {
    const due = await listActiveLoansEndedBy(trx, programmeId, today, 500);
    if (due.length === 0) break;
    for (const loan of due) {
      await closeLoan(trx, programmeId, actor, loan, 'transferred', null, { endsOn: loan.ends_on }, now, lang);
      await recordDeviceEvent(trx, programmeId, {
        deviceId: loan.device_id,
        kind: 'note',
        actor,
        station: STATION,
        details: { loanId: loan.id, loan: 'transferred', endsOn: loan.ends_on },
        occurredAt: now.toISOString(),
      });
      loanIds.push(loan.id);
    }
  }
  return { transferred: loanIds.length, loanIds };
}
