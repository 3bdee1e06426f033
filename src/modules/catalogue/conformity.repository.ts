import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DeviceConformityTable } from './catalogue.tables.js';

export type ConformityRow = Selectable<DeviceConformityTable>;

/** A device that may be judged: a school computer, or a computer handed over (with its active loan, if any). */
export interface ConformityCandidateRow {
  id: string;
  state: string;
  profile_band: string | null;
  holder_organisation_id: string | null;
  latest_inventory_id: string | null;
  image_hash: string | null;
  loan_id: string | null;
  pupil_grade: string | null;
  pupil_school_id: string | null;
  pupil_year_code: string | null;
}

/**
 * School computers and handed-over computers, with the active loan's pupil and the school year
 * of that enrolment: one query per batch. `afterId` pages through the programme by id.
 */
export async function listConformityCandidates(
  db: Executor,
  programmeId: string,
  page: { deviceIds?: readonly string[] | undefined; afterId?: string | undefined; limit: number },
): Promise<ConformityCandidateRow[]> {
  let query = db
    .selectFrom('devices as d')
    .leftJoin('loans as l', (join) =>
      join
        .onRef('l.device_id', '=', 'd.id')
        .onRef('l.programme_id', '=', 'd.programme_id')
        .on('l.status', '=', 'active'),
    )
    .leftJoin('pupils as p', (join) =>
      join.onRef('p.id', '=', 'l.pupil_id').onRef('p.programme_id', '=', 'd.programme_id'),
    )
    .leftJoin('school_years as y', (join) =>
      join.onRef('y.id', '=', 'p.school_year_id').onRef('y.programme_id', '=', 'd.programme_id'),
    )
    .select([
      'd.id',
      'd.state',
      'd.profile_band',
      'd.holder_organisation_id',
      'd.latest_inventory_id',
      'd.image_hash',
      'l.id as loan_id',
      'p.grade as pupil_grade',
      'p.school_id as pupil_school_id',
      'y.code as pupil_year_code',
    ])
    .where('d.programme_id', '=', programmeId)
    .where('d.state', 'in', ['in_school', 'handed_over'])
    .orderBy('d.id')
    .limit(page.limit);
  if (page.deviceIds) query = query.where('d.id', 'in', page.deviceIds.length > 0 ? [...page.deviceIds] : ['']);
  if (page.afterId) query = query.where('d.id', '>', page.afterId);
  return query.execute();
}

export interface PublishedVersionRow {
  id: string;
  number: number;
  manifest_hash: string | null;
  manifest: string | null;
  published_at: string | null;
  band: string;
  school_year_id: string;
  school_year_code: string;
}

/** Every published version of the programme (a few per year), newest number first. */
export async function listPublishedVersions(db: Executor, programmeId: string): Promise<PublishedVersionRow[]> {
  return db
    .selectFrom('catalogue_profile_versions as v')
    .innerJoin('catalogue_profiles as p', (join) =>
      join.onRef('p.id', '=', 'v.profile_id').onRef('p.programme_id', '=', 'v.programme_id'),
    )
    .innerJoin('school_years as y', (join) =>
      join.onRef('y.id', '=', 'p.school_year_id').onRef('y.programme_id', '=', 'p.programme_id'),
    )
    .select([
      'v.id',
      'v.number',
      'v.manifest_hash',
      'v.manifest',
      'v.published_at',
      'p.band',
      'p.school_year_id',
      'y.code as school_year_code',
    ])
    .where('v.programme_id', '=', programmeId)
    .where('v.status', '=', 'published')
    .orderBy('v.number', 'desc')
    .execute();
}

/** The package lists (JSON arrays) of the programme's accepted resources. */
export async function listAcceptedPackageLists(db: Executor, programmeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('catalogue_resources')
    .select('packages')
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'accepted')
    .where('kind', '=', 'software')
    .execute();
  return rows.map((r) => r.packages);
}

/** The software of several inventories in one query. */
export async function listSoftwareOfInventories(
  db: Executor,
  programmeId: string,
  inventoryIds: readonly string[],
): Promise<{ inventory_id: string; name: string; version: string | null }[]> {
  if (inventoryIds.length === 0) return [];
  return db
    .selectFrom('inventory_software')
    .select(['inventory_id', 'name', 'version'])
    .where('programme_id', '=', programmeId)
    .where('inventory_id', 'in', [...inventoryIds])
    .execute();
}

export async function upsertConformityRows(
  db: Executor,
  rows: readonly Insertable<DeviceConformityTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) {
    await db
      .insertInto('device_conformity')
      .values(rows.slice(i, i + 50))
      .onConflict((oc) =>
        oc.column('device_id').doUpdateSet((eb) => ({
          place: eb.ref('excluded.place'),
          school_id: eb.ref('excluded.school_id'),
          band: eb.ref('excluded.band'),
          expected_version_id: eb.ref('excluded.expected_version_id'),
          expected_manifest_hash: eb.ref('excluded.expected_manifest_hash'),
          inventory_id: eb.ref('excluded.inventory_id'),
          status: eb.ref('excluded.status'),
          missing: eb.ref('excluded.missing'),
          outdated: eb.ref('excluded.outdated'),
          extra: eb.ref('excluded.extra'),
          unknown: eb.ref('excluded.unknown'),
          computed_at: eb.ref('excluded.computed_at'),
        })),
      )
      .execute();
  }
}

