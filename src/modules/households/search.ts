import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { AppError } from '../../platform/errors.js';
import { emailKey, phoneKey } from './contact-keys.js';
import { parseHouseholdReference } from './household-reference.js';

/** What a search box holds: a household reference, a contact key, or name words. */
export type HouseholdSearch =
  { kind: 'reference'; reference: string } | { kind: 'contact'; key: string } | { kind: 'names'; words: string[] };

/**
 * Reads a search: "F-000123" is a reference, "06 12 34 56 78" or "nom@exemple.fr" a contact,
 * anything else name words that must each appear in a guardian's or a pupil's name.
 */
export function parseHouseholdSearch(q: string, country: string): HouseholdSearch | undefined {
  const text = q.trim();
  if (text === '') return undefined;
  const reference = parseHouseholdReference(text);
  if (reference) return { kind: 'reference', reference };
  const key = emailKey(text) ?? phoneKey(text, country);
  if (key) return { kind: 'contact', key };
  return { kind: 'names', words: nameWords(text) };
}

/** Lower-case words without LIKE wildcards, at most five. */
export function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[%_\\]/g, ' ')
    .split(/[\s,;]+/)
    .filter((w) => w !== '')
    .slice(0, 5);
}

/** `lower(column) like %word%` — case-insensitive on both dialects (ASCII only on SQLite). */
export function containsWord(column: string, word: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${word}%`}`;
}

export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of a cursor, or a field error naming the cursor when it was tampered with. */
export function decodeCursor(cursor: string, length: number, message: string): string[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string')) {
      return value as string[];
    }
  } catch {
    // not JSON: refused below like any other malformed cursor
  }
  throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'query.cursor', code: 'invalid_cursor', message }] });
}
