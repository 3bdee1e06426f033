import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Band } from './catalogue-codes.js';
import { type ImageManifest, type ImageManifestInput, buildImageManifest } from './image-manifest.js';
import { profilesMessages } from './profiles.messages.js';
import { type VersionViewRow, findPublishedVersionForBand, listPublishedVersionViews } from './profiles.repository.js';

export interface PublishedManifest {
  versionId: string;
  band: Band;
  schoolYearCode: string;
  number: number;
  label: string;
  hash: string;
  content: ImageManifestInput;
}

export interface ManifestListItem {
  hash: string;
  profile: { band: Band; schoolYearCode: string };
  versionId: string;
  versionNumber: number;
  publishedAt: string;
  packageCount: number;
  label: string;
}

/** "Cycle 2 · 2026-2027 · v3": how people name an image (the same words in French and English). */
export function manifestLabel(band: Band, schoolYearCode: string, number: number): string {
  return `${profilesMessages('fr').bands[band]} · ${schoolYearCode} · v${number}`;
}

function toPublishedManifest(row: VersionViewRow): PublishedManifest {
  const band = row.band as Band;
  const number = Number(row.number);
  return {
    versionId: row.id,
    band,
    schoolYearCode: row.school_year_code,
    number,
    label: manifestLabel(band, row.school_year_code, number),
    hash: row.manifest_hash!,
    content: JSON.parse(row.manifest!) as ImageManifestInput,
  };
}

/** The published version carrying this manifest hash (used by imaging and conformity). */
export async function findPublishedManifest(
  db: Executor,
  programmeId: string,
  hash: string,
): Promise<PublishedManifest | undefined> {
  const [row] = await listPublishedVersionViews(db, programmeId, hash);
  return row ? toPublishedManifest(row) : undefined;
}

/** The latest published version of a band's profile for a school year, if any. */
export async function currentPublishedVersionForBand(
  db: Executor,
  programmeId: string,
  band: Band,
  schoolYearId: string,
): Promise<PublishedManifest | undefined> {
  const row = await findPublishedVersionForBand(db, programmeId, band, schoolYearId);
  return row?.manifest_hash && row.manifest ? toPublishedManifest(row) : undefined;
}

/** Every published manifest, newest publication first. */
export async function listManifests(db: Executor, programmeId: string): Promise<{ items: ManifestListItem[] }> {
  const rows = await listPublishedVersionViews(db, programmeId);
  return {
    items: rows.map((row) => {
      const m = toPublishedManifest(row);
      return {
        hash: m.hash,
        profile: { band: m.band, schoolYearCode: m.schoolYearCode },
        versionId: m.versionId,
        versionNumber: m.number,
        publishedAt: row.published_at!,
        packageCount: m.content.packages.length,
        label: m.label,
      };
    }),
  };
}

export async function getManifest(db: Executor, programmeId: string, hash: string): Promise<PublishedManifest> {
  const manifest = await findPublishedManifest(db, programmeId, hash);
  if (!manifest) throw new AppError('CATALOGUE_MANIFEST_NOT_FOUND');
  return manifest;
}

/**
 * The recipes of a published manifest, rebuilt from its stored content. The rebuilt hash must be
 * the stored one: if the builder ever changed what a content hashes to, a device would record a
 * hash nobody can trace, so that is an internal error rather than a silent new image.
 */
export async function getManifestFiles(
  db: Executor,
  programmeId: string,
  hash: string,
): Promise<{ manifest: PublishedManifest; built: ImageManifest; baseName: string }> {
  const manifest = await getManifest(db, programmeId, hash);
  const built = buildImageManifest(manifest.content);
  if (built.hash !== manifest.hash) {
    throw new AppError('INTERNAL', { detail: `manifest ${manifest.hash} rebuilds as ${built.hash}` });
  }
  return { manifest, built, baseName: `cartable-${manifest.band}-${manifest.schoolYearCode}-v${manifest.number}` };
}

/** The package names, one per line, as apt-get or a checklist takes them. */
export function packageNames(built: ImageManifest): string {
  return built.content.packages.map((p) => `${p.name}\n`).join('');
}
