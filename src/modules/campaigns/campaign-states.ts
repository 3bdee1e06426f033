/**
 * The campaign's and its households' statuses, as data (drawn in docs/families/campaigns.md).
 */
export const campaignStatuses = ['draft', 'open', 'closed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** A closed campaign is final: it keeps its record and refuses every change. */
export const campaignTransitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['open', 'closed'],
  open: ['closed'],
  closed: [],
};

/**
 * Where a household stands in a campaign:
 * - eligible: in the queue, no device yet;
 * - waiting: an allocation run found no device left for it;
 * - allocated: a ready device is reserved for it;
 * - invited / booked: the distribution module sent the invitation / booked an appointment;
 * - handed_over: the pack was handed over at the desk (final);
 * - declined: the household declined the pack;
 * - removed: no longer eligible when eligibility was computed again (the pupil left the cohort
 *   or the school, the household was merged into another one or anonymised).
 */
export const campaignHouseholdStatuses = [
  'eligible',
  'waiting',
  'allocated',
  'invited',
  'booked',
  'handed_over',
  'declined',
  'removed',
] as const;
export type CampaignHouseholdStatus = (typeof campaignHouseholdStatuses)[number];

/** Statuses that count in the queue ("rank N of M"). */
export const queuedStatuses: readonly CampaignHouseholdStatus[] = [
  'eligible',
  'waiting',
  'allocated',
  'invited',
  'booked',
  'handed_over',
];

/** Statuses an allocation run serves (the household has no device yet). */
export const awaitingDeviceStatuses: readonly CampaignHouseholdStatus[] = ['eligible', 'waiting'];

/** Statuses that hold a reserved device. */
export const reservedStatuses: readonly CampaignHouseholdStatus[] = ['allocated', 'invited', 'booked'];

export const allocationStatuses = ['reserved', 'handed_over', 'released', 'swapped'] as const;
export type AllocationStatus = (typeof allocationStatuses)[number];
