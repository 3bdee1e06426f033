import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field } from '../../components/Form';
import { formProblems, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { familiesApi } from '../families/api';
import { SelectField } from '../families/parts';
import type { Campaign } from '../families/types';
import { useSlug } from '../workshop/programme';

const none: FormProblems = { summary: [], fields: {} };

function useFormState() {
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  return { problems, setProblems, attempt, bump: () => setAttempt((a) => a + 1), busy, setBusy };
}

function required(values: Record<string, string>, messages: Record<string, string>): FormProblems | null {
  const fields: Record<string, string> = {};
  for (const [k, m] of Object.entries(messages)) if (!values[k]?.trim()) fields[k] = m;
  if (!Object.keys(fields).length) return null;
  return { fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) };
}

/** A distribution event: a place (usually the school) and a date. */
export function NewEventForm({ campaign, onCreated }: { campaign: Campaign; onCreated(): void }) {
  const t = useT();
  const slug = useSlug();
  const s = useFormState();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = Object.fromEntries(new FormData(form)) as Record<string, string>;
    s.bump();
    const missing = required(v, { placeName: t('events.placeMissing'), date: t('events.dateMissing') });
    if (missing) return s.setProblems(missing);
    s.setBusy(true);
    try {
      await familiesApi.createEvent(slug, campaign.id, {
        placeName: v.placeName ?? '',
        date: v.date ?? '',
        ...(v.schoolId ? { schoolId: v.schoolId } : {}),
        ...(v.addressLine ? { addressLine: v.addressLine } : {}),
      });
      s.setProblems(none);
      form.reset();
      onCreated();
    } catch (err) {
      s.setProblems(formProblems(err, t, ['placeName', 'date', 'schoolId', 'addressLine']));
    } finally {
      s.setBusy(false);
    }
  };
  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="event-new">
      <h2 id="event-new">{t('events.new')}</h2>
      <ErrorSummary items={s.problems.summary} focusKey={s.attempt} />
      <SelectField name="schoolId" label={t('events.school')} hint={t('events.schoolHint')}>
        <option value="">{t('events.noSchool')}</option>
        {campaign.schools.map((sc) => (
          <option key={sc.id} value={sc.id}>
            {sc.name}
          </option>
        ))}
      </SelectField>
      <Field name="placeName" label={t('events.place')} required error={s.problems.fields.placeName} />
      <Field name="addressLine" label={t('events.address')} error={s.problems.fields.addressLine} />
      <Field name="date" type="date" label={t('events.date')} required error={s.problems.fields.date} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={s.busy}>
          {t('events.create')}
        </button>
      </div>
    </form>
  );
}

/** Time slots for an event: from, to, one every N minutes, how many families each (programme time). */
export function SlotSeriesForm({ eventId, onCreated }: { eventId: string; onCreated(): void }) {
  const t = useT();
  const slug = useSlug();
  const s = useFormState();
  const name = (k: string) => `slots-${eventId}-${k}`;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const v: Record<string, string> = {};
    for (const k of ['from', 'to', 'every', 'capacity']) v[name(k)] = String(data.get(name(k)) ?? '');
    s.bump();
    const missing = required(v, {
      [name('from')]: t('slots.fromMissing'),
      [name('to')]: t('slots.toMissing'),
      [name('every')]: t('slots.everyMissing'),
      [name('capacity')]: t('slots.capacityMissing'),
    });
    if (missing) return s.setProblems(missing);
    s.setBusy(true);
    try {
      await familiesApi.addSlots(slug, eventId, {
        from: v[name('from')] ?? '',
        to: v[name('to')] ?? '',
        everyMinutes: Number(v[name('every')]),
        capacity: Number(v[name('capacity')]),
      });
      s.setProblems(none);
      onCreated();
    } catch (err) {
      s.setProblems(formProblems(err, t, []));
    } finally {
      s.setBusy(false);
    }
  };
  const f = s.problems.fields;
  return (
    <form
      className="form form-inline slot-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('slots.add')}
    >
      <ErrorSummary items={s.problems.summary} focusKey={s.attempt} />
      <Field
        name={name('from')}
        type="time"
        label={t('slots.from')}
        defaultValue="09:00"
        required
        error={f[name('from')]}
      />
      <Field name={name('to')} type="time" label={t('slots.to')} defaultValue="12:00" required error={f[name('to')]} />
      <Field
        name={name('every')}
        type="number"
        min={5}
        max={480}
        label={t('slots.every')}
        defaultValue="30"
        required
        error={f[name('every')]}
      />
      <Field
        name={name('capacity')}
        type="number"
        min={1}
        max={500}
        label={t('slots.capacity')}
        defaultValue="6"
        required
        error={f[name('capacity')]}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={s.busy}>
          {t('slots.add')}
        </button>
      </div>
    </form>
  );
}
