import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { type CampaignHouseholdRow, findCampaignHousehold } from '../campaigns/campaign-households.js';
import { findHouseholdById } from '../households/households.repository.js';
import { distributionMessages } from './distribution.messages.js';
import { type SchoolReach, reachesSchool } from './school-reach.js';

/**
 * The household's place in the campaign, if it may get an appointment: in the campaign, in the
 * person's reach (a director: a family of her school, else 404), neither declined, nor waiting
 * for a device, nor already served.
 */
export async function requireBookableHousehold(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
  reach: SchoolReach,
  lang: Language,
): Promise<CampaignHouseholdRow> {
  const m = distributionMessages(lang);
  const row = await findCampaignHousehold(db, programmeId, campaignId, householdId);
  if (!row || !reachesSchool(reach, row.school_id)) {
    const household = reach.all ? await findHouseholdById(db, programmeId, householdId) : undefined;
    throw new AppError(household ? 'HOUSEHOLD_NOT_ELIGIBLE' : 'HOUSEHOLD_NOT_FOUND');
  }
  const household = await findHouseholdById(db, programmeId, householdId);
  if (row.status === 'declined' || household?.declined_at) throw new AppError('HOUSEHOLD_DECLINED');
  if (row.status === 'handed_over') throw new AppError('HOUSEHOLD_ALREADY_SERVED', { detail: m.household_served });
  if (row.status === 'waiting') throw new AppError('HOUSEHOLD_NOT_ELIGIBLE', { detail: m.household_waiting });
  if (row.status === 'removed') throw new AppError('HOUSEHOLD_NOT_ELIGIBLE');
  return row;
}
