/**
 * What a station remembers across a reload (no work is lost): when the current device was
 * scanned (startedAt, for the time per step) and the last action that can still be undone.
 * sessionStorage: it lasts as long as the browser tab, and stays on this computer.
 */
const PREFIX = 'cartable_station';
export const UNDO_WINDOW_MS = 60_000;

export interface UndoableAction {
  deviceId: string;
  eventId: string;
  tag: string;
  text: string;
  at: number;
}

function read<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(`${PREFIX}:${key}`);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(`${PREFIX}:${key}`);
    else sessionStorage.setItem(`${PREFIX}:${key}`, JSON.stringify(value));
  } catch {
    // Storage refused (private mode): the station still works, a reload just forgets.
  }
}

/** When this device was scanned at this station; set on the first scan, kept on a reload. */
export function startedAtFor(step: string, deviceId: string, fresh: boolean): string {
  const key = `started:${step}`;
  const known = read<{ deviceId: string; at: string }>(key);
  if (!fresh && known?.deviceId === deviceId) return known.at;
  const at = new Date().toISOString();
  write(key, { deviceId, at });
  return at;
}

export function forgetStarted(step: string): void {
  write(`started:${step}`, null);
}

export function readUndo(step: string): UndoableAction | null {
  const u = read<UndoableAction>(`undo:${step}`);
  return u && Date.now() - u.at < UNDO_WINDOW_MS ? u : null;
}

export function writeUndo(step: string, action: UndoableAction | null): void {
  write(`undo:${step}`, action);
}

/** Answers given on the check screen, so a reload does not lose them. */
export function readAnswers(deviceId: string): Record<string, 'ok' | 'fail'> {
  return read<Record<string, 'ok' | 'fail'>>(`answers:${deviceId}`) ?? {};
}

export function writeAnswers(deviceId: string, answers: Record<string, 'ok' | 'fail'> | null): void {
  write(`answers:${deviceId}`, answers);
}
