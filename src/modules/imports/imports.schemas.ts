import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { idParam, programmeParam } from '../../platform/http/common.schemas.js';
import { IMPORT_FIELDS } from './import-fields.js';

export const importParams = programmeParam.extend({ id: idParam });

export const uploadQuery = z.strictObject({
  schoolId: idParam,
  schoolYearId: idParam,
  fileName: z.string().trim().min(1).max(200),
});

export const listQuery = z.strictObject({
  schoolId: idParam.optional(),
  schoolYearId: idParam.optional(),
  ...keysetQueryFields,
});

/** The file as sent, untouched (the raw parser gives a Buffer); documented as a binary string. */
export const uploadBody = z
  .custom<Buffer>((v) => Buffer.isBuffer(v))
  .meta({
    type: 'string',
    format: 'binary',
    description:
      'The CSV file exactly as saved by the spreadsheet (UTF-8, Windows-1252 or UTF-16 with BOM; ; , or tab), at most 20 MB.',
  });

const fieldEnum = z.enum(IMPORT_FIELDS);
const columnMapping = z
  .partialRecord(fieldEnum, z.string().min(1).max(200))
  .meta({ description: 'Import field → header name of the file.' });

export const mappingBody = z.strictObject({ mapping: columnMapping });

const reasonSchema = z.object({ field: fieldEnum, code: z.string(), message: z.string() });

const countsShape = {
  rows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  householdsCreated: z.number().int(),
  householdsReused: z.number().int(),
  mergeProposals: z.number().int().nullable().describe('Merge proposals recorded by the commit; null for a dry run.'),
};

export const reportSchema = z
  .object({
    ...countsShape,
    rejectedRowsKept: z
      .boolean()
      .describe('false once the rejected rows (they name pupils) are deleted, 30 days after the upload.'),
    rejectedRows: z
      .array(
        z.object({
          line: z.number().int(),
          lastName: z.string(),
          firstName: z.string(),
          reasons: z.array(reasonSchema),
        }),
      )
      .describe('The first 500 rejected rows; GET …/rejected.csv lists them all.'),
  })
  .meta({ id: 'ImportReport' });

export const commitSchema = reportSchema.extend({ committedAt: z.string() });

const statusEnum = z.enum(['uploaded', 'mapped', 'checked', 'committed', 'expired']);

export const importSchema = z
  .object({
    id: z.string(),
    schoolId: z.string(),
    schoolYearId: z.string(),
    fileName: z.string(),
    fileSize: z.number().int(),
    status: statusEnum,
    encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le']).nullable(),
    delimiter: z.enum([';', ',', '\t']).nullable(),
    headers: z.array(z.string()),
    mapping: columnMapping.nullable(),
    suggestedMapping: columnMapping,
    savedMapping: columnMapping.nullable(),
    preview: z
      .array(z.array(z.string()))
      .describe('First 10 rows, cells in header order; empty once the file is deleted.'),
    report: reportSchema.nullable(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
  })
  .meta({ id: 'PupilImport' });

export const importListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      schoolId: z.string(),
      schoolYearId: z.string(),
      fileName: z.string(),
      fileSize: z.number().int(),
      status: statusEnum,
      counts: z.object(countsShape).nullable(),
      createdAt: z.string(),
      committedAt: z.string().nullable(),
    }),
  ),
  nextCursor: nextCursorField,
});
