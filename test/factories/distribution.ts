import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { newInvitationCode } from '../../src/modules/campaigns/invitation-code.js';
import { type HouseholdOverrides, makeHousehold, makePupil, makeSchoolYear } from './households.js';

/**
 * A campaign ready for the distribution: a school year, schools in the campaign, households
 * with a pupil in the cohort grade and their row in campaign_households, inserted directly (the
 * campaigns module computes eligibility; these tests are about events, appointments and letters).
 */

let counter = 0;
const next = () => (counter += 1);

export async function makeDistributionSchool(
  db: Executor,
  programmeId: string,
  o: { name?: string; phone?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const n = next();
  const now = nowIso();
  const row = {
    id: newId(),
    programme_id: programmeId,
    kind: 'school',
    name: o.name ?? `École Distribution ${n}`,
    uai: null,
    address_line: null,
    postal_code: null,
    commune_insee: null,
    email: null,
    phone: o.phone === undefined ? '03 81 00 00 00' : o.phone,
    archived_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('organisations').values(row).execute();
  return { id: row.id, name: row.name };
}

export interface DistributionCampaign {
  id: string;
  schoolYearId: string;
  schoolIds: string[];
}

export async function makeDistributionCampaign(
  db: Executor,
  programmeId: string,
  o: { schoolIds: string[]; status?: string; startsOn?: string; endsOn?: string },
): Promise<DistributionCampaign> {
  const year = await makeSchoolYear(db, programmeId);
  const now = nowIso();
  const id = newId();
  await db
    .insertInto('campaigns')
    .values({
      id,
      programme_id: programmeId,
      school_year_id: year.id,
      name: `Campagne ${next()}`,
      cohort_grade: 'CE2',
      starts_on: o.startsOn ?? '2026-09-01',
      ends_on: o.endsOn ?? '2026-12-31',
      status: o.status ?? 'open',
      priority_rules: JSON.stringify(['no_computer_at_home', 'registered_at']),
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const schoolId of o.schoolIds) {
    await db
      .insertInto('campaign_schools')
      .values({ campaign_id: id, school_id: schoolId, programme_id: programmeId })
      .execute();
  }
  return { id, schoolYearId: year.id, schoolIds: o.schoolIds };
}

export interface CampaignFamily {
  householdId: string;
  reference: string;
  invitationCode: string;
  pupilFirstName: string;
}

/** A household with one CE2 pupil at the school, in the campaign with `status` (eligible by default). */
export async function makeCampaignFamily(
  db: Executor,
  programmeId: string,
  campaign: DistributionCampaign,
  o: HouseholdOverrides & { schoolId?: string; status?: string; pupilFirstName?: string } = {},
): Promise<CampaignFamily> {
  const { schoolId = campaign.schoolIds[0]!, status = 'eligible', pupilFirstName, ...household } = o;
  const { id, reference } = await makeHousehold(db, programmeId, household);
  const pupil = await makePupil(db, programmeId, {
    schoolId,
    schoolYearId: campaign.schoolYearId,
    householdId: id,
    ...(pupilFirstName ? { firstName: pupilFirstName } : {}),
  });
  const invitationCode = newInvitationCode();
  const now = nowIso();
  await db
    .insertInto('campaign_households')
    .values({
      id: newId(),
      programme_id: programmeId,
      campaign_id: campaign.id,
      household_id: id,
      school_id: schoolId,
      status,
      rank: null,
      rank_reasons: null,
      invitation_code: invitationCode,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { householdId: id, reference, invitationCode, pupilFirstName: pupil.firstName };
}

export async function campaignHouseholdStatus(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('campaign_households')
    .select('status')
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return row?.status;
}
