import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import type { CampaignHouseholdStatus, CampaignStatus } from '../../src/modules/campaigns/campaign-states.js';
import { newInvitationCode } from '../../src/modules/campaigns/invitation-code.js';
import type { PriorityCriterion } from '../../src/modules/campaigns/priority-rules.js';

/**
 * Campaign rows inserted directly (no eligibility, no audit), for the modules that build on a
 * campaign (distribution, handover) and for the campaigns' own tests.
 */

let counter = 0;

export async function makeCampaign(
  db: Executor,
  programmeId: string,
  o: {
    schoolYearId: string;
    schoolIds: string[];
    cohortGrade?: string;
    name?: string;
    status?: CampaignStatus;
    priorityRules?: PriorityCriterion[];
    startsOn?: string;
    endsOn?: string;
  },
): Promise<{ id: string; name: string }> {
  counter += 1;
  const now = nowIso();
  const id = newId();
  const name = o.name ?? `Campagne ${counter}`;
  await db
    .insertInto('campaigns')
    .values({
      id,
      programme_id: programmeId,
      school_year_id: o.schoolYearId,
      name,
      cohort_grade: o.cohortGrade ?? 'CE2',
      starts_on: o.startsOn ?? '2026-09-01',
      ends_on: o.endsOn ?? '2026-12-31',
      status: o.status ?? 'open',
      priority_rules: JSON.stringify(
        o.priorityRules ?? ['no_computer_at_home', 'priority_neighbourhood', 'registered_at'],
      ),
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (o.schoolIds.length > 0) {
    await db
      .insertInto('campaign_schools')
      .values(o.schoolIds.map((school_id) => ({ campaign_id: id, school_id, programme_id: programmeId })))
      .execute();
  }
  return { id, name };
}

/** The household's row in the campaign, with a real invitation code. */
export async function makeCampaignHousehold(
  db: Executor,
  programmeId: string,
  o: {
    campaignId: string;
    householdId: string;
    schoolId: string;
    status?: CampaignHouseholdStatus;
    rank?: number | null;
    invitationCode?: string;
  },
): Promise<{ id: string; invitationCode: string }> {
  const now = nowIso();
  const id = newId();
  const invitationCode = o.invitationCode ?? newInvitationCode();
  await db
    .insertInto('campaign_households')
    .values({
      id,
      programme_id: programmeId,
      campaign_id: o.campaignId,
      household_id: o.householdId,
      school_id: o.schoolId,
      status: o.status ?? 'eligible',
      rank: o.rank ?? null,
      rank_reasons: null,
      invitation_code: invitationCode,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, invitationCode };
}

/**
 * An allocation row (reserved by default). The device's state is not touched: make the device
 * 'allocated' yourself (makeDevice(db, programmeId, { state: 'allocated' })) for a consistent pair.
 */
export async function makeAllocation(
  db: Executor,
  programmeId: string,
  o: { campaignId: string; householdId: string; deviceId: string; status?: string; runId?: string | null },
): Promise<{ id: string }> {
  const id = newId();
  await db
    .insertInto('allocations')
    .values({
      id,
      programme_id: programmeId,
      campaign_id: o.campaignId,
      household_id: o.householdId,
      device_id: o.deviceId,
      run_id: o.runId ?? null,
      status: o.status ?? 'reserved',
      reason: null,
      reserved_at: nowIso(),
      ended_at: null,
      created_by: 'factory',
    })
    .execute();
  return { id };
}
