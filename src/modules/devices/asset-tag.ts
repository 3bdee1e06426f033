/**
 * Asset tags: a programme prefix, a number and a check character, e.g. GB-004217-K.
 * Short enough to read aloud on the phone, printed big on the label and as a Code 128 barcode.
 *
 * The check character is the weighted sum of the digits modulo 23, written with a 23-letter
 * alphabet without I, O and Q (they look like 1, 0 and O). Weights are distinct and below 23,
 * and 23 is prime, so any single wrong digit and any swap of two neighbouring digits changes it.
 */
const CHECK_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const NUMBER_WIDTH = 6;

export function assetTagCheckCharacter(digits: string): string {
  let sum = 0;
  const n = digits.length;
  for (let i = 0; i < n; i += 1) {
    const weight = ((n - i) % 21) + 2; // 2…22 from the right: never a multiple of 23
    sum += weight * Number(digits[i]);
  }
  return CHECK_ALPHABET[sum % 23]!;
}

export function formatAssetTag(prefix: string, value: number): string {
  const digits = String(value).padStart(NUMBER_WIDTH, '0');
  return `${prefix}-${digits}-${assetTagCheckCharacter(digits)}`;
}

/**
 * A barcode scanner set to a US keyboard on a French AZERTY computer types the digit row
 * unshifted: "&é"'(-è_çà" for 1234567890, and ")" for "-". Operators cannot fix that
 * themselves, so the tag parser reads those characters as what the label says.
 */
const AZERTY_DIGITS: Record<string, string> = {
  '&': '1',
  é: '2',
  '"': '3',
  "'": '4',
  '(': '5',
  '§': '6',
  è: '7',
  _: '8',
  '!': '8',
  ç: '9',
  à: '0',
  ')': '-',
};

export type ParsedAssetTag =
  | { ok: true; tag: string; prefix: string; number: number }
  | { ok: false; reason: 'format' | 'check_character'; expected?: string };

/**
 * What a US-keyboard scanner typed on an AZERTY computer, read back as the label's characters
 * (asset tags, workshop card numbers). On AZERTY the unshifted 6 is "-": when the text shows
 * the AZERTY digit row, a "-" is a 6. Text without those characters is returned unchanged.
 */
export function fromAzertyScan(s: string): string {
  const azerty = [...s].some((c) => c !== '-' && c in AZERTY_DIGITS);
  if (!azerty) return s;
  return [...s].map((c) => (c === '-' ? '6' : (AZERTY_DIGITS[c] ?? c))).join('');
}

/**
 * Reads what a person typed or a scanner sent: any case, spaces, missing dashes, AZERTY
 * digit row. Returns the canonical tag or why it is not one.
 */
export function parseAssetTag(raw: string): ParsedAssetTag {
  let s = fromAzertyScan(raw.trim());
  s = s.toUpperCase().replace(/[\s.]+/g, '');
  const m = /^([A-Z]{2,4})-?(\d{6,9})-?([A-Z])$/.exec(s);
  if (!m) return { ok: false, reason: 'format' };
  const [, prefix, digits, check] = m as unknown as [string, string, string, string];
  const expected = assetTagCheckCharacter(digits);
  if (check !== expected) return { ok: false, reason: 'check_character', expected };
  return { ok: true, tag: `${prefix}-${digits}-${check}`, prefix, number: Number(digits) };
}
