/**
 * The device state machine, as data (drawn in docs/workshop/devices.md). The server enforces it in
 * devices/transitions.service.ts; the guards (erasure proof, image, four-eyes check…) are there.
 */
export const deviceStates = [
  'received',
  'diagnosed',
  'erased',
  'repaired',
  'imaged',
  'checked',
  'ready',
  'allocated',
  'handed_over',
  'returned',
  'for_parts',
  'recycled',
  // A school's own computer: registered by the school, outside the workshop flow. It reports
  // inventories through the same agents and is checked against its school's profile.
  'in_school',
] as const;
export type DeviceState = (typeof deviceStates)[number];

export const deviceKinds = ['desktop', 'laptop', 'monitor', 'other'] as const;
export type DeviceKind = (typeof deviceKinds)[number];

export const deviceGrades = ['A', 'B', 'C', 'unfit'] as const;
export type DeviceGrade = (typeof deviceGrades)[number];

/** States in which the device is in the workshop's hands. */
export const workshopStates: readonly DeviceState[] = [
  'received',
  'diagnosed',
  'erased',
  'repaired',
  'imaged',
  'checked',
  'ready',
  'returned',
];

/** The forward path of refurbishment, in order (repaired is optional). */
export const refurbishmentPath: readonly DeviceState[] = [
  'received',
  'diagnosed',
  'erased',
  'repaired',
  'imaged',
  'checked',
  'ready',
];

/** Allowed moves: from → the states it may go to. Anything else is refused. */
export const deviceTransitions: Record<DeviceState, readonly DeviceState[]> = {
  received: ['diagnosed', 'for_parts', 'recycled'],
  diagnosed: ['erased', 'for_parts', 'recycled'],
  erased: ['repaired', 'imaged', 'for_parts', 'recycled'],
  repaired: ['imaged', 'for_parts', 'recycled'],
  imaged: ['checked', 'repaired', 'for_parts', 'recycled'],
  checked: ['ready', 'repaired', 'for_parts', 'recycled'],
  ready: ['allocated', 'repaired', 'for_parts', 'recycled'],
  // Later modules (distribution): a ready device is reserved, handed over, and may come back.
  allocated: ['ready', 'handed_over'],
  handed_over: ['returned'],
  returned: ['diagnosed', 'for_parts', 'recycled'],
  for_parts: ['recycled'],
  recycled: [],
  // A school gives an old computer to the workshop: it enters the flow at reception's next step.
  in_school: ['diagnosed', 'for_parts', 'recycled'],
};

export function isDeviceState(v: unknown): v is DeviceState {
  return typeof v === 'string' && (deviceStates as readonly string[]).includes(v);
}

export function canMove(from: DeviceState, to: DeviceState): boolean {
  return deviceTransitions[from].includes(to);
}
