import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import type { CampaignHouseholdStatus } from './campaign-states.js';
import type { CampaignHouseholdsTable } from './campaigns.tables.js';
import { parseInvitationCode } from './invitation-code.js';

export type CampaignHouseholdRow = Selectable<CampaignHouseholdsTable>;
export { campaignHouseholdStatuses, type CampaignHouseholdStatus } from './campaign-states.js';

/** The household's row in the campaign (its status, rank, invitation code), if it has one. */
export async function findCampaignHousehold(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<CampaignHouseholdRow | undefined> {
  return db
    .selectFrom('campaign_households')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
}

/**
 * By an invitation code as typed or scanned (any case, dash optional). A code that cannot be one
 * (wrong length, wrong check character) finds nothing; use parseInvitationCode first to tell the
 * person which.
 */
export async function findCampaignHouseholdByCode(
  db: Executor,
  programmeId: string,
  invitationCode: string,
): Promise<CampaignHouseholdRow | undefined> {
  const parsed = parseInvitationCode(invitationCode);
  if (!parsed.ok) return undefined;
  return db
    .selectFrom('campaign_households')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('invitation_code', '=', parsed.code)
    .executeTakeFirst();
}

/** Sets where the household stands in the campaign; returns false when it has no row there. */
export async function setCampaignHouseholdStatus(
  trx: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
  status: CampaignHouseholdStatus,
): Promise<boolean> {
  const result = await trx
    .updateTable('campaign_households')
    .set({ status, updated_at: nowIso() })
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every row of the campaign (eligibility and ranking work on the whole campaign). */
export async function listCampaignHouseholdRows(
  db: Executor,
  programmeId: string,
  campaignId: string,
): Promise<CampaignHouseholdRow[]> {
  return db
    .selectFrom('campaign_households')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .orderBy('household_id')
    .execute();
}

export async function insertCampaignHouseholds(
  trx: Executor,
  rows: Insertable<CampaignHouseholdsTable>[],
): Promise<void> {
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('campaign_households')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function updateCampaignHousehold(
  trx: Executor,
  programmeId: string,
  id: string,
  patch: { status?: CampaignHouseholdStatus; school_id?: string; rank?: number | null; rank_reasons?: string | null },
): Promise<void> {
  await trx
    .updateTable('campaign_households')
    .set({ ...patch, updated_at: nowIso() })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

/** Which of these invitation codes are already taken in the programme. */
export async function takenInvitationCodes(db: Executor, programmeId: string, codes: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await db
      .selectFrom('campaign_households')
      .select('invitation_code')
      .where('programme_id', '=', programmeId)
      .where('invitation_code', 'in', codes.slice(i, i + 500))
      .execute();
    for (const r of rows) taken.add(r.invitation_code);
  }
  return taken;
}
