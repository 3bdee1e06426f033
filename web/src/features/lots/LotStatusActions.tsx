import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field, Notice } from '../../components/Form';
import { formProblems, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { workshopApi } from '../workshop/api';
import type { Lot, LotStatus, LotStatusBody } from '../workshop/types';

const none: FormProblems = { summary: [], fields: {} };

/** The lot's next allowed steps as buttons; "scheduled" asks a date, "received" the count and weight. */
export function LotStatusActions({ slug, lot, onChanged }: { slug: string; lot: Lot; onChanged(l: Lot): void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState('');
  if (!lot.allowedNextStatuses.length) return null;

  const send = async (body: LotStatusBody) => {
    setBusy(true);
    setDone('');
    try {
      const next = await workshopApi.moveLot(slug, lot.id, body);
      setProblems(none);
      setDone(t('lot.moved', { status: t(`lotStatus.${next.status}`) }));
      onChanged(next);
    } catch (e) {
      setProblems(formProblems(e, t, ['scheduledPickupDate', 'receivedCount', 'totalWeightKg']));
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  };
  const submit = (to: LotStatus) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    if (to === 'scheduled') void send({ to, scheduledPickupDate: String(data.get('scheduledPickupDate') ?? '') });
    else if (to === 'received')
      void send({
        to,
        receivedCount: Number(data.get('receivedCount') ?? 0),
        totalWeightKg: Number(String(data.get('totalWeightKg') ?? '0').replace(',', '.')),
      });
    else if (to === 'collected' || to === 'closed' || to === 'cancelled') void send({ to });
  };

  return (
    <section className="panel" aria-labelledby="lot-next">
      <h2 id="lot-next">{t('lot.next')}</h2>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      {lot.allowedNextStatuses.map((to) => (
        <form key={to} className="form form-inline" onSubmit={submit(to)} noValidate>
          {to === 'scheduled' ? (
            <Field
              name="scheduledPickupDate"
              type="date"
              label={t('lot.scheduledDate')}
              required
              error={problems.fields.scheduledPickupDate}
            />
          ) : null}
          {to === 'received' ? (
            <>
              <Field
                name="receivedCount"
                type="number"
                min={0}
                label={t('lot.receivedCount')}
                required
                defaultValue={lot.deviceCount || lot.declaredCount}
                error={problems.fields.receivedCount}
              />
              <Field
                name="totalWeightKg"
                type="text"
                inputMode="decimal"
                label={t('lot.weight')}
                required
                error={problems.fields.totalWeightKg}
              />
            </>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('lot.moveTo', { status: t(`lotStatus.${to}`) })}
          </button>
        </form>
      ))}
    </section>
  );
}
