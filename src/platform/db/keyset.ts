// Keyset pagination shared by the lists that grow with the programme (docs/performance.md,
// "Keyset pagination"). A page is read as `order by k1, k2, …, id limit n + 1` from the key of
// the last row shown: the database reads one page from an index whatever the depth, where an
// offset would read and drop every earlier row. The cursor is the last row's key, opaque to
// the client (base64url of a JSON array) and checked when it comes back.
import { z } from 'zod';
import { AppError } from '../errors.js';
import { type Language, defaultLanguage } from '../i18n/i18n.js';

export const KEYSET_DEFAULT_LIMIT = 50;
export const KEYSET_MAX_LIMIT = 200;

/** The `limit` and `cursor` query fields of a paged list, to spread into its query schema. */
export const keysetQueryFields = {
  /** Rows per page (1 to 200, 50 by default). */
  limit: z.coerce.number().int().min(1).max(KEYSET_MAX_LIMIT).default(KEYSET_DEFAULT_LIMIT),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().min(1).max(1000).optional(),
};

/** `nextCursor` of a paged answer: pass it as `cursor` for the next page; null on the last one. */
export const nextCursorField = z.string().nullable();

export type KeyPart = string | number;
/** `instant`: an ISO 8601 instant as the database returns it (checked, PostgreSQL would reject another). */
export type KeyKind = 'string' | 'number' | 'instant';
type KeyOf<K extends readonly KeyKind[]> = { [I in keyof K]: K[I] extends 'number' ? number : string };

const invalidCursor: Record<Language, string> = {
  fr: 'Ce curseur ne vient pas de cette liste : reprenez la liste depuis la première page.',
  en: 'This cursor does not come from this list: start again from the first page.',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

function isKeyPart(v: unknown, kind: KeyKind): boolean {
  if (kind === 'number') return Number.isSafeInteger(v);
  if (typeof v !== 'string' || v.length === 0) return false;
  return kind === 'string' || (ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)));
}

export function encodeCursor(key: readonly KeyPart[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The key a cursor carries, when it has the shape `kinds` asks for; otherwise a 400 naming the
 * `query.cursor` field (a cursor of another list, cut short or made up).
 */
export function decodeCursor<const K extends readonly KeyKind[]>(
  cursor: string,
  kinds: K,
  lang: Language = defaultLanguage,
): KeyOf<K> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === kinds.length && value.every((v, i) => isKeyPart(v, kinds[i]!))) {
      return value as KeyOf<K>;
    }
  } catch {
    // not JSON: refused below like any other malformed cursor
  }
  throw invalidCursorError(lang);
}

/** The 400 for a cursor that decodes but cannot come from this list (e.g. a rank out of range). */
export function invalidCursorError(lang: Language = defaultLanguage): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: [{ field: 'query.cursor', code: 'invalid_cursor', message: invalidCursor[lang] }],
  });
}

/** The optional cursor of a query, decoded (undefined on the first page). */
export function decodeOptionalCursor<const K extends readonly KeyKind[]>(
  cursor: string | undefined,
  kinds: K,
  lang: Language = defaultLanguage,
): KeyOf<K> | undefined {
  return cursor === undefined ? undefined : decodeCursor(cursor, kinds, lang);
}

/**
 * Cuts the `limit + 1` rows a repository read into the page shown and the cursor of the next
 * one: the extra row only says that there is a next page.
 */
export function keysetPage<R>(
  rows: readonly R[],
  limit: number,
  keyOf: (row: R) => readonly KeyPart[],
): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
