import { useEffect, useState } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { familiesApi } from '../families/api';
import { formatDateTime, statusText } from '../families/format';
import type { ImportListItem } from '../families/types';

/** A school's pupil imports, newest first, a page at a time ("show more" reads the next page). */
export function ImportHistory({ slug, schoolId }: { slug: string; schoolId: string }) {
  const { t } = useI18n();
  const first = useLoad(`imports|${slug}|${schoolId}`, () => familiesApi.imports(slug, schoolId));
  const [more, setMore] = useState<ImportListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? (first.data.nextCursor ?? null) : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    const page = await familiesApi.imports(slug, schoolId, cursor);
    setMore((m) => [...m, ...page.items]);
    setCursor(page.nextCursor ?? null);
  };
  return (
    <section aria-labelledby="imports-title">
      <h2 id="imports-title">{t('imports.history')}</h2>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('imports.historyEmpty')}>
        {(data) => (
          <>
            <ImportTable imports={[...data.items, ...more]} />
            {cursor ? (
              <button type="button" className="button" onClick={() => void loadMore()}>
                {t('list.more')}
              </button>
            ) : null}
          </>
        )}
      </LoadState>
    </section>
  );
}

function ImportTable({ imports }: { imports: ImportListItem[] }) {
  const { t, lang } = useI18n();
  return (
    <TableBox label={t('imports.history')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('imports.when')}</th>
            <th scope="col">{t('imports.file')}</th>
            <th scope="col">{t('imports.status')}</th>
            <th scope="col">{t('imports.counts')}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id}>
              <td className="nowrap">
                <Link to={`/imports/${i.id}`}>{formatDateTime(i.createdAt, lang)}</Link>
              </td>
              <td className="wrap-anywhere">{i.fileName}</td>
              <td>{statusText('importStatus', i.status, t)}</td>
              <td>
                {i.counts
                  ? t('imports.countsLine', {
                      created: i.counts.toCreate,
                      updated: i.counts.toUpdate,
                      unchanged: i.counts.unchanged,
                      rejected: i.counts.rejected,
                    })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
