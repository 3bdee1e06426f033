/** What was typed or scanned at the desk: an asset tag, an invitation code, or a name to search. */
export type DeskQuery = { tag: string } | { code: string } | { q: string };

const TAG = /^[A-Z]{2,4}[\s-]?\d{6,9}[\s-]?[A-Z]$/;
/** Invitation codes: 8 characters of the unambiguous alphabet (no 0, O, 1, I, L), dashes allowed. */
const CODE = /^[2-9A-HJKMNP-Z]{8}$/;

export function classifyScan(raw: string): DeskQuery {
  const value = raw.trim();
  const upper = value.toUpperCase();
  if (TAG.test(upper)) return { tag: upper.replace(/\s+/g, '-') };
  const compact = upper.replace(/[\s-]+/g, '');
  if (CODE.test(compact)) return { code: compact };
  return { q: value };
}

export function isTag(raw: string): boolean {
  return TAG.test(raw.trim().toUpperCase());
}

/** Tags compare without dashes, spaces or case ("ct 004217 k" is "CT-004217-K"). */
export function sameTag(a: string, b: string): boolean {
  const norm = (s: string) => s.toUpperCase().replace(/[\s-]+/g, '');
  return norm(a) === norm(b);
}
