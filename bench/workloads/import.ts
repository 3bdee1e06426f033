/**
 * Pupil import through the real path over HTTP (upload, mapping, dry run, commit), school list
 * after school list, against the raw baseline: the same rows inserted with one prepared statement
 * per table in one transaction on the same database. Peak resident memory of the app process.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { importCommunes } from '../../src/modules/territory/communes.service.js';
import { cliActor } from '../../src/platform/auth/actor.js';
import type { Db } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { makeSchoolYear } from '../../test/factories/households.js';
import {
  IMPORT_COMMUNES,
  PUPIL_MAPPING,
  type PupilRecord,
  generatePupilRecords,
  pupilCsv,
  utf8WithBom,
} from '../../test/factories/imports.js';
import { makeSchool } from '../../test/factories/schools.js';
import type { BenchContext, Measurement, RunningApp, WorkloadResult } from '../types.js';
import {
  type Scratch,
  createScratch,
  dropScratches,
  memoryOf,
  openBenchDatabase,
  round,
  sampleMemory,
  send,
} from './lib/scratch.js';

/**
 * One school's list per file. A single 200,000-row file (≈ 28 MB) is over the upload limit
 * (IMPORT_BODY_LIMIT_BYTES, 20 MB); imports are per school anyway. 20,000 rows ≈ 2.8 MB.
 */
const ROWS_PER_FILE = 20_000;
// BENCH_IMPORT_ROWS=40000 (a multiple of 20,000) runs the same steps on fewer rows while working on this file.
const ROWS_OVERRIDE = process.env.BENCH_IMPORT_ROWS ? Number(process.env.BENCH_IMPORT_ROWS) : undefined;
const MEASURED_ROWS = ROWS_OVERRIDE ?? 200_000;
const MEMORY_ROWS: Record<BenchContext['size'], number> = ROWS_OVERRIDE
  ? { small: ROWS_OVERRIDE, city: ROWS_OVERRIDE, country: ROWS_OVERRIDE }
  : { small: 200_000, city: 200_000, country: 2_000_000 };

interface Phases {
  upload: number;
  mapping: number;
  dryRun: number;
  commit: number;
}

interface FileOutcome extends Phases {
  toCreate: number;
  rejected: number;
}

