import type { ErrorCode } from '../../platform/errors.js';
import { type DeviceState, canMove, deviceTransitions, refurbishmentPath } from './device-states.js';

/** States reached only through the distribution module (later issue), never through /moves. */
const LATER_MODULE_STATES: readonly DeviceState[] = ['allocated', 'handed_over', 'returned'];

/** States a device has left the workshop in: nothing moves it from there through /moves. */
const LEFT_WORKSHOP_STATES: readonly DeviceState[] = ['allocated', 'handed_over', 'recycled'];

/** What each step of the path proves; skipping it fails with its code. */
const STEP_CODES: Partial<Record<DeviceState, ErrorCode>> = {
  diagnosed: 'DEVICE_NOT_DIAGNOSED',
  erased: 'DEVICE_NOT_ERASED',
  imaged: 'DEVICE_NOT_IMAGED',
  checked: 'DEVICE_NOT_CHECKED',
};

export type MoveVerdict =
  | { ok: true }
  | {
      ok: false;
      code: ErrorCode;
      reason: 'skipped_step' | 'forbidden' | 'later_module' | 'check_only' | 'left_workshop';
    };

/**
 * Whether the state machine lets a person move a device from one state to another through the
 * moves endpoint (the guards — inventory, erasure proof, image, check — come after). A forward
 * jump along the path fails with the code of the first step it skips, so the station can say
 * what is missing: received → ready is DEVICE_NOT_DIAGNOSED.
 */
export function judgeMove(from: DeviceState, to: DeviceState): MoveVerdict {
  if (LATER_MODULE_STATES.includes(to))
    return { ok: false, code: 'DEVICE_TRANSITION_FORBIDDEN', reason: 'later_module' };
  if (LEFT_WORKSHOP_STATES.includes(from)) return { ok: false, code: 'DEVICE_LEFT_WORKSHOP', reason: 'left_workshop' };
  if (to === 'checked' && from === 'imaged')
    return { ok: false, code: 'DEVICE_TRANSITION_FORBIDDEN', reason: 'check_only' };
  if (canMove(from, to)) return { ok: true };
  // A returned device starts the path again, like a received one.
  const fromAt = refurbishmentPath.indexOf(from === 'returned' ? 'received' : from);
  const toAt = refurbishmentPath.indexOf(to);
  if (fromAt >= 0 && toAt > fromAt) {
    const skipped = refurbishmentPath.slice(fromAt + 1, toAt + 1).find((s) => STEP_CODES[s] !== undefined);
    if (skipped) return { ok: false, code: STEP_CODES[skipped]!, reason: 'skipped_step' };
  }
  return { ok: false, code: 'DEVICE_TRANSITION_FORBIDDEN', reason: 'forbidden' };
}

/** The targets a device may be moved to from its state through the moves endpoint (guards aside). */
export function allowedMovesFrom(from: DeviceState): DeviceState[] {
  return deviceTransitions[from].filter((to) => judgeMove(from, to).ok);
}

/** The outcome a device has once it reaches a state (null: back in the refurbishment flow). */
export function outcomeOf(state: DeviceState): 'reused' | 'for_parts' | 'recycled' | null {
  if (state === 'ready') return 'reused';
  if (state === 'for_parts' || state === 'recycled') return state;
  return null;
}
