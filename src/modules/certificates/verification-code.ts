import { randomInt } from 'node:crypto';

/**
 * Verification codes printed on donor certificates, in the form K7QM-3XRA-9H.
 *
 * Nine random characters and one check character from a 31-character alphabet without the
 * look-alikes 0, O, 1, I and L. 31 is prime and the weights 1…9 are distinct and below 31, so
 * the check character catches any single wrong character and any swap of two neighbours: a
 * person typing the code from paper is told about a typo instead of "not found". Nine random
 * characters give 31^9 ≈ 2.6·10^13 codes; with the public endpoint limited per address,
 * guessing one is out of reach.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const RANDOM_LENGTH = 9;

export function verificationCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const value = CODE_ALPHABET.indexOf(body[i]!);
    if (value < 0) throw new Error(`Not a verification code character: ${body[i]}`);
    sum += (i + 1) * value;
  }
  return CODE_ALPHABET[sum % CODE_ALPHABET.length]!;
}

export type ParsedCheckedCode = { ok: true; code: string } | { ok: false; reason: 'format' | 'check_character' };

/**
 * A family of printed codes from CODE_ALPHABET: `length` random characters and the check
 * character, shown in groups of four (ABCD-EFGH-JK). The certificates' verification codes and
 * the distribution's invitation codes are two such families, of different lengths.
 */
export function checkedCodes(length: number): { generate(): string; parse(raw: string): ParsedCheckedCode } {
  /** Groups of four are easier to read aloud and to type. */
  const group = (compact: string) => compact.match(/.{1,4}/g)!.join('-');
  return {
    /** A new random code, grouped. Uniqueness is checked by the caller (and the unique index). */
    generate() {
      let body = '';
      for (let i = 0; i < length; i += 1) body += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
      return group(body + verificationCheckCharacter(body));
    },
    /** Reads what a person typed: any case, with or without dashes and spaces. */
    parse(raw) {
      const compact = raw.toUpperCase().replace(/[\s-]+/g, '');
      if (compact.length !== length + 1 || [...compact].some((c) => !CODE_ALPHABET.includes(c))) {
        return { ok: false, reason: 'format' };
      }
      const body = compact.slice(0, length);
      if (verificationCheckCharacter(body) !== compact[length]) return { ok: false, reason: 'check_character' };
      return { ok: true, code: group(compact) };
    },
  };
}

const verificationCodes = checkedCodes(RANDOM_LENGTH);

/** A new random verification code, e.g. K7QM-3XRA-9H. */
export function newVerificationCode(): string {
  return verificationCodes.generate();
}

export type ParsedVerificationCode = ParsedCheckedCode;

export function parseVerificationCode(raw: string): ParsedVerificationCode {
  return verificationCodes.parse(raw);
}
