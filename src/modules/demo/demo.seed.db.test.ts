import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { verifyPassword } from '../../platform/auth/password.js';
import { roleOrganisation, roles } from '../../platform/auth/roles.js';
import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { validateUai } from '../territory/uai.js';
import { verifyLedger } from '../cards/ledger-verify.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { draftLines } from '../statements/statements.service.js';
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

describe('demo parents’ workshops', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  after(() => t.drop());

  it('gives both venues accessibility details and rooms, and the default theme catalogue', async () => {
    const venues = await t.db
      .selectFrom('venues')
      .innerJoin('organisations', 'organisations.id', 'venues.id')
      .select(['organisations.name', 'venues.step_free_access', 'venues.opening_hours', 'venues.public_transport'])
      .execute();
    assert.equal(venues.length, 2);
    for (const v of venues) {
      assert.equal(v.step_free_access, 1, v.name);
      assert.ok(v.opening_hours && v.public_transport, v.name);
    }
    const rooms = await t.db.selectFrom('venue_rooms').select(['venue_id', 'active', 'capacity']).execute();
    assert.equal(rooms.length, 4);
    assert.equal(new Set(rooms.map((r) => r.venue_id)).size, 2);
    assert.equal(rooms.filter((r) => r.active === 0).length, 1);
    const themes = await t.db.selectFrom('training_themes').select(['code', 'titles', 'descriptions']).execute();
    assert.deepEqual(themes.map((x) => x.code).sort(), [
      'email',
      'first_steps',
      'internet_safety',
      'letter_cv',
      'online_procedures',
      'school_services',
      'video_calls',
    ]);
    for (const x of themes) assert.deepEqual(Object.keys(JSON.parse(x.descriptions)).sort(), ['en', 'fr']);
  });

  it('has sessions last month and in the coming weeks, with every kind of booking', async () => {
    const now = new Date().toISOString();
    const sessions = await t.db.selectFrom('training_sessions').selectAll().execute();
    const past = sessions.filter((s) => s.ends_at < now);
    const future = sessions.filter((s) => s.starts_at > now);
    assert.equal(past.length, 2);
    assert.ok(future.length >= 5);
    assert.ok(future.filter((s) => s.series_id !== null).length >= 3, 'a weekly series');
    const thisMonth = now.slice(0, 7);
    for (const s of past) assert.ok(s.local_date < `${thisMonth}-01`, 'past sessions are in a finished month');

    const bookings = await t.db.selectFrom('training_bookings').select(['status', 'session_id']).execute();
    const statuses = bookings.map((b) => b.status);
    for (const s of ['attended', 'no_show', 'cancelled', 'booked', 'waiting']) assert.ok(statuses.includes(s), s);
    const full = future.find((s) => s.booked_count === s.seats);
    assert.ok(full, 'a full session');
    assert.equal(bookings.filter((b) => b.session_id === full.id && b.status === 'waiting').length, 2);

    const checkins = await t.db.selectFrom('training_checkins').select(['ledger_entry_id']).execute();
    assert.equal(checkins.length, 3);
    const redeemed = await t.db
      .selectFrom('card_ledger')
      .select(['id', 'created_at'])
      .where('kind', '=', 'redeemed')
      .execute();
    assert.deepEqual(redeemed.map((r) => r.id).sort(), checkins.map((c) => c.ledger_entry_id).sort());
    for (const r of redeemed) assert.ok(r.created_at < `${thisMonth}-01`, 'redeemed last month');
  });

  it('keeps every card balance equal to its ledger', async () => {
    const cards = await t.db
      .selectFrom('cards')
      .select(['id', 'credits_available', 'credits_held', 'ledger_entries'])
      .execute();
    assert.equal(cards.length, 5);
    const entries = await t.db.selectFrom('card_ledger').select(['card_id', 'kind', 'credits', 'sequence']).execute();
    const held: Record<string, number> = { booked: 1, released: -1, redeemed: -1, no_show: -1 };
    for (const card of cards) {
      const mine = entries.filter((e) => e.card_id === card.id);
      assert.equal(
        card.credits_available,
        mine.reduce((sum, e) => sum + e.credits, 0),
      );
      assert.equal(
        card.credits_held,
        mine.reduce((sum, e) => sum + (held[e.kind] ?? 0), 0),
      );
      assert.deepEqual(
        mine.map((e) => e.sequence).sort((a, b) => a! - b!),
        mine.map((_, i) => i + 1),
      );
      assert.ok(card.credits_available >= 0 && card.credits_held >= 0);
    }
    const programme = await t.db.selectFrom('programmes').select('id').executeTakeFirstOrThrow();
    assert.deepEqual((await verifyLedger(t.db, programme.id)).problems, []);
    assert.deepEqual((await verifyAuditTrail(t.db)).problems, []);
  });

  it('leaves last month a draft statement with the redeemed credits, and no reminder pending for it', async () => {
    const programme = await getProgramme(
      t.db,
      (await t.db.selectFrom('programmes').select('id').executeTakeFirstOrThrow()).id,
    );
    const past = await t.db
      .selectFrom('training_sessions')
      .select(['venue_id', 'local_date'])
      .where('ends_at', '<', new Date().toISOString())
      .execute();
    const month = past[0]!.local_date.slice(0, 7);
    let lines = 0;
    for (const venueId of new Set(past.map((s) => s.venue_id))) {
      lines += (await draftLines(t.db, programme, venueId, month, 'fr')).length;
    }
    assert.equal(lines, 3);
    const stale = await t.db
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', 'pending')
      .where('run_at', '<', new Date().toISOString())
      .execute();
    assert.equal(stale.length, 0, 'no reminder of a past session waits to be sent');
  });
});
