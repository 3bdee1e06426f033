import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { type SchoolReach, fieldError, reachesSchool, schoolFilter } from './campaign-access.js';
import type { CampaignHouseholdStatus } from './campaign-states.js';
import { loadCampaign } from './campaign.model.js';
import {
  type CampaignHouseholdListRow,
  listAppointments,
  listCampaignHouseholdPage,
  listGuardianNames,
} from './campaign-household-list.repository.js';
import { campaignMessages } from './campaigns.messages.js';
import { listReservedAllocations } from './allocations.repository.js';
import { parseInvitationCode } from './invitation-code.js';
import { type PriorityCriterion, parsePriorityRules, parseRankExplanation } from './priority-rules.js';
import { type ExplainedReason, explainRank } from './rank-explanation.js';

export interface CampaignHousehold {
  householdId: string;
  reference: string;
  guardians: { firstName: string | null; lastName: string }[];
  school: { id: string; name: string };
  status: CampaignHouseholdStatus;
  statusText: string;
  rank: number | null;
  rankTotal: number | null;
  /** "rang 312 sur 1 200 : pas d’ordinateur à la maison" in the request's language. */
  explanation: string;
  reasons: ExplainedReason[];
  invitationCode: string;
  allocation: { id: string; deviceId: string; assetTag: string } | null;
  appointment: { id: string; status: string; startsAt: string } | null;
}

export interface CampaignHouseholdQuery {
  status?: CampaignHouseholdStatus | undefined;
  schoolId?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

function encodeCursor(row: CampaignHouseholdListRow): string {
  return Buffer.from(JSON.stringify([Number(row.sort_rank), row.household_id])).toString('base64url');
}

function decodeCursor(cursor: string): { rank: number; householdId: string } | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && typeof v[1] === 'string') {
      return { rank: v[0] as number, householdId: v[1] };
    }
  } catch {
    // refused below like any other malformed cursor
  }
  return undefined;
}

/** What `q` may be: a reference, an invitation code, or the start of a guardian's last name. */
function searchTerms(raw: string | undefined) {
  const q = raw?.trim();
  if (!q) return {};
  const code = parseInvitationCode(q);
  return {
    reference: q.toUpperCase(),
    invitationCode: code.ok ? code.code : undefined,
    // LIKE wildcards typed by a person are taken literally by dropping them.
    lastNamePrefix: q.toLowerCase().replace(/[%_\\]/g, ''),
  };
}

async function toItems(
  db: Executor,
  programmeId: string,
  campaignId: string,
  rows: CampaignHouseholdListRow[],
  lang: Language,
): Promise<CampaignHousehold[]> {
  const m = campaignMessages(lang);
  const ids = rows.map((r) => r.household_id);
  const [guardians, allocations, appointments] = await Promise.all([
    listGuardianNames(db, programmeId, ids),
    listReservedAllocations(db, programmeId, campaignId, ids),
    listAppointments(db, programmeId, campaignId, ids),
  ]);
  return rows.map((row) => {
    const status = row.status as CampaignHouseholdStatus;
    const stored = parseRankExplanation(row.rank_reasons);
    const explained = row.rank !== null && stored ? explainRank(row.rank, stored, lang) : null;
    const allocation = allocations.find((a) => a.household_id === row.household_id);
    const forHousehold = appointments.filter((a) => a.household_id === row.household_id);
    const appointment = forHousehold.find((a) => a.status === 'booked') ?? forHousehold[0];
    return {
      householdId: row.household_id,
      reference: row.reference,
      guardians: guardians
        .filter((g) => g.household_id === row.household_id)
        .map((g) => ({ firstName: g.first_name, lastName: g.last_name })),
      school: { id: row.school_id, name: row.school_name },
      status,
      statusText: m.household_status[status] ?? status,
      rank: row.rank,
      rankTotal: explained ? stored!.total : null,
      explanation: explained?.text ?? format(m.not_ranked_status, { status: m.household_status[status] ?? status }),
      reasons: explained?.reasons ?? [],
      invitationCode: row.invitation_code,
      allocation: allocation
        ? { id: allocation.id, deviceId: allocation.device_id, assetTag: allocation.asset_tag }
        : null,
      appointment: appointment
        ? { id: appointment.id, status: appointment.status, startsAt: appointment.starts_at }
        : null,
    };
  });
}

/** One page of the campaign's households in rank order (a director: her school's only). */
export async function listCampaignHouseholds(
  db: Executor,
  programmeId: string,
  campaignId: string,
  reach: SchoolReach,
  query: CampaignHouseholdQuery,
  lang: Language = defaultLanguage,
): Promise<{ items: CampaignHousehold[]; nextCursor: string | null }> {
  const m = campaignMessages(lang);
  const campaign = await loadCampaign(db, programmeId, campaignId, reach);
  if (query.schoolId && !reachesSchool(reach, query.schoolId)) throw new AppError('ORGANISATION_NOT_FOUND');
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (query.cursor && !after) throw fieldError('query.cursor', 'invalid_cursor', m.invalid_cursor);
  const rows = await listCampaignHouseholdPage(db, programmeId, campaign.id, {
    status: query.status,
    schoolId: query.schoolId,
    schoolIds: schoolFilter(reach),
    ...searchTerms(query.q),
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await toItems(db, programmeId, campaign.id, page, lang),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

export interface HouseholdExplanation extends CampaignHousehold {
  campaignId: string;
  seed: string | null;
  rules: PriorityCriterion[];
}

/** Why the household stands where it does: its rank, of how many, and the reasons in words. */
export async function explainHousehold(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
  reach: SchoolReach,
  lang: Language = defaultLanguage,
): Promise<HouseholdExplanation> {
  const campaign = await loadCampaign(db, programmeId, campaignId, reach);
  const rows = await listCampaignHouseholdPage(db, programmeId, campaign.id, {
    householdId,
    schoolIds: schoolFilter(reach),
    limit: 1,
  });
  if (rows.length === 0) throw new AppError('HOUSEHOLD_NOT_FOUND');
  const [item] = await toItems(db, programmeId, campaign.id, rows, lang);
  return {
    ...item!,
    campaignId: campaign.id,
    seed: parseRankExplanation(rows[0]!.rank_reasons)?.seed ?? null,
    rules: parsePriorityRules(campaign.priority_rules),
  };
}
