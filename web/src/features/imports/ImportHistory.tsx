import { LoadState, TableBox } from '../../components/Lists';
import { MoreButton, useMorePages } from '../../components/morePages';
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
  const { more, cursor, loadMore } = useMorePages(first, (next) => familiesApi.imports(slug, schoolId, next));
  return (
    <section aria-labelledby="imports-title">
      <h2 id="imports-title">{t('imports.history')}</h2>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('imports.historyEmpty')}>
        {(data) => (
          <>
            <ImportTable imports={[...data.items, ...more]} />
            <MoreButton cursor={cursor} onMore={loadMore} />
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
