import { type Selectable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CatalogueResourcesTable } from './catalogue.tables.js';
import type { ProfileRow, VersionRow } from './profile-drafts.repository.js';

export type ResourceRow = Selectable<CatalogueResourcesTable>;

/** A version with its profile's band and school year. */
export type VersionViewRow = VersionRow & {
  band: string;
  school_year_id: string;
  school_year_code: string;
  school_year_starts_on: string;
};

export type ProfileViewRow = ProfileRow & { school_year_code: string; school_year_starts_on: string };

/** A version's item: the live resource row, and the snapshot written at publication. */
export interface VersionItemRow {
  resource: ResourceRow;
  snapshot: string | null;
}

function versionView(db: Executor) {
  return db
    .selectFrom('catalogue_profile_versions as v')
    .innerJoin('catalogue_profiles as p', 'p.id', 'v.profile_id')
    .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
    .selectAll('v')
    .select(['p.band', 'p.school_year_id', 'y.code as school_year_code', 'y.starts_on as school_year_starts_on']);
}

export async function findVersionView(
  db: Executor,
  programmeId: string,
  versionId: string,
): Promise<VersionViewRow | undefined> {
  return versionView(db).where('v.programme_id', '=', programmeId).where('v.id', '=', versionId).executeTakeFirst();
}

export async function findProfileView(
  db: Executor,
  programmeId: string,
  profileId: string,
): Promise<ProfileViewRow | undefined> {
  return db
    .selectFrom('catalogue_profiles as p')
    .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
    .selectAll('p')
    .select(['y.code as school_year_code', 'y.starts_on as school_year_starts_on'])
    .where('p.programme_id', '=', programmeId)
    .where('p.id', '=', profileId)
    .executeTakeFirst();
}

export async function listProfileViews(
  db: Executor,
  programmeId: string,
  schoolYearIds: readonly string[],
): Promise<ProfileViewRow[]> {
  if (schoolYearIds.length === 0) return [];
  return db
    .selectFrom('catalogue_profiles as p')
    .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
    .selectAll('p')
    .select(['y.code as school_year_code', 'y.starts_on as school_year_starts_on'])
    .where('p.programme_id', '=', programmeId)
    .where('p.school_year_id', 'in', schoolYearIds)
    .orderBy('y.starts_on')
    .orderBy('p.band')
    .execute();
}

/** The versions of some profiles with their resource counts, newest first. */
export async function listVersionsOfProfiles(
  db: Executor,
  programmeId: string,
  profileIds: readonly string[],
): Promise<(VersionRow & { resource_count: number | string })[]> {
  if (profileIds.length === 0) return [];
  return db
    .selectFrom('catalogue_profile_versions as v')
    .selectAll('v')
    .select((eb) =>
      eb
        .selectFrom('catalogue_version_items as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.version_id', '=', 'v.id')
        .as('resource_count'),
    )
    .where('v.programme_id', '=', programmeId)
    .where('v.profile_id', 'in', profileIds)
    .orderBy('v.number', 'desc')
    .execute() as Promise<(VersionRow & { resource_count: number | string })[]>;
}

export async function listVersionItems(
  db: Executor,
  programmeId: string,
  versionId: string,
): Promise<VersionItemRow[]> {
  const rows = await db
    .selectFrom('catalogue_version_items as i')
    .innerJoin('catalogue_resources as r', 'r.id', 'i.resource_id')
    .selectAll('r')
    .select('i.snapshot as item_snapshot')
    .where('i.programme_id', '=', programmeId)
    .where('r.programme_id', '=', programmeId)
    .where('i.version_id', '=', versionId)
    .orderBy('r.title')
    .execute();
  return rows.map(({ item_snapshot, ...resource }) => ({ resource, snapshot: item_snapshot }));
}

