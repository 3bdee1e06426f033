import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { SchoolYearsTable } from '../schools/schools.tables.js';
import type { AllocationRunsTable, CampaignsTable } from './campaigns.tables.js';

export type CampaignRow = Selectable<CampaignsTable>;
export type AllocationRunRow = Selectable<AllocationRunsTable>;

export async function findCampaignById(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<CampaignRow | undefined> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Campaigns of the programme, newest first; only those with one of `schoolIds` when given. */
export async function listCampaignRows(
  db: Executor,
  programmeId: string,
  filter: { schoolIds?: string[] | undefined; schoolYearId?: string | undefined },
): Promise<CampaignRow[]> {
  let q = db.selectFrom('campaigns').selectAll().where('programme_id', '=', programmeId);
  if (filter.schoolYearId) q = q.where('school_year_id', '=', filter.schoolYearId);
  if (filter.schoolIds) {
    const ids = filter.schoolIds;
    if (ids.length === 0) return [];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('campaign_schools')
          .select('campaign_schools.school_id')
          .whereRef('campaign_schools.campaign_id', '=', 'campaigns.id')
          .where('campaign_schools.school_id', 'in', ids),
      ),
    );
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(200).execute();
}

export async function insertCampaign(trx: Executor, row: Insertable<CampaignsTable>): Promise<void> {
  await trx.insertInto('campaigns').values(row).execute();
}

export async function updateCampaignColumns(
  trx: Executor,
  programmeId: string,
  id: string,
  patch: Updateable<Omit<CampaignsTable, 'id' | 'programme_id'>>,
): Promise<void> {
  await trx.updateTable('campaigns').set(patch).where('programme_id', '=', programmeId).where('id', '=', id).execute();
}

export async function replaceCampaignSchools(
  trx: Executor,
  programmeId: string,
  campaignId: string,
  schoolIds: string[],
): Promise<void> {
  await trx
    .deleteFrom('campaign_schools')
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .execute();
  if (schoolIds.length > 0) {
    await trx
      .insertInto('campaign_schools')
      .values(schoolIds.map((school_id) => ({ campaign_id: campaignId, school_id, programme_id: programmeId })))
      .execute();
  }
}

export interface SchoolRow {
  id: string;
  name: string;
  priority_area: number | null;
}

/** The schools of these campaigns, by name. */
export async function listCampaignSchoolRows(
  db: Executor,
  programmeId: string,
  campaignIds: string[],
): Promise<(SchoolRow & { campaign_id: string })[]> {
  if (campaignIds.length === 0) return [];
  return db
    .selectFrom('campaign_schools')
    .innerJoin('organisations', 'organisations.id', 'campaign_schools.school_id')
    .select(['campaign_schools.campaign_id', 'organisations.id', 'organisations.name', 'organisations.priority_area'])
    .where('campaign_schools.programme_id', '=', programmeId)
    .where('organisations.programme_id', '=', programmeId)
    .where('campaign_schools.campaign_id', 'in', campaignIds)
    .orderBy('organisations.name')
    .orderBy('organisations.id')
    .execute();
}

/** Schools (organisations of kind school, not archived) of the programme among these ids. */
export async function findSchoolRows(db: Executor, programmeId: string, ids: string[]): Promise<SchoolRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'priority_area'])
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'school')
    .where('archived_at', 'is', null)
    .where('id', 'in', ids)
    .execute();
}

export async function findSchoolYearRow(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<Selectable<SchoolYearsTable> | undefined> {
  return db
    .selectFrom('school_years')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** How many households of the campaign stand in each status (in these schools only when given). */
export async function countCampaignHouseholds(
  db: Executor,
  programmeId: string,
  campaignId: string,
  schoolIds?: string[],
): Promise<Record<string, number>> {
  if (schoolIds && schoolIds.length === 0) return {};
  let q = db
    .selectFrom('campaign_households')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId);
  if (schoolIds) q = q.where('school_id', 'in', schoolIds);
  const rows = await q.groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function insertAllocationRun(trx: Executor, row: Insertable<AllocationRunsTable>): Promise<void> {
  await trx.insertInto('allocation_runs').values(row).execute();
}

export async function findLatestAllocationRun(
  db: Executor,
  programmeId: string,
  campaignId: string,
): Promise<AllocationRunRow | undefined> {
  return db
    .selectFrom('allocation_runs')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
