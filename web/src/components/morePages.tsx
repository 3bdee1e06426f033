import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n';
import type { Loaded } from './useLoad';

/** One page of a keyset-paged list of the API: `nextCursor` asks for the next one. */
export interface CursorPage<T> {
  items: T[];
  nextCursor?: string | null;
}

/**
 * Every page of a list, for a choice that must offer every row (a select of schools or venues):
 * the pages are read 200 at a time until the last one.
 */
export async function allPages<T, P extends CursorPage<T>>(
  fetchPage: (q: { limit: number; cursor?: string }) => Promise<P>,
): Promise<P> {
  const first = await fetchPage({ limit: 200 });
  const items = [...first.items];
  let cursor = first.nextCursor ?? null;
  while (cursor) {
    const next = await fetchPage({ limit: 200, cursor });
    items.push(...next.items);
    cursor = next.nextCursor ?? null;
  }
  return { ...first, items, nextCursor: null };
}

/**
 * The rows shown after the first page of a list, read with "See more": reset when the first page
 * is loaded again (new filter, reload).
 */
export function useMorePages<T>(
  first: Loaded<CursorPage<T>>,
  fetchPage: (cursor: string) => Promise<CursorPage<T>>,
): { more: T[]; cursor: string | null; loadMore: () => Promise<void> } {
  const [more, setMore] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? (first.data.nextCursor ?? null) : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    const page = await fetchPage(cursor);
    setMore((m) => [...m, ...page.items]);
    setCursor(page.nextCursor ?? null);
  };
  return { more, cursor, loadMore };
}

/** The "See more" button under a paged list, while there is a next page. */
export function MoreButton({ cursor, onMore }: { cursor: string | null; onMore: () => Promise<void> }) {
  const t = useT();
  if (!cursor) return null;
  return (
    <button type="button" className="button" onClick={() => void onMore()}>
      {t('list.more')}
    </button>
  );
}
