import type { FormEvent } from 'react';
import { Field, SubmitButton } from '../../components/Form';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { SelectField } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { cardsApi, type VenueBody } from './api';
import { checked, textOf, useFormRun } from './forms';
import { CheckboxField, TextAreaField } from './parts';
import type { Venue } from './types';

const FIELDS = [
  'name',
  'addressLine',
  'postalCode',
  'communeInsee',
  'accessibilityNotes',
  'publicTransport',
  'openingHours',
] as const;

/** A venue's address, commune, access and practical information; used to add one and to edit it. */
export function VenueForm({
  venue,
  submitLabel,
  onSubmit,
}: {
  venue?: Venue;
  submitLabel: string;
  onSubmit(body: VenueBody): Promise<void>;
}) {
  const t = useT();
  const slug = useSlug();
  const communes = useLoad(`communes|${slug}`, () => cardsApi.communes(slug));
  const form = useFormRun(FIELDS);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const data = new FormData(el);
    const name = textOf(data, 'name');
    if (!form.check({ name: !name && t('venueAdmin.nameMissing') })) return;
    const body: VenueBody = {
      name: name!,
      addressLine: textOf(data, 'addressLine'),
      postalCode: textOf(data, 'postalCode'),
      communeInsee: textOf(data, 'communeInsee'),
      stepFreeAccess: checked(data, 'stepFreeAccess'),
      accessibleToilets: checked(data, 'accessibleToilets'),
      hearingLoop: checked(data, 'hearingLoop'),
      accessibilityNotes: textOf(data, 'accessibilityNotes'),
      publicTransport: textOf(data, 'publicTransport'),
      openingHours: textOf(data, 'openingHours'),
    };
    const ok = await form.run(() => onSubmit(body));
    if (ok && !venue) el.reset();
  };
  const communeList = communes.state === 'done' ? communes.data.items : [];
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {form.summary}
      <Field
        name="name"
        label={t('venueAdmin.name')}
        required
        maxLength={160}
        defaultValue={venue?.name ?? ''}
        error={form.error('name')}
      />
      <div className="fields-grid">
        <Field
          name="addressLine"
          label={t('venueAdmin.address')}
          autoComplete="street-address"
          maxLength={200}
          defaultValue={venue?.addressLine ?? ''}
          error={form.error('addressLine')}
        />
        <Field
          name="postalCode"
          label={t('venueAdmin.postcode')}
          autoComplete="postal-code"
          maxLength={12}
          defaultValue={venue?.postalCode ?? ''}
          error={form.error('postalCode')}
        />
        <SelectField
          key={communes.state}
          name="communeInsee"
          label={t('venueAdmin.commune')}
          defaultValue={venue?.communeInsee ?? ''}
          error={form.error('communeInsee')}
        >
          <option value="">{t('cards.common.none')}</option>
          {venue?.communeInsee && !communeList.some((c) => c.inseeCode === venue.communeInsee) ? (
            <option value={venue.communeInsee}>{venue.communeName ?? venue.communeInsee}</option>
          ) : null}
          {communeList.map((c) => (
            <option key={c.inseeCode} value={c.inseeCode}>
              {c.name} ({c.postalCodes[0] ?? c.inseeCode})
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="choice">
        <legend>{t('venueAdmin.accessibility')}</legend>
        <CheckboxField name="stepFreeAccess" label={t('venueAdmin.stepFree')} defaultChecked={venue?.stepFreeAccess} />
        <CheckboxField
          name="accessibleToilets"
          label={t('venueAdmin.toilets')}
          defaultChecked={venue?.accessibleToilets}
        />
        <CheckboxField name="hearingLoop" label={t('venueAdmin.hearingLoop')} defaultChecked={venue?.hearingLoop} />
        <TextAreaField
          name="accessibilityNotes"
          label={t('venueAdmin.accessibilityNotes')}
          hint={t('venueAdmin.accessibilityNotesHint')}
          maxLength={1000}
          defaultValue={venue?.accessibilityNotes ?? ''}
          error={form.error('accessibilityNotes')}
        />
      </fieldset>
      <TextAreaField
        name="publicTransport"
        label={t('venueAdmin.transport')}
        hint={t('venueAdmin.transportHint')}
        maxLength={500}
        defaultValue={venue?.publicTransport ?? ''}
        error={form.error('publicTransport')}
      />
      <TextAreaField
        name="openingHours"
        label={t('venueAdmin.openingHours')}
        hint={t('venueAdmin.openingHoursHint')}
        maxLength={1000}
        defaultValue={venue?.openingHours ?? ''}
        error={form.error('openingHours')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} label={submitLabel} />
      </div>
    </form>
  );
}
