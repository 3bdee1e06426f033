import { useEffect, useState } from 'react';
import { Icon, type IconName } from '../../../components/Icon';
import { useT } from '../../../i18n/i18n';
import { UNDO_WINDOW_MS, type UndoableAction } from './memory';

export type FeedbackKind = 'success' | 'error' | 'info' | 'warning';
export interface FeedbackMessage {
  kind: FeedbackKind;
  text: string;
  hint?: string;
  /** Changes on every message, so the same sentence twice is announced twice. */
  id: number;
}

const icons: Record<FeedbackKind, IconName> = { success: 'ok', error: 'fail', info: 'info', warning: 'warning' };

/**
 * The result of the last action: colour AND pictogram AND words (a word for the kind too), in a
 * live region so a screen reader says it without moving the focus away from the scan field.
 */
export function Feedback({ message }: { message: FeedbackMessage | null }) {
  const t = useT();
  const kindWord = {
    success: t('station.success'),
    error: t('station.problem'),
    info: t('station.info'),
    warning: t('station.info'),
  };
  return (
    <div className="station-feedback-region" role="status" aria-live="polite" aria-atomic="true">
      {message ? (
        <div key={message.id} className={`station-feedback station-feedback-${message.kind}`}>
          <Icon name={icons[message.kind]} size={48} />
          <div>
            <p className="station-feedback-text">
              <strong>{kindWord[message.kind]} : </strong>
              {message.text}
            </p>
            {message.hint ? <p className="station-feedback-hint">{message.hint}</p> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** "Annuler" for the last action, shown for one minute with the seconds left. */
export function UndoButton({
  action,
  busy,
  onUndo,
  onExpire,
}: {
  action: UndoableAction | null;
  busy: boolean;
  onUndo(): void;
  onExpire(): void;
}) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!action) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [action]);
  const left = action ? Math.ceil((action.at + UNDO_WINDOW_MS - now) / 1000) : 0;
  useEffect(() => {
    if (action && left <= 0) onExpire();
  }, [action, left, onExpire]);
  if (!action || left <= 0) return null;
  return (
    <button
      type="button"
      className="button station-button station-undo"
      onClick={onUndo}
      disabled={busy}
      aria-label={t('station.undoLabel', { text: action.text })}
    >
      <Icon name="undo" size={32} />
      <span>{t('station.undo', { seconds: Math.min(60, left) })}</span>
    </button>
  );
}
