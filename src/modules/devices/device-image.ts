import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { conformityMessages } from '../catalogue/conformity.messages.js';
import { listPublishedVersions } from '../catalogue/conformity.repository.js';
import { findPublishedManifest } from '../catalogue/manifests.service.js';

/** What the imaging step records on the device: the manifest's hash and its words. */
export interface ResolvedImage {
  name: string;
  version: string;
  hash: string;
}

/**
 * The imaging step names a published image manifest by its hash; the device records the hash,
 * the manifest's label ("Cycle 2 · 2026-2027 · v3") and "<school year> v<n>". No published
 * manifest at all → 409 CATALOGUE_NO_PUBLISHED_IMAGE; an unknown hash → CATALOGUE_MANIFEST_NOT_FOUND
 * naming the field.
 */
export async function resolveImage(
  db: Executor,
  programmeId: string,
  manifestHash: string,
  lang: Language,
): Promise<ResolvedImage> {
  const m = conformityMessages(lang);
  const manifest = await findPublishedManifest(db, programmeId, manifestHash);
  if (manifest) {
    return { name: manifest.label, version: `${manifest.schoolYearCode} v${manifest.number}`, hash: manifest.hash };
  }
  if ((await listPublishedVersions(db, programmeId)).length === 0) {
    throw new AppError('CATALOGUE_NO_PUBLISHED_IMAGE', { detail: m.no_published_image });
  }
  throw new AppError('CATALOGUE_MANIFEST_NOT_FOUND', {
    detail: m.manifest_not_found,
    fields: [{ field: 'body.image.manifestHash', code: 'manifest_not_found', message: m.manifest_not_found }],
  });
}
