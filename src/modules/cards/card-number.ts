import { randomInt } from 'node:crypto';
import { assetTagCheckCharacter, fromAzertyScan } from '../devices/asset-tag.js';

/**
 * Workshop card numbers: the programme's prefix, eight random digits in two groups and a
 * check letter, e.g. GB-4821-7730-K. Short enough to type from the card at the training desk.
 *
 * The check letter is the asset tags' one (devices/asset-tag.ts): the weighted sum of the
 * digits modulo 23, with distinct weights below 23, so any single wrong digit and any swap of
 * two neighbouring digits changes it. A wrong check letter is itself a mismatch. The digits are
 * random, not a counter: a card number says nothing about how many families were served.
 */
const DIGITS = 8;

export function formatCardNumber(prefix: string, digits: string): string {
  if (!/^[A-Z]{2,4}$/.test(prefix) || !/^\d{8}$/.test(digits)) throw new Error('Not a card number body');
  return `${prefix}-${digits.slice(0, 4)}-${digits.slice(4)}-${assetTagCheckCharacter(digits)}`;
}

/** A new random card number; uniqueness is the caller's (and the unique index's) job. */
export function newCardNumber(prefix: string): string {
  let digits = '';
  for (let i = 0; i < DIGITS; i += 1) digits += String(randomInt(10));
  return formatCardNumber(prefix, digits);
}

export type ParsedCardNumber =
  { ok: true; number: string; prefix: string } | { ok: false; reason: 'format' | 'check_character' };

/**
 * Reads what a person typed or a scanner sent: any case, with or without dashes, spaces or dots,
 * and a US-keyboard QR scanner typing on an AZERTY computer ("GB)$é!&)...").
 */
export function parseCardNumber(raw: string): ParsedCardNumber {
  const compact = fromAzertyScan(raw.trim())
    .toUpperCase()
    .replace(/[\s.-]+/g, '');
  const m = /^([A-Z]{2,4})(\d{8})([A-Z])$/.exec(compact);
  if (!m) return { ok: false, reason: 'format' };
  const [, prefix, digits, check] = m as unknown as [string, string, string, string];
  if (assetTagCheckCharacter(digits) !== check) return { ok: false, reason: 'check_character' };
  return { ok: true, number: formatCardNumber(prefix, digits), prefix };
}
