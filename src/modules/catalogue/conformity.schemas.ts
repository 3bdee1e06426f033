import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { bands, conformityStatuses } from './catalogue-codes.js';

const counts = z.record(z.enum(conformityStatuses), z.number().int());

export const conformitySummarySchema = z
  .object({
    schools: z.array(z.object({ school: z.object({ id: z.string(), name: z.string() }), counts })),
    home: z.object({ counts }),
    /** The latest published version of each band for the current school year. */
    versions: z.array(
      z.object({
        band: z.enum(bands),
        versionId: z.string(),
        label: z.string(),
        manifestHash: z.string(),
        publishedAt: z.string().nullable(),
      }),
    ),
    schoolYear: z.object({ id: z.string(), code: z.string() }).nullable(),
    computedAt: z.string().nullable(),
  })
  .meta({ id: 'ConformitySummary' });

export const conformityItemSchema = z
  .object({
    device: z.object({
      id: z.string(),
      assetTag: z.string(),
      kind: z.string(),
      make: z.string().nullable(),
      model: z.string().nullable(),
      state: z.string(),
    }),
    place: z.enum(['school', 'home']),
    school: z.object({ id: z.string(), name: z.string() }).nullable(),
    band: z.enum(bands).nullable(),
    expected: z.object({ versionId: z.string(), label: z.string(), manifestHash: z.string() }).nullable(),
    imageHash: z.string().nullable(),
    status: z.enum(conformityStatuses),
    missing: z.array(z.string()),
    outdated: z.array(z.object({ name: z.string(), expected: z.string(), installed: z.string() })),
    extra: z.array(z.string()),
    unknown: z.array(z.string()),
    computedAt: z.string(),
  })
  .meta({ id: 'ConformityDevice' });

export const conformityListSchema = z.object({
  items: z.array(conformityItemSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});

export const conformityDevicesQuery = z.strictObject({
  place: z.enum(['school', 'home']).optional(),
  schoolId: z.string().min(1).max(64).optional(),
  status: z.enum(conformityStatuses).optional(),
  ...keysetQueryFields,
});

export const conformityParams = programmeParam;