/**
 * Forgets the rows of devices no longer judged (gone to the workshop, loan ended): among
 * `deviceIds` when given, else every row of the programme not computed at `computedAt`.
 */
export async function deleteStaleConformity(
  db: Executor,
  programmeId: string,
  scope: { deviceIds: readonly string[]; keep: readonly string[] } | { computedBefore: string },
): Promise<void> {
  let query = db.deleteFrom('device_conformity').where('programme_id', '=', programmeId);
  if ('computedBefore' in scope) {
    query = query.where('computed_at', '<', scope.computedBefore);
  } else {
    const drop = scope.deviceIds.filter((id) => !scope.keep.includes(id));
    if (drop.length === 0) return;
    query = query.where('device_id', 'in', drop);
  }
  await query.execute();
}

export interface ConformityListRow extends ConformityRow {
  asset_tag: string;
  kind: string;
  make: string | null;
  model: string | null;
  state: string;
  image_hash: string | null;
  school_name: string | null;
}

export interface ConformityFilter {
  place?: string | undefined;
  schoolId?: string | undefined;
  status?: string | undefined;
  /** A director's schools; every school when undefined. */
  onlySchoolIds?: readonly string[] | undefined;
}

function selectConformity(db: Executor, programmeId: string) {
  return db
    .selectFrom('device_conformity as c')
    .innerJoin('devices as d', (join) =>
      join.onRef('d.id', '=', 'c.device_id').onRef('d.programme_id', '=', 'c.programme_id'),
    )
    .leftJoin('organisations as o', (join) =>
      join.onRef('o.id', '=', 'c.school_id').onRef('o.programme_id', '=', 'c.programme_id'),
    )
    .selectAll('c')
    .select(['d.asset_tag', 'd.kind', 'd.make', 'd.model', 'd.state', 'd.image_hash', 'o.name as school_name'])
    .where('c.programme_id', '=', programmeId);
}

/**
 * One page of the judged devices of one status, in device id order (intake order) after
 * `afterDeviceId`: a range of the (programme_id, status, device_id) index, or of the
 * (programme_id, school_id, status, device_id) index for one school (migration 0009).
 */
export async function listConformityRows(
  db: Executor,
  programmeId: string,
  f: ConformityFilter & { status: string },
  page: { afterDeviceId?: string | undefined; limit: number },
): Promise<ConformityListRow[]> {
  if (f.onlySchoolIds && f.onlySchoolIds.length === 0) return [];
  let query = selectConformity(db, programmeId)
    .where('c.status', '=', f.status)
    .orderBy('c.device_id')
    .limit(page.limit);
  if (f.place) query = query.where('c.place', '=', f.place);
  if (f.schoolId) query = query.where('c.school_id', '=', f.schoolId);
  if (f.onlySchoolIds) query = query.where('c.school_id', 'in', [...f.onlySchoolIds]);
  if (page.afterDeviceId) query = query.where('c.device_id', '>', page.afterDeviceId);
  return query.execute();
}

/** The conformity rows of the given devices (those judged), e.g. the computers of one page. */
export async function listConformityRowsOfDevices(
  db: Executor,
  programmeId: string,
  deviceIds: readonly string[],
): Promise<ConformityListRow[]> {
  if (deviceIds.length === 0) return [];
  return selectConformity(db, programmeId)
    .where('c.device_id', 'in', [...deviceIds])
    .execute();
}

export interface ConformityCountRow {
  place: string;
  school_id: string | null;
  status: string;
  n: number | string;
  computed_at: string | null;
}

export async function countConformity(
  db: Executor,
  programmeId: string,
  onlySchoolIds: readonly string[] | undefined,
): Promise<ConformityCountRow[]> {
  let query = db
    .selectFrom('device_conformity')
    .select(['place', 'school_id', 'status'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('computed_at').as('computed_at')])
    .where('programme_id', '=', programmeId)
    .groupBy(['place', 'school_id', 'status']);
  if (onlySchoolIds) query = query.where('school_id', 'in', onlySchoolIds.length > 0 ? [...onlySchoolIds] : ['']);
  return query.execute();
}

export interface SchoolNameRow {
  id: string;
  name: string;
}

/** The programme's schools (not archived), by name; only `onlyIds` when given. */
export async function listSchoolNames(
  db: Executor,
  programmeId: string,
  onlyIds: readonly string[] | undefined,
): Promise<SchoolNameRow[]> {
  let query = db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'school')
    .where('archived_at', 'is', null)
    .orderBy('name');
  if (onlyIds) query = query.where('id', 'in', onlyIds.length > 0 ? [...onlyIds] : ['']);
  return query.execute();
}

export async function findSchool(db: Executor, programmeId: string, id: string): Promise<SchoolNameRow | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('kind', '=', 'school')
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}
