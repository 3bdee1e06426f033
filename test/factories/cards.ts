import { cliActor } from '../../src/platform/auth/actor.js';
import type { Executor } from '../../src/platform/db/database.js';
import { issueCard } from '../../src/modules/cards/cards.service.js';
import { makeHousehold } from './households.js';

/**
 * A workshop card issued the real way (issueCard: number, PIN hash, 'issued' ledger entry of
 * the programme's creditsPerCard), for a new household unless one is given.
 */
export async function makeCard(
  db: Executor,
  programmeId: string,
  o: { householdId?: string; preferredLanguage?: string | null; now?: Date } = {},
): Promise<{ id: string; number: string; pin: string; householdId: string }> {
  const householdId =
    o.householdId ?? (await makeHousehold(db, programmeId, { preferredLanguage: o.preferredLanguage ?? 'fr' })).id;
  const issued = await issueCard(db, programmeId, cliActor, { householdId, handoverId: null }, o.now);
  return { id: issued.card.id, number: issued.card.number, pin: issued.pin, householdId };
}
