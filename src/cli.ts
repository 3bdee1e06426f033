import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Config, ConfigError, loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest, pendingMigrations } from './platform/db/migrate.js';
import { cliActor } from './platform/auth/actor.js';
import { isRole, roles } from './platform/auth/roles.js';
import { verifyAuditTrail } from './platform/audit/audit.js';
import { AppError, isAppError } from './platform/errors.js';
import { messages } from './platform/i18n/i18n.js';
import { findProgrammeBySlug } from './modules/programmes/programmes.repository.js';
import { addUser } from './modules/accounts/users.service.js';
import { createApiToken } from './modules/accounts/api-tokens.service.js';
import { findOrganisationByRef } from './modules/territory/organisations.repository.js';
import { seedDemo } from './modules/demo/demo.seed.js';
import { listAllProgrammes } from './modules/programmes/programmes.repository.js';
import { purgeProgramme } from './modules/privacy/purge.service.js';
import { describePurge } from './modules/privacy/purge-report.js';
import { describeVerification, verifyLedger } from './modules/cards/ledger-verify.js';
import { startServer, stopOnSignals } from './server.js';
import { benchDataCommand } from './bench-data/command.js';

/** An error whose message is meant for the person at the terminal; exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: cartable <command> [options]

Commands:
  serve                         migrate, load the demo programme on first start (demo mode), serve the app
  migrate                       bring the database schema up to date
  seed-demo                     load the demo programme Grand Besançon (not in production)
  user add --programme SLUG --email EMAIL --role ROLE [--org ORG] [--name NAME]
                                add a person with a role; the password is read from standard input
  token add --programme SLUG --name NAME [--purpose inventory|integration]
                                create an API token for machines; it is printed once
  audit verify                  recompute the audit trail's hash chains; exits 1 on tampering
  backup --to FILE              copy the SQLite database while it runs (PostgreSQL: use pg_dump)
  privacy purge [--programme SLUG] [--dry-run]
                                erase the personal data of families past the programme's retention
                                (retentionMonthsAfterLoanEnd); every programme when none is named;
                                --dry-run only counts; running it again erases nothing more
  ledger verify [--programme SLUG]
                                check every workshop card's credit ledger (every programme when
                                none is named); exits 1 when a problem is found
  bench-data --size small|city|country [--seed N]
                                fill an empty database with the benchmark programme (not in production)

Roles: ${roles.join(', ')}
Configuration comes from environment variables (see the README).`;

type Flags = Record<string, string>;

function parseFlags(args: string[], allowed: string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new CliError(`Unexpected argument "${arg}".\n\n${USAGE}`, 2);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!allowed.includes(name))
      throw new CliError(`Unknown option --${name}. Allowed: ${allowed.map((a) => `--${a}`).join(', ')}.`, 2);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new CliError(`Option --${name} needs a value.`, 2);
    flags[name] = value;
  }
  return flags;
}

function required(flags: Flags, name: string): string {
  const v = flags[name];
  if (!v) throw new CliError(`Missing option --${name}.`, 2);
  return v;
}

/** Plain-words text of an AppError for the terminal, with its field errors. */
function describeAppError(e: AppError): string {
  const title = messages('en').errors[e.code].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(e.options.params?.[k] ?? k),
  );
  const fields = (e.options.fields ?? []).map((f) => `  ${f.field.replace(/^body\./, '')}: ${f.message}`);
  return [`${title} (${e.code})`, ...fields].join('\n');
}

async function withDatabase<T>(config: Config, fn: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const database = openDatabase(config);
  try {
    const pending = await pendingMigrations(database.db);
    if (pending.length) await migrateToLatest(database.db);
    return await fn(database);
  } finally {
    await database.destroy();
  }
}

async function programmeIdOf(db: ReturnType<typeof openDatabase>['db'], slug: string): Promise<string> {
  const programme = await findProgrammeBySlug(db, slug);
  if (!programme) throw new CliError(`No programme with the short name "${slug}".`);
  return programme.id;
}

