import { type AuditActor, systemActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { addressKey, nameKey } from './contact-keys.js';
import {
  filterEligible,
  insertProposals,
  listAddressesAtPostalCodes,
  listAddressesOf,
  listContactKeysOf,
  listEligibleAddresses,
  listHouseholdsWithKeys,
  listSharedContactKeys,
  listSharedContactKeysAmong,
  listSurnamesOf,
} from './merge-proposals.repository.js';

export const mergeReasons = ['same_contact', 'same_address_and_surname'] as const;
export type MergeReason = (typeof mergeReasons)[number];
export const mergeProposalStatuses = ['proposed', 'confirmed', 'rejected', 'obsolete'] as const;
export type MergeProposalStatus = (typeof mergeProposalStatuses)[number];

/** Particles that do not tell families apart ("DE", "BEN", "VAN"). */
const SURNAME_PARTICLES = new Set([
  'DE',
  'DA',
  'DI',
  'DU',
  'DES',
  'DEL',
  'DOS',
  'DAS',
  'LE',
  'LA',
  'EL',
  'AL',
  'VAN',
  'VON',
  'DER',
  'DEN',
  'BEN',
  'BIN',
  'IBN',
]);

/** The meaningful words of a surname: "Martin-Dupont" → MARTIN, DUPONT. */
export function surnameWords(lastName: string): string[] {
  return nameKey(lastName)
    .split(' ')
    .filter((w) => w.length >= 2 && !SURNAME_PARTICLES.has(w));
}

function pairKey(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

type AddressRow = { id: string; address_line: string; postal_code: string };

function groupByAddress(rows: readonly AddressRow[]): Map<string, string[]> {
  const byAddress = new Map<string, string[]>();
  for (const h of rows) {
    const key = addressKey(h.address_line, h.postal_code);
    if (!key) continue;
    const ids = byAddress.get(key);
    if (ids) ids.push(h.id);
    else byAddress.set(key, [h.id]);
  }
  return byAddress;
}

/**
 * The eligible households of the year at the address of one of `touched`: the touched
 * households' addresses, then the households at their postal codes (an index range each), kept
 * when their addressKey is one of the touched ones and they have a pupil this year.
 */
async function addressesAroundTouched(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
  touched: readonly string[],
): Promise<AddressRow[]> {
  const own = await listAddressesOf(db, programmeId, touched);
  const keys = new Set(own.map((h) => addressKey(h.address_line, h.postal_code)).filter((k) => k !== null));
  if (keys.size === 0) return [];
  const atCodes = await listAddressesAtPostalCodes(db, programmeId, [...new Set(own.map((h) => h.postal_code))]);
  const sameAddress = atCodes.filter((h) => keys.has(addressKey(h.address_line, h.postal_code) ?? ''));
  const eligible = await filterEligible(
    db,
    programmeId,
    schoolYearId,
    sameAddress.map((h) => h.id),
  );
  return sameAddress.filter((h) => eligible.has(h.id));
}

/**
 * Pairs of households at the same address (same addressKey) that share a surname word among
 * their guardians and pupils. Addresses are grouped in one pass over a hash map (linear in the
 * number of households); surnames are read only for households whose address is shared. With
 * `touched`, only the addresses of those households are looked at.
 */
async function findPairsAtSameAddress(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
  touched?: readonly string[],
): Promise<[string, string][]> {
  const byAddress = groupByAddress(
    touched
      ? await addressesAroundTouched(db, programmeId, schoolYearId, touched)
      : await listEligibleAddresses(db, programmeId, schoolYearId),
  );
  const groups = [...byAddress.values()].filter((ids) => ids.length > 1);
  if (groups.length === 0) return [];
  const words = new Map<string, Set<string>>();
  for (const s of await listSurnamesOf(db, programmeId, groups.flat())) {
    const set = words.get(s.household_id) ?? new Set<string>();
    for (const w of surnameWords(s.last_name)) set.add(w);
    words.set(s.household_id, set);
  }
  const pairs = new Map<string, [string, string]>();
  for (const ids of groups) {
    // Within one address: households sharing a word, found through a word → households index.
    const byWord = new Map<string, string[]>();
    for (const id of ids) {
      for (const w of words.get(id) ?? []) byWord.set(w, [...(byWord.get(w) ?? []), id]);
    }
    for (const sharing of byWord.values()) {
      for (let i = 0; i < sharing.length; i += 1) {
        for (let j = i + 1; j < sharing.length; j += 1) {
          const pair = pairKey(sharing[i]!, sharing[j]!);
          pairs.set(pair.join(' '), pair);
        }
      }
    }
  }
  return [...pairs.values()];
}

/**
 * Pairs of households of the year sharing a contact key. The database groups the contacts by
 * key; only the few keys held by two to six households are read back and paired. With
 * `touched`, only the keys those households hold are grouped.
 */
async function findPairsSharingContact(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
  touched?: readonly string[],
): Promise<[string, string][]> {
  const keys = touched
    ? await listSharedContactKeysAmong(db, programmeId, await listContactKeysOf(db, programmeId, touched))
    : await listSharedContactKeys(db, programmeId);
  if (keys.length === 0) return [];
  const holders = await listHouseholdsWithKeys(db, programmeId, keys);
  const eligible = await filterEligible(db, programmeId, schoolYearId, [
    ...new Set(holders.map((h) => h.household_id)),
  ]);
  const byKey = new Map<string, Set<string>>();
  for (const h of holders) {
    if (!eligible.has(h.household_id)) continue;
    byKey.set(h.value_key, (byKey.get(h.value_key) ?? new Set()).add(h.household_id));
  }
  const pairs: [string, string][] = [];
  for (const set of byKey.values()) {
    const ids = [...set];
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) pairs.push(pairKey(ids[i]!, ids[j]!));
    }
  }
  return pairs;
}

