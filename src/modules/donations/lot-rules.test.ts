import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { UserActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import { AppError } from '../../platform/errors.js';
import { donationMessages } from './donations.messages.js';
import { allowedMovesFor, donorReach } from './lot-access.js';
import { checkPickupDate, resolveDeclaredCount, todayIn } from './lot-input.js';
import { formatLotReference, parseLotReference } from './lot-reference.js';
import { lotStatuses, lotTransitions } from './lot-states.js';
import { kgToGrams } from './lot-status.service.js';

const m = donationMessages('fr');

function actor(...grants: [Role, string | null][]): UserActor {
  return {
    kind: 'user',
    userId: 'u1',
    email: 'u1@example.test',
    displayName: 'U',
    locale: null,
    sessionIdHash: 'x',
    grants: grants.map(([role, organisationId]) => ({ programmeId: 'p1', role, organisationId })),
  };
}

function fieldOf(fn: () => unknown): [string, string] | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return [e.options.fields![0]!.field, e.options.fields![0]!.code];
    throw e;
  }
  return undefined;
}

describe('lot references', () => {
  it('formats with at least four digits and forgives case, spaces, dashes and zeros', () => {
    assert.equal(formatLotReference(2026, 12), 'LOT-2026-0012');
    assert.equal(formatLotReference(2027, 12345), 'LOT-2027-12345');
    for (const typed of ['LOT-2026-0012', 'lot-2026-0012', ' lot 2026 12 ', 'LOT2026-0012', 'Lot_2026_012']) {
      assert.equal(parseLotReference(typed), 'LOT-2026-0012', typed);
    }
    for (const bad of ['', 'LOT-2026-', 'LOT-26-0012', 'GB-004217-K', 'LOT-2026-0000', 'LOT-2026-12a']) {
      assert.equal(parseLotReference(bad), undefined, bad);
    }
  });
});

describe('lot status machine', () => {
  it('lists every status, ends in closed or cancelled, and never goes back', () => {
    assert.deepEqual(Object.keys(lotTransitions).sort(), [...lotStatuses].sort());
    assert.deepEqual(lotTransitions.closed, []);
    assert.deepEqual(lotTransitions.cancelled, []);
    const order = ['declared', 'scheduled', 'collected', 'received', 'closed'];
    for (const [from, tos] of Object.entries(lotTransitions)) {
      for (const to of tos) {
        if (to !== 'cancelled') assert.ok(order.indexOf(to) >= order.indexOf(from), `${from} → ${to}`);
      }
    }
  });

  it('gives staff every move and a donor only the cancelling of its own declared lot', () => {
    const lot = { status: 'declared' as const, donorId: 'd1' };
    assert.deepEqual(allowedMovesFor(actor(['coordinator', null]), 'p1', lot), ['scheduled', 'cancelled']);
    assert.deepEqual(allowedMovesFor(actor(['donor', 'd1']), 'p1', lot), ['cancelled']);
    assert.deepEqual(allowedMovesFor(actor(['donor', 'd2']), 'p1', lot), []);
    assert.deepEqual(allowedMovesFor(actor(['workshop_operator', null]), 'p1', lot), []);
    assert.deepEqual(allowedMovesFor(actor(['donor', 'd1']), 'p1', { status: 'scheduled', donorId: 'd1' }), []);
    // A role in another programme gives nothing here.
    assert.deepEqual(allowedMovesFor(actor(['admin', null]), 'p2', lot), []);
  });

  it('reaches every donor through a staff grant, only its organisations through donor grants', () => {
    assert.equal(donorReach(actor(['workshop_operator', 'w1']), 'p1', 'lot.read').all, true);
    const donor = donorReach(actor(['donor', 'd1'], ['donor', 'd2']), 'p1', 'lot.read');
    assert.deepEqual([donor.all, donor.donorIds], [false, ['d1', 'd2']]);
    // A donor grant without an organisation must not widen access.
    const broken = donorReach(actor(['donor', null]), 'p1', 'lot.read');
    assert.deepEqual([broken.all, broken.donorIds], [false, []]);
    assert.equal(donorReach(actor(['family', null]), 'p1', 'lot.read').grant, null);
  });
});

describe('lot declaration rules', () => {
  it('takes the count from the kinds, checks a total given with them, or takes the total alone', () => {
    assert.deepEqual(resolveDeclaredCount({ laptop: 3, desktop: 2, monitor: 0 }, undefined, m), {
      kinds: { desktop: 2, laptop: 3 },
      count: 5,
    });
    assert.deepEqual(resolveDeclaredCount({ laptop: 3, desktop: 2 }, 5, m).count, 5);
    assert.deepEqual(resolveDeclaredCount({}, 40, m), { kinds: {}, count: 40 });
    assert.deepEqual(
      fieldOf(() => resolveDeclaredCount({ laptop: 3 }, 4, m)),
      ['body.declaredCount', 'count_mismatch'],
    );
    assert.deepEqual(
      fieldOf(() => resolveDeclaredCount({ other: 0 }, undefined, m)),
      ['body.declaredCount', 'required'],
    );
    assert.deepEqual(
      fieldOf(() => resolveDeclaredCount({ laptop: 6000, desktop: 6000 }, undefined, m)),
      ['body.declaredKinds', 'too_big'],
    );
  });

  it('reads today where the programme is, and wants pick-up dates from today to a year ahead', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Paris, still 31 December in Montreal.
    const instant = new Date('2026-12-31T23:30:00Z');
    assert.equal(todayIn('Europe/Paris', instant), '2027-01-01');
    assert.equal(todayIn('America/Montreal', instant), '2026-12-31');
    assert.equal(
      fieldOf(() => checkPickupDate('body.d', '2027-01-01', '2027-01-01', m)),
      undefined,
    );
    assert.equal(
      fieldOf(() => checkPickupDate('body.d', '2028-01-02', '2027-01-01', m)),
      undefined,
    );
    assert.deepEqual(
      fieldOf(() => checkPickupDate('body.d', '2026-12-31', '2027-01-01', m)),
      ['body.d', 'date_in_past'],
    );
    assert.deepEqual(
      fieldOf(() => checkPickupDate('body.d', '2028-01-03', '2027-01-01', m)),
      ['body.d', 'date_too_far'],
    );
  });

  it('keeps one decimal of the weight, in grams', () => {
    assert.equal(kgToGrams(12.34), 12300);
    assert.equal(kgToGrams(12.35), 12400);
    assert.equal(kgToGrams(0), 0);
    assert.equal(kgToGrams(100000), 100_000_000);
    assert.equal(kgToGrams(0.04), 0);
  });
});
