import { useState } from 'react';
import { api } from '../../api/client';
import type { Organisation } from '../../api/types';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session';

export function OrganisationsPage() {
  const t = useT();
  const { programme } = useSession();
  const slug = programme?.slug ?? '';
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const result = useLoad(`${slug}|${cursor ?? ''}`, () => api.organisations(slug, cursor));
  return (
    <Page title={t('organisations.title')} intro={t('organisations.intro')} wide>
      <LoadState result={result} isEmpty={(d) => d.items.length === 0} empty={t('organisations.empty')}>
        {(data) => (
          <>
            <TableBox label={t('organisations.caption')}>
              <table>
                <caption>{t('organisations.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organisations.name')}</th>
                    <th scope="col">{t('organisations.kind')}</th>
                    <th scope="col">{t('organisations.uai')}</th>
                    <th scope="col">{t('organisations.commune')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((o: Organisation) => (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      <td>{t(`orgKind.${o.kind}`)}</td>
                      <td>{o.uai ?? t('list.none')}</td>
                      <td>{o.communeName ?? o.communeInsee ?? t('list.none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
            {data.nextCursor ? (
              <button type="button" className="button" onClick={() => setCursor(data.nextCursor ?? undefined)}>
                {t('list.more')}
              </button>
            ) : null}
          </>
        )}
      </LoadState>
    </Page>
  );
}
