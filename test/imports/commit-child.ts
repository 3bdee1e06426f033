// Run by kill-mid-import.http.test.ts as a separate process:
//   node --import tsx test/imports/commit-child.ts <database location> <programme id> <import id>
// Commits the import and, after three chunks are written inside the transaction, prints
// "committing <pupils seen in the transaction>" and waits forever, so the test can SIGKILL it
// while the transaction is open.
import { commitImport } from '../../src/modules/imports/import-run.service.js';
import { getProgramme } from '../../src/modules/programmes/programmes.service.js';
import { cliActor } from '../../src/platform/auth/actor.js';
import { openPostgres, openSqlite } from '../../src/platform/db/database.js';

const [location, programmeId, importId] = process.argv.slice(2);
if (!location || !programmeId || !importId) throw new Error('usage: commit-child.ts <location> <programme> <import>');
const handle = location.startsWith('postgres') ? openPostgres(location, 2) : openSqlite(location);
const programme = await getProgramme(handle.db, programmeId);

await handle.db.transaction().execute((trx) =>
  commitImport(trx, programme, cliActor, importId, 'fr', {
    onChunk: async (chunks) => {
      if (chunks < 3) return;
      const seen = await trx
        .selectFrom('pupils')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('programme_id', '=', programmeId)
        .executeTakeFirstOrThrow();
      process.stdout.write(`committing ${Number(seen.n)}\n`);
      // Hold the transaction open (a timer keeps the process alive) until the test kills us.
      await new Promise<never>(() => setInterval(() => {}, 60_000));
    },
  }),
);
process.stdout.write('committed\n');
await handle.destroy();
