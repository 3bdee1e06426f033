import type { ErrorCode } from '../../platform/errors.js';

/**
 * A claim for the internet grant, one per pack. It waits for the proof of subscription, is
 * decided by staff, and is paid once, in a payment batch.
 *
 *   awaiting_proof ──proof──▶ submitted ──approve──▶ approved ──batch──▶ paid
 *          │                   ▲  │
 *          └──────reject───────┼──┴──reject──▶ rejected
 *                              └────new proof─────┘
 *
 * A rejected claim comes back to `submitted` when the family sends a new proof (a blurred photo
 * should not cost them the grant). Approved and paid claims are settled: no new proof, no
 * second decision.
 */
export const grantClaimStatuses = ['awaiting_proof', 'submitted', 'approved', 'rejected', 'paid'] as const;
export type GrantClaimStatus = (typeof grantClaimStatuses)[number];

export type GrantClaimAction = 'proof' | 'approve' | 'reject';

/** Where each action may start from, and where it leads. */
export const grantClaimTransitions: Record<GrantClaimAction, { from: GrantClaimStatus[]; to: GrantClaimStatus }> = {
  proof: { from: ['awaiting_proof', 'submitted', 'rejected'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['awaiting_proof', 'submitted'], to: 'rejected' },
};

/** Why an action is refused from a status; undefined when it is allowed. */
export function refusalFor(action: GrantClaimAction, status: GrantClaimStatus): ErrorCode | undefined {
  if (grantClaimTransitions[action].from.includes(status)) return undefined;
  if (action === 'approve' && status === 'awaiting_proof') return 'GRANT_CLAIM_PROOF_MISSING';
  return 'GRANT_CLAIM_ALREADY_DECIDED';
}
