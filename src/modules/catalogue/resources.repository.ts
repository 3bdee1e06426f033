import { type Insertable, type Selectable, type Updateable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CatalogueResourcesTable } from './catalogue.tables.js';

export type ResourceRow = Selectable<CatalogueResourcesTable>;

export interface ResourceFilter {
  status: string;
  kind?: string | undefined;
  grade?: string | undefined;
  subject?: string | undefined;
  /** Words looked for in the title and the description, case-insensitively. */
  q?: string | undefined;
}

/** A LIKE pattern matching `text` literally anywhere (the escape character is `\`). */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function insertResource(db: Executor, row: Insertable<CatalogueResourcesTable>): Promise<void> {
  await db.insertInto('catalogue_resources').values(row).execute();
}

export async function findResource(db: Executor, programmeId: string, id: string): Promise<ResourceRow | undefined> {
  return db
    .selectFrom('catalogue_resources')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Grades and subjects are stored as JSON arrays of codes; a code is matched with its quotes
 * (`"CP"`), so CE1 never matches CE. Sorted by title.
 */
/**
 * One page of resources of one status by title, after the key (title, id): a range of the
 * (programme_id, status, title, id) index (migration 0009); the other filters are checked on
 * the rows read.
 */
export async function listResources(
  db: Executor,
  programmeId: string,
  f: ResourceFilter,
  page: { after?: readonly [title: string, id: string] | undefined; limit: number },
): Promise<ResourceRow[]> {
  let query = db
    .selectFrom('catalogue_resources')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('status', '=', f.status);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.grade) query = query.where('grades', 'like', containing(JSON.stringify(f.grade)));
  if (f.subject) query = query.where('subjects', 'like', containing(JSON.stringify(f.subject)));
  if (f.q) {
    const pattern = containing(f.q.toLowerCase());
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(${eb.ref('title')}) like ${pattern} escape '\\'`,
        sql<boolean>`lower(${eb.ref('description')}) like ${pattern} escape '\\'`,
      ]),
    );
  }
  const after = page.after;
  if (after) query = query.where((eb) => eb(eb.refTuple('title', 'id'), '>', eb.tuple(after[0], after[1])));
  return query.orderBy('title').orderBy('id').limit(page.limit).execute();
}

export async function updateResourceRow(
  db: Executor,
  programmeId: string,
  id: string,
  values: Updateable<CatalogueResourcesTable>,
): Promise<void> {
  await db
    .updateTable('catalogue_resources')
    .set(values)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

/**
 * Marks the content verified only if it is still the file that was downloaded: an edit made
 * during the download leaves it unverified. Returns whether the row was marked.
 */
export async function markContentVerified(
  db: Executor,
  programmeId: string,
  id: string,
  checked: { url: string; sha256: string; bytes: number },
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('catalogue_resources')
    .set({ content_verified_at: at, updated_at: at })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('kind', '=', 'content')
    .where('content_url', '=', checked.url)
    .where('content_sha256', '=', checked.sha256)
    .where('content_bytes', '=', checked.bytes)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface ResourceVersionRow {
  versionId: string;
  profileId: string;
  band: string;
  schoolYearCode: string;
  number: number;
  status: string;
}

/** The profile versions holding a resource, newest school year and version first. */
export async function listVersionsOfResource(
  db: Executor,
  programmeId: string,
  resourceId: string,
): Promise<ResourceVersionRow[]> {
  return db
    .selectFrom('catalogue_version_items as i')
    .innerJoin('catalogue_profile_versions as v', 'v.id', 'i.version_id')
    .innerJoin('catalogue_profiles as p', 'p.id', 'v.profile_id')
    .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
    .select([
      'v.id as versionId',
      'p.id as profileId',
      'p.band as band',
      'y.code as schoolYearCode',
      'v.number as number',
      'v.status as status',
    ])
    .where('i.programme_id', '=', programmeId)
    .where('v.programme_id', '=', programmeId)
    .where('i.resource_id', '=', resourceId)
    .orderBy('y.starts_on', 'desc')
    .orderBy('p.band')
    .orderBy('v.number', 'desc')
    .execute();
}
