import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/Form';
import { formProblems, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { familiesApi, type Signature } from '../families/api';
import { householdName } from '../families/format';
import type { DeskMatch, DeviceRef, HandoverResult } from '../families/types';
import { useSlug } from '../workshop/programme';
import { matchState } from './DeviceMatch';
import { SignaturePad, type SignaturePadHandle } from './SignaturePad';

const none: FormProblems = { summary: [], fields: {} };
type Mode = 'drawn' | 'typed';

/** The loan agreement, signed by a guardian: drawn on the screen, or typed name and an explicit consent. */
export function SignForm({
  lookup,
  scanned,
  onDone,
}: {
  lookup: DeskMatch;
  scanned: DeviceRef;
  onDone(result: HandoverResult): void;
}) {
  const t = useT();
  const slug = useSlug();
  const pad = useRef<SignaturePadHandle>(null);
  const [mode, setMode] = useState<Mode>('drawn');
  const [drawn, setDrawn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const state = matchState(lookup, scanned);
  const needsReason = state === 'mismatch' || state === 'no_reservation';
  const h = lookup.household;
  const firstGuardian = h.guardians[0];
  const defaultSigner = firstGuardian
    ? [firstGuardian.firstName, firstGuardian.lastName].filter(Boolean).join(' ')
    : '';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const signerName = String(data.get('signerName') ?? '').trim();
    const swapReason = String(data.get('swapReason') ?? '').trim();
    const pupilId = String(data.get('pupilId') ?? '');
    const consent = data.get('consent') === 'on';
    setAttempt((a) => a + 1);
    const fields: Record<string, string> = {};
    if (!signerName) fields.signerName = t('desk.signerMissing');
    if (needsReason && !swapReason) fields.swapReason = t('desk.swapReasonMissing');
    let signature: Signature | null = null;
    if (mode === 'drawn') {
      const png = pad.current?.png() ?? null;
      if (png) signature = { kind: 'drawn', pngBase64: png };
      else fields['mode-drawn'] = t('desk.drawMissing');
    } else if (consent) signature = { kind: 'typed', consent: true };
    else fields.consent = t('desk.consentMissing');
    if (Object.keys(fields).length || !signature) {
      return setProblems({ fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) });
    }
    setBusy(true);
    try {
      const result = await familiesApi.handover(slug, {
        campaignId: lookup.campaign.id,
        householdId: h.id,
        deviceId: scanned.id,
        signerName,
        signature,
        ...(pupilId ? { pupilId } : {}),
        ...(needsReason ? { swapReason } : {}),
      });
      setProblems(none);
      onDone(result);
    } catch (err) {
      setProblems(formProblems(err, t, ['signerName', 'swapReason', 'consent']));
    } finally {
      setBusy(false);
    }
  };

  const f = problems.fields;
  return (
    <form className="form panel sign-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sign-title">
      <h2 id="sign-title">{t('desk.signTitle')}</h2>
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      {needsReason ? (
        <div className={f.swapReason ? 'field field-error' : 'field'}>
          <label htmlFor="field-swapReason">
            {t('desk.swapReason')} <span className="required">({t('form.required')})</span>
          </label>
          <p className="hint" id="field-swapReason-hint">
            {t('desk.swapReasonHint')}
          </p>
          {f.swapReason ? (
            <p className="error-message" id="field-swapReason-error">
              {f.swapReason}
            </p>
          ) : null}
          <textarea
            id="field-swapReason"
            name="swapReason"
            rows={2}
            maxLength={500}
            aria-invalid={f.swapReason ? true : undefined}
            aria-describedby={f.swapReason ? 'field-swapReason-hint field-swapReason-error' : 'field-swapReason-hint'}
          />
        </div>
      ) : null}
      {h.pupils.length > 1 ? (
        <div className="field">
          <label htmlFor="field-pupilId">{t('desk.pupil')}</label>
          <select id="field-pupilId" name="pupilId" defaultValue={h.pupils[0]?.id}>
            {h.pupils.map((p) => (
              <option key={p.id} value={p.id}>
                {p.firstName} {p.lastName} ({p.grade})
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="pupilId" value={h.pupils[0]?.id ?? ''} />
      )}
      <div className="agreement-text" id="agreement-text">
        <h3>{t('desk.agreementTitle')}</h3>
        <ul>
          <li>{t('desk.agreement1')}</li>
          <li>{t('desk.agreement2')}</li>
          <li>{t('desk.agreement3')}</li>
          <li>{t('desk.agreement4')}</li>
        </ul>
      </div>
      <div className={f.signerName ? 'field field-error' : 'field'}>
        <label htmlFor="field-signerName">
          {t('desk.signerName')} <span className="required">({t('form.required')})</span>
        </label>
        {f.signerName ? (
          <p className="error-message" id="field-signerName-error">
            {f.signerName}
          </p>
        ) : null}
        <input
          id="field-signerName"
          name="signerName"
          type="text"
          autoComplete="off"
          defaultValue={defaultSigner}
          aria-invalid={f.signerName ? true : undefined}
          aria-describedby={f.signerName ? 'field-signerName-error' : undefined}
        />
      </div>
      <fieldset className="choice">
        <legend>{t('desk.howToSign')}</legend>
        <div className="choice-item">
          <input
            id="field-mode-drawn"
            type="radio"
            name="mode"
            value="drawn"
            checked={mode === 'drawn'}
            onChange={() => setMode('drawn')}
          />
          <label htmlFor="field-mode-drawn">{t('desk.modeDrawn')}</label>
        </div>
        <div className="choice-item">
          <input
            id="field-mode-typed"
            type="radio"
            name="mode"
            value="typed"
            checked={mode === 'typed'}
            onChange={() => setMode('typed')}
          />
          <label htmlFor="field-mode-typed">{t('desk.modeTyped')}</label>
        </div>
      </fieldset>
      {mode === 'drawn' ? (
        <div className={f['mode-drawn'] ? 'field field-error' : 'field'}>
          <p className="hint" id="signature-help">
            {t('desk.drawHelp')}
          </p>
          {f['mode-drawn'] ? <p className="error-message">{f['mode-drawn']}</p> : null}
          <SignaturePad ref={pad} describedBy="signature-help agreement-text" onChange={setDrawn} />
          {drawn ? <p className="hint">{t('desk.signatureDrawn')}</p> : null}
        </div>
      ) : (
        <div className={f.consent ? 'field field-error' : 'field'}>
          {f.consent ? (
            <p className="error-message" id="field-consent-error">
              {f.consent}
            </p>
          ) : null}
          <div className="choice-item">
            <input
              id="field-consent"
              name="consent"
              type="checkbox"
              aria-invalid={f.consent ? true : undefined}
              aria-describedby={f.consent ? 'field-consent-error agreement-text' : 'agreement-text'}
            />
            <label htmlFor="field-consent">{t('desk.consent', { name: householdName(h) })}</label>
          </div>
        </div>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary desk-confirm"
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {busy ? t('form.sending') : t('desk.confirm')}
        </button>
      </div>
    </form>
  );
}
