import type { FormEvent } from 'react';
import { Field, SubmitButton } from '../../components/Form';
import { useT } from '../../i18n/i18n';
import type { RoomBody } from './api';
import { checked, textOf, useFormRun } from './forms';
import { CheckboxField } from './parts';
import type { Room } from './types';

const FIELDS = ['name', 'capacity', 'computers'] as const;

function wholeNumber(data: FormData, name: string): number | null {
  const raw = String(data.get(name) ?? '').trim();
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

/** A room: name, seats, computers lent, step-free, in use. `prefix` keeps field ids distinct per room. */
export function RoomForm({
  room,
  prefix,
  submitLabel,
  onSubmit,
}: {
  room?: Room;
  prefix: string;
  submitLabel: string;
  onSubmit(body: RoomBody): Promise<void>;
}) {
  const t = useT();
  const form = useFormRun(FIELDS, prefix);
  const id = (n: string) => `${prefix}${n}`;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const data = new FormData(el);
    const name = textOf(data, id('name'));
    const capacity = wholeNumber(data, id('capacity'));
    const computers = wholeNumber(data, id('computers')) ?? 0;
    const ok = form.check({
      name: !name && t('venueRoom.nameMissing'),
      capacity: (capacity === null || capacity < 1) && t('venueRoom.capacityMissing'),
    });
    if (!ok) return;
    const body: RoomBody = {
      name: name!,
      capacity: capacity!,
      computers,
      stepFree: checked(data, id('stepFree')),
      active: checked(data, id('active')),
    };
    if (await form.run(() => onSubmit(body))) {
      if (!room) el.reset();
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {form.summary}
      <div className="fields-grid">
        <Field
          name={id('name')}
          label={t('venueRoom.name')}
          required
          maxLength={80}
          defaultValue={room?.name ?? ''}
          error={form.error('name')}
        />
        <Field
          name={id('capacity')}
          label={t('venueRoom.capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          max={200}
          required
          defaultValue={room?.capacity ?? ''}
          error={form.error('capacity')}
        />
        <Field
          name={id('computers')}
          label={t('venueRoom.computers')}
          hint={t('venueRoom.computersHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={200}
          defaultValue={room?.computers ?? 0}
          error={form.error('computers')}
        />
      </div>
      <CheckboxField name={id('stepFree')} label={t('venueRoom.stepFree')} defaultChecked={room?.stepFree ?? false} />
      <CheckboxField
        name={id('active')}
        label={t('venueRoom.active')}
        hint={t('venueRoom.activeHint')}
        defaultChecked={room?.active ?? true}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} label={submitLabel} />
      </div>
    </form>
  );
}
