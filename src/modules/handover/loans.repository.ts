import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { LoanEventsTable, LoansTable } from './handover.tables.js';

export type LoanRow = Selectable<LoansTable>;
/** A loan with what lists show: the device's tag and the household's reference. */
export type LoanListRow = LoanRow & { asset_tag: string; household_reference: string };

function selectLoans(db: Executor, programmeId: string) {
  return db
    .selectFrom('loans as l')
    .innerJoin('devices as d', (j) =>
      j.onRef('d.id', '=', 'l.device_id').onRef('d.programme_id', '=', 'l.programme_id'),
    )
    .innerJoin('households as h', (j) =>
      j.onRef('h.id', '=', 'l.household_id').onRef('h.programme_id', '=', 'l.programme_id'),
    )
    .selectAll('l')
    .select(['d.asset_tag', 'h.reference as household_reference'])
    .where('l.programme_id', '=', programmeId);
}
export type LoanEventRow = Selectable<LoanEventsTable>;

export async function insertLoan(db: Executor, row: Insertable<LoansTable>): Promise<void> {
  await db.insertInto('loans').values(row).execute();
}

export async function insertLoanEvent(db: Executor, row: Insertable<LoanEventsTable>): Promise<void> {
  await db.insertInto('loan_events').values(row).execute();
}

export async function findLoanById(db: Executor, programmeId: string, id: string): Promise<LoanListRow | undefined> {
  return selectLoans(db, programmeId).where('l.id', '=', id).executeTakeFirst();
}

export async function findLoanOfHandover(
  db: Executor,
  programmeId: string,
  handoverId: string,
): Promise<LoanListRow | undefined> {
  return selectLoans(db, programmeId)
    .where('l.handover_id', '=', handoverId)
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id', 'desc')
    .executeTakeFirst();
}

/** Newest first; `afterId` is the last id of the previous page (ids are time-ordered). */
export async function listLoanRows(
  db: Executor,
  programmeId: string,
  filter: { status?: string | undefined; afterId?: string | undefined; limit: number },
): Promise<LoanListRow[]> {
  let query = selectLoans(db, programmeId);
  if (filter.status) query = query.where('l.status', '=', filter.status);
  if (filter.afterId) query = query.where('l.id', '<', filter.afterId);
  return query.orderBy('l.id', 'desc').limit(filter.limit).execute();
}

export async function listLoanEvents(db: Executor, programmeId: string, loanId: string): Promise<LoanEventRow[]> {
  return db
    .selectFrom('loan_events')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('loan_id', '=', loanId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

/** Closes the loan only if it is still active; false when another request closed it first. */
export async function closeLoanIfActive(
  db: Executor,
  programmeId: string,
  id: string,
  patch: Updateable<Pick<LoansTable, 'status' | 'ended_at' | 'end_reason' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('loans')
    .set(patch)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Active loans that ended on or before `today`: ownership passes to the family. */
export async function listActiveLoansEndedBy(
  db: Executor,
  programmeId: string,
  today: string,
  limit: number,
): Promise<LoanListRow[]> {
  return selectLoans(db, programmeId)
    .where('l.status', '=', 'active')
    .where('l.ends_on', '<=', today)
    .orderBy('l.ends_on')
    .orderBy('l.id')
    .limit(limit)
    .execute();
}
