/**
 * A child process for the check-in concurrency test on SQLite: better-sqlite3 is synchronous, so
 * transactions only really overlap when they come from separate processes, each with its own
 * connection to the same file (WAL, busy timeout), as two `cartable serve` processes would.
 *
 * Protocol (IPC): the parent sends { type: 'prepare', file }, the worker opens the database and
 * answers 'ready'; then, for each round, the parent sends { type: 'go', programmeId, now,
 * requests } to every worker at once, and each answers { type: 'done', outcomes }; 'stop' closes
 * the connection and ends the process.
 */
import { openSqlite } from '../../src/platform/db/database.js';
import { type WorkerRequest, runRequest } from './checkin-requests.js';

type Message =
  | { type: 'prepare'; file: string }
  | { type: 'go'; programmeId: string; now: string; requests: WorkerRequest[] }
  | { type: 'stop' };

let handle: ReturnType<typeof openSqlite> | undefined;

process.on('message', (message: Message) => {
  void (async () => {
    if (message.type === 'prepare') {
      handle = openSqlite(message.file);
      // Load everything the check-in needs before the start signal, so that the processes
      // begin together instead of one after the other as their imports finish.
      await handle.db.selectFrom('programmes').select('id').limit(1).execute();
      process.send!({ type: 'ready' });
      return;
    }
    if (message.type === 'stop') {
      await handle?.destroy();
      process.exit(0);
    }
    const db = handle!.db;
    const now = new Date(message.now);
    const outcomes = await Promise.all(message.requests.map((r) => runRequest(db, message.programmeId, r, now)));
    process.send!({ type: 'done', outcomes });
  })();
});
