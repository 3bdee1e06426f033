import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { verifyPassword } from '../../platform/auth/password.js';
import { roleOrganisation, roles } from '../../platform/auth/roles.js';
import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { validateUai } from '../territory/uai.js';
import { DEMO_ACCOUNTS, seedDemo } from './demo.seed.js';

describe('demo programme seed', () => {
  let t: TestDatabase;
  let firstRun: Awaited<ReturnType<typeof seedDemo>>;
  const lines: string[] = [];
  before(async () => {
    t = await createTestDatabase();
    firstRun = await seedDemo(t.db, { log: (line) => lines.push(line) });
  });
  after(() => t.drop());

  it('creates Grand Besançon once; a second run changes nothing', async () => {
    assert.equal(firstRun.created, true);
    assert.equal(firstRun.programmeSlug, 'grand-besancon');
    assert.equal(lines.length, 1);
    const eventsBefore = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const second = await seedDemo(t.db);
    assert.equal(second.created, false);
    assert.equal(second.programmeSlug, 'grand-besancon');
    const programmes = await t.db.selectFrom('programmes').selectAll().execute();
    assert.equal(programmes.length, 1);
    const p = programmes[0]!;
    assert.deepEqual(
      [p.name, p.country, p.locale, p.currency, p.time_zone],
      ['Grand Besançon', 'FR', 'fr-FR', 'EUR', 'Europe/Paris'],
    );
    assert.deepEqual(JSON.parse(p.grades), ['CP', 'CE1', 'CE2', 'CM1', 'CM2']);
    assert.deepEqual(JSON.parse(p.languages), ['fr', 'en']);
    const eventsAfter = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(eventsAfter.n), Number(eventsBefore.n));
  });

  it('loads the 67 real communes of Grand Besançon Métropole', async () => {
    const communes = await t.db.selectFrom('communes').select(['insee_code', 'name', 'postal_codes']).execute();
    assert.equal(communes.length, 67);
    const besancon = communes.find((c) => c.insee_code === '25056');
    assert.equal(besancon?.name, 'Besançon');
    assert.deepEqual(JSON.parse(besancon!.postal_codes), ['25000']);
  });

  it('has fictional organisations in real communes, schools with valid UAIs', async () => {
    const orgs = await t.db.selectFrom('organisations').selectAll().execute();
    const communeCodes = new Set(
      (await t.db.selectFrom('communes').select('insee_code').execute()).map((c) => c.insee_code),
    );
    const kinds = orgs.map((o) => o.kind);
    const schools = orgs.filter((o) => o.kind === 'school');
    assert.ok(schools.length >= 4 && schools.length <= 6);
    for (const k of ['workshop', 'donor', 'partner']) assert.equal(kinds.filter((x) => x === k).length, 1, k);
    assert.equal(kinds.filter((x) => x === 'venue').length, 2);
    for (const o of orgs) {
      assert.match(o.name, /\(démo\)$/);
      assert.ok(o.commune_insee && communeCodes.has(o.commune_insee), o.name);
    }
    for (const s of schools) assert.deepEqual(validateUai(s.uai!), { ok: true, uai: s.uai }, s.name);
    assert.ok(schools.some((s) => s.commune_insee === '25056'));
  });

  it('has one account per role, found by email, with the right organisation and password', async () => {
    assert.deepEqual(DEMO_ACCOUNTS.map((a) => a.role).sort(), [...roles].sort());
    for (const account of DEMO_ACCOUNTS) {
      assert.ok(account.password.length >= 10, account.email);
      const user = await t.db.selectFrom('users').selectAll().where('email', '=', account.email).executeTakeFirst();
      assert.ok(user, account.email);
      // Default scrypt parameters (the cheap test ones are for factories only).
      assert.match(user.password_hash!, /^scrypt\$131072\$8\$1\$/, account.email);
      // Verifying costs a quarter of a second each: one is enough to show the password works.
      if (account.role === 'coordinator')
        assert.equal(await verifyPassword(account.password, user.password_hash!), true);
      const grants = await t.db
        .selectFrom('role_assignments')
        .leftJoin('organisations', 'organisations.id', 'role_assignments.organisation_id')
        .select(['role_assignments.role', 'organisations.name as orgName', 'organisations.kind as orgKind'])
        .where('role_assignments.user_id', '=', user.id)
        .execute();
      assert.equal(grants.length, 1, account.email);
      assert.equal(grants[0]!.role, account.role);
      assert.equal(grants[0]!.orgName ?? undefined, account.organisation);
      const expectedKind = roleOrganisation[account.role]?.kind;
      if (grants[0]!.orgKind) assert.equal(grants[0]!.orgKind, expectedKind, account.email);
      if (roleOrganisation[account.role]?.required)
        assert.ok(grants[0]!.orgName, `${account.role} needs an organisation`);
    }
  });

  it('records everything in an audit trail that verifies', async () => {
    const report = await verifyAuditTrail(t.db);
    assert.deepEqual(report.problems, []);
    const actions = await t.db.selectFrom('audit_events').select(['entity_type', 'action']).execute();
    const count = (type: string, action: string) =>
      actions.filter((a) => a.entity_type === type && a.action === action).length;
    assert.equal(count('programme', 'created'), 1);
    assert.equal(count('commune', 'imported'), 1);
    assert.equal(count('organisation', 'created'), 10);
    assert.equal(count('user', 'created'), DEMO_ACCOUNTS.length);
    assert.equal(count('role_assignment', 'role_granted'), DEMO_ACCOUNTS.length);
  });
});

