import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { buildImageManifest } from '../../src/modules/catalogue/image-manifest.js';

/** The school year running today ("2026-2027" from September 2026), and `offset` years from it. */
export function schoolYearCodeToday(offset = 0, today = new Date()): string {
  const first = today.getUTCFullYear() - (today.getUTCMonth() < 8 ? 1 : 0) + offset;
  return `${first}-${first + 1}`;
}

/**
 * A published profile version inserted directly, with a real manifest (buildImageManifest) of
 * the packages given — what helper C's publication stores. Creates the profile when missing;
 * the version number follows the profile's highest one.
 */
export async function makePublishedVersion(
  db: Executor,
  programmeId: string,
  o: {
    band: 'cycle2' | 'cycle3';
    schoolYearId: string;
    schoolYearCode: string;
    packages: { name: string; version: string }[];
  },
): Promise<{ id: string; profileId: string; number: number; hash: string }> {
  const now = nowIso();
  let profile = await db
    .selectFrom('catalogue_profiles')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('band', '=', o.band)
    .where('school_year_id', '=', o.schoolYearId)
    .executeTakeFirst();
  if (!profile) {
    profile = { id: newId() };
    await db
      .insertInto('catalogue_profiles')
      .values({
        id: profile.id,
        programme_id: programmeId,
        band: o.band,
        school_year_id: o.schoolYearId,
        created_at: now,
      })
      .execute();
  }
  const last = await db
    .selectFrom('catalogue_profile_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('profile_id', '=', profile.id)
    .executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  const manifest = buildImageManifest({
    programme: { slug: 'test', name: 'Programme de test' },
    profile: { code: o.band, title: o.band, schoolYear: o.schoolYearCode, version: number },
    target: { release: 'bookworm', architecture: 'amd64' },
    packages: o.packages,
    contents: [],
    childAccount: { username: 'eleve', fullName: 'Élève' },
    menuEntries: [],
  });
  const id = newId();
  await db
    .insertInto('catalogue_profile_versions')
    .values({
      id,
      programme_id: programmeId,
      profile_id: profile.id,
      number,
      status: 'published',
      based_on_version_id: null,
      approved_by_user_id: null,
      approved_by_label: 'Test',
      approved_at: now,
      published_by_user_id: null,
      published_by_label: 'Test',
      published_at: now,
      manifest_hash: manifest.hash,
      manifest: JSON.stringify(manifest.content),
      debian_check: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, profileId: profile.id, number, hash: manifest.hash };
}
