import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CatalogueProfilesTable, CatalogueProfileVersionsTable } from './catalogue.tables.js';

export type ProfileRow = Selectable<CatalogueProfilesTable>;
export type VersionRow = Selectable<CatalogueProfileVersionsTable>;

export async function findProfileByBandYear(
  db: Executor,
  programmeId: string,
  band: string,
  schoolYearId: string,
): Promise<ProfileRow | undefined> {
  return db
    .selectFrom('catalogue_profiles')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('band', '=', band)
    .where('school_year_id', '=', schoolYearId)
    .executeTakeFirst();
}

/** Inserts the profile unless another transaction just did (unique band + year). */
export async function insertProfileIfAbsent(
  db: Executor,
  row: { id: string; programme_id: string; band: string; school_year_id: string; created_at: string },
): Promise<void> {
  await db
    .insertInto('catalogue_profiles')
    .values(row)
    .onConflict((oc) => oc.columns(['programme_id', 'band', 'school_year_id']).doNothing())
    .execute();
}

/** The version in preparation (draft or approved) of a profile, if any. */
export async function findOpenVersion(
  db: Executor,
  programmeId: string,
  profileId: string,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('catalogue_profile_versions')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('profile_id', '=', profileId)
    .where('status', 'in', ['draft', 'approved'])
    .executeTakeFirst();
}

export async function findLatestPublishedVersion(
  db: Executor,
  programmeId: string,
  profileId: string,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('catalogue_profile_versions')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('profile_id', '=', profileId)
    .where('status', '=', 'published')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The latest published version of the same band in the latest earlier school year: a new year's
 * first draft starts from last year's set.
 */
export async function findPublishedVersionOfEarlierYear(
  db: Executor,
  programmeId: string,
  band: string,
  beforeStartsOn: string,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('catalogue_profile_versions as v')
    .innerJoin('catalogue_profiles as p', 'p.id', 'v.profile_id')
    .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
    .selectAll('v')
    .where('v.programme_id', '=', programmeId)
    .where('p.band', '=', band)
    .where('v.status', '=', 'published')
    .where('y.starts_on', '<', beforeStartsOn)
    .orderBy('y.starts_on', 'desc')
    .orderBy('v.number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function maxVersionNumber(db: Executor, programmeId: string, profileId: string): Promise<number> {
  const row = await db
    .selectFrom('catalogue_profile_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('programme_id', '=', programmeId)
    .where('profile_id', '=', profileId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertVersion(db: Executor, row: VersionRow): Promise<void> {
  await db.insertInto('catalogue_profile_versions').values(row).execute();
}

/** Copies a version's resources into a new version (snapshots are not copied: they are made at publication). */
export async function copyVersionItems(
  db: Executor,
  programmeId: string,
  fromVersionId: string,
  toVersionId: string,
): Promise<void> {
  const items = await db
    .selectFrom('catalogue_version_items')
    .select(['resource_id', 'added_by_proposal_id'])
    .where('programme_id', '=', programmeId)
    .where('version_id', '=', fromVersionId)
    .execute();
  if (items.length === 0) return;
  await db
    .insertInto('catalogue_version_items')
    .values(
      items.map((i) => ({
        version_id: toVersionId,
        programme_id: programmeId,
        resource_id: i.resource_id,
        snapshot: null,
        added_by_proposal_id: i.added_by_proposal_id,
      })),
    )
    .execute();
}

export async function versionHasResource(
  db: Executor,
  programmeId: string,
  versionId: string,
  resourceId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('catalogue_version_items')
    .select('resource_id')
    .where('programme_id', '=', programmeId)
    .where('version_id', '=', versionId)
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertVersionItem(
  db: Executor,
  row: { version_id: string; programme_id: string; resource_id: string; added_by_proposal_id: string | null },
): Promise<void> {
  await db
    .insertInto('catalogue_version_items')
    .values({ ...row, snapshot: null })
    .execute();
}

export async function deleteVersionItem(
  db: Executor,
  programmeId: string,
  versionId: string,
  resourceId: string,
): Promise<void> {
  await db
    .deleteFrom('catalogue_version_items')
    .where('programme_id', '=', programmeId)
    .where('version_id', '=', versionId)
    .where('resource_id', '=', resourceId)
    .execute();
}

/** An approved version that changes goes back to draft: the committee approves it again. */
export async function reopenApprovedVersion(
  db: Executor,
  programmeId: string,
  versionId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('catalogue_profile_versions')
    .set({ status: 'draft', approved_at: null, approved_by_label: null, approved_by_user_id: null, updated_at: now })
    .where('programme_id', '=', programmeId)
    .where('id', '=', versionId)
    .where('status', '=', 'approved')
    .execute();
}
