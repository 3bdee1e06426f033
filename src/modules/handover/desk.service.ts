import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { findReservationOfDevice } from '../campaigns/allocations.repository.js';
import { findActiveAllocation } from '../campaigns/allocations.service.js';
import { type SchoolReach, reachesSchool, schoolFilter } from '../campaigns/campaign-access.js';
import {
  type CampaignHouseholdRow,
  findCampaignHousehold,
  findCampaignHouseholdByCode,
} from '../campaigns/campaign-households.js';
import { findCampaignById } from '../campaigns/campaigns.repository.js';
import { parseInvitationCode } from '../campaigns/invitation-code.js';
import { formatAssetTag, parseAssetTag } from '../devices/asset-tag.js';
import { type DeviceRow, findDeviceByAssetTag, findDeviceById } from '../devices/devices.repository.js';
import { getHousehold } from '../households/households.service.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { handoverMessages } from './handover.messages.js';
import { findHandoverOf, searchDeskHouseholds } from './handover.repository.js';

export interface DeskDevice {
  id: string;
  assetTag: string;
  state: string;
  kind: string;
  make: string | null;
  model: string | null;
  serial: string | null;
}

/** What the desk shows of a household: enough to recognise the family, nothing more. */
export interface DeskMatch {
  campaign: { id: string; name: string; status: string; cohortGrade: string };
  household: {
    id: string;
    reference: string;
    guardians: { firstName: string | null; lastName: string }[];
    pupils: {
      id: string;
      firstName: string;
      lastName: string;
      grade: string;
      className: string | null;
      schoolName: string;
    }[];
    declined: boolean;
  };
  status: string;
  allocation: { id: string; deviceId: string; assetTag: string } | null;
  device: DeskDevice | null;
  handover: { id: string; handedOverAt: string } | null;
}

export interface DeskLookup {
  /** The scanned device (tag lookups only). */
  device: DeskDevice | null;
  matches: DeskMatch[];
}

const NAME_MATCH_LIMIT = 20;

function toDeskDevice(row: DeviceRow): DeskDevice {
  return {
    id: row.id,
    assetTag: row.asset_tag,
    state: row.state,
    kind: row.kind,
    make: row.make,
    model: row.model,
    serial: row.serial,
  };
}

function fieldError(field: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ field, code, message }] });
}

async function toMatch(
  db: Executor,
  programmeId: string,
  entry: Pick<CampaignHouseholdRow, 'campaign_id' | 'household_id' | 'status'>,
  reach: SchoolReach,
): Promise<DeskMatch | null> {
  const campaign = await findCampaignById(db, programmeId, entry.campaign_id);
  if (!campaign) return null;
  const household = await getHousehold(db, programmeId, entry.household_id, { schoolIds: schoolFilter(reach) });
  const allocation = await findActiveAllocation(db, programmeId, campaign.id, household.id);
  const device = allocation ? await findDeviceById(db, programmeId, allocation.deviceId) : undefined;
  const handover = await findHandoverOf(db, programmeId, campaign.id, household.id);
  return {
    campaign: { id: campaign.id, name: campaign.name, status: campaign.status, cohortGrade: campaign.cohort_grade },
    household: {
      id: household.id,
      reference: household.reference,
      guardians: household.guardians,
      pupils: household.pupils
        .filter((p) => p.schoolYearId === campaign.school_year_id)
        .map((p) => ({
          id: p.id,
          firstName: p.firstName,
          lastName: p.lastName,
          grade: p.grade,
          className: p.className,
          schoolName: p.schoolName,
        })),
      declined: household.declinedAt !== null,
    },
    status: entry.status,
    allocation,
    device: device ? toDeskDevice(device) : null,
    handover: handover ? { id: handover.id, handedOverAt: handover.handed_over_at } : null,
  };
}

/** By the scanned tag: the device, and the household it is reserved for (if the person reaches it). */
async function lookupByTag(db: Executor, programmeId: string, raw: string, reach: SchoolReach, lang: Language) {
  const m = handoverMessages(lang).errors;
  const parsed = parseAssetTag(raw);
  if (!parsed.ok) {
    const prefix = (await getProgramme(db, programmeId)).settings.assetTagPrefix;
    const message =
      parsed.reason === 'format' ? m.tagFormat.replace('{example}', formatAssetTag(prefix, 4217)) : m.tagCheck;
    throw fieldError('query.tag', parsed.reason === 'format' ? 'tag_format' : 'tag_check_letter', message);
  }
  const device = await findDeviceByAssetTag(db, programmeId, parsed.tag);
  if (!device) throw new AppError('DEVICE_NOT_FOUND');
  const reservation = await findReservationOfDevice(db, programmeId, device.id);
  const entry = reservation
    ? await findCampaignHousehold(db, programmeId, reservation.campaign_id, reservation.household_id)
    : undefined;
  const match = entry && reachesSchool(reach, entry.school_id) ? await toMatch(db, programmeId, entry, reach) : null;
  return { device: toDeskDevice(device), matches: match ? [match] : [] };
}

async function lookupByCode(db: Executor, programmeId: string, raw: string, reach: SchoolReach, lang: Language) {
  const m = handoverMessages(lang).errors;
  const parsed = parseInvitationCode(raw);
  if (!parsed.ok) {
    const format = parsed.reason === 'format';
    throw fieldError(
      'query.code',
      format ? 'code_format' : 'code_check_character',
      format ? m.codeFormat : m.codeCheck,
    );
  }
  const entry = await findCampaignHouseholdByCode(db, programmeId, parsed.code);
  if (!entry || !reachesSchool(reach, entry.school_id)) throw new AppError('INVITATION_NOT_FOUND');
  const match = await toMatch(db, programmeId, entry, reach);
  return { device: null, matches: match ? [match] : [] };
}

async function lookupByName(db: Executor, programmeId: string, q: string, reach: SchoolReach) {
  const words = q
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 5);
  const rows = await searchDeskHouseholds(db, programmeId, words, schoolFilter(reach), NAME_MATCH_LIMIT);
  const matches: DeskMatch[] = [];
  for (const row of rows) {
    const match = await toMatch(db, programmeId, row, reach);
    if (match) matches.push(match);
  }
  return { device: null, matches };
}

/** The desk's search: exactly one of a scanned tag, an invitation code, or a name. */
export async function lookupDesk(
  db: Executor,
  programmeId: string,
  query: { tag?: string | undefined; code?: string | undefined; q?: string | undefined },
  reach: SchoolReach,
  lang: Language,
): Promise<DeskLookup> {
  const given = [query.tag, query.code, query.q].filter((v) => v !== undefined && v.trim() !== '');
  if (given.length !== 1) throw fieldError('query', 'one_criterion', handoverMessages(lang).errors.lookupOne);
  if (query.tag?.trim()) return lookupByTag(db, programmeId, query.tag, reach, lang);
  if (query.code?.trim()) return lookupByCode(db, programmeId, query.code, reach, lang);
  return lookupByName(db, programmeId, query.q!, reach);
}