describe('demo workshop', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  after(() => t.drop());

  it('has lots at every step and devices in every workshop state, made through the real rules', async () => {
    const lots = await t.db.selectFrom('donation_lots').select(['status', 'reference']).execute();
    assert.deepEqual([...new Set(lots.map((l) => l.status))].sort(), [
      'closed',
      'collected',
      'declared',
      'received',
      'scheduled',
    ]);
    const devices = await t.db.selectFrom('devices').select(['state', 'asset_tag', 'grade']).execute();
    const states = new Set(devices.map((d) => d.state));
    for (const s of [
      'received',
      'diagnosed',
      'erased',
      'repaired',
      'imaged',
      'checked',
      'ready',
      'for_parts',
      'recycled',
    ]) {
      assert.ok(states.has(s), `a demo device is ${s}`);
    }
    for (const d of devices) assert.match(d.asset_tag, /^GB-\d{6}-[A-Z]$/);
    const ready = devices.filter((d) => d.state === 'ready').length;
    assert.ok(ready >= 3);
  });

  it('proves every disk of every ready device, shows one failed wipe, and issued the closed lot’s certificate', async () => {
    const failed = await t.db.selectFrom('erasure_records').select('id').where('result', '=', 'failed').execute();
    assert.equal(failed.length, 1);
    const certificates = await t.db.selectFrom('donor_certificates').select(['verification_code']).execute();
    assert.equal(certificates.length, 1);
    const checks = await t.db.selectFrom('device_checks').select(['passed']).execute();
    assert.ok(checks.length >= 3 && checks.every((c) => c.passed === 1));
    assert.deepEqual((await verifyAuditTrail(t.db)).problems, []);
  });

  it('runs a campaign with households at every step, siblings in one household', async () => {
    const statuses = new Set(
      (await t.db.selectFrom('campaign_households').select('status').execute()).map((r) => r.status),
    );
    for (const s of ['eligible', 'waiting', 'allocated', 'invited', 'booked', 'handed_over', 'declined']) {
      assert.ok(statuses.has(s), `a demo household is ${s}`);
    }
    const bernard = await t.db.selectFrom('pupils').select('household_id').where('last_name', '=', 'Bernard').execute();
    assert.equal(bernard.length, 2);
    assert.equal(bernard[0]!.household_id, bernard[1]!.household_id, 'Noah and Lina share one household');
    assert.equal((await t.db.selectFrom('loans').select('id').execute()).length, 1);
    assert.equal((await t.db.selectFrom('card_ledger').select('credits').execute())[0]?.credits, 6);
    const ready = await t.db.selectFrom('devices').select('id').where('state', '=', 'ready').execute();
    assert.ok(ready.length >= 6, 'ready devices are left for the waiting families');
  });
});
