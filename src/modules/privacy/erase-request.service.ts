import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { applyErasure, collectErasureTargets } from './erasure.repository.js';
import { findHouseholdHolds } from './export.repository.js';
import { type ErasureCounts, countTargets, zeroCounts } from './purge.service.js';
import { privacyMessages } from './privacy.messages.js';

export interface ErasureResult {
  householdId: string;
  reference: string;
  /** True when the household had already been erased: nothing changed. */
  alreadyAnonymised: boolean;
  anonymisedAt: string;
  counts: ErasureCounts;
}

/**
 * Erase on request (GDPR article 17): the same erasure as the retention purge, for one
 * household, now. Refused while a computer is on loan or reserved for the household: the loan
 * agreement needs to know who holds the device until it comes back or becomes theirs. The
 * reason is written to the audit trail; it should say why and from what request, never a name.
 */
export async function eraseHouseholdOnRequest(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  householdId: string,
  reason: string,
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<ErasureResult> {
  const holds = await findHouseholdHolds(trx, programmeId, householdId);
  if (!holds) throw new AppError('HOUSEHOLD_NOT_FOUND');
  if (holds.anonymisedAt) {
    return {
      householdId,
      reference: holds.reference,
      alreadyAnonymised: true,
      anonymisedAt: holds.anonymisedAt,
      counts: zeroCounts(),
    };
  }
  const m = privacyMessages(lang);
  if (holds.activeLoans > 0) throw new AppError('HOUSEHOLD_HAS_ACTIVE_LOAN', { detail: m.active_loan });
  if (holds.reservedDevices > 0) throw new AppError('CONFLICT', { detail: m.device_reserved });
  const at = now.toISOString();
  const targets = await collectErasureTargets(trx, programmeId, [householdId]);
  const counts = countTargets(targets);
  counts.mails = (await applyErasure(trx, programmeId, targets, at)).mails;
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household',
    entityId: householdId,
    action: 'erased_on_request',
    summary: { reason, ...counts },
  });
  return { householdId, reference: holds.reference, alreadyAnonymised: false, anonymisedAt: at, counts };
}
