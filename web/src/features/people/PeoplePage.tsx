import { api } from '../../api/client';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { MoreButton, useMorePages } from '../../components/morePages';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session';

export function PeoplePage() {
  const t = useT();
  const { programme } = useSession();
  const slug = programme?.slug ?? '';
  const result = useLoad(slug, () => api.users(slug));
  const { more, cursor, loadMore } = useMorePages(result, (next) => api.users(slug, next));
  return (
    <Page title={t('people.title')} intro={t('people.intro')} wide>
      <LoadState result={result} isEmpty={(d) => d.items.length === 0} empty={t('people.empty')}>
        {(data) => (
          <>
            <TableBox label={t('people.caption')}>
              <table>
                <caption>{t('people.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.name')}</th>
                    <th scope="col">{t('people.email')}</th>
                    <th scope="col">{t('people.roles')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.items, ...more].map((u) => (
                    <tr key={u.id}>
                      <th scope="row">{u.displayName || t('list.none')}</th>
                      <td>{u.email}</td>
                      <td>
                        <ul className="plain-list">
                          {u.roles.map((r) => (
                            <li key={r.assignmentId}>
                              {t(`role.${r.role}`)}
                              {r.organisation ? ` — ${r.organisation.name}` : ''}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
            <MoreButton cursor={cursor} onMore={loadMore} />
          </>
        )}
      </LoadState>
    </Page>
  );
}
