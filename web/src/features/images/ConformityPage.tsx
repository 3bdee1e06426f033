import '../families/families.css';
import './images.css';
import { useState } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState, TableBox } from '../../components/Lists';
import { MoreButton, useMorePages } from '../../components/morePages';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useI18n, type Translate } from '../../i18n/i18n';
import { Link } from '../../router';
import { Outcome } from '../families/parts';
import { useLive } from '../families/useLive';
import { formatDateTime } from '../workshop/format';
import { useSlug } from '../workshop/programme';
import { imagesApi } from './api';
import { conformityProblems, useCan, words } from './parts';
import type { ConformityDevice, ConformityStatus, StatusCounts } from './types';

export const statuses: ConformityStatus[] = ['conform', 'needs_reimaging', 'no_profile', 'no_inventory'];

/** /conformite — do the school and home computers carry the list published for their cycle? */
export function ConformityPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const can = useCan();
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const summary = useLive(`conformity|${slug}|${reload}`, () => imagesApi.conformitySummary(slug));
  const toReimage = useLive(`reimage|${slug}|${reload}`, () =>
    imagesApi.conformityDevices(slug, { status: 'needs_reimaging' }),
  );
  const reimageMore = useMorePages(toReimage, (cursor) =>
    imagesApi.conformityDevices(slug, { status: 'needs_reimaging', cursor }),
  );
  const recompute = async () => {
    setBusy(true);
    try {
      await imagesApi.recompute(slug);
      setOutcome({ ok: true, text: t('images.conformity.recomputed') });
      setReload((n) => n + 1);
    } catch (e) {
      setOutcome({ ok: false, text: problemMessage(e, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('images.conformity.title')} intro={t('images.conformity.intro')} wide>
      <LoadState result={summary} isEmpty={() => false} empty="">
        {(s) => (
          <>
            <p>
              {s.computedAt
                ? t('images.conformity.computedAt', { date: formatDateTime(s.computedAt, lang) })
                : t('images.conformity.never')}
            </p>
            {s.versions.length ? <p>{t('images.conformity.published')}</p> : null}
            {s.versions.length ? (
              <ul className="plain-list im-link-list">
                {s.versions.map((v) => (
                  <li key={v.versionId}>
                    <Link to={`/catalogue/versions/${encodeURIComponent(v.versionId)}`}>{v.label}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </LoadState>
      {can('catalogue.manage') ? (
        <p>
          <button
            type="button"
            id="recompute-conformity"
            className="button button-primary"
            disabled={busy}
            aria-busy={busy || undefined}
            onClick={() => void recompute()}
          >
            <Icon name="undo" size={20} />
            <span>{t('images.conformity.recompute')}</span>
          </button>
        </p>
      ) : null}
      <div aria-live="polite">
        <Outcome outcome={outcome} />
      </div>
      <LoadState result={summary} isEmpty={() => false} empty="">
        {(s) => (
          <>
            <section aria-labelledby="by-school-title">
              <h2 id="by-school-title">{t('images.conformity.bySchool')}</h2>
              {s.schools.length ? (
                <TableBox label={t('images.conformity.bySchool')}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('images.conformity.school')}</th>
                        {statuses.map((st) => (
                          <th scope="col" key={st}>
                            {words(t, 'images.state', st)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {s.schools.map((row) => (
                        <tr key={row.school.id} className="conformity-school">
                          <th scope="row">
                            <Link to={`/conformite/ecoles/${encodeURIComponent(row.school.id)}`}>
                              {row.school.name}
                            </Link>
                          </th>
                          <CountCells counts={row.counts} />
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableBox>
              ) : (
                <p className="empty-state">{t('images.conformity.noSchool')}</p>
              )}
            </section>
            <section aria-labelledby="home-title">
              <h2 id="home-title">{t('images.conformity.atHome')}</h2>
              <TableBox label={t('images.conformity.atHome')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('images.conformity.where')}</th>
                      {statuses.map((st) => (
                        <th scope="col" key={st}>
                          {words(t, 'images.state', st)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    <tr className="conformity-home">
                      <th scope="row">{t('images.conformity.homeDevices')}</th>
                      <CountCells counts={s.home.counts} />
                    </tr>
                  </tbody>
                </table>
              </TableBox>
            </section>
          </>
        )}
      </LoadState>
      <section aria-labelledby="reimage-title">
        <h2 id="reimage-title">{t('images.conformity.toReimage')}</h2>
        <LoadState result={toReimage} isEmpty={(d) => !d.items.length} empty={t('images.conformity.noneToReimage')}>
          {(d) => (
            <>
              <DeviceTable
                devices={[...d.items, ...reimageMore.more]}
                rowClass="needs-reimaging-row"
                label={t('images.conformity.toReimage')}
              />
              <MoreButton cursor={reimageMore.cursor} onMore={reimageMore.loadMore} />
            </>
          )}
        </LoadState>
      </section>
    </Page>
  );
}

function CountCells({ counts }: { counts: StatusCounts }) {
  return (
    <>
      {statuses.map((st) => (
        <td key={st} className={`im-count im-count-${st}`}>
          {counts[st] ?? 0}
        </td>
      ))}
    </>
  );
}

/** "Ordinateur portable Dell Latitude E7450" */
export function deviceName(t: Translate, d: { kind: string; make: string | null; model: string | null }): string {
  return [words(t, 'kind', d.kind), d.make, d.model].filter(Boolean).join(' ');
}

/** Computers with where they are, what they should carry and what is wrong, in sentences. */
export function DeviceTable({
  devices,
  rowClass,
  label,
}: {
  devices: ConformityDevice[];
  rowClass: string;
  label: string;
}) {
  const { t } = useI18n();
  return (
    <TableBox label={label}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('images.conformity.device')}</th>
            <th scope="col">{t('images.conformity.where')}</th>
            <th scope="col">{t('images.conformity.expected')}</th>
            <th scope="col">{t('images.conformity.what')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.device.id} className={rowClass}>
              <th scope="row">
                <span className="nowrap">{d.device.assetTag}</span>
                <br />
                <span className="im-device-name">{deviceName(t, d.device)}</span>
              </th>
              <td>
                {d.place === 'home'
                  ? t('images.conformity.home')
                  : t('images.conformity.atSchool', { name: d.school?.name ?? '' })}
              </td>
              <td>{d.expected?.label ?? '—'}</td>
              <td>
                <ul className="plain-list">
                  {conformityProblems(t, d).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