export interface MergeProposalCounts {
  sameContact: number;
  sameAddressAndSurname: number;
}

/**
 * Records merge proposals among the households with a pupil in `schoolYearId` (neither merged
 * nor anonymised): a shared contact (phone or e-mail key) is 'same_contact'; the same address
 * and a shared guardian or pupil surname is 'same_address_and_surname'. Nothing is merged here:
 * a person confirms. Idempotent: a pair already proposed, confirmed or rejected is never
 * proposed again. Returns how many proposals were added, by reason.
 *
 * `touched` (an import's commit): the households just created or changed. Only pairs with one of
 * them are looked for, through indexed lookups of their contact keys and postal codes, instead of
 * every household of the year: a pair of untouched households was proposed by an earlier run.
 * Without it, the whole year is scanned.
 */
export async function proposeHouseholdMerges(
  trx: Executor,
  programmeId: string,
  schoolYearId: string,
  actor: AuditActor = systemActor,
  touched?: readonly string[],
): Promise<MergeProposalCounts> {
  const reasons = new Map<string, { pair: [string, string]; reason: MergeReason }>();
  for (const pair of await findPairsAtSameAddress(trx, programmeId, schoolYearId, touched)) {
    reasons.set(pair.join(' '), { pair, reason: 'same_address_and_surname' });
  }
  // A shared contact is the stronger reason: it wins when a pair has both.
  for (const pair of await findPairsSharingContact(trx, programmeId, schoolYearId, touched)) {
    reasons.set(pair.join(' '), { pair, reason: 'same_contact' });
  }
  const now = nowIso();
  const added = await insertProposals(
    trx,
    [...reasons.values()].map(({ pair: [a, b], reason }) => ({
      id: newId(),
      programme_id: programmeId,
      household_id: a,
      other_household_id: b,
      reason,
      status: 'proposed',
      decided_by: null,
      decided_at: null,
      created_at: now,
    })),
  );
  const counts: MergeProposalCounts = {
    sameContact: added.filter((p) => p.reason === 'same_contact').length,
    sameAddressAndSurname: added.filter((p) => p.reason === 'same_address_and_surname').length,
  };
  if (added.length > 0) {
    await recordAudit(trx, {
      programmeId,
      actor,
      entityType: 'household_merge_proposal',
      entityId: null,
      action: 'proposed',
      summary: { schoolYearId, ...counts },
    });
  }
  return counts;
}
