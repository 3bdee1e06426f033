import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { loanStatuses } from './loan-states.js';

export const handoverParams = programmeParam.extend({ id: z.string().uuid() });
export const loanParams = programmeParam.extend({ id: z.string().uuid() });

export const deskLookupQuery = z.strictObject({
  tag: z.string().max(40).optional().meta({ description: 'A scanned or typed asset tag, e.g. GB-004217-K.' }),
  code: z.string().max(20).optional().meta({ description: 'The invitation code of the letter, e.g. K7QM-3XR9.' }),
  q: z.string().min(2).max(80).optional().meta({ description: 'Words of a guardian’s or pupil’s name.' }),
});

const deskDevice = z.object({
  id: z.string(),
  assetTag: z.string(),
  state: z.string(),
  kind: z.string(),
  make: z.string().nullable(),
  model: z.string().nullable(),
  serial: z.string().nullable(),
});

const deskMatch = z.object({
  campaign: z.object({ id: z.string(), name: z.string(), status: z.string(), cohortGrade: z.string() }),
  household: z.object({
    id: z.string(),
    reference: z.string(),
    guardians: z.array(z.object({ firstName: z.string().nullable(), lastName: z.string() })),
    pupils: z.array(
      z.object({
        id: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        grade: z.string(),
        className: z.string().nullable(),
        schoolName: z.string(),
      }),
    ),
    declined: z.boolean(),
  }),
  status: z.string(),
  allocation: z.object({ id: z.string(), deviceId: z.string(), assetTag: z.string() }).nullable(),
  device: deskDevice.nullable(),
  handover: z.object({ id: z.string(), handedOverAt: z.string() }).nullable(),
});

export const deskLookupSchema = z
  .object({ device: deskDevice.nullable(), matches: z.array(deskMatch) })
  .meta({ id: 'DeskLookup' });

const reason = z.string().trim().min(3).max(500);

export const handoverBody = z.strictObject({
  campaignId: z.string().uuid(),
  householdId: z.string().uuid(),
  deviceId: z.string().uuid().meta({ description: 'The scanned device.' }),
  pupilId: z.string().uuid().optional(),
  signerName: z
    .string()
    .trim()
    .min(2)
    .max(120)
    .meta({ description: 'The guardian who signs, as they write their name.' }),
  signature: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('drawn'),
      pngBase64: z
        .string()
        .min(1)
        .max(300_000)
        .meta({ description: 'The pad as PNG, base64 or a data:image/png;base64 URL; at most 200 KB decoded.' }),
    }),
    z.strictObject({
      kind: z.literal('typed'),
      consent: z.boolean().optional().meta({ description: 'Must be true: the guardian agrees to sign by typing.' }),
    }),
  ]),
  swapReason: reason
    .optional()
    .meta({ description: 'Hands over another device than the reserved one (documented swap).' }),
});

export const handoverSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    householdId: z.string(),
    pupilId: z.string().nullable(),
    deviceId: z.string(),
    swapReason: z.string().nullable(),
    signerName: z.string(),
    signatureKind: z.enum(['drawn', 'typed']),
    consentTextVersion: z.string(),
    agreementSha256: z.string(),
    handedOverBy: z.string(),
    handedOverAt: z.string(),
  })
  .meta({ id: 'Handover' });

export const loanSchema = z
  .object({
    id: z.string(),
    householdId: z.string(),
    householdReference: z.string(),
    pupilId: z.string().nullable(),
    deviceId: z.string(),
    assetTag: z.string(),
    handoverId: z.string().nullable(),
    status: z.enum(loanStatuses),
    startsOn: z.string(),
    endsOn: z.string(),
    endedAt: z.string().nullable(),
    endReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Loan' });

export const handoverResultSchema = z.object({
  handover: handoverSchema,
  loan: loanSchema,
  card: z.object({
    id: z.string(),
    number: z.string(),
    pin: z.string().meta({ description: 'Given once: only its hash is kept. Print it with POST …/card.pdf.' }),
    validUntil: z.string(),
    credits: z.number().int(),
    hoursPerCredit: z.number(),
  }),
  documents: z.object({ agreement: z.string(), receipt: z.string(), card: z.string() }),
});

export const cardPinBody = z.strictObject({
  pin: z
    .string()
    .regex(/^\d{4}$/)
    .meta({ description: 'The PIN returned by POST /handovers, to print on a slip.' }),
});

export const loanDetailSchema = loanSchema.extend({
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      details: z.record(z.string(), z.unknown()).nullable(),
      actorLabel: z.string(),
      occurredAt: z.string(),
    }),
  ),
});

export const loanListQuery = z.strictObject({
  status: z.enum(loanStatuses).optional(),
  cursor: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const loanListSchema = z.object({ items: z.array(loanSchema), nextCursor: z.string().nullable() });

export const loanReasonBody = z.strictObject({ reason });
export const loanMissingBody = z.strictObject({
  reason,
  reportedOn: z.iso.date().meta({ description: 'When the family reported it (not in the future).' }),
});
export const loanSwapBody = z.strictObject({ deviceId: z.string().uuid(), reason });
export const loanSwapSchema = z.object({ previous: loanSchema, loan: loanSchema });
export const transferDueSchema = z.object({ transferred: z.number().int(), loanIds: z.array(z.string()) });

export const pdfResponse = {
  description: 'PDF document',
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
};
