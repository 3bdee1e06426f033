/**
 * The donation lot status machine, as data (drawn in docs/workshop/donations.md). The service
 * (lot-status.service.ts) enforces it and the guards of each step.
 */
export const lotStatuses = ['declared', 'scheduled', 'collected', 'received', 'closed', 'cancelled'] as const;
export type LotStatus = (typeof lotStatuses)[number];

/**
 * Allowed moves: from → the statuses it may go to. `scheduled → scheduled` is a new pick-up
 * date. A lot can be cancelled until it is collected; after that the devices exist and the
 * lot must go on to be closed.
 */
export const lotTransitions: Record<LotStatus, readonly LotStatus[]> = {
  declared: ['scheduled', 'cancelled'],
  scheduled: ['scheduled', 'collected', 'cancelled'],
  collected: ['received'],
  received: ['closed'],
  closed: [],
  cancelled: [],
};

/** The only move a donor makes on its own lot: cancel it while nothing is planned yet. */
export const donorTransitions: Partial<Record<LotStatus, readonly LotStatus[]>> = {
  declared: ['cancelled'],
};

/** Device states in which a device no longer holds a lot open: ready, or out of the workshop flow. */
export const lotClosingDeviceStates = ['ready', 'allocated', 'handed_over', 'for_parts', 'recycled'] as const;

export function isLotStatus(v: unknown): v is LotStatus {
  return typeof v === 'string' && (lotStatuses as readonly string[]).includes(v);
}

export function canMoveLot(from: LotStatus, to: LotStatus): boolean {
  return lotTransitions[from].includes(to);
}
