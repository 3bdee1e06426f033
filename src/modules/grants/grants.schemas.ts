import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { grantClaimStatuses } from './grant-claim-states.js';

export const claimParams = programmeParam.extend({ id: z.uuid() });
export const batchParams = programmeParam.extend({ id: z.uuid() });

export const createClaimBody = z.strictObject({
  /** The handover of the pack: one claim per pack. */
  handoverId: z.uuid(),
  /** The internet provider the family subscribed with (Orange, Free…), as staff typed it. */
  providerName: z.string().trim().min(1).max(100).nullable().optional(),
});

export const proofQuery = z.strictObject({
  /** The name of the file on the family's device; kept with the real type's extension. */
  fileName: z.string().trim().min(1).max(200).optional(),
});

/** The file as sent (any declared type: the first bytes decide). */
export const proofBody = z
  .custom<Buffer>((v) => Buffer.isBuffer(v), {
    params: { code: 'required', messages: { fr: 'Le fichier manque.', en: 'The file is missing.' } },
  })
  .meta({
    type: 'string',
    format: 'binary',
    description: 'The proof of subscription: a PDF, a PNG or a JPEG of at most 5 MB.',
  });

export const rejectBody = z.strictObject({
  /** Shown to staff; write it so it can be read to the family. */
  reason: z.string().trim().min(3).max(500),
});

export const claimListQuery = z.strictObject({
  status: z.enum(grantClaimStatuses).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const grantClaimSchema = z
  .object({
    id: z.string(),
    handoverId: z.string(),
    householdId: z.string(),
    householdReference: z.string(),
    /** In minor units of the currency (6000 = 60.00 €), fixed when the claim was made. */
    amountMinor: z.number().int(),
    currency: z.string(),
    status: z.enum(grantClaimStatuses),
    providerName: z.string().nullable(),
    proof: z
      .object({ fileName: z.string(), mediaType: z.string(), size: z.number().int(), uploadedAt: z.string() })
      .nullable(),
    decisionReason: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    paymentBatchId: z.string().nullable(),
    paymentBatchReference: z.string().nullable(),
    paidAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'GrantClaim' });

export const grantClaimListSchema = z.object({
  items: z.array(grantClaimSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const createBatchBody = z.strictObject({
  /** Only these claims (each approved and unpaid); every approved unpaid claim when absent. */
  claimIds: z.array(z.uuid()).min(1).max(5000).optional(),
});

export const paymentBatchSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    claimCount: z.number().int(),
    totalMinor: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'PaymentBatch' });

export const createdBatchSchema = paymentBatchSchema.extend({ claimIds: z.array(z.string()) });
export const paymentBatchListSchema = z.object({
  items: z.array(paymentBatchSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});
export const paymentBatchListQuery = z.strictObject(keysetQueryFields);

/** A file answer (the proof, the CSV), described as binary in the OpenAPI file. */
export const binaryResponse = (description: string) =>
  z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary', description });
