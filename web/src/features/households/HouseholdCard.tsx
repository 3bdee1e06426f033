import { useI18n } from '../../i18n/i18n';
import { formatDate, householdName } from '../families/format';
import type { Household } from '../families/types';

/** Everything held about a household, as a description list (used on its page and side by side in merges). */
export function HouseholdCard({ household: h, headingId }: { household: Household; headingId?: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="household-card">
      {headingId ? (
        <h3 id={headingId}>
          {h.reference} — {householdName(h)}
        </h3>
      ) : null}
      <dl className="facts-list">
        <div>
          <dt>{t('households.guardians')}</dt>
          <dd>
            <ul className="plain-list">
              {h.guardians.map((g, i) => (
                <li key={i}>{[g.firstName, g.lastName].filter(Boolean).join(' ')}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('households.contacts')}</dt>
          <dd>
            {h.contacts.length ? (
              <ul className="plain-list">
                {h.contacts.map((c, i) => (
                  <li key={i}>
                    {t(`households.contact.${c.kind}`)} : {c.value}
                  </li>
                ))}
              </ul>
            ) : (
              t('households.noContact')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('households.address')}</dt>
          <dd>
            {[h.addressLine, [h.postalCode, h.communeName].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—'}
          </dd>
        </div>
        <div>
          <dt>{t('households.language')}</dt>
          <dd>{h.preferredLanguage ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('households.noComputer')}</dt>
          <dd>{h.noComputerAtHome ? t('families.yes') : t('families.no')}</dd>
        </div>
        <div>
          <dt>{t('households.priorityNeighbourhood')}</dt>
          <dd>{h.priorityNeighbourhood ? t('families.yes') : t('families.no')}</dd>
        </div>
        <div>
          <dt>{t('households.registeredAt')}</dt>
          <dd>{formatDate(h.registeredAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('households.pupils')}</dt>
          <dd>
            <ul className="plain-list">
              {h.pupils.map((p) => (
                <li key={p.id}>
                  {p.firstName} {p.lastName} — {p.grade}
                  {p.className ? ` (${p.className})` : ''}
                  {p.schoolName ? `, ${p.schoolName}` : ''}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}
