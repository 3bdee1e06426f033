import { CODE_ALPHABET, verificationCheckCharacter } from '../modules/certificates/verification-code.js';
import type { DeviceState } from '../modules/devices/device-states.js';

/**
 * The way a generated device goes: where it ends (by school year), the stations it passes on
 * the way, in the order the state machine (devices/device-states.ts) allows.
 */
export type Target = DeviceState;

/** Where devices of a past school year ended, and where this year's stand today. */
export const PAST_YEAR: readonly (readonly [Target, number])[] = [
  ['handed_over', 58],
  ['returned', 8],
  ['recycled', 14],
  ['for_parts', 8],
  ['ready', 2],
];
export const CURRENT_YEAR: readonly (readonly [Target, number])[] = [
  ['received', 8],
  ['diagnosed', 8],
  ['erased', 7],
  ['repaired', 3],
  ['imaged', 7],
  ['checked', 6],
  ['ready', 18],
  ['allocated', 8],
  ['handed_over', 22],
  ['returned', 1],
  ['for_parts', 5],
  ['recycled', 5],
  ['in_school', 2],
];

export const CHECKLIST_OK = (checklist: string[]) =>
  JSON.stringify(Object.fromEntries(checklist.map((c) => [c, 'ok'])));

export interface Step {
  kind: string;
  to: DeviceState | null;
  station: string | null;
  reason?: string;
  details?: Record<string, unknown>;
  ms: number;
  /** Rows written with the step (inventory, erasure, check, allocation…). */
  effect?: 'inventory' | 'erasure' | 'check' | 'allocation' | 'handover' | 'return';
}

/** The steps that take a device to its target, in the order the stations do them. */
export function pathTo(target: Target, repaired: boolean): Omit<Step, 'ms'>[] {
  const steps: Omit<Step, 'ms'>[] = [];
  const move = (to: DeviceState, station: string, extra: Partial<Step> = {}) =>
    steps.push({ kind: 'transition', to, station, ...extra });
  if (target === 'received') return steps;
  steps.push({ kind: 'inventory', to: null, station: null, effect: 'inventory' });
  if (target === 'in_school') return steps;
  if (target === 'recycled' && repaired) {
    move('recycled', 'diagnosis', { reason: 'Carte mère hors service.' });
    return steps;
  }
  move('diagnosed', 'diagnosis');
  if (target === 'diagnosed') return steps;
  if (target === 'for_parts' || target === 'recycled') {
    move('for_parts', 'diagnosis', { reason: 'Trop peu de mémoire : gardé pour les pièces.' });
    if (target === 'recycled') move('recycled', 'diagnosis', { reason: 'Pièces prélevées.' });
    return steps;
  }
  steps.push({ kind: 'erasure', to: null, station: 'erasure', effect: 'erasure' });
  move('erased', 'erasure');
  if (target === 'erased') return steps;
  if (repaired || target === 'repaired') move('repaired', 'repair', { reason: 'Clavier remplacé.' });
  if (target === 'repaired') return steps;
  move('imaged', 'imaging', { details: { image: true } });
  if (target === 'imaged') return steps;
  move('checked', 'check', { effect: 'check' });
  if (target === 'checked') return steps;
  move('ready', 'ready');
  if (target === 'ready') return steps;
  move('allocated', 'allocation', { effect: 'allocation' });
  if (target === 'allocated') return steps;
  move('handed_over', 'handover', { effect: 'handover' });
  if (target === 'handed_over') return steps;
  move('returned', 'loans', { reason: 'Rendu en fin de prêt.', effect: 'return' });
  return steps;
}

/** A bijection of [0, 10^7): distinct devices get distinct serial numbers that do not look sequential. */
export function scramble(n: number, multiplier: number, offset: number): string {
  return String((n * multiplier + offset) % 10_000_000).padStart(7, '0');
}

/** An invitation code like the app's (7 characters and the check character), distinct per index. */
export function invitationCodeOf(index: number): string {
  let n = (index * 1_000_003 + 12_345) % 27_512_614_111;
  let body = '';
  for (let i = 0; i < 7; i += 1) {
    body = CODE_ALPHABET[n % 31]! + body;
    n = Math.floor(n / 31);
  }
  const code = body + verificationCheckCharacter(body);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
