import type { Insertable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { MailOutboxTable } from './mail.tables.js';

export async function insertMail(db: Executor, row: Insertable<MailOutboxTable>): Promise<void> {
  await db.insertInto('mail_outbox').values(row).execute();
}

/** Ids of mails waiting to be sent whose lock (or retry delay) has passed, oldest first. */
export async function listDueMailIds(db: Executor, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes one mail for this process: the update only matches while the mail is still pending and
 * unlocked, so when two processes race for it exactly one of them gets a row back.
 */
export async function claimMail(db: Executor, id: string, now: string, lockedUntil: string) {
  return db
    .updateTable('mail_outbox')
    .set({ locked_until: lockedUntil })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning(['id', 'to_address', 'subject', 'body_text', 'attempts'])
    .executeTakeFirst();
}

export async function markMailDone(
  db: Executor,
  id: string,
  status: 'sent' | 'logged',
  at: string,
  attempts: number,
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status, sent_at: at, locked_until: null, attempts, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markMailFailedAttempt(
  db: Executor,
  id: string,
  changes: { status: 'pending' | 'failed'; attempts: number; lastError: string; retryAt: string | null },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      status: changes.status,
      attempts: changes.attempts,
      last_error: changes.lastError,
      locked_until: changes.retryAt,
    })
    .where('id', '=', id)
    .execute();
}
