import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { verifyPassword } from '../../platform/auth/password.js';
import { roleOrganisation, roles } from '../../platform/auth/roles.js';
import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { validateUai } from '../territory/uai.js';
import { verifyLedger } from '../cards/ledger-verify.js';
import { buildImageManifest, type ImageManifestInput } from '../catalogue/image-manifest.js';
import { decideProposal } from '../catalogue/decisions.service.js';
import { findPublishedManifest } from '../catalogue/manifests.service.js';
import { publishVersion } from '../catalogue/publish.service.js';
import { approveVersion } from '../catalogue/versions.service.js';
import { isAppError } from '../../platform/errors.js';
import type { Programme } from '../programmes/programmes.model.js';
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

  it('has an account for every role (three teachers), found by email, with the right organisation and password', async () => {
    assert.deepEqual([...new Set(DEMO_ACCOUNTS.map((a) => a.role))].sort(), [...roles].sort());
    assert.equal(DEMO_ACCOUNTS.filter((a) => a.role === 'teacher').length, 3);
    assert.equal(new Set(DEMO_ACCOUNTS.map((a) => a.email)).size, DEMO_ACCOUNTS.length);
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
      .where('kind', 'like', 'training.%')
      .where('run_at', '<', new Date().toISOString())
      .execute();
    assert.equal(stale.length, 0, 'no reminder of a past session waits to be sent');
  });
});

