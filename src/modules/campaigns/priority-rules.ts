import { createHash } from 'node:crypto';

/**
 * The allocation order, as data. A campaign stores its list of criteria (copied from the
 * programme's settings when it is created), so a later change of the settings does not alter a
 * past allocation. Each yes/no criterion puts the households that meet it first; registered_at
 * puts the earlier registrations first. Households equal on every criterion are ordered by a
 * seeded draw, sha256(seed + household id): the same data and seed always give the same order.
 */
export const priorityCriteria = [
  'no_computer_at_home',
  'priority_neighbourhood',
  'priority_area_school',
  'registered_at',
] as const;
export type PriorityCriterion = (typeof priorityCriteria)[number];

export interface RankInput {
  householdId: string;
  noComputerAtHome: boolean;
  priorityNeighbourhood: boolean;
  /** The household's school in the campaign is in a priority education area. */
  priorityAreaSchool: boolean;
  /** ISO 8601 instant. */
  registeredAt: string;
}

export interface RankReason {
  code: PriorityCriterion | 'tie_break';
  params?: Record<string, string>;
}

/** What is stored per household (campaign_households.rank_reasons) to explain its rank later. */
export interface RankExplanation {
  total: number;
  seed: string;
  reasons: RankReason[];
}

export interface RankedHousehold {
  householdId: string;
  rank: number;
  explanation: RankExplanation;
}

const yesNo: Record<Exclude<PriorityCriterion, 'registered_at'>, (h: RankInput) => boolean> = {
  no_computer_at_home: (h) => h.noComputerAtHome,
  priority_neighbourhood: (h) => h.priorityNeighbourhood,
  priority_area_school: (h) => h.priorityAreaSchool,
};

export function tieBreakKey(seed: string, householdId: string): string {
  return createHash('sha256').update(`${seed}:${householdId}`).digest('hex');
}

/** Compares on the rules only (0 = a tie the draw decides). */
function compareByRules(a: RankInput, b: RankInput, rules: readonly PriorityCriterion[]): number {
  for (const rule of rules) {
    if (rule === 'registered_at') {
      const d = Date.parse(a.registeredAt) - Date.parse(b.registeredAt);
      if (d !== 0) return d;
    } else {
      const d = Number(yesNo[rule](b)) - Number(yesNo[rule](a));
      if (d !== 0) return d;
    }
  }
  return 0;
}

function reasonsOf(h: RankInput, rules: readonly PriorityCriterion[]): RankReason[] {
  const reasons: RankReason[] = [];
  for (const rule of rules) {
    if (rule === 'registered_at') reasons.push({ code: rule, params: { date: h.registeredAt.slice(0, 10) } });
    else if (yesNo[rule](h)) reasons.push({ code: rule });
  }
  return reasons;
}

/** Ranks households 1…M by the rules, then the seeded draw, then the id (never reached in practice). */
export function rankHouseholds(
  households: readonly RankInput[],
  rules: readonly PriorityCriterion[],
  seed: string,
): RankedHousehold[] {
  const keyed = households.map((h) => ({ h, draw: tieBreakKey(seed, h.householdId) }));
  keyed.sort(
    (a, b) =>
      compareByRules(a.h, b.h, rules) ||
      (a.draw < b.draw ? -1 : a.draw > b.draw ? 1 : 0) ||
      (a.h.householdId < b.h.householdId ? -1 : 1),
  );
  const total = keyed.length;
  return keyed.map(({ h }, i) => {
    const tiedWithNeighbour =
      (i > 0 && compareByRules(keyed[i - 1]!.h, h, rules) === 0) ||
      (i < total - 1 && compareByRules(h, keyed[i + 1]!.h, rules) === 0);
    const reasons = reasonsOf(h, rules);
    if (tiedWithNeighbour) reasons.push({ code: 'tie_break' });
    return { householdId: h.householdId, rank: i + 1, explanation: { total, seed, reasons } };
  });
}

/** Reads a stored explanation; null when absent or not one (never trusted blindly). */
export function parseRankExplanation(json: string | null): RankExplanation | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Partial<RankExplanation>;
    if (typeof v.total === 'number' && typeof v.seed === 'string' && Array.isArray(v.reasons)) {
      return { total: v.total, seed: v.seed, reasons: v.reasons };
    }
  } catch {
    // a damaged value explains nothing
  }
  return null;
}

export function parsePriorityRules(json: string): PriorityCriterion[] {
  const v: unknown = JSON.parse(json);
  if (!Array.isArray(v)) return [];
  return v.filter((r): r is PriorityCriterion => (priorityCriteria as readonly string[]).includes(r as string));
}
