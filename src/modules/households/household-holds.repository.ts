import type { Executor } from '../../platform/db/database.js';

/** campaign_households statuses that mean nothing has been given, reserved or sent yet. */
export const UNCOMMITTED_CAMPAIGN_STATUSES = ['eligible', 'waiting', 'declined'] as const;

/**
 * What ties a household to a campaign beyond being listed as eligible: a reservation or a
 * handover, an invitation or appointment, a loan or a card. Such a household keeps its identity
 * (letters, signed agreements and cards name it), so it can receive another household in a
 * merge but never disappear into one.
 */
export interface CampaignHolds {
  campaignRows: number;
  allocations: number;
  reservedAllocations: number;
  appointments: number;
  handovers: number;
  loans: number;
  cards: number;
}

async function count(
  db: Executor,
  table: 'campaign_households' | 'allocations' | 'appointments' | 'handovers' | 'loans' | 'cards',
  programmeId: string,
  householdId: string,
  statusFilter?: { op: 'in' | 'not in'; values: readonly string[] },
): Promise<number> {
  let query = db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId);
  if (statusFilter) query = query.where('status', statusFilter.op, [...statusFilter.values]);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findCampaignHolds(
  db: Executor,
  programmeId: string,
  householdId: string,
): Promise<CampaignHolds> {
  return {
    campaignRows: await count(db, 'campaign_households', programmeId, householdId, {
      op: 'not in',
      values: UNCOMMITTED_CAMPAIGN_STATUSES,
    }),
    allocations: await count(db, 'allocations', programmeId, householdId, { op: 'not in', values: ['released'] }),
    reservedAllocations: await count(db, 'allocations', programmeId, householdId, { op: 'in', values: ['reserved'] }),
    appointments: await count(db, 'appointments', programmeId, householdId),
    handovers: await count(db, 'handovers', programmeId, householdId),
    loans: await count(db, 'loans', programmeId, householdId),
    cards: await count(db, 'cards', programmeId, householdId),
  };
}

export function holdsAnything(h: CampaignHolds): boolean {
  return Object.values(h).some((n) => n > 0);
}

/**
 * Removes the campaign rows of a household that is being merged away while nothing was given,
 * reserved or sent to it yet (eligible, waiting, declined): the household it joins stands in
 * the campaign for both at the next eligibility computation.
 */
export async function deleteUncommittedCampaignRows(
  db: Executor,
  programmeId: string,
  householdId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('campaign_households')
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .where('status', 'in', [...UNCOMMITTED_CAMPAIGN_STATUSES])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
