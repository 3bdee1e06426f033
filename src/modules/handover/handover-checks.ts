import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { swapAllocation } from '../campaigns/allocations.service.js';
import type { CampaignHouseholdRow } from '../campaigns/campaign-households.js';
import type { CampaignRow } from '../campaigns/campaigns.repository.js';
import type { DeviceState } from '../devices/device-states.js';
import { deviceMessages } from '../devices/devices.messages.js';
import { type DeviceRow, findDeviceById } from '../devices/devices.repository.js';
import { applyTransition } from '../devices/transitions.service.js';
import type { Household, HouseholdPupil } from '../households/households.service.js';
import { handoverMessages } from './handover.messages.js';
import { findHandoverOf } from './handover.repository.js';
import { dateFormats } from './pdf-document.js';

/** The household may receive its pack: in the campaign, not declined, not served yet, campaign open. */
export async function assertHandoverAllowed(
  trx: Executor,
  programmeId: string,
  campaign: CampaignRow,
  entry: CampaignHouseholdRow,
  household: Household,
  lang: Language,
): Promise<void> {
  const m = handoverMessages(lang).errors;
  if (campaign.status === 'closed') throw new AppError('CAMPAIGN_CLOSED', { detail: m.campaignClosed });
  const done = await findHandoverOf(trx, programmeId, campaign.id, household.id);
  if (done || entry.status === 'handed_over') {
    const date = done
      ? dateFormats(lang === 'fr' ? 'fr-FR' : 'en-GB', 'UTC').day(done.handed_over_at.slice(0, 10))
      : '';
    throw new AppError('HANDOVER_ALREADY_DONE', { detail: done ? format(m.alreadyDone, { date }) : undefined });
  }
  if (household.declinedAt || entry.status === 'declined') {
    throw new AppError('HOUSEHOLD_DECLINED', { detail: m.declined });
  }
  if (entry.status === 'removed') throw new AppError('HOUSEHOLD_NOT_ELIGIBLE', { detail: m.notInCampaign });
}

/**
 * The pupil the loan is for: the one named, else the household's pupil of the campaign's
 * school year in the cohort grade, else any of its pupils that year; null when none is known
 * (the loan's end then follows the cohort grade).
 */
export function choosePupil(
  household: Household,
  campaign: CampaignRow,
  pupilId: string | undefined,
  lang: Language,
): HouseholdPupil | null {
  if (pupilId) {
    const named = household.pupils.find((p) => p.id === pupilId);
    if (!named) {
      const message = handoverMessages(lang).errors.pupilNotInHousehold;
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ field: 'body.pupilId', code: 'not_in_household', message }],
      });
    }
    return named;
  }
  const thisYear = household.pupils.filter((p) => p.schoolYearId === campaign.school_year_id);
  return thisYear.find((p) => p.grade === campaign.cohort_grade) ?? thisYear[0] ?? null;
}

/**
 * The device handed over: the one reserved for the household; another one only with a swap
 * reason, through the campaign's documented swap (the reserved device goes back to ready, the
 * scanned one must be ready and reserved for nobody).
 */
export async function chooseHandoverDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: {
    allocation: { id: string; deviceId: string; assetTag: string } | null;
    deviceId: string;
    swapReason: string | undefined;
    lang: Language;
  },
): Promise<{ allocationId: string; device: DeviceRow; swapped: boolean }> {
  const m = handoverMessages(input.lang).errors;
  const scanned = await findDeviceById(trx, programmeId, input.deviceId);
  if (!scanned) throw new AppError('DEVICE_NOT_FOUND');
  const { allocation } = input;
  if (!allocation) throw new AppError('HANDOVER_WRONG_DEVICE', { detail: m.noReservation });
  if (allocation.deviceId === scanned.id) return { allocationId: allocation.id, device: scanned, swapped: false };
  const reason = input.swapReason?.trim();
  if (!reason) {
    throw new AppError('HANDOVER_WRONG_DEVICE', {
      detail: format(m.wrongDevice, { scanned: scanned.asset_tag, reserved: allocation.assetTag }),
      params: { scanned: scanned.asset_tag, reserved: allocation.assetTag },
    });
  }
  const swapped = await swapAllocation(trx, programmeId, actor, allocation.id, scanned.id, reason, input.lang);
  const device = await findDeviceById(trx, programmeId, scanned.id);
  return { allocationId: swapped.id, device: device!, swapped: true };
}

/** allocated → handed_over, with the device's event and audit line. */
export async function moveToFamily(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  device: DeviceRow,
  details: { campaignId: string; handoverId: string },
  now: Date,
  lang: Language,
): Promise<void> {
  if (device.state !== 'allocated') {
    const names = deviceMessages(lang).states;
    const detail = format(deviceMessages(lang).transition_forbidden, {
      from: names[device.state as DeviceState] ?? device.state,
      to: names.handed_over,
    });
    throw new AppError('DEVICE_TRANSITION_FORBIDDEN', { detail, params: { from: device.state, to: 'handed_over' } });
  }
  await applyTransition(trx, programmeId, actor, device, 'handed_over', { station: 'handover', details }, now, lang);
}