async function userAdd(config: Config, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, ['programme', 'email', 'role', 'org', 'name']);
  const role = required(flags, 'role');
  if (!isRole(role)) throw new CliError(`Unknown role "${role}". Roles: ${roles.join(', ')}.`, 2);
  const email = required(flags, 'email');
  const slug = required(flags, 'programme');
  const password = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  if (!password)
    throw new CliError('No password on standard input. Example: echo "a long password" | cartable user add …', 2);
  await withDatabase(config, async ({ db }) => {
    const programmeId = await programmeIdOf(db, slug);
    let organisationId: string | null = null;
    if (flags.org) {
      const org = await findOrganisationByRef(db, programmeId, flags.org);
      if (!org) throw new CliError(`No organisation "${flags.org}" in ${slug} (give its id, UAI or exact name).`);
      organisationId = org.id;
    }
    const result = await db.transaction().execute((trx) =>
      addUser(trx, cliActor, {
        programmeId,
        email,
        role,
        organisationId,
        password,
        ...(flags.name ? { displayName: flags.name } : {}),
      }),
    );
    io.out(`${result.created ? 'Created' : 'Updated'} ${email.toLowerCase()} with role ${role} in ${slug}.`);
  });
}

async function tokenAdd(config: Config, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, ['programme', 'name', 'purpose']);
  const purpose = flags.purpose ?? 'inventory';
  if (purpose !== 'inventory' && purpose !== 'integration')
    throw new CliError(`Unknown purpose "${purpose}": inventory or integration.`, 2);
  await withDatabase(config, async ({ db }) => {
    const programmeId = await programmeIdOf(db, required(flags, 'programme'));
    const token = await db
      .transaction()
      .execute((trx) => createApiToken(trx, programmeId, cliActor, { name: required(flags, 'name'), purpose }));
    io.out(`Token "${flags.name}" (${purpose}) created. Copy it now, it will not be shown again:`);
    io.out(token.token);
  });
}

async function auditVerify(config: Config, io: CliIo): Promise<void> {
  await withDatabase(config, async ({ db }) => {
    const report = await verifyAuditTrail(db);
    if (report.problems.length === 0) {
      io.out(`Audit trail intact: ${report.events} events in ${report.chains} chains.`);
      return;
    }
    for (const p of report.problems) io.err(`Chain ${p.chainId}, event ${p.seq}: ${p.problem.replace(/_/g, ' ')}`);
    throw new CliError(`Audit trail TAMPERED: ${report.problems.length} problem(s) in ${report.events} events.`);
  });
}

async function privacyPurge(config: Config, args: string[], io: CliIo): Promise<void> {
  // --dry-run is the one option without a value.
  const dryRun = args.includes('--dry-run');
  const flags = parseFlags(
    args.filter((a) => a !== '--dry-run'),
    ['programme'],
  );
  await withDatabase(config, async ({ db }) => {
    const programmeIds = flags.programme
      ? [await programmeIdOf(db, flags.programme)]
      : (await listAllProgrammes(db)).map((p) => p.id);
    if (programmeIds.length === 0) io.out('No programme: nothing to purge.');
    for (const programmeId of programmeIds) {
      const report = await purgeProgramme(db, programmeId, cliActor, { dryRun });
      for (const line of describePurge(report)) io.out(line);
    }
  });
}

async function ledgerVerify(config: Config, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, ['programme']);
  await withDatabase(config, async ({ db }) => {
    const programmes = flags.programme
      ? [{ id: await programmeIdOf(db, flags.programme), slug: flags.programme }]
      : await listAllProgrammes(db);
    if (programmes.length === 0) io.out('No programme: nothing to check.');
    let problems = 0;
    for (const programme of programmes) {
      const report = await verifyLedger(db, programme.id);
      problems += report.problems.length;
      for (const line of describeVerification(programme.slug, report)) (report.problems.length ? io.err : io.out)(line);
    }
    if (problems > 0) throw new CliError(`Ledger check FAILED: ${problems} problem(s).`);
  });
}

