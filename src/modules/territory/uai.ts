/**
 * UAI (unité administrative immatriculée, formerly RNE): the French national identifier of a
 * school. Seven digits (the first three are the department: 025 for Doubs, 620/720 for Corsica,
 * 971… overseas) followed by a check letter: the seven-digit number modulo 23, read in an
 * alphabet without I, O and Q (they look like 1 and 0). Checked against published UAIs, e.g.
 * 0250007X (lycée Victor Hugo, Besançon), 6200001G (lycée Fesch, Ajaccio).
 */
const CHECK_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const UAI_SHAPE = /^(\d{7})([A-Z])$/;

export type UaiResult =
  { ok: true; uai: string } | { ok: false; code: 'uai_format' | 'uai_check_letter'; expected?: string };

/** The check letter of seven digits (undefined when they are not seven digits). */
export function uaiCheckLetter(digits: string): string | undefined {
  if (!/^\d{7}$/.test(digits)) return undefined;
  return CHECK_ALPHABET[Number(digits) % 23];
}

/** Normalises (trim, upper case) and validates a UAI. `expected` is the letter that would be right. */
export function validateUai(raw: string): UaiResult {
  const value = raw.trim().toUpperCase();
  const match = UAI_SHAPE.exec(value);
  if (!match) return { ok: false, code: 'uai_format' };
  const expected = uaiCheckLetter(match[1]!)!;
  if (match[2] !== expected) return { ok: false, code: 'uai_check_letter', expected };
  return { ok: true, uai: value };
}
