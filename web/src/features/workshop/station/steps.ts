import type { IconName } from '../../../components/Icon';
import type { DeviceState } from '../types';

/** The stations, in the order a device goes through them (repair is optional). */
export const STEPS = ['reception', 'diagnosis', 'erasure', 'repair', 'imaging', 'check', 'ready'] as const;
export type Step = (typeof STEPS)[number];

export function isStep(v: string | undefined): v is Step {
  return (STEPS as readonly string[]).includes(v ?? '');
}

export const stepIcon: Record<Step, IconName> = {
  reception: 'receive',
  diagnosis: 'diagnose',
  erasure: 'erase',
  repair: 'repair',
  imaging: 'image',
  check: 'checklist',
  ready: 'ready',
};

/** The states a device is in when it arrives at each station (a warning is shown otherwise). */
export const stepFrom: Record<Step, readonly DeviceState[]> = {
  reception: ['received'],
  diagnosis: ['received', 'returned'],
  erasure: ['diagnosed'],
  repair: ['erased', 'imaged', 'checked', 'ready'],
  imaging: ['erased', 'repaired'],
  check: ['imaged'],
  ready: ['checked'],
};

export function stationPath(step: Step, query?: Record<string, string>): string {
  const q = query ? new URLSearchParams(query).toString() : '';
  return `/atelier/poste/${step}${q ? `?${q}` : ''}`;
}