async function backup(config: Config, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, ['to']);
  const target = path.resolve(required(flags, 'to'));
  if (config.databaseUrl) {
    throw new CliError(
      'This server runs on PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom "$DATABASE_URL" > cartable.dump',
      2,
    );
  }
  if (!fs.existsSync(config.sqliteFile)) throw new CliError(`No database at ${config.sqliteFile}.`);
  if (fs.existsSync(target)) throw new CliError(`${target} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const source = new SQLite(config.sqliteFile, { readonly: true, fileMustExist: true });
  try {
    // better-sqlite3's backup uses SQLite's online backup API: the app can keep writing meanwhile.
    await source.backup(target);
  } finally {
    source.close();
  }
  const check = new SQLite(target, { readonly: true });
  const ok = check.pragma('integrity_check', { simple: true });
  check.close();
  if (ok !== 'ok') throw new CliError(`The copy at ${target} failed its integrity check: ${String(ok)}`);
  io.out(`Backup written to ${target} (${fs.statSync(target).size} bytes, integrity ok).`);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    const config = loadConfig(io.env);
    switch (command) {
      case 'serve': {
        parseFlags(rest, []);
        const server = await startServer(config, io.out);
        stopOnSignals(server, server.app.log);
        return -1; // keeps running
      }
      case 'migrate': {
        parseFlags(rest, []);
        await withDatabase(config, async ({ db, describe }) => {
          const result = await migrateToLatest(db);
          const ran = (result.results ?? []).map((r) => r.migrationName);
          io.out(
            ran.length
              ? `Applied ${ran.length} migration(s) to ${describe}: ${ran.join(', ')}`
              : `${describe} is up to date.`,
          );
        });
        return 0;
      }
      case 'seed-demo': {
        parseFlags(rest, []);
        if (config.env === 'production')
          throw new CliError('The demo programme is refused when NODE_ENV=production.', 2);
        await withDatabase(config, async ({ db }) => {
          const r = await seedDemo(db);
          io.out(
            r.created
              ? `Demo programme ${r.programmeSlug} loaded with ${r.accounts.length} accounts.`
              : `Demo programme ${r.programmeSlug} already present; nothing changed.`,
          );
        });
        return 0;
      }
      case 'user':
        if (rest[0] !== 'add')
          throw new CliError('Usage: cartable user add --programme SLUG --email EMAIL --role ROLE [--org ORG]', 2);
        await userAdd(config, rest.slice(1), io);
        return 0;
      case 'token':
        if (rest[0] !== 'add')
          throw new CliError('Usage: cartable token add --programme SLUG --name NAME [--purpose inventory]', 2);
        await tokenAdd(config, rest.slice(1), io);
        return 0;
      case 'audit':
        if (rest[0] !== 'verify') throw new CliError('Usage: cartable audit verify', 2);
        await auditVerify(config, io);
        return 0;
      case 'backup':
        await backup(config, rest, io);
        return 0;
      case 'privacy':
        if (rest[0] !== 'purge') throw new CliError('Usage: cartable privacy purge [--programme SLUG] [--dry-run]', 2);
        await privacyPurge(config, rest.slice(1), io);
        return 0;
      case 'ledger':
        if (rest[0] !== 'verify') throw new CliError('Usage: cartable ledger verify [--programme SLUG]', 2);
        await ledgerVerify(config, rest.slice(1), io);
        return 0;
      case 'bench-data':
        await benchDataCommand(config, {
          flags: parseFlags(rest, ['size', 'seed']),
          out: io.out,
          fail: (message, exitCode) => new CliError(message, exitCode),
        });
        return 0;
      default:
        throw new CliError(`Unknown command "${command}".\n\n${USAGE}`, 2);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    if (e instanceof ConfigError) {
      io.err(e.message);
      return 2;
    }
    if (isAppError(e)) {
      io.err(describeAppError(e));
      return 1;
    }
    io.err(`Failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

export function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write('Password: ');
  }
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      data += chunk;
      if (process.stdin.isTTY && data.includes('\n')) process.stdin.pause();
      if (process.stdin.isTTY && data.includes('\n')) resolve(data);
    });
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', reject);
  });
}

export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    readStdin: readAllStdin,
    env: process.env,
  });
  if (code >= 0) process.exitCode = code;
}

// `AppError` is re-exported for the CLI tests.
export { AppError };
