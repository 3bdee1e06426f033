import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type CampaignRow, findCampaignForDistribution, listCampaignSchoolIds } from './events.repository.js';
import { type SchoolReach, reachesSchool } from './school-reach.js';

/** Campaign statuses in which nothing about the distribution may change any more. */
const closedStatuses = new Set(['closed']);

export interface ReachableCampaign extends CampaignRow {
  schoolIds: string[];
}

/**
 * The campaign, if the person reaches it: staff reach every campaign of the programme, a
 * director those that include her school. Otherwise 404, like a campaign that does not exist.
 */
export async function requireCampaign(
  db: Executor,
  programmeId: string,
  campaignId: string,
  reach: SchoolReach,
): Promise<ReachableCampaign> {
  const campaign = await findCampaignForDistribution(db, programmeId, campaignId);
  if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND');
  const schoolIds = await listCampaignSchoolIds(db, programmeId, campaignId);
  if (!reach.all && !schoolIds.some((s) => reachesSchool(reach, s))) throw new AppError('CAMPAIGN_NOT_FOUND');
  return { ...campaign, schoolIds };
}

export function assertCampaignOpen(campaign: Pick<CampaignRow, 'status'>): void {
  if (closedStatuses.has(campaign.status)) throw new AppError('CAMPAIGN_CLOSED');
}
