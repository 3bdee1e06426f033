import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import { nextCounterValue } from '../../platform/db/counters.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { programmeLanguage } from '../certificates/certificate-messages.js';
import { todayIn } from '../donations/lot-input.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { grantsMessages } from './grants.messages.js';
import { type PaymentLine, buildPaymentCsv, formatPaymentBatchReference } from './payment-csv.js';
import {
  type PaymentBatchMeta,
  completePaymentBatch,
  findPaymentBatchCsv,
  insertPaymentBatch,
  listBatchClaims,
  listBatchGuardians,
  listPaymentBatchMetas,
  markApprovedClaimsPaid,
} from './payment-batches.repository.js';

export interface PaymentBatch {
  id: string;
  reference: string;
  claimCount: number;
  totalMinor: number;
  createdBy: string;
  createdAt: string;
}

function toPaymentBatch(row: PaymentBatchMeta): PaymentBatch {
  return {
    id: row.id,
    reference: row.reference,
    claimCount: row.claim_count,
    totalMinor: row.total_minor,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/**
 * Pays approved claims: every approved, unpaid claim of the programme, or exactly `claimIds`
 * (then each must be approved and unpaid, or nothing is paid). In one transaction the claims
 * become `paid` with the batch's id, and the CSV for the city's accounting is built and kept
 * byte for byte. The CSV follows the programme's language, not the browser of who clicked.
 */
export async function createPaymentBatch(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { claimIds?: string[] | undefined },
  lang: Language,
): Promise<PaymentBatch & { claimIds: string[] }> {
  const m = grantsMessages(lang);
  const programme = await getProgramme(trx, programmeId);
  const now = nowIso();
  const year = Number(todayIn(programme.timeZone).slice(0, 4));
  const reference = formatPaymentBatchReference(year, await nextCounterValue(trx, programmeId, 'payment_batch'));
  const batch = {
    id: newId(),
    programme_id: programmeId,
    reference,
    claim_count: 0,
    total_minor: 0,
    csv: Buffer.alloc(0),
    created_by: actor.label,
    created_at: now,
  };
  await insertPaymentBatch(trx, batch);

  const wanted = input.claimIds ? [...new Set(input.claimIds)] : undefined;
  const paidIds = await markApprovedClaimsPaid(trx, programmeId, batch.id, now, wanted);
  if (wanted && paidIds.length !== wanted.length) {
    const paid = new Set(paidIds);
    const message = format(m.claims_not_payable, { ids: wanted.filter((id) => !paid.has(id)).join(', ') });
    throw new AppError('GRANT_CLAIM_NOT_APPROVED', {
      detail: message,
      fields: [{ field: 'body.claimIds', code: 'not_payable', message }],
    });
  }
  if (paidIds.length === 0) throw new AppError('PAYMENT_BATCH_EMPTY', { detail: m.nothing_to_pay });

  const claims = await listBatchClaims(trx, programmeId, batch.id);
  const guardians = await listBatchGuardians(trx, programmeId, batch.id);
  const lines: PaymentLine[] = claims.map((c) => {
    const guardian = guardians.get(c.household_id);
    return {
      claimId: c.claim_id,
      householdReference: c.household_reference,
      guardianName: guardian ? [guardian.first_name, guardian.last_name].filter(Boolean).join(' ') : '',
      amountMinor: c.amount_minor,
      currency: c.currency,
      approvedAt: c.decided_at,
      providerName: c.provider_name,
    };
  });
  const labels = grantsMessages(programmeLanguage(programme)).csvColumns;
  const csv = buildPaymentCsv(reference, lines, labels, programme.timeZone);
  const totalMinor = claims.reduce((sum, c) => sum + c.amount_minor, 0);
  await completePaymentBatch(trx, programmeId, batch.id, { claim_count: claims.length, total_minor: totalMinor, csv });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'payment_batch',
    entityId: batch.id,
    action: 'created',
    summary: {
      reference,
      claimCount: claims.length,
      totalMinor,
      claims: claims.map((c) => ({ id: c.claim_id, amountMinor: c.amount_minor, currency: c.currency })),
    },
  });
  return {
    ...toPaymentBatch({ ...batch, claim_count: claims.length, total_minor: totalMinor }),
    claimIds: claims.map((c) => c.claim_id),
  };
}

/** One page of payment batches, newest first. */
export async function listPaymentBatches(
  db: Executor,
  programmeId: string,
  query: { cursor?: string | undefined; limit: number },
  lang: Language = defaultLanguage,
): Promise<{ items: PaymentBatch[]; nextCursor: string | null }> {
  const before = decodeOptionalCursor(query.cursor, ['instant', 'string'], lang);
  const rows = await listPaymentBatchMetas(db, programmeId, { before, limit: query.limit + 1 });
  const { rows: shown, nextCursor } = keysetPage(rows, query.limit, (r) => [r.created_at, r.id]);
  return { items: shown.map(toPaymentBatch), nextCursor };
}

/** The CSV exactly as it was made when the batch was created. */
export async function getPaymentBatchCsv(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<{ fileName: string; csv: Buffer }> {
  const found = await findPaymentBatchCsv(db, programmeId, id);
  if (!found) throw new AppError('PAYMENT_BATCH_NOT_FOUND');
  return { fileName: `${found.reference}.csv`, csv: found.csv };
}
