import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { type ErasureTargets, applyErasure, collectErasureTargets } from './erasure.repository.js';
import { retentionLimits } from './retention.js';
import { listHouseholdsPastRetention, listPupilsPastRetention } from './retention.repository.js';

/** Households erased per transaction: a crash keeps the batches done, and a rerun finishes the rest. */
const BATCH = 500;
const NO_LIMIT = 10_000_000;

export interface ErasureCounts {
  households: number;
  pupils: number;
  guardians: number;
  contacts: number;
  /** Signed loan agreements emptied (the hash stays). */
  agreements: number;
  /** Signatures, grant proofs and other files deleted. */
  attachments: number;
  grantClaims: number;
  /** Mails in the outbox whose address and text were erased. */
  mails: number;
}

export const zeroCounts = (): ErasureCounts => ({
  households: 0,
  pupils: 0,
  guardians: 0,
  contacts: 0,
  agreements: 0,
  attachments: 0,
  grantClaims: 0,
  mails: 0,
});

export function countTargets(t: ErasureTargets): ErasureCounts {
  return {
    households: t.householdIds.length,
    pupils: t.pupilIds.length,
    guardians: t.guardianCount,
    contacts: t.contactValues.length === 0 ? 0 : new Set(t.contactValues).size,
    agreements: t.handoverIds.length,
    attachments: t.attachmentIds.length,
    grantClaims: t.claimIds.length,
    mails: 0,
  };
}

export function addCounts(into: ErasureCounts, more: ErasureCounts): void {
  for (const key of Object.keys(into) as (keyof ErasureCounts)[]) into[key] += more[key];
}

export interface PurgeReport {
  programmeId: string;
  slug: string;
  retentionMonths: number;
  /** Loans ended and school years finished before this instant are past retention. */
  cutoff: string;
  dryRun: boolean;
  counts: ErasureCounts;
  /** References (F-000123) of the households erased, or that a dry run would erase. */
  householdReferences: string[];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function eraseBatch(
  db: Db,
  programmeId: string,
  actor: AuditActor,
  report: PurgeReport,
  householdIds: string[],
  pupilIds: string[],
  now: Date,
): Promise<string[]> {
  let erasedPupils: string[] = [];
  const run = async (trx: Executor) => {
    const targets = await collectErasureTargets(trx, programmeId, householdIds, pupilIds);
    erasedPupils = targets.pupilIds;
    const counts = countTargets(targets);
    if (report.dryRun) return counts;
    counts.mails = (await applyErasure(trx, programmeId, targets, now.toISOString())).mails;
    if (counts.households + counts.pupils > 0) {
      // Counts only: the audit trail is kept for years and must not become a copy of what was erased.
      await recordAudit(trx, {
        programmeId,
        actor,
        entityType: 'privacy',
        entityId: null,
        action: 'retention_purged',
        summary: { ...counts, retentionMonths: report.retentionMonths, cutoff: report.cutoff },
      });
    }
    return counts;
  };
  addCounts(report.counts, report.dryRun ? await run(db) : await db.transaction().execute(run));
  return erasedPupils;
}

/**
 * Erases the personal data of one programme's households and pupils past retention (see
 * retention.repository.ts for who is), keeping anonymous statistics and device histories.
 * Idempotent: erased rows are marked anonymised and never selected again. A dry run counts
 * what would be erased and changes nothing.
 */
export async function purgeProgramme(
  db: Db,
  programmeId: string,
  actor: AuditActor,
  options: { dryRun: boolean; now?: Date },
): Promise<PurgeReport> {
  const now = options.now ?? new Date();
  const programme = await getProgramme(db, programmeId);
  const months = programme.settings.retentionMonthsAfterLoanEnd;
  const limits = retentionLimits(now, months);
  const report: PurgeReport = {
    programmeId,
    slug: programme.slug,
    retentionMonths: months,
    cutoff: limits.cutoffInstant,
    dryRun: options.dryRun,
    counts: zeroCounts(),
    householdReferences: [],
  };
  const households = await listHouseholdsPastRetention(db, programmeId, limits, NO_LIMIT);
  report.householdReferences = households.map((h) => h.reference);
  // In a dry run the pupils of these households stay unerased: they must not be counted twice.
  const counted = new Set<string>();
  for (const batch of chunks(households, BATCH)) {
    const ids = batch.map((h) => h.id);
    for (const id of await eraseBatch(db, programmeId, actor, report, ids, [], now)) counted.add(id);
  }
  // Pupils left: without a household, or last years' entries of a household that is kept.
  const pupils = (await listPupilsPastRetention(db, programmeId, limits, NO_LIMIT)).filter((id) => !counted.has(id));
  for (const batch of chunks(pupils, BATCH)) {
    await eraseBatch(db, programmeId, actor, report, [], batch, now);
  }
  return report;
}
