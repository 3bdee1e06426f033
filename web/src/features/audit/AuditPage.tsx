import { useState } from 'react';
import { api } from '../../api/client';
import { ROLES, type Role } from '../../api/types';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { fr } from '../../i18n/fr';
import { type MessageKey, type Translate, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';

const isRole = (v: string | null): v is Role => ROLES.includes(v as Role);

/** The recorded change in one line: "field: value, field: value". */
function describeSummary(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

/** "Rôle donné" for role_assignment/role_granted; the raw codes for an event this version does not name. */
function describeEvent(t: Translate, entityType: string, action: string): string {
  const key = `audit.event.${entityType}.${action}`;
  return key in fr ? t(key as MessageKey) : `${entityType} · ${action}`;
}

export function AuditPage() {
  const { t, lang } = useI18n();
  const { programme } = useSession();
  const slug = programme?.slug ?? '';
  const [before, setBefore] = useState<string | undefined>(undefined);
  const result = useLoad(`${slug}|${before ?? ''}`, () => api.auditEvents(slug, before));
  const when = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Page title={t('audit.title')} intro={t('audit.intro')} wide>
      <LoadState result={result} isEmpty={(d) => d.items.length === 0 && before === undefined} empty={t('audit.empty')}>
        {(data) => (
          <>
            <TableBox label={t('audit.caption')}>
              <table>
                <caption>{t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.seq')}</th>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.who')}</th>
                    <th scope="col">{t('audit.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((e) => (
                    <tr key={e.seq}>
                      <td className="nowrap">{e.seq}</td>
                      <td className="nowrap">
                        <time dateTime={e.occurredAt}>{when.format(new Date(e.occurredAt))}</time>
                      </td>
                      <td>
                        {e.actorLabel}
                        {isRole(e.actorRole) ? ` (${t(`role.${e.actorRole}`)})` : ''}
                      </td>
                      <td className="wrap-anywhere">
                        <span className="audit-action">{describeEvent(t, e.entityType, e.action)}</span>
                        {Object.keys(e.summary).length ? (
                          <span className="audit-summary"> — {describeSummary(e.summary)}</span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
            {data.nextBefore !== null && data.nextBefore !== undefined ? (
              <button type="button" className="button" onClick={() => setBefore(String(data.nextBefore))}>
                {t('audit.older')}
              </button>
            ) : null}
          </>
        )}
      </LoadState>
    </Page>
  );
}
