import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RankInput, type PriorityCriterion, rankHouseholds } from './priority-rules.js';
import { explainRank } from './rank-explanation.js';
import { parseInvitationCode, newInvitationCode } from './invitation-code.js';

const RULES: PriorityCriterion[] = [
  'no_computer_at_home',
  'priority_neighbourhood',
  'priority_area_school',
  'registered_at',
];

function household(id: string, o: Partial<RankInput> = {}): RankInput {
  return {
    householdId: id,
    noComputerAtHome: false,
    priorityNeighbourhood: false,
    priorityAreaSchool: false,
    registeredAt: '2026-09-01T08:00:00.000Z',
    ...o,
  };
}

describe('priority rules', () => {
  const households = [
    household('h-late', { registeredAt: '2026-09-03T08:00:00.000Z' }),
    household('h-area', { priorityAreaSchool: true }),
    household('h-nocomp', { noComputerAtHome: true, registeredAt: '2026-09-05T08:00:00.000Z' }),
    household('h-qpv', { priorityNeighbourhood: true }),
    household('h-early', { registeredAt: '2026-08-30T08:00:00.000Z' }),
  ];

  it('orders by each criterion in turn, the registration date last', () => {
    const ranked = rankHouseholds(households, RULES, 'seed');
    assert.deepEqual(
      ranked.map((r) => r.householdId),
      ['h-nocomp', 'h-qpv', 'h-area', 'h-early', 'h-late'],
    );
    assert.deepEqual(
      ranked.map((r) => r.rank),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(ranked[0]!.explanation.reasons, [
      { code: 'no_computer_at_home' },
      { code: 'registered_at', params: { date: '2026-09-05' } },
    ]);
    assert.equal(ranked[0]!.explanation.total, 5);
  });

  it('follows the order of the rules given (the rules are data)', () => {
    const ranked = rankHouseholds(households, ['registered_at'], 'seed');
    assert.equal(ranked[0]!.householdId, 'h-early');
    assert.equal(ranked.at(-1)!.householdId, 'h-nocomp');
  });

  it('is reproducible: the same data and seed give the same ranks, in any input order', () => {
    const tied = Array.from({ length: 30 }, (_, i) => household(`tie-${i}`));
    const first = rankHouseholds(tied, RULES, 'campagne-2026');
    const again = rankHouseholds([...tied].reverse(), RULES, 'campagne-2026');
    assert.deepEqual(
      again.map((r) => r.householdId),
      first.map((r) => r.householdId),
    );
    assert.ok(first.every((r) => r.explanation.reasons.some((x) => x.code === 'tie_break')));
  });

  it('another seed only reorders households equal on every rule', () => {
    const tied = Array.from({ length: 20 }, (_, i) => household(`tie-${i}`));
    const all = [...households, ...tied];
    const one = rankHouseholds(all, RULES, 'seed-1');
    const two = rankHouseholds(all, RULES, 'seed-2');
    const rankOf = (ranked: typeof one, id: string) => ranked.find((r) => r.householdId === id)!.rank;
    for (const h of households) assert.equal(rankOf(one, h.householdId), rankOf(two, h.householdId), h.householdId);
    const tiedOrder = (ranked: typeof one) =>
      ranked.filter((r) => r.householdId.startsWith('tie-')).map((r) => r.householdId);
    assert.notDeepEqual(tiedOrder(one), tiedOrder(two));
    assert.deepEqual([...tiedOrder(one)].sort(), [...tiedOrder(two)].sort());
  });

  it('explains a rank in words, in French and English', () => {
    const ranked = rankHouseholds(households, RULES, 'seed');
    const fr = explainRank(312, { ...ranked[0]!.explanation, total: 1200 }, 'fr');
    assert.equal(fr.text, 'rang 312 sur 1\u202f200 : pas d’ordinateur à la maison, inscrite le 5 septembre 2026');
    const en = explainRank(1, ranked[0]!.explanation, 'en');
    assert.equal(en.text, 'rank 1 of 5: no computer at home, registered on 5 September 2026');
    const tie = explainRank(1, { total: 2, seed: 's1', reasons: [{ code: 'tie_break' }] }, 'fr');
    assert.equal(tie.text, 'rang 1 sur 2 : départagée par tirage au sort (graine « s1 »)');
  });
});

describe('invitation codes', () => {
  it('are 8 characters with a check character that catches a typo or a swap', () => {
    const code = newInvitationCode();
    assert.match(code, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    assert.deepEqual(parseInvitationCode(code.toLowerCase().replace('-', ' ')), { ok: true, code });
    const compact = code.replace('-', '');
    const swapped = compact[1]! + compact[0]! + compact.slice(2);
    if (swapped !== compact) assert.equal(parseInvitationCode(swapped).ok, false);
    assert.deepEqual(parseInvitationCode('ABC'), { ok: false, reason: 'format' });
  });
});
