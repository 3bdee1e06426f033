import { sql } from 'kysely';
import { hashPassword } from '../platform/auth/password.js';
import type { AuditActor } from '../platform/auth/actor.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { hashPin } from '../modules/cards/cards.service.js';
import { rebuildCounters } from '../modules/dashboard/counters.repository.js';
import { createProgramme, getProgramme } from '../modules/programmes/programmes.service.js';
import { createDefaultThemes } from '../modules/venues/themes.service.js';
import { type BulkSink, openPostgresSink, openSqliteSink } from './bulk-sink.js';
import { COLUMNS } from './columns.js';
import type { GenContext } from './context.js';
import { put } from './context.js';
import { writeFamilies } from './families.js';
import { inventoryTemplates } from './inventory-templates.js';
import { type BenchDataMarker, readBenchDataMarker, removeSqliteMarker, writeBenchDataMarker } from './marker.js';
import {
  BENCH_ACCOUNTS,
  BENCH_GRADES,
  BENCH_PROGRAMME_NAME,
  BENCH_PROGRAMME_SLUG,
  BENCH_TAG_PREFIX,
  BENCH_TIME_ZONE,
  type BenchDataSize,
  iso,
  layoutOf,
} from './plan.js';
import { S, benchId } from './random.js';
import { writeTerritory } from './territory.js';
import { DailyFigures, writeSessions } from './trainings.js';
import { writeWorkshop } from './workshop.js';

export interface BenchDataOptions {
  size: BenchDataSize;
  seed: number;
  databaseUrl?: string | undefined;
  sqliteFile: string;
  /** The day the data is made (defaults to today): instants are placed around it. */
  today?: Date;
  log?: (line: string) => void;
}

export interface BenchDataResult {
  /** True when matching data was already there (nothing written). */
  reused: boolean;
  marker: BenchDataMarker;
}

export class BenchDataRefused extends Error {}

const seedActor: AuditActor = { userId: null, label: 'bench-data', role: null };

/**
 * Fills an empty database with the benchmark programme (docs/performance.md, "Benchmark data").
 * Reuses the data when the marker says the same size and seed made it; refuses any other
 * non-empty database.
 */
