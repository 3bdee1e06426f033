import '../workshop/workshop.css';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field, SubmitButton } from '../../components/Form';
import { Page } from '../../components/Page';
import { formProblems, type FormProblems } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { api } from '../../api/client';
import type { Organisation } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { workshopApi } from '../workshop/api';
import { useSlug } from '../workshop/programme';
import { DEVICE_KINDS, type DeclareLotBody } from '../workshop/types';

const FIELDS = [
  'donorId',
  'declaredCount',
  'pickupAddressLine',
  'pickupPostalCode',
  'pickupCommuneInsee',
  'wishedPickupDate',
  'contactName',
  'contactPhone',
  'notes',
] as const;

async function donorOrganisations(slug: string): Promise<Organisation[]> {
  const out: Organisation[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const res = await api.organisations(slug, cursor);
    out.push(...res.items.filter((o) => o.kind === 'donor'));
    if (!res.nextCursor) break;
    cursor = res.nextCursor;
  }
  return out;
}

/** /dons/nouveau — a donor declares its own lot; staff declare one for a donor they pick. */
export function DeclareLotPage() {
  const t = useT();
  const slug = useSlug();
  const { programme, role } = useSession();
  const isDonor = role === 'donor';
  const donors = useLoad(`donors|${slug}|${isDonor}`, () => (isDonor ? Promise.resolve([]) : donorOrganisations(slug)));
  const ownDonor = programme?.roles.find((r) => r.role === 'donor')?.organisation ?? null;
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>({ summary: [], fields: {} });
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const fields: Record<string, string> = {};
    const declaredCount = Number.parseInt(text('declaredCount'), 10);
    if (!(declaredCount >= 1)) fields.declaredCount = t('declare.countMissing');
    if (!isDonor && !text('donorId')) fields.donorId = t('declare.donorMissing');
    if (Object.keys(fields).length) {
      setProblems({ fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) });
      setAttempt((a) => a + 1);
      return;
    }
    const declaredKinds: DeclareLotBody['declaredKinds'] = {};
    for (const k of DEVICE_KINDS) {
      const n = Number.parseInt(text(`kind-${k}`), 10);
      if (n > 0) declaredKinds[k] = n;
    }
    const body: DeclareLotBody = { declaredCount, declaredKinds };
    if (!isDonor) body.donorId = text('donorId');
    for (const name of FIELDS.slice(2)) if (text(name)) (body as unknown as Record<string, string>)[name] = text(name);
    setBusy(true);
    try {
      const lot = await workshopApi.declareLot(slug, body);
      navigate(`/dons/${lot.id}`);
    } catch (err) {
      setProblems(formProblems(err, t, [...FIELDS]));
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('declare.title')} intro={t('declare.intro')}>
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {isDonor ? (
          ownDonor ? (
            <p>
              {t('declare.donor')} : <strong>{ownDonor.name}</strong>
            </p>
          ) : null
        ) : (
          <div className={problems.fields.donorId ? 'field field-error' : 'field'}>
            <label htmlFor="field-donorId">
              {t('declare.donor')} <span className="required">({t('form.required')})</span>
            </label>
            {problems.fields.donorId ? (
              <p className="error-message" id="field-donorId-error">
                {problems.fields.donorId}
              </p>
            ) : null}
            <select
              id="field-donorId"
              name="donorId"
              defaultValue=""
              aria-describedby={problems.fields.donorId ? 'field-donorId-error' : undefined}
            >
              <option value="">{t('declare.chooseDonor')}</option>
              {(donors.state === 'done' ? donors.data : []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <Field
          name="declaredCount"
          type="number"
          min={1}
          label={t('declare.count')}
          required
          error={problems.fields.declaredCount}
        />
        <fieldset className="choice">
          <legend>{t('declare.kinds')}</legend>
          {DEVICE_KINDS.map((k) => (
            <Field key={k} name={`kind-${k}`} type="number" min={0} label={t(`kind.${k}`)} />
          ))}
        </fieldset>
        <Field
          name="pickupAddressLine"
          label={t('declare.address')}
          autoComplete="street-address"
          error={problems.fields.pickupAddressLine}
        />
        <Field
          name="pickupPostalCode"
          label={t('declare.postalCode')}
          autoComplete="postal-code"
          error={problems.fields.pickupPostalCode}
        />
        <Field
          name="pickupCommuneInsee"
          label={t('declare.commune')}
          hint={t('declare.communeHint')}
          error={problems.fields.pickupCommuneInsee}
        />
        <Field
          name="wishedPickupDate"
          type="date"
          label={t('declare.wished')}
          error={problems.fields.wishedPickupDate}
        />
        <Field
          name="contactName"
          label={t('declare.contactName')}
          autoComplete="name"
          error={problems.fields.contactName}
        />
        <Field
          name="contactPhone"
          type="tel"
          label={t('declare.contactPhone')}
          autoComplete="tel"
          error={problems.fields.contactPhone}
        />
        <Field name="notes" label={t('declare.notes')} error={problems.fields.notes} />
        <div className="form-actions">
          <SubmitButton busy={busy} label={t('declare.submit')} />
        </div>
      </form>
    </Page>
  );
}
