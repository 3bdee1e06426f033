import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { MONTH_PATTERN } from './statement-month.js';

export const venueParams = programmeParam.extend({ venueId: z.uuid() });
export const monthParams = venueParams.extend({
  /** The statement's month, YYYY-MM. */
  month: z.string().regex(MONTH_PATTERN),
});

/** Whatever an edit would send: refused anyway (see the PATCH route). */
export const changeBody = z.record(z.string(), z.unknown()).optional();

export const binaryResponse = (description: string) =>
  z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary', description });

const venueSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Postal address, one line each. */
  address: z.array(z.string()),
});

export const statementLineSchema = z.object({
  position: z.number().int(),
  /** redemption: a credit redeemed at a session, paid; reversal: takes back a line paid before. */
  kind: z.enum(['redemption', 'reversal']),
  ledgerEntryId: z.string(),
  /** Reversals: the redemption (ledger entry) they take back. */
  reversesEntryId: z.string().nullable(),
  bookingId: z.string(),
  sessionId: z.string(),
  /** YYYY-MM-DD in the programme's time zone. */
  sessionDate: z.string(),
  themeCode: z.string(),
  themeTitle: z.string(),
  cardNumber: z.string(),
  hours: z.number(),
  hourlyRateMinor: z.number().int(),
  /** hours × hourly rate, rounded half up to the minor unit; negative for a reversal. */
  amountMinor: z.number().int(),
});

const statementSummaryFields = {
  month: z.string(),
  /** draft: computed now, may still change; issued: frozen, files served as stored. */
  status: z.enum(['draft', 'issued']),
  reference: z.string().nullable(),
  issuedAt: z.string().nullable(),
  currency: z.string(),
  lineCount: z.number().int(),
  /** In minor units of the currency (5000 = 50.00 €). */
  totalMinor: z.number().int(),
  /** The month is over in the programme's time zone: a draft can be issued. */
  monthOver: z.boolean(),
};

export const statementSchema = z
  .object({
    ...statementSummaryFields,
    venue: venueSchema,
    issuedBy: z.string().nullable(),
    /** sha256 (hex) of the stored PDF of an issued statement. */
    pdfSha256: z.string().nullable(),
    lines: z.array(statementLineSchema),
  })
  .meta({ id: 'VenueStatement' });

export const statementListSchema = z.object({
  venue: venueSchema,
  items: z.array(z.object(statementSummaryFields).meta({ id: 'VenueStatementSummary' })),
});

const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

export const figuresQuery = z.strictObject({
  /** First day (YYYY-MM-DD, programme's zone); default: the first day of the month 11 months ago. */
  from: isoDate.optional(),
  /** Last day included; default: today. At most 36 months after `from`. */
  to: isoDate.optional(),
  venueId: z.uuid().optional(),
  groupBy: z.enum(['venue', 'theme', 'month']).default('month'),
});

const figuresFields = {
  creditsIssued: z.number().int().nullable(),
  cardsIssued: z.number().int().nullable(),
  creditsExpired: z.number().int().nullable(),
  sessions: z.number().int(),
  booked: z.number().int(),
  released: z.number().int(),
  redeemed: z.number().int(),
  forfeited: z.number().int(),
  attended: z.number().int(),
  noShows: z.number().int(),
  attendanceRate: z.number().nullable(),
};

export const figuresSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(['venue', 'theme', 'month']),
    venueId: z.string().nullable(),
    /**
     * false when the figures are limited to one venue (venueId, or venue staff): issued and
     * expired credits belong to cards, not venues, and are then null. They are null in venue
     * and theme rows too.
     */
    ledgerTotalsIncluded: z.boolean(),
    totals: z.object(figuresFields),
    rows: z.array(z.object({ key: z.string(), label: z.string(), ...figuresFields })),
  })
  .meta({ id: 'TrainingFigures' });
