import '../families/families.css';
import { useState, type FormEvent } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useLive } from '../families/useLive';
import { useI18n, useT } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { familiesApi, familiesFiles } from '../families/api';
import { formatDate } from '../families/format';
import { FileLink, Outcome } from '../families/parts';
import { pathSegment } from '../families/routes';
import type { Campaign, DistributionEvent } from '../families/types';
import { useSlug } from '../workshop/programme';
import { NewEventForm, SlotSeriesForm } from './EventForms';

/** /campagnes/:id/distribution — events and their slots, invitation letters and messages. */
export function DistributionPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const id = pathSegment(useLocation().path, 1);
  const [version, setVersion] = useState(0);
  const campaign = useLoad(`campaign|${slug}|${id}`, () => familiesApi.campaign(slug, id));
  const events = useLive(`events|${slug}|${id}|${version}`, async () => {
    const list = await familiesApi.events(slug, id);
    return Promise.all(list.items.map((e) => familiesApi.event(slug, e.id)));
  });
  const changed = () => setVersion((v) => v + 1);
  return (
    <Page title={t('distribution.title')} intro={t('distribution.intro')} wide>
      <p>
        <Link to={`/campagnes/${id}`}>{t('campaign.back')}</Link>
      </p>
      <LoadState result={campaign} isEmpty={() => false} empty="">
        {(c) => (
          <>
            <Invitations campaign={c} />
            <section aria-labelledby="events-title">
              <h2 id="events-title">{t('events.title')}</h2>
              <LoadState result={events} isEmpty={(d) => d.length === 0} empty={t('events.empty')}>
                {(list) => (
                  <>
                    {list.map((e) => (
                      <EventBlock key={e.id} event={e} onChanged={changed} />
                    ))}
                  </>
                )}
              </LoadState>
            </section>
            <NewEventForm campaign={c} onCreated={changed} />
          </>
        )}
      </LoadState>
    </Page>
  );
}

function EventBlock({ event: e, onChanged }: { event: DistributionEvent; onChanged(): void }) {
  const { t, lang } = useI18n();
  const slots = e.slots ?? [];
  const heading = `event-${e.id}`;
  return (
    <section className="panel" aria-labelledby={heading}>
      <h3 id={heading}>
        {e.placeName} — {formatDate(e.date, lang)}
      </h3>
      {e.addressLine ? <p>{e.addressLine}</p> : null}
      {slots.length ? (
        <TableBox label={t('slots.title', { place: e.placeName })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('slots.time')}</th>
                <th scope="col">{t('slots.booked')}</th>
              </tr>
            </thead>
            <tbody>
              {slots.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {s.startTime} – {s.endTime}
                  </th>
                  <td>{t('slots.bookedOf', { booked: s.booked, capacity: s.capacity })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      ) : (
        <p className="empty-state">{t('slots.empty')}</p>
      )}
      <details>
        <summary>{t('slots.add')}</summary>
        <SlotSeriesForm eventId={e.id} onCreated={onChanged} />
      </details>
    </section>
  );
}

/** Letters to print (per school) and messages to send (email and SMS, where contacts exist). */
function Invitations({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const slug = useSlug();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const channels = new FormData(e.currentTarget).getAll('channels').map(String);
    if (!channels.length) return setOutcome({ ok: false, text: t('invitations.channelMissing') });
    setBusy(true);
    try {
      const counts = await familiesApi.sendInvitations(slug, campaign.id, { channels });
      setOutcome({
        ok: true,
        text: t('invitations.sentAll', {
          households: counts.households,
          email: counts.email,
          sms: counts.sms,
          letterOnly: counts.letterOnly,
          skipped: counts.skipped,
        }),
      });
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('invitations.title')}</h2>
      <p>{t('invitations.intro')}</p>
      <p className="link-row">
        {campaign.schools.map((s) => (
          <FileLink
            key={s.id}
            icon="print"
            href={familiesFiles.invitations(slug, campaign.id, { schoolId: s.id })}
            label={t('campaign.lettersFor', { school: s.name })}
          />
        ))}
      </p>
      <Outcome outcome={outcome} />
      <form onSubmit={(e) => void send(e)} noValidate>
        <fieldset className="choice">
          <legend>{t('invitations.channels')}</legend>
          <div className="choice-item">
            <input id="channel-email" type="checkbox" name="channels" value="email" defaultChecked />
            <label htmlFor="channel-email">{t('invitations.email')}</label>
          </div>
          <div className="choice-item">
            <input id="channel-sms" type="checkbox" name="channels" value="sms" defaultChecked />
            <label htmlFor="channel-sms">{t('invitations.sms')}</label>
          </div>
        </fieldset>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('invitations.send')}
        </button>
      </form>
    </section>
  );
}