export async function generateBenchData(opts: BenchDataOptions): Promise<BenchDataResult> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const where = { databaseUrl: opts.databaseUrl, sqliteFile: opts.sqliteFile };
  const handle = openDatabase(where);
  let programmeId: string;
  let themeIds: string[];
  let settings: GenContext['settings'];
  let gradingRules: Awaited<ReturnType<typeof getProgramme>>['settings']['grading'];
  let hasDailyFigures = false;
  try {
    await migrateToLatest(handle.db);
    const existing = await handle.db.selectFrom('programmes').select(['slug']).execute();
    if (existing.length > 0) {
      const marker = await readBenchDataMarker(where);
      if (marker && marker.size === opts.size && marker.seed === opts.seed) return { reused: true, marker };
      throw new BenchDataRefused(
        marker
          ? `This database holds bench data of size ${marker.size} and seed ${marker.seed}; use an empty database for ${opts.size} / seed ${opts.seed}.`
          : `The database is not empty (programmes: ${existing.map((p) => p.slug).join(', ')}); bench-data only fills an empty database.`,
      );
    }
    if (!opts.databaseUrl) removeSqliteMarker(opts.sqliteFile);
    hasDailyFigures = await sql`select count(*) as n from training_daily_figures`
      .execute(handle.db)
      .then(() => true)
      .catch(() => false);
    // The programme and its themes go through the app's own services (one row each).
    const made = await handle.db.transaction().execute(async (trx) => {
      const programme = await createProgramme(trx, seedActor, {
        slug: BENCH_PROGRAMME_SLUG,
        name: BENCH_PROGRAMME_NAME,
        country: 'FR',
        locale: 'fr-FR',
        languages: ['fr', 'en'],
        currency: 'EUR',
        timeZone: BENCH_TIME_ZONE,
        grades: [...BENCH_GRADES],
        settings: { assetTagPrefix: BENCH_TAG_PREFIX },
      });
      const themes = await createDefaultThemes(trx, programme.id, seedActor);
      return { programme: await getProgramme(trx, programme.id), themes };
    });
    programmeId = made.programme.id;
    themeIds = made.themes.map((t) => t.id);
    const s = made.programme.settings;
    settings = {
      creditsPerCard: s.creditsPerCard,
      hoursPerCredit: s.hoursPerCredit,
      cardValidityMonths: s.cardValidityMonths,
      checklist: s.checklist,
    };
    gradingRules = s.grading;
  } finally {
    await handle.destroy();
  }

  // scrypt is slow on purpose: each password is hashed once, and one PIN hash serves every card.
  const hashes: string[] = [];
  for (const account of BENCH_ACCOUNTS) hashes.push(await hashPassword(account.password));
  const pinHash = await hashPin(String(1_000 + (opts.seed % 9_000)));

  const layout = layoutOf(opts.size, opts.today ?? new Date());
  const columns = {
    ...COLUMNS,
    users: [
      'id',
      'email',
      'display_name',
      'password_hash',
      'locale',
      'disabled_at',
      'password_changed_at',
      'created_at',
      'updated_at',
    ],
    role_assignments: ['id', 'programme_id', 'user_id', 'role', 'organisation_id', 'created_at'],
    programme_counters: ['programme_id', 'name', 'value'],
  };
  const sink: BulkSink = opts.databaseUrl
    ? await openPostgresSink(opts.databaseUrl, columns)
    : openSqliteSink(opts.sqliteFile, columns);
  const accountsAt = layout.yearStartsMs[0]! - 121 * 86_400_000;
  const accountIds = BENCH_ACCOUNTS.map((_, i) => benchId(opts.seed, S.misc, 3_000_000 + i, accountsAt));
  const person = (i: number) => ({ userId: accountIds[i]!, label: BENCH_ACCOUNTS[i]!.email });
  const ctx: GenContext = {
    seed: opts.seed,
    programmeId,
    layout,
    sink,
    counts: {},
    coordinator: person(0),
    admin: person(1),
    venueStaff: person(2),
    pinHash,
    settings,
    log,
  };
  try {
    const territory = writeTerritory(ctx);
    BENCH_ACCOUNTS.forEach((account, i) => {
      const at = iso(accountsAt);
      put(ctx, 'users', [accountIds[i], account.email, `${account.role} (banc)`, hashes[i], null, null, at, at, at]);
      put(ctx, 'role_assignments', [
        benchId(opts.seed, S.misc, 3_100_000 + i, accountsAt),
        programmeId,
        accountIds[i],
        account.role,
        account.role === 'venue_staff' ? territory.venueIds[0]! : null,
        at,
      ]);
    });
    log(`territory: ${layout.schools} schools, ${layout.venues} venues, ${layout.communes} communes`);
    const sessions = writeSessions(ctx, territory, themeIds);
    await sink.drain();
    await writeFamilies(ctx, territory);
    const figures = new DailyFigures();
    await writeWorkshop(ctx, territory, inventoryTemplates(gradingRules), sessions, figures);
    put(ctx, 'programme_counters', [programmeId, 'asset_tag', layout.spec.devices]);
    put(ctx, 'programme_counters', [programmeId, 'household', layout.spec.households]);
    put(ctx, 'programme_counters', [programmeId, 'lot', layout.lots]);
    if (hasDailyFigures) {
      for (const f of figures.rows.values()) {
        put(ctx, 'training_daily_figures', [programmeId, f.day, f.venueId, f.themeId, f.kind, f.entries, f.credits]);
      }
    }
    await sink.flush();
  } finally {
    await sink.close();
  }

  // Seats taken: one statement over the bookings (the sessions were written before them).
  const after = openDatabase(where);
  try {
    await sql`update training_sessions set booked_count = c.n from (select session_id, count(*) as n from training_bookings where programme_id = ${programmeId} and status in ('booked', 'attended') group by session_id) as c where c.session_id = training_sessions.id`.execute(
      after.db,
    );
    // The dashboard's counters: the load ran with their triggers off (set aside on SQLite, replica
    // mode on PostgreSQL), so they are counted once from the loaded rows.
    await after.db.transaction().execute((trx) => rebuildCounters(trx, programmeId));
    if (opts.databaseUrl) await sql`analyze`.execute(after.db);
  } finally {
    await after.destroy();
  }

  const counts: Record<string, number> = { seed: opts.seed, ...ctx.counts };
  delete counts.programme_counters;
  const marker: BenchDataMarker = {
    size: opts.size,
    seed: opts.seed,
    counts,
    ms: Date.now() - started,
    madeOn: iso(layout.anchorMs).slice(0, 10),
  };
  await writeBenchDataMarker(where, marker);
  return { reused: false, marker };
}