export async function countVersionItems(db: Executor, programmeId: string, versionId: string): Promise<number> {
  const row = await db
    .selectFrom('catalogue_version_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('version_id', '=', versionId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Draft → approved; false when the version was no longer a draft (a concurrent change). */
export async function markVersionApproved(
  db: Executor,
  programmeId: string,
  versionId: string,
  by: { userId: string | null; label: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('catalogue_profile_versions')
    .set({
      status: 'approved',
      approved_by_user_id: by.userId,
      approved_by_label: by.label,
      approved_at: now,
      updated_at: now,
    })
    .where('programme_id', '=', programmeId)
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Approved → published with its manifest and Debian check; false when no longer approved. */
export async function markVersionPublished(
  db: Executor,
  programmeId: string,
  versionId: string,
  values: { userId: string | null; label: string; manifestHash: string; manifest: string; debianCheck: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('catalogue_profile_versions')
    .set({
      status: 'published',
      published_by_user_id: values.userId,
      published_by_label: values.label,
      published_at: now,
      manifest_hash: values.manifestHash,
      manifest: values.manifest,
      debian_check: values.debianCheck,
      updated_at: now,
    })
    .where('programme_id', '=', programmeId)
    .where('id', '=', versionId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** At most this many items a statement (3 parameters each: within SQLite's 32,766 and PostgreSQL's 65,535). */
const SNAPSHOTS_PER_STATEMENT = 1_000;

/**
 * Freezes the items of a version: each resource's snapshot (JSON) in one UPDATE with a CASE on
 * the resource id, rather than one statement per item.
 */
export async function setItemSnapshots(
  db: Executor,
  programmeId: string,
  versionId: string,
  snapshots: readonly { resourceId: string; snapshot: string }[],
): Promise<void> {
  for (let i = 0; i < snapshots.length; i += SNAPSHOTS_PER_STATEMENT) {
    const chunk = snapshots.slice(i, i + SNAPSHOTS_PER_STATEMENT);
    const cases = sql.join(
      chunk.map((s) => sql`when ${s.resourceId} then ${s.snapshot}`),
      sql` `,
    );
    await db
      .updateTable('catalogue_version_items')
      .set({ snapshot: sql<string>`case resource_id ${cases} end` })
      .where('programme_id', '=', programmeId)
      .where('version_id', '=', versionId)
      .where(
        'resource_id',
        'in',
        chunk.map((s) => s.resourceId),
      )
      .execute();
  }
}

/** Published versions with their manifests, newest publication first; one hash when given. */
export async function listPublishedVersionViews(
  db: Executor,
  programmeId: string,
  manifestHash?: string,
): Promise<VersionViewRow[]> {
  let q = versionView(db)
    .where('v.programme_id', '=', programmeId)
    .where('v.status', '=', 'published')
    .where('v.manifest_hash', 'is not', null);
  if (manifestHash !== undefined) q = q.where('v.manifest_hash', '=', manifestHash);
  return q.orderBy('v.published_at', 'desc').orderBy('v.number', 'desc').execute();
}

/** The latest published version of a band's profile for a school year. */
export async function findPublishedVersionForBand(
  db: Executor,
  programmeId: string,
  band: string,
  schoolYearId: string,
): Promise<VersionViewRow | undefined> {
  return versionView(db)
    .where('v.programme_id', '=', programmeId)
    .where('p.band', '=', band)
    .where('p.school_year_id', '=', schoolYearId)
    .where('v.status', '=', 'published')
    .orderBy('v.number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The newest version (open or published) of a band's profile for a school year. */
export async function findNewestVersionForBand(
  db: Executor,
  programmeId: string,
  band: string,
  schoolYearId: string,
): Promise<VersionViewRow | undefined> {
  return versionView(db)
    .where('v.programme_id', '=', programmeId)
    .where('p.band', '=', band)
    .where('p.school_year_id', '=', schoolYearId)
    .orderBy('v.number', 'desc')
    .limit(1)
    .executeTakeFirst();
}