describe('demo educational catalogue', () => {
  let t: TestDatabase;
  let programme: Programme;
  before(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    programme = await getProgramme(
      t.db,
      (await t.db.selectFrom('programmes').select('id').executeTakeFirstOrThrow()).id,
    );
  });
  after(() => t.drop());

  const versionsOf = (band: string) =>
    t.db
      .selectFrom('catalogue_profile_versions as v')
      .innerJoin('catalogue_profiles as p', 'p.id', 'v.profile_id')
      .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
      .select(['v.id', 'v.number', 'v.status', 'v.manifest_hash', 'v.manifest', 'v.based_on_version_id', 'y.code'])
      .where('p.band', '=', band)
      .orderBy('y.starts_on')
      .orderBy('v.number')
      .execute();
  const itemTitles = async (versionId: string) =>
    (
      await t.db
        .selectFrom('catalogue_version_items as i')
        .innerJoin('catalogue_resources as r', 'r.id', 'i.resource_id')
        .select('r.title')
        .where('i.version_id', '=', versionId)
        .execute()
    )
      .map((r) => r.title)
      .sort();

  it('loads the shipped Debian extract, and every package of the catalogue is in it but ChildsPlay’s', async () => {
    const indexes = await t.db.selectFrom('debian_indexes').selectAll().execute();
    assert.equal(indexes.length, 1);
    assert.deepEqual(
      [indexes[0]!.source, indexes[0]!.release, indexes[0]!.architecture],
      ['file', 'bookworm', 'amd64'],
    );
    assert.equal(indexes[0]!.package_count, 29);
    const inIndex = new Set((await t.db.selectFrom('debian_packages').select('name').execute()).map((p) => p.name));
    const resources = await t.db.selectFrom('catalogue_resources').selectAll().execute();
    assert.ok(resources.length >= 14);
    assert.deepEqual([...new Set(resources.map((r) => r.kind))].sort(), ['content', 'software', 'web']);
    for (const r of resources) {
      assert.ok(r.description.length >= 60, `${r.title} is described in words`);
      const missing = (JSON.parse(r.packages) as string[]).filter((name) => !inIndex.has(name));
      assert.deepEqual(missing, r.title === 'ChildsPlay' ? ['childsplay'] : [], r.title);
    }
    assert.deepEqual(
      resources.filter((r) => r.status !== 'accepted').map((r) => [r.title, r.status]),
      [['ChildsPlay', 'proposed']],
    );
    const zim = resources.find((r) => r.kind === 'content')!;
    assert.match(zim.content_url!, /^https:\/\/download\.kiwix\.org\/zim\/vikidia\/vikidia_fr_all_maxi_.*\.zim$/);
    assert.ok(zim.content_verified_at, 'the offline content is marked verified');
  });

  it('publishes this year’s cycle 2 and cycle 3 sets with real manifests the workshop images with', async () => {
    const hashes: string[] = [];
    for (const band of ['cycle2', 'cycle3']) {
      const published = (await versionsOf(band)).filter((v) => v.status === 'published');
      assert.equal(published.length, 1, band);
      const v = published[0]!;
      assert.equal(v.number, 1);
      const rebuilt = buildImageManifest(JSON.parse(v.manifest!) as ImageManifestInput);
      assert.equal(rebuilt.hash, v.manifest_hash, `${band}: the stored hash is the manifest's`);
      assert.match(rebuilt.packageList, /^gcompris-qt\t3\.1-2$/m);
      hashes.push(v.manifest_hash!);
    }
    const c2 = await itemTitles((await versionsOf('cycle2')).find((v) => v.status === 'published')!.id);
    assert.ok(c2.includes('Tux Typing') && c2.includes('Vikidia hors ligne') && !c2.includes('Stellarium'));
    const imaged = await t.db
      .selectFrom('devices')
      .select(['image_hash', 'image_name'])
      .where('image_hash', 'is not', null)
      .execute();
    assert.ok(imaged.length >= 10);
    for (const d of imaged) assert.equal(d.image_hash, hashes[0], 'imaged with the cycle 2 manifest');
    assert.ok(await findPublishedManifest(t.db, programme.id, hashes[0]!));
  });

  it('has open proposals with votes and comments, and next year’s cycle 3 draft with the accepted one', async () => {
    const proposals = await t.db.selectFrom('catalogue_proposals').selectAll().execute();
    const open = proposals.filter((p) => p.status === 'open');
    assert.ok(open.length >= 3);
    const votes = await t.db.selectFrom('catalogue_votes').select(['proposal_id', 'value']).execute();
    for (const p of proposals) {
      const mine = votes.filter((v) => v.proposal_id === p.id);
      assert.equal(p.support_count, mine.filter((v) => v.value === 'support').length);
      assert.equal(p.oppose_count, mine.filter((v) => v.value === 'oppose').length);
    }
    assert.ok(open.some((p) => p.oppose_count > 0) && open.some((p) => p.comment_count > 0));
    const accepted = proposals.filter((p) => p.status === 'accepted');
    assert.equal(accepted.length, 1);
    assert.ok(accepted[0]!.decision_reason && accepted[0]!.decided_by_label);

    const cycle3 = await versionsOf('cycle3');
    assert.equal(cycle3.length, 2);
    const [thisYear, nextYear] = [cycle3[0]!, cycle3[1]!];
    assert.equal(nextYear.status, 'draft');
    assert.notEqual(nextYear.code, thisYear.code);
    assert.equal(nextYear.based_on_version_id, thisYear.id);
    assert.equal(accepted[0]!.version_id, nextYear.id);
    const before = await itemTitles(thisYear.id);
    const after = await itemTitles(nextYear.id);
    assert.deepEqual(
      after.filter((x) => !before.includes(x)),
      ['Scratch'],
    );
    assert.deepEqual(
      before.filter((x) => !after.includes(x)),
      [],
    );
  });

  it('has school computers reporting inventories, some needing re-imaging, and judges home computers too', async () => {
    const school = await t.db
      .selectFrom('devices')
      .innerJoin('organisations', 'organisations.id', 'devices.holder_organisation_id')
      .select(['devices.id', 'devices.profile_band', 'devices.latest_inventory_id', 'organisations.name'])
      .where('devices.state', '=', 'in_school')
      .execute();
    assert.equal(school.length, 3);
    for (const d of school) {
      assert.equal(d.name, 'École élémentaire des Tilleuls (démo)');
      assert.ok(d.latest_inventory_id, 'reported an inventory');
    }
    const rows = await t.db.selectFrom('device_conformity').selectAll().execute();
    const atSchool = rows.filter((r) => r.place === 'school');
    assert.deepEqual(atSchool.map((r) => r.status).sort(), ['conform', 'needs_reimaging', 'needs_reimaging']);
    const reasons = atSchool.flatMap((r) => [
      ...(JSON.parse(r.missing) as string[]),
      ...JSON.parse(r.outdated).map((o: { name: string }) => o.name),
    ]);
    for (const name of ['tuxtype', 'kiwix', 'geogebra', 'stellarium']) assert.ok(reasons.includes(name), name);
    const home = rows.filter((r) => r.place === 'home');
    assert.equal(home.length, 1, 'the computer handed over to a family');
    assert.equal(home[0]!.band, 'cycle2');
  });

  it('lets the committee try ChildsPlay: the publication is refused, naming the package missing from Debian', async () => {
    const proposal = await t.db
      .selectFrom('catalogue_proposals')
      .innerJoin('catalogue_resources', 'catalogue_resources.id', 'catalogue_proposals.resource_id')
      .select(['catalogue_proposals.id'])
      .where('catalogue_resources.title', '=', 'ChildsPlay')
      .where('catalogue_proposals.status', '=', 'open')
      .executeTakeFirstOrThrow();
    const committee = await t.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', '=', 'comite@demo.cartable.local')
      .executeTakeFirstOrThrow();
    const audit = { userId: committee.id, label: committee.email, role: 'committee_member' };
    const decided = await decideProposal(
      t.db,
      programme.id,
      { userId: committee.id, name: 'Comité', audit },
      proposal.id,
      { decision: 'accept', reason: 'Essayons-le cette année.' },
      'fr',
    );
    const draft = await t.db
      .selectFrom('catalogue_proposals')
      .select('version_id')
      .where('id', '=', decided.id)
      .executeTakeFirstOrThrow();
    await approveVersion(t.db, programme.id, audit, draft.version_id!);
    await assert.rejects(publishVersion(t.db, programme, audit, draft.version_id!, 'fr'), (e: unknown) => {
      assert.ok(isAppError(e));
      assert.equal(e.code, 'CATALOGUE_PACKAGES_UNAVAILABLE');
      assert.deepEqual(
        e.options.fields?.map((f) => [f.field, f.code]),
        [['packages.childsplay', 'missing']],
      );
      return true;
    });
    const stillApproved = await t.db
      .selectFrom('catalogue_profile_versions')
      .select(['status', 'manifest_hash'])
      .where('id', '=', draft.version_id!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stillApproved, { status: 'approved', manifest_hash: null });
  });
});
