import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { bands, resourceKinds, resourceStatuses, subjects, versionStatuses } from './catalogue-codes.js';
import { catalogueGrades } from './resource-input.js';

export { resourceInputSchema, resourcePatchSchema } from './resource-input.js';

export const resourceParams = programmeParam.extend({ id: z.uuid() });

export const resourceListQuery = z.strictObject({
  grade: z.enum(catalogueGrades).optional(),
  subject: z.enum(subjects).optional(),
  kind: z.enum(resourceKinds).optional(),
  /** Default: accepted, the resources teachers can use. */
  status: z.enum(resourceStatuses).default('accepted'),
  /** Words in the title or the description. */
  q: z.string().trim().min(1).max(100).optional(),
  ...keysetQueryFields,
});
export type ResourceListQuery = z.infer<typeof resourceListQuery>;

export const resourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(resourceKinds),
    title: z.string(),
    description: z.string(),
    subjects: z.array(z.string()),
    grades: z.array(z.string()),
    languages: z.array(z.string()),
    licence: z.string(),
    minRamMb: z.number().int().nullable(),
    minDiskMb: z.number().int().nullable(),
    packages: z.array(z.string()),
    launchCommand: z.string().nullable(),
    content: z
      .object({
        fileName: z.string(),
        url: z.string(),
        sha256: z.string(),
        bytes: z.number().int(),
        /** When the file was last downloaded and found to match; null: not verified. */
        verifiedAt: z.string().nullable(),
      })
      .nullable(),
    webUrl: z.string().nullable(),
    status: z.enum(resourceStatuses),
    proposedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CatalogueResource' });

export const resourceListSchema = z.object({
  items: z.array(resourceSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});

export const resourceDetailSchema = resourceSchema.extend({
  /** The profile versions holding the resource. */
  inVersions: z.array(
    z.object({
      versionId: z.string(),
      profileId: z.string(),
      band: z.enum(bands),
      schoolYearCode: z.string(),
      number: z.number().int(),
      status: z.enum(versionStatuses),
    }),
  ),
});