/** One file through upload → mapping → dry run → commit; the time of each step. */
async function importFile(
  app: RunningApp,
  scratch: Scratch,
  o: { schoolId: string; schoolYearId: string; bytes: Buffer; index: number },
): Promise<FileOutcome> {
  const base = `${app.baseUrl}/api/v1/programmes/${scratch.programme.slug}/imports`;
  const headers = scratch.headers(app);
  const step = async (label: string, url: string, init: RequestInit) => {
    const started = performance.now();
    const res = await send(url, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
    if (res.status < 200 || res.status >= 300) {
      throw new Error(`Import file ${o.index}, ${label}: HTTP ${res.status} ${res.body.slice(0, 500)}`);
    }
    return { ms: performance.now() - started, json: JSON.parse(res.body) as Record<string, unknown> };
  };
  const query = new URLSearchParams({
    schoolId: o.schoolId,
    schoolYearId: o.schoolYearId,
    fileName: `liste-${o.index}.csv`,
  });
  const upload = await step('upload', `${base}?${query}`, {
    method: 'POST',
    body: o.bytes,
    headers: { 'content-type': 'text/csv' },
  });
  const id = String(upload.json.id);
  const mapping = await step('mapping', `${base}/${id}/mapping`, {
    method: 'PUT',
    body: JSON.stringify({ mapping: PUPIL_MAPPING }),
    headers: { 'content-type': 'application/json' },
  });
  const dryRun = await step('dry run', `${base}/${id}/dry-run`, { method: 'POST' });
  const commit = await step('commit', `${base}/${id}/commit`, { method: 'POST' });
  return {
    upload: upload.ms,
    mapping: mapping.ms,
    dryRun: dryRun.ms,
    commit: commit.ms,
    toCreate: Number(commit.json.toCreate),
    rejected: Number(commit.json.rejected),
  };
}

interface BaselineTarget {
  programmeId: string;
  schoolYearId: string;
  schoolIds: string[];
}

/** The rows an import of these records writes, made the simplest way (no checks, no matching). */
function* baselineRows(records: PupilRecord[], t: BaselineTarget, fileIndex: number, now: string) {
  const households = new Map<number, string>();
  for (const r of records) {
    const c = r.cells;
    let householdId = households.get(r.family);
    if (!householdId) {
      householdId = newId();
      households.set(r.family, householdId);
      yield {
        table: 'households' as const,
        values: [
          householdId,
          t.programmeId,
          `B${fileIndex}-${r.family}`,
          c.Adresse,
          c['Code postal'],
          c['Sans ordinateur'] ? 1 : 0,
          c.QPV ? 1 : 0,
          now,
          now,
          now,
        ],
      };
      yield {
        table: 'household_guardians' as const,
        values: [newId(), t.programmeId, householdId, 1, c['Responsable 1 prénom'], c['Responsable 1 nom'], now],
      };
      for (const [kind, value] of [
        ['phone', c.Téléphone],
        ['email', c.Courriel],
      ] as const) {
        yield {
          table: 'household_contacts' as const,
          values: [newId(), t.programmeId, householdId, kind, value, value.replace(/\s/g, '').toLowerCase(), now],
        };
      }
    }
    const [day, month, year] = c['Date de naissance'].split('/');
    yield {
      table: 'pupils' as const,
      values: [
        newId(),
        t.programmeId,
        t.schoolYearId,
        t.schoolIds[fileIndex]!,
        householdId,
        c.Prénom,
        c.Nom,
        `${year}-${month}-${day}`,
        c.Niveau,
        c.Classe,
        `${c.Nom}|${c.Prénom}|${c['Date de naissance']}`.toLowerCase(),
        `h${fileIndex}-${r.family}`,
        now,
        now,
      ],
    };
  }
}

const BASELINE_SQL = {
  households:
    'insert into households (id, programme_id, reference, address_line, postal_code, no_computer_at_home, priority_neighbourhood, registered_at, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
  household_guardians:
    'insert into household_guardians (id, programme_id, household_id, position, first_name, last_name, created_at) values ($1, $2, $3, $4, $5, $6, $7)',
  household_contacts:
    'insert into household_contacts (id, programme_id, household_id, kind, value, value_key, created_at) values ($1, $2, $3, $4, $5, $6, $7)',
  pupils:
    'insert into pupils (id, programme_id, school_year_id, school_id, household_id, first_name, last_name, birth_date, grade, class_name, match_key, row_hash, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)',
};

/** Inserts the rows with one prepared statement per table, in one transaction; returns ms and rows. */
async function runBaseline(
  ctx: BenchContext,
  files: PupilRecord[][],
  target: BaselineTarget,
): Promise<{ ms: number; tableRows: number }> {
  const now = nowIso();
  let tableRows = 0;
  if (ctx.db === 'sqlite') {
    const file = `${ctx.env.CARTABLE_DATA_DIR}/cartable.sqlite`;
    const db = new SQLite(file);
    db.pragma('busy_timeout = 10000');
    try {
      const statements = Object.fromEntries(
        Object.entries(BASELINE_SQL).map(([table, text]) => [table, db.prepare(text.replace(/\$\d+/g, '?'))]),
      ) as Record<keyof typeof BASELINE_SQL, SQLite.Statement>;
      const started = performance.now();
      db.transaction(() => {
        files.forEach((records, i) => {
          for (const row of baselineRows(records, target, i, now)) {
            statements[row.table].run(...row.values);
            tableRows += 1;
          }
        });
      })();
      return { ms: performance.now() - started, tableRows };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: ctx.env.DATABASE_URL });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('begin');
    for (const [i, records] of files.entries()) {
      for (const row of baselineRows(records, target, i, now)) {
        // A named query is prepared once per connection, then only bound and executed.
        await client.query({ name: `bench_${row.table}`, text: BASELINE_SQL[row.table], values: row.values });
        tableRows += 1;
      }
    }
    await client.query('commit');
    return { ms: performance.now() - started, tableRows };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function countTableRows(db: Db, programmeId: string): Promise<number> {
  let total = 0;
  for (const table of ['households', 'household_guardians', 'household_contacts', 'pupils'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('programme_id', '=', programmeId)
      .executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total;
}

/** A school, the communes and a school year in a scratch programme; `files` schools. */
async function prepareSchools(db: Db, programmeId: string, files: number) {
  await importCommunes(db, programmeId, cliActor, IMPORT_COMMUNES);
  const year = await makeSchoolYear(db, programmeId);
  const schools = [];
  for (let i = 0; i < files; i++) schools.push(await makeSchool(db, programmeId, { name: `École du banc ${i + 1}` }));
  return { year, schools };
}

function recordsOf(fileIndex: number, uai: string, otherUai: string, seed: number): PupilRecord[] {
  return generatePupilRecords({
    rows: ROWS_PER_FILE,
    seed: seed * 1000 + fileIndex,
    schoolUai: uai,
    otherSchoolUai: otherUai,
    familyOffset: fileIndex * ROWS_PER_FILE,
  });
}

export default async function importWorkload(ctx: BenchContext): Promise<WorkloadResult> {
  const measurements: Measurement[] = [];
  const checks: WorkloadResult['checks'] = [];
  const notes: string[] = [];
  const totalRows = MEMORY_ROWS[ctx.size];
  const fileCount = totalRows / ROWS_PER_FILE;
  const measuredFiles = MEASURED_ROWS / ROWS_PER_FILE;
  const database = openBenchDatabase(ctx);
  const db = database.db;
  let app: RunningApp | undefined;
  try {
    await dropScratches(db);
    const scratch = await createScratch(db, 'import');
    const { year, schools } = await prepareSchools(db, scratch.programme.id, fileCount);
    // A fresh process, so its peak resident memory (VmHWM) is the import's.
    app = await ctx.startApp();
    const pid = app.pids[0]!;
    const atStart = await memoryOf(pid);
    const measuredRecords: PupilRecord[][] = [];
    const sum: Phases = { upload: 0, mapping: 0, dryRun: 0, commit: 0 };
    let created = 0;
    let rejected = 0;
    let measuredBytes = 0;
    const running = app;
    const { maxRssMb } = await sampleMemory(pid, async () => {
      for (let i = 0; i < fileCount; i++) {
        const school = schools[i]!;
        const records = recordsOf(i, school.uai, schools[(i + 1) % schools.length]!.uai, ctx.seed);
        if (i < measuredFiles) measuredRecords.push(records);
        const bytes = utf8WithBom(pupilCsv(records));
        if (i < measuredFiles) measuredBytes += bytes.length;
        const outcome = await importFile(running, scratch, {
          schoolId: school.id,
          schoolYearId: year.id,
          bytes,
          index: i,
        });
        created += outcome.toCreate;
        rejected += outcome.rejected;
        if (i < measuredFiles) for (const k of Object.keys(sum) as (keyof Phases)[]) sum[k] += outcome[k];
        if ((i + 1) % 10 === 0 || i + 1 === fileCount) {
          ctx.log(`import: ${(i + 1) * ROWS_PER_FILE} rows committed`);
        }
      }
    });
    const atEnd = await memoryOf(pid);
    await app.stop();
    app = undefined;

    const importedTableRows = await countTableRows(db, scratch.programme.id);
    checks.push({
      name: 'import: every row created, none rejected',
      ok: created === totalRows && rejected === 0,
      detail: `${created} created, ${rejected} rejected of ${totalRows}`,
    });

    const seconds = (ms: number) => ms / 1000;
    const totalMs = sum.upload + sum.mapping + sum.dryRun + sum.commit;
    const importRate = MEASURED_ROWS / seconds(totalMs);

    // The baseline in a second scratch programme (its own schools: no unique key is shared).
    const baseline = await createScratch(db, 'import-baseline');
    const baselineSchools = await prepareSchools(db, baseline.programme.id, measuredFiles);
    const raw = await runBaseline(ctx, measuredRecords, {
      programmeId: baseline.programme.id,
      schoolYearId: baselineSchools.year.id,
      schoolIds: baselineSchools.schools.map((s) => s.id),
    });
    const baselineRate = MEASURED_ROWS / seconds(raw.ms);
    const firstFilesShare = measuredFiles / fileCount;
    notes.push(
      `import: ${fileCount} files of ${ROWS_PER_FILE} rows (one school each; one 200,000-row file is over the 20 MB upload limit). ` +
        `Rates over the first ${MEASURED_ROWS} rows; the baseline inserts ${raw.tableRows} rows ` +
        `(households, guardians, contacts, pupils; the import wrote ${Math.round(importedTableRows * firstFilesShare)} for those rows).`,
    );

    measurements.push(
      {
        name: 'pupil import (upload + dry run + commit)',
        unit: 'rows/s',
        value: round(importRate, 0),
        baseline: { name: 'same rows, one prepared INSERT per table, one transaction', value: round(baselineRate, 0) },
        ratio: round(importRate / baselineRate, 3),
        target: { of: 'ratio', op: '>=', value: 0.4, text: 'rows/s ≥ 40 % of the baseline' },
      },
      { name: 'pupil import: dry run', unit: 'rows/s', value: round(MEASURED_ROWS / seconds(sum.dryRun), 0) },
      { name: 'pupil import: commit', unit: 'rows/s', value: round(MEASURED_ROWS / seconds(sum.commit), 0) },
      {
        name: 'pupil import: upload',
        unit: 'MB/s',
        value: round(measuredBytes / 1e6 / seconds(sum.upload), 1),
        note: `${round(measuredBytes / 1e6 / measuredFiles, 1)} MB a file`,
      },
    );
    const peak = atEnd?.peakMb ?? maxRssMb;
    measurements.push({
      name: `pupil import peak resident memory (${totalRows.toLocaleString('en')} rows)`,
      unit: 'MB',
      value: round(peak, 0),
      target: { of: 'value', op: '<', value: 300, text: 'peak memory of a 2,000,000-row import < 300 MB resident' },
      note:
        `VmHWM of the app process, started for the import (${round(atStart?.peakMb ?? 0, 0)} MB after start)` +
        (totalRows < 2_000_000
          ? `; ${totalRows.toLocaleString('en')} rows at ${ctx.size} size, 2,000,000 at country`
          : ''),
    });

    return { workload: 'import', measurements, checks, notes };
  } finally {
    await app?.stop();
    await dropScratches(db).catch((e: unknown) => ctx.log(`import: cleanup failed: ${String(e)}`));
    await database.destroy();
  }
}
