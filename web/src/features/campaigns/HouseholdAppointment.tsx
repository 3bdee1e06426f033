import { useState, type FormEvent } from 'react';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { familiesApi, familiesFiles } from '../families/api';
import { formatDate, formatTime } from '../families/format';
import { FileLink, Outcome, SelectField } from '../families/parts';
import type { CampaignHousehold } from '../families/types';
import { loadCampaignSlots } from '../distribution/slots';
import { useSlug } from '../workshop/programme';

/** The household's appointment: book a slot, move it, cancel it; its invitation letter and messages. */
export function HouseholdAppointment({
  campaignId,
  row,
  onChanged,
}: {
  campaignId: string;
  row: CampaignHousehold;
  onChanged(): void;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const slots = useLoad(`slots|${slug}|${campaignId}`, () => loadCampaignSlots(slug, campaignId));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setOutcome({ ok: true, text: await work() });
      onChanged();
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    } finally {
      setBusy(false);
    }
  };
  const book = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const slotId = String(new FormData(e.currentTarget).get('slotId') ?? '');
    if (!slotId) return setOutcome({ ok: false, text: t('appointment.slotMissing') });
    void act(async () => {
      if (row.appointment) await familiesApi.moveAppointment(slug, row.appointment.id, slotId);
      else await familiesApi.book(slug, { campaignId, householdId: row.householdId, slotId });
      return row.appointment ? t('appointment.moved') : t('appointment.booked');
    });
  };
  const send = (channels: string[]) =>
    act(async () => {
      const counts = await familiesApi.sendInvitations(slug, campaignId, { householdIds: [row.householdId], channels });
      return t('invitations.sent', { email: counts.email, sms: counts.sms });
    });
  const slotItems = slots.state === 'done' ? slots.data : [];
  const label = (s: (typeof slotItems)[number]) =>
    t('appointment.slotLabel', {
      place: s.event.placeName,
      date: formatDate(s.startsAt, lang),
      time: s.startTime,
      free: s.remaining,
    });

  return (
    <section className="panel" aria-labelledby="appointment-title">
      <h2 id="appointment-title">{t('appointment.title')}</h2>
      <Outcome outcome={outcome} />
      <p>
        {row.appointment
          ? t('appointment.current', {
              date: formatDate(row.appointment.startsAt, lang),
              time: formatTime(row.appointment.startsAt, lang),
              place: slotItems.find((s) => s.startsAt === row.appointment?.startsAt)?.event.placeName ?? '',
            })
          : t('appointment.none')}
      </p>
      <p className="link-row">
        <FileLink
          icon="print"
          href={familiesFiles.invitations(slug, campaignId, { householdId: row.householdId })}
          label={t('invitations.letterOne')}
        />
        <button type="button" className="button" disabled={busy} onClick={() => void send(['email', 'sms'])}>
          {t('invitations.sendOne')}
        </button>
      </p>
      {row.status !== 'handed_over' && row.status !== 'declined' ? (
        <form className="form form-inline" onSubmit={book} noValidate>
          <SelectField
            key={slotItems.length}
            name="slotId"
            label={t('appointment.slot')}
            defaultValue={slotItems.find((s) => s.startsAt === row.appointment?.startsAt)?.id ?? ''}
          >
            <option value="">{t('imports.choose')}</option>
            {slotItems.map((s) => (
              <option key={s.id} value={s.id} disabled={s.remaining <= 0 && s.startsAt !== row.appointment?.startsAt}>
                {label(s)}
              </option>
            ))}
          </SelectField>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {row.appointment ? t('appointment.move') : t('appointment.book')}
            </button>
            {row.appointment ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    await familiesApi.cancelAppointment(slug, row.appointment?.id ?? '');
                    return t('appointment.cancelled');
                  })
                }
              >
                {t('appointment.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
