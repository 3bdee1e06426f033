/**
 * The loan state machine, as data (drawn in docs/families/handover-and-loans.md). A loan starts
 * active at the handover; every other state is final. A swap closes the loan of the broken
 * device and opens a new active loan for the replacement, with the same end date.
 */
export const loanStatuses = ['active', 'returned', 'lost', 'stolen', 'swapped', 'transferred'] as const;
export type LoanStatus = (typeof loanStatuses)[number];

export const loanTransitions: Record<LoanStatus, readonly LoanStatus[]> = {
  active: ['returned', 'lost', 'stolen', 'swapped', 'transferred'],
  returned: [],
  lost: [],
  stolen: [],
  swapped: [],
  transferred: [],
};

/** What a loan's history records. */
export const loanEventKinds = ['started', 'returned', 'lost', 'stolen', 'swapped', 'transferred'] as const;
export type LoanEventKind = (typeof loanEventKinds)[number];

export function canEndLoan(from: LoanStatus, to: LoanStatus): boolean {
  return loanTransitions[from].includes(to);
}
