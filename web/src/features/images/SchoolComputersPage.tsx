import '../families/families.css';
import './images.css';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field } from '../../components/Form';
import { LoadState, TableBox } from '../../components/Lists';
import { MoreButton, useMorePages } from '../../components/morePages';
import { Page } from '../../components/Page';
import { formProblems, type FormProblems } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { pathSegment } from '../families/routes';
import { SelectField } from '../families/parts';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { imagesApi } from './api';
import { deviceName } from './ConformityPage';
import { ConformityBadge, conformityProblems, useCan, words } from './parts';
import type { Band, SchoolDevice } from './types';

const none: FormProblems = { summary: [], fields: {} };
const kinds = ['desktop', 'laptop', 'other'] as const;
const formFields = ['kind', 'make', 'model', 'serial', 'band'];

/** /conformite/ecoles/:schoolId — one school's computers, and registering a new one with its agent command. */
export function SchoolComputersPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const can = useCan();
  const { path } = useLocation();
  const schoolId = pathSegment(path, 2);
  const [reload, setReload] = useState(0);
  const devices = useLive(`school-devices|${slug}|${schoolId}|${reload}`, () =>
    imagesApi.schoolDevices(slug, schoolId),
  );
  const { more, cursor, loadMore } = useMorePages(devices, (next) => imagesApi.schoolDevices(slug, schoolId, next));
  const summary = useLoad(`conformity|${slug}`, () => imagesApi.conformitySummary(slug));
  const name =
    summary.state === 'done' ? summary.data.schools.find((s) => s.school.id === schoolId)?.school.name : undefined;
  return (
    <Page title={name ? t('images.school.titleNamed', { name }) : t('images.school.title')} wide>
      <p>
        <Link to="/conformite">{t('images.school.back')}</Link>
      </p>
      <section aria-labelledby="school-devices-title">
        <h2 id="school-devices-title">{t('images.school.list')}</h2>
        <LoadState result={devices} isEmpty={(d) => !d.items.length} empty={t('images.school.none')}>
          {(d) => (
            <>
              <SchoolDeviceTable devices={[...d.items, ...more]} />
              <MoreButton cursor={cursor} onMore={loadMore} />
            </>
          )}
        </LoadState>
      </section>
      {can('school_device.manage') ? (
        <RegisterComputer schoolId={schoolId} onDone={() => setReload((n) => n + 1)} />
      ) : null}
    </Page>
  );
}

function SchoolDeviceTable({ devices }: { devices: SchoolDevice[] }) {
  const { t } = useI18n();
  return (
    <TableBox label={t('images.school.list')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('images.conformity.device')}</th>
            <th scope="col">{t('images.school.cycle')}</th>
            <th scope="col">{t('images.school.status')}</th>
            <th scope="col">{t('images.conformity.what')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => {
            const c = d.conformity;
            return (
              <tr
                key={d.id}
                className={c?.status === 'needs_reimaging' ? 'school-device needs-reimaging-row' : 'school-device'}
              >
                <th scope="row">
                  <span className="nowrap">{d.assetTag}</span>
                  <br />
                  <span className="im-device-name">{deviceName(t, d)}</span>
                </th>
                <td>{d.band ? words(t, 'images.bandShort', d.band) : '—'}</td>
                <td>{c ? <ConformityBadge status={c.status} /> : '—'}</td>
                <td>
                  {c ? (
                    <ul className="plain-list">
                      {conformityProblems(t, c).map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableBox>
  );
}

function RegisterComputer({ schoolId, onDone }: { schoolId: string; onDone(): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [registered, setRegistered] = useState<SchoolDevice | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    setAttempt((a) => a + 1);
    const band = text('band');
    if (!band) {
      setProblems({
        fields: { band: t('images.school.bandMissing') },
        summary: [{ field: 'band', message: t('images.school.bandMissing') }],
      });
      return;
    }
    setBusy(true);
    try {
      const device = await imagesApi.registerSchoolDevice(slug, schoolId, {
        // The select offers only `kinds`.
        kind: text('kind') as (typeof kinds)[number],
        band: band as Band,
        ...(text('make') ? { make: text('make') } : {}),
        ...(text('model') ? { model: text('model') } : {}),
        ...(text('serial') ? { serial: text('serial') } : {}),
      });
      setProblems(none);
      setRegistered(device);
      form.reset();
      onDone();
    } catch (err) {
      setProblems(formProblems(err, t, formFields));
    } finally {
      setBusy(false);
    }
  };
  const server = `${window.location.origin}/api/v1/programmes/${encodeURIComponent(slug)}/inventory/agent`;
  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">{t('images.school.register')}</h2>
      <div aria-live="polite">
        {registered ? (
          <div className="notice" role="status">
            <p>{t('images.school.registered', { tag: registered.assetTag })}</p>
            <p>{t('images.school.agentIntro')}</p>
            <pre className="im-command" tabIndex={0}>
              <code id="agent-command">
                {`fusioninventory-agent --server ${server} --user ecole --password ${t('images.school.token')} --tag ${registered.assetTag}`}
              </code>
            </pre>
          </div>
        ) : null}
      </div>
      <form className="form" id="register-computer" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary items={problems.summary} focusKey={attempt} />
        <SelectField
          name="kind"
          label={t('images.school.kind')}
          defaultValue="desktop"
          error={problems.fields.kind}
          required
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {words(t, 'kind', k)}
            </option>
          ))}
        </SelectField>
        <SelectField name="band" label={t('images.school.band')} defaultValue="" error={problems.fields.band} required>
          <option value="" />
          <option value="cycle2">{t('images.band.cycle2')}</option>
          <option value="cycle3">{t('images.band.cycle3')}</option>
        </SelectField>
        <Field name="make" label={t('images.school.make')} error={problems.fields.make} maxLength={100} />
        <Field name="model" label={t('images.school.model')} error={problems.fields.model} maxLength={100} />
        <Field name="serial" label={t('images.school.serial')} error={problems.fields.serial} maxLength={100} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
            {t('images.school.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
