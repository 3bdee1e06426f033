import { type Insertable, type Selectable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { HandoversTable } from './handover.tables.js';

export type HandoverRow = Selectable<HandoversTable>;
/** A handover without its PDF bytes (lists and checks do not need them). */
export type HandoverSummaryRow = Omit<HandoverRow, 'agreement_pdf'>;

const summaryColumns = [
  'id',
  'programme_id',
  'campaign_id',
  'household_id',
  'pupil_id',
  'device_id',
  'swap_reason',
  'signer_name',
  'signature_kind',
  'signature_attachment_id',
  'consent_text_version',
  'agreement_sha256',
  'handed_over_by',
  'handed_over_at',
] as const;

export async function insertHandover(db: Executor, row: Insertable<HandoversTable>): Promise<void> {
  await db.insertInto('handovers').values(row).execute();
}

export async function findHandoverById(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<HandoverSummaryRow | undefined> {
  return db
    .selectFrom('handovers')
    .select(summaryColumns)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findHandoverPdf(db: Executor, programmeId: string, id: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('handovers')
    .select('agreement_pdf')
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  // An agreement emptied by the retention purge is gone: answer as if it never existed.
  return row && row.agreement_pdf.length > 0 ? Buffer.from(row.agreement_pdf) : undefined;
}

export async function findHandoverOf(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<HandoverSummaryRow | undefined> {
  return db
    .selectFrom('handovers')
    .select(summaryColumns)
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
}

/** The school a household belongs to in a campaign (what a director's reach is checked against). */
export async function findCampaignSchoolOf(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('campaign_households')
    .select('school_id')
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return row?.school_id;
}

export interface DeskMatchRow {
  campaign_id: string;
  household_id: string;
  school_id: string;
  status: string;
}

/**
 * Households of open campaigns whose guardian or pupil name contains every word typed, at most
 * `limit`. Case-insensitive; accents must be typed as they were imported.
 */
export async function searchDeskHouseholds(
  db: Executor,
  programmeId: string,
  words: string[],
  schoolIds: readonly string[] | undefined,
  limit: number,
): Promise<DeskMatchRow[]> {
  if (schoolIds && schoolIds.length === 0) return [];
  let query = db
    .selectFrom('campaign_households as ch')
    .innerJoin('campaigns as c', (j) =>
      j.onRef('c.id', '=', 'ch.campaign_id').onRef('c.programme_id', '=', 'ch.programme_id'),
    )
    .select(['ch.campaign_id', 'ch.household_id', 'ch.school_id', 'ch.status'])
    .where('ch.programme_id', '=', programmeId)
    .where('c.status', '=', 'open');
  if (schoolIds) query = query.where('ch.school_id', 'in', [...schoolIds]);
  for (const word of words) {
    const pattern = `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('household_guardians as g')
            .select('g.id')
            .whereRef('g.household_id', '=', 'ch.household_id')
            .where('g.programme_id', '=', programmeId)
            .where(
              sql<string>`lower(coalesce(g.first_name, '') || ' ' || g.last_name)`,
              'like',
              sql<string>`${pattern} escape '\\'`,
            ),
        ),
        eb.exists(
          eb
            .selectFrom('pupils as p')
            .select('p.id')
            .whereRef('p.household_id', '=', 'ch.household_id')
            .where('p.programme_id', '=', programmeId)
            .where(sql<string>`lower(p.first_name || ' ' || p.last_name)`, 'like', sql<string>`${pattern} escape '\\'`),
        ),
      ]),
    );
  }
  return query.orderBy('ch.created_at', 'desc').orderBy('ch.id').limit(limit).execute();
}

export interface SchoolYearRow {
  id: string;
  code: string;
  starts_on: string;
  ends_on: string;
}

export async function findSchoolYearByCode(
  db: Executor,
  programmeId: string,
  code: string,
): Promise<SchoolYearRow | undefined> {
  return db
    .selectFrom('school_years')
    .select(['id', 'code', 'starts_on', 'ends_on'])
    .where('programme_id', '=', programmeId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The name printed for the staff member who handed a pack over (people are global). */
export async function findUserDisplayName(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
  return row?.display_name;
}
