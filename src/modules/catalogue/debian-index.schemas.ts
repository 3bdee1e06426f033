import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { isPackageName } from './package-name.js';

export const debianIndexSchema = z
  .object({
    id: z.string(),
    release: z.string(),
    component: z.string(),
    architecture: z.string(),
    source: z.enum(['file', 'mirror']),
    /** The uploaded file's name, or the URL it was fetched from. */
    sourceLabel: z.string(),
    /** sha256 of the decompressed Packages text. */
    sha256: z.string(),
    packageCount: z.number().int(),
    loadedBy: z.string(),
    loadedAt: z.string(),
  })
  .meta({ id: 'DebianIndex' });
export type DebianIndex = z.infer<typeof debianIndexSchema>;

export const debianIndexListSchema = z.object({
  items: z.array(debianIndexSchema),
  target: z.object({
    release: z.string(),
    component: z.string(),
    architecture: z.string(),
    mirrorUrl: z.string(),
  }),
});

export const indexParams = programmeParam;

export const uploadQuery = z.strictObject({
  fileName: z.string().trim().min(1).max(200).optional(),
});

/** The Packages file as the raw body, or JSON asking for the configured mirror. */
export const loadBody = z.union([
  z
    .custom<Buffer>((v) => Buffer.isBuffer(v))
    .meta({
      type: 'string',
      format: 'binary',
      description: 'The Packages or Packages.gz file (application/octet-stream or application/gzip), at most 100 MB.',
    }),
  z.strictObject({ source: z.literal('mirror') }),
]);

export const packagesQuery = z.strictObject({
  names: z
    .string()
    .max(20_000)
    .transform((s) =>
      s
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== ''),
    )
    .pipe(
      z
        .array(z.string().refine(isPackageName, { message: 'Not a Debian package name.' }))
        .min(1)
        .max(500),
    )
    .meta({ description: 'Package names separated by commas (500 at most).' }),
});

export const debianPackageSchema = z.object({
  name: z.string(),
  version: z.string(),
  installedSizeKb: z.number().int().nullable(),
  section: z.string().nullable(),
  summary: z.string().nullable(),
});

export const debianPackageListSchema = z.object({ items: z.array(debianPackageSchema) });
