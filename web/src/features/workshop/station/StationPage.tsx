import '../workshop.css';
import { useEffect, type JSX } from 'react';
import { api } from '../../../api/client';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n/i18n';
import { Link, useLocation } from '../../../router';
import { useSession } from '../../../session';
import { NotFoundPage } from '../../NotFoundPage';
import { useSlug } from '../programme';
import { DeviceCard } from './DeviceCard';
import { Feedback, UndoButton } from './Feedback';
import { ScanField } from './ScanField';
import { isStep, stepFrom, stepIcon, type Step } from './steps';
import { CheckPanel } from './panels/CheckPanel';
import { DiagnosisPanel } from './panels/DiagnosisPanel';
import { ErasurePanel } from './panels/ErasurePanel';
import { ImagingPanel } from './panels/ImagingPanel';
import { ReadyPanel } from './panels/ReadyPanel';
import { ReceptionPanel } from './panels/ReceptionPanel';
import { RepairPanel } from './panels/RepairPanel';
import { useStation, type Station } from './useStation';

const KEEP_ALIVE_MS = 10 * 60_000;

const panels: Record<Exclude<Step, 'reception'>, (props: { station: Station }) => JSX.Element> = {
  diagnosis: DiagnosisPanel,
  erasure: ErasurePanel,
  repair: RepairPanel,
  imaging: ImagingPanel,
  check: CheckPanel,
  ready: ReadyPanel,
};

/** /atelier/poste/:step — one full screen per workshop task, driven by the barcode scanner. */
export function StationPage() {
  const { path } = useLocation();
  const step = path.split('/')[3];
  if (!isStep(step)) return <NotFoundPage />;
  return <StationScreen key={step} step={step} />;
}

function StationScreen({ step }: { step: Step }) {
  const t = useT();
  const { me } = useSession();
  const slug = useSlug();
  const station = useStation(slug, step);
  const { detail } = station;
  const title = t(`step.${step}`);
  useEffect(() => {
    document.title = `${title} — ${t('app.titleSuffix')}`;
  }, [title, t]);
  // Sessions slide with use: a station left open between two devices stays signed in.
  useEffect(() => {
    const timer = window.setInterval(() => void api.me().catch(() => undefined), KEEP_ALIVE_MS);
    return () => window.clearInterval(timer);
  }, []);

  const Panel = step === 'reception' ? null : panels[step];
  const wrongStep = detail && step !== 'reception' && !stepFrom[step].includes(detail.device.state);
  const name = me?.user.displayName || me?.user.email || '';

  return (
    <div className={`station station-${step}`}>
      <header className="station-header">
        <div className="station-title">
          <Icon name={stepIcon[step]} size={48} />
          <div>
            <h1>{title}</h1>
            <p className="station-task">{t(`step.${step}.do`)}</p>
          </div>
        </div>
        <p className="station-operator">
          <span>{t('station.you')}</span> <strong>{name}</strong>
        </p>
        <Link to="/atelier" className="button station-change">
          {t('station.change')}
        </Link>
      </header>
      <main id="main" className="station-main" tabIndex={-1}>
        <ScanField
          ref={station.scanRef}
          label={step === 'reception' ? t('station.scanLabel.reception') : t('station.scanLabel')}
          busy={station.busy}
          onScan={station.scan}
        />
        <div className="station-status-row">
          <Feedback message={station.feedback} />
          <UndoButton
            action={station.undo}
            busy={station.busy}
            onUndo={station.undoLast}
            onExpire={station.expireUndo}
          />
        </div>
        {step === 'reception' ? (
          <ReceptionPanel station={station} />
        ) : detail && Panel ? (
          <section className="station-device" aria-labelledby="station-device-title">
            <DeviceCard detail={detail} />
            {wrongStep ? (
              <p className="station-warning">
                <Icon name="warning" size={32} />
                <span>
                  {t('station.wrongStep', {
                    state: t(`state.${detail.device.state}`),
                    expected: stepFrom[step].map((s) => t(`state.${s}`)).join(', '),
                  })}
                </span>
              </p>
            ) : null}
            <Panel key={detail.device.id} station={station} />
          </section>
        ) : (
          <p className="station-waiting">{t('station.waiting')}</p>
        )}
      </main>
    </div>
  );
}
