import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { runCli } from '../src/cli.js';
import { verifyPassword } from '../src/platform/auth/password.js';
import { type TestDatabase, createTestDatabase, testDialect } from './helpers/database.js';
import { makeProgramme } from './factories.js';
import { DEMO_ACCOUNTS } from '../src/modules/demo/demo.seed.js';

function envFor(db: TestDatabase): NodeJS.ProcessEnv {
  return db.dialect === 'postgres'
    ? { NODE_ENV: 'test', DATABASE_URL: db.location }
    : { NODE_ENV: 'test', CARTABLE_DATA_DIR: path.dirname(db.location) };
}

async function cli(db: TestDatabase, argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readStdin: async () => stdin,
    env: envFor(db),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cartable command line', () => {
  let db: TestDatabase;
  let slug: string;
  before(async () => {
    db = await createTestDatabase();
    slug = (await makeProgramme(db.db)).slug;
  });
  after(() => db.drop());

  it('adds a person with a role, the password read from standard input and stored hashed', async () => {
    const r = await cli(
      db,
      ['user', 'add', '--programme', slug, '--email', 'Coord@Example.test', '--role', 'coordinator'],
      'a long enough secret\n',
    );
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /coord@example\.test/);
    const user = await db.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'coord@example.test')
      .executeTakeFirstOrThrow();
    assert.ok(user.password_hash && !user.password_hash.includes('a long enough secret'));
    assert.equal(await verifyPassword('a long enough secret', user.password_hash), true);
    const audit = await db.db.selectFrom('audit_events').select('summary').execute();
    assert.ok(audit.every((a) => !a.summary.includes('a long enough secret')));
  });

  it('refuses an unknown role in plain words, with exit code 2 and no change', async () => {
    const before = await db.db
      .selectFrom('users')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const r = await cli(
      db,
      ['user', 'add', '--programme', slug, '--email', 'x@example.test', '--role', 'overlord'],
      'whatever password\n',
    );
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown role "overlord"/);
    assert.match(r.err, /coordinator/);
    const afterCount = await db.db
      .selectFrom('users')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
  });

  it('refuses an unknown programme and a missing password', async () => {
    const r1 = await cli(
      db,
      ['user', 'add', '--programme', 'nowhere', '--email', 'y@example.test', '--role', 'teacher'],
      'some password here\n',
    );
    assert.equal(r1.code, 1);
    assert.match(r1.err, /No programme with the short name "nowhere"/);
    const r2 = await cli(
      db,
      ['user', 'add', '--programme', slug, '--email', 'y@example.test', '--role', 'teacher'],
      '',
    );
    assert.equal(r2.code, 2);
    assert.match(r2.err, /No password on standard input/);
  });

  it('creates an API token printed once and stored hashed', async () => {
    const r = await cli(db, ['token', 'add', '--programme', slug, '--name', 'atelier-poste-1']);
    assert.equal(r.code, 0, r.err);
    const token = r.out.split('\n').at(-1)!;
    assert.match(token, /^cart_/);
    const rows = await db.db.selectFrom('api_tokens').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]!.token_hash, token);
  });

  it('verifies the audit trail, and fails after a row is edited by hand', async () => {
    const ok = await cli(db, ['audit', 'verify']);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /Audit trail intact/);
    const victim = await db.db.selectFrom('audit_events').select('id').orderBy('occurred_at').executeTakeFirstOrThrow();
    await db.db.updateTable('audit_events').set({ summary: '{"name":"forged"}' }).where('id', '=', victim.id).execute();
    const bad = await cli(db, ['audit', 'verify']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /TAMPERED/);
    assert.match(bad.err, /hash mismatch/);
  });

  it('backs up SQLite online, or says to use pg_dump on PostgreSQL', async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-backup-')), 'copy.sqlite');
    const r = await cli(db, ['backup', '--to', target]);
    if (testDialect === 'postgres') {
      assert.equal(r.code, 2);
      assert.match(r.err, /pg_dump/);
    } else {
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /integrity ok/);
      assert.ok(fs.statSync(target).size > 0);
      const again = await cli(db, ['backup', '--to', target]);
      assert.equal(again.code, 1);
      assert.match(again.err, /already exists/);
    }
  });

  it('migrates an up-to-date database without change, and loads the demo programme once', async () => {
    const migrate = await cli(db, ['migrate']);
    assert.equal(migrate.code, 0, migrate.err);
    assert.match(migrate.out, /is up to date/);
    const first = await cli(db, ['seed-demo']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, new RegExp(`Demo programme grand-besancon loaded with ${DEMO_ACCOUNTS.length} accounts`));
    const second = await cli(db, ['seed-demo']);
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /already present; nothing changed/);
  });

  it('explains unknown commands and options', async () => {
    const r = await cli(db, ['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown command "frobnicate"/);
    const r2 = await cli(db, ['user', 'add', '--programme', slug, '--colour', 'blue']);
    assert.equal(r2.code, 2);
    assert.match(r2.err, /Unknown option --colour/);
  });
});
