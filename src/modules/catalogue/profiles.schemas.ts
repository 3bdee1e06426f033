import { z } from 'zod';
import { idParam, programmeParam } from '../../platform/http/common.schemas.js';
import { bands, resourceKinds, versionStatuses } from './catalogue-codes.js';
import { debianIndexSchema } from './debian-index.schemas.js';

/** The request and response shapes of profiles, versions, differences and manifests (the contract). */

export const profileParams = programmeParam.extend({ profileId: idParam });
export const versionParams = programmeParam.extend({ versionId: idParam });
export const versionItemParams = versionParams.extend({ resourceId: idParam });
export const manifestParams = programmeParam.extend({
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hexadecimal'),
});

export const profilesQuery = z.strictObject({ schoolYearId: idParam.optional() });
export const createProfileBody = z.strictObject({ band: z.enum(bands), schoolYearId: idParam });
export const addItemBody = z.strictObject({ resourceId: idParam });
export const diffQuery = z.strictObject({ against: idParam.optional() });
export const changesQuery = z.strictObject({ band: z.enum(bands).optional() });

const schoolYearRef = z.object({ id: z.string(), code: z.string() });

/** A resource as the catalogue describes it (for a published version: as it was when published). */
export const versionResourceSchema = z.object({
  id: z.string(),
  kind: z.enum(resourceKinds),
  title: z.string(),
  description: z.string(),
  subjects: z.array(z.string()),
  grades: z.array(z.string()),
  languages: z.array(z.string()),
  licence: z.string(),
  minRamMb: z.number().nullable(),
  minDiskMb: z.number().nullable(),
  packages: z.array(z.string()),
  launchCommand: z.string().nullable(),
  content: z
    .object({
      fileName: z.string(),
      url: z.string(),
      sha256: z.string(),
      bytes: z.number(),
      verifiedAt: z.string().nullable(),
    })
    .nullable(),
  webUrl: z.string().nullable(),
  status: z.string(),
  proposedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const versionSummarySchema = z.object({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(versionStatuses),
  publishedAt: z.string().nullable(),
  manifestHash: z.string().nullable(),
  resourceCount: z.number().int(),
});

export const profileSchema = z.object({
  id: z.string(),
  band: z.enum(bands),
  schoolYear: schoolYearRef,
  published: versionSummarySchema.nullable(),
  open: versionSummarySchema.nullable(),
  versions: z.array(versionSummarySchema),
});

export const profileListSchema = z.object({
  schoolYears: z.array(schoolYearRef.extend({ current: z.boolean() })),
  items: z.array(profileSchema),
});

export const versionSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(versionStatuses),
  profile: z.object({ id: z.string(), band: z.enum(bands), schoolYear: schoolYearRef }),
  basedOn: z.object({ id: z.string(), number: z.number().int() }).nullable(),
  items: z.array(versionResourceSchema),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  manifestHash: z.string().nullable(),
});

const changeValue = z.union([z.string(), z.number(), z.null()]);

export const diffSchema = z.object({
  from: versionSummarySchema.nullable(),
  to: versionSummarySchema,
  added: z.array(versionResourceSchema),
  removed: z.array(versionResourceSchema),
  changed: z.array(
    z.object({
      resource: versionResourceSchema,
      changes: z.array(z.object({ field: z.string(), before: changeValue, after: changeValue })),
    }),
  ),
  sentences: z.array(z.string()),
});

export const bandChangesSchema = z.object({
  band: z.enum(bands),
  current: z.object({ schoolYear: schoolYearRef.nullable(), version: versionSchema.nullable() }),
  next: z.object({
    schoolYear: schoolYearRef.nullable(),
    version: versionSchema.nullable(),
    /** The next version's status, or none when nothing is prepared for next year. */
    status: z.enum([...versionStatuses, 'none']),
  }),
  diff: diffSchema.nullable(),
});
export const changesResponse = z.union([bandChangesSchema, z.array(bandChangesSchema)]);

export const debianCheckSchema = z.object({
  index: debianIndexSchema,
  minRamMb: z.number(),
  diskBudgetMb: z.number(),
  packages: z.array(
    z.object({
      name: z.string(),
      resourceId: z.string(),
      resourceTitle: z.string(),
      status: z.enum(['available', 'missing', 'too_heavy']),
      version: z.string().nullable(),
      installedSizeKb: z.number().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  resources: z.array(
    z.object({
      resourceId: z.string(),
      title: z.string(),
      status: z.enum(['ok', 'too_heavy']),
      reason: z.string().nullable(),
    }),
  ),
  totalMb: z.number(),
  overBudget: z.boolean(),
  publishable: z.boolean(),
});

const manifestProfile = z.object({ band: z.enum(bands), schoolYearCode: z.string() });

export const manifestListSchema = z.object({
  items: z.array(
    z.object({
      hash: z.string(),
      profile: manifestProfile,
      versionId: z.string(),
      versionNumber: z.number().int(),
      publishedAt: z.string(),
      packageCount: z.number().int(),
      label: z.string(),
    }),
  ),
});

export const manifestSchema = z.object({
  hash: z.string(),
  label: z.string(),
  /** The manifest's content (ImageManifestInput): the hash is the sha256 of its canonical JSON. */
  content: z.record(z.string(), z.unknown()),
});

export const textFile = (description: string) =>
  z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', description });
