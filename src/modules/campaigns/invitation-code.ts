import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, verificationCheckCharacter } from '../certificates/verification-code.js';

/**
 * Invitation codes printed on the letter a household brings to the distribution, e.g. K7QM-3XR9:
 * seven random characters and a check character, from the certificates' alphabet without
 * look-alikes and with the same check (one wrong character or a swap of neighbours is caught).
 * 31^7 ≈ 2.7·10^10 codes; uniqueness in the programme is checked by the caller and the index.
 */
const RANDOM_LENGTH = 7;

function group(compact: string): string {
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

export function newInvitationCode(): string {
  let body = '';
  for (let i = 0; i < RANDOM_LENGTH; i += 1) body += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return group(body + verificationCheckCharacter(body));
}

export type ParsedInvitationCode = { ok: true; code: string } | { ok: false; reason: 'format' | 'check_character' };

/** Reads what a person typed: any case, with or without the dash and spaces. */
export function parseInvitationCode(raw: string): ParsedInvitationCode {
  const compact = raw.toUpperCase().replace(/[\s-]+/g, '');
  if (compact.length !== RANDOM_LENGTH + 1 || [...compact].some((c) => !CODE_ALPHABET.includes(c))) {
    return { ok: false, reason: 'format' };
  }
  const body = compact.slice(0, RANDOM_LENGTH);
  if (verificationCheckCharacter(body) !== compact[RANDOM_LENGTH]) return { ok: false, reason: 'check_character' };
  return { ok: true, code: group(compact) };
}
