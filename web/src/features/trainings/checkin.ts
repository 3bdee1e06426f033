import { ApiError } from '../../api/client';

/**
 * Check-in attempts from the door's tablet. Every scan gets its own idempotency key
 * (crypto.randomUUID); a network failure (or a gateway error: the server may have done the work
 * and lost the answer) sends the SAME key again, so the server answers the first result again
 * instead of redeeming a second credit. A definite answer (success or refusal) ends the attempt.
 */
export interface Attempt {
  sessionId: string;
  cardNumber: string;
  key: string;
  method: 'scan' | 'typed';
}

/** Waits between tries: quick at first, then slower, about 15 s in all before asking the person. */
export const RETRY_DELAYS_MS = [300, 700, 1500, 3000, 4500, 5000];

/** True when the answer never came back for sure: the same key must be tried again. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NETWORK' || [502, 503, 504].includes(error.status));
}

export function newAttempt(sessionId: string, cardNumber: string, method: 'scan' | 'typed'): Attempt {
  return { sessionId, cardNumber, key: newKey(), method };
}

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Old tablets outside a secure context: 128 random bits written as a version-4 UUID.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Sends one attempt, retrying the same key while the failure is transient. `onRetry` is told
 * before each new try (to say "connection lost, trying again"). Throws the last error when every
 * try failed: the attempt stays pending and can be sent again later with the same key.
 */
export async function sendWithRetry<T>(
  send: (attempt: Attempt) => Promise<T>,
  attempt: Attempt,
  opts: { delays?: readonly number[]; onRetry?(tryNumber: number): void; sleep?(ms: number): Promise<void> } = {},
): Promise<T> {
  const delays = opts.delays ?? RETRY_DELAYS_MS;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => window.setTimeout(r, ms)));
  for (let i = 0; ; i += 1) {
    try {
      return await send(attempt);
    } catch (error) {
      if (!isTransient(error) || i >= delays.length) throw error;
      opts.onRetry?.(i + 1);
      await sleep(delays[i]!);
    }
  }
}

/* An attempt without an answer survives a reload of the page: it is sent again, same key. */
const PENDING = 'cartable_checkin_pending';

export function savePending(attempt: Attempt | null): void {
  try {
    if (attempt) sessionStorage.setItem(PENDING, JSON.stringify(attempt));
    else sessionStorage.removeItem(PENDING);
  } catch {
    // Storage refused: the retries in memory still protect the attempt.
  }
}

export function readPending(sessionId: string): Attempt | null {
  try {
    const raw = sessionStorage.getItem(PENDING);
    const a = raw ? (JSON.parse(raw) as Attempt) : null;
    return a && a.sessionId === sessionId && typeof a.key === 'string' ? a : null;
  } catch {
    return null;
  }
}

/**
 * What a scanner or a person sent, cleaned: trimmed, upper case. A scanner set for a US keyboard
 * on a French (AZERTY) tablet types the digit row's other signs ("&é\"'(-è_çà" and ")" for the
 * dash): they are read back as digits when the text has no real digit at all.
 */
export function cleanScan(raw: string): string {
  const value = raw.trim();
  if (/\d/.test(value) || !/[&é"'(è_çà]/.test(value)) return value.toUpperCase();
  const azerty: Record<string, string> = {
    '&': '1',
    é: '2',
    '"': '3',
    "'": '4',
    '(': '5',
    '-': '6',
    è: '7',
    _: '8',
    ç: '9',
    à: '0',
    ')': '-',
  };
  return [...value]
    .map((c) => azerty[c] ?? c)
    .join('')
    .toUpperCase();
}
