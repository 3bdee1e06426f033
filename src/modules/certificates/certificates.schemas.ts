import { z } from 'zod';
import { labelFormats } from './label-layout.js';

const programmeSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);

export const deviceLabelParams = z.strictObject({ programme: programmeSlug, id: z.string().uuid() });
export const lotParams = z.strictObject({ programme: programmeSlug, id: z.string().uuid() });
export const certificatePdfParams = z.strictObject({
  programme: programmeSlug,
  id: z.string().uuid(),
  certificateId: z.string().uuid(),
});
export const publicCodeParams = z.strictObject({ code: z.string().min(1).max(40) });

const format = z.enum(labelFormats).default('a4');

export const deviceLabelQuery = z.strictObject({
  format,
  /** A4 only: places already used on the sheet, filled row by row from the top-left. */
  skip: z.coerce.number().int().min(0).max(23).default(0),
});

export const lotLabelsQuery = z.strictObject({
  format,
  page: z.coerce.number().int().min(1).default(1),
});

export const labelsBody = z.strictObject({
  /** At most 240 devices (MAX_LABELS_PER_DOCUMENT); more are refused with LABEL_LIMIT_EXCEEDED. */
  deviceIds: z
    .array(z.string().uuid())
    .min(1)
    .meta({ description: 'Devices to print, in this order; at most 240 (LABEL_LIMIT_EXCEEDED beyond).' }),
  format,
  skip: z.number().int().min(0).max(23).default(0),
});

/** A PDF answer, described as such in the OpenAPI file. */
export const pdfResponse = {
  description: 'PDF document',
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
};

const outcomeCounts = z.object({
  reused: z.number().int(),
  for_parts: z.number().int(),
  recycled: z.number().int(),
  in_progress: z.number().int(),
});

export const certificateSummarySchema = z
  .object({
    lotReference: z.string(),
    programmeName: z.string(),
    issuedAt: z.string(),
    deviceCount: z.number().int(),
    diskCount: z.number().int(),
    disksErased: z.number().int(),
    outcomes: outcomeCounts,
  })
  .meta({ id: 'CertificateSummary' });

export const certificateSchema = z
  .object({
    id: z.string(),
    lotId: z.string(),
    verificationCode: z.string(),
    /** The public page the certificate's QR code opens. */
    verifyUrl: z.string(),
    issuedAt: z.string(),
    /** SHA-256 of the PDF as issued, hex. */
    sha256: z.string(),
    summary: certificateSummarySchema,
  })
  .meta({ id: 'Certificate' });

export const certificateListSchema = z.object({ items: z.array(certificateSchema) });

/** What anybody holding the paper can check: no donor, no person, no device detail. */
export const publicCertificateSchema = z
  .object({
    valid: z.literal(true),
    lotReference: z.string(),
    programmeName: z.string(),
    issuedAt: z.string(),
    deviceCount: z.number().int(),
    diskCount: z.number().int(),
    disksErased: z.number().int(),
    outcomes: outcomeCounts,
  })
  .meta({ id: 'PublicCertificate' });
