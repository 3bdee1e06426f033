import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_ORIGIN, TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { importCommunes } from './communes.service.js';

const SOME_COMMUNES = [
  { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: 118489 },
  { inseeCode: '25527', name: 'Saint-Vit', postalCodes: ['25410'], population: 5059 },
];

describe('organisations over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;
  let coordinatorB: TestClient;

  async function clientFor(
    programmeId: string,
    role: Role,
    organisationId: string | null = null,
    headers?: Record<string, string>,
  ) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app, headers ? { origin: TEST_ORIGIN, ...headers } : undefined);
    await signIn(client, t.db.db, user);
    return client;
  }
  const orgsUrl = (p: Programme) => `/api/v1/programmes/${p.slug}/organisations`;
  const countOrgs = async (programmeId: string) =>
    Number(
      (
        await t.db.db
          .selectFrom('organisations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('programme_id', '=', programmeId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Programme A' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    await importCommunes(t.db.db, a.id, cliActor, SOME_COMMUNES);
    coordinatorA = await clientFor(a.id, 'coordinator');
    coordinatorB = await clientFor(b.id, 'coordinator');
  });
  after(() => t.close());

  it('creates a school with a valid UAI, normalised, and records it in the audit trail', async () => {
    const res = await coordinatorA.post(orgsUrl(a), {
      kind: 'school',
      name: '  École des Tilleuls  ',
      uai: ' 0250007x ',
      communeInsee: '25056',
      postalCode: '25000',
      email: 'Ecole@Example.test',
    });
    assert.equal(res.statusCode, 201);
    const org = res.json();
    assert.equal(org.name, 'École des Tilleuls');
    assert.equal(org.uai, '0250007X');
    assert.equal(org.email, 'ecole@example.test');
    assert.equal(org.archivedAt, null);

    const got = await coordinatorA.get(`${orgsUrl(a)}/${org.id}`);
    assert.equal(got.statusCode, 200);
    assert.equal(got.json().communeInsee, '25056');
    assert.equal(got.json().communeName, 'Besançon');
    assert.equal(res.json().communeName, 'Besançon');

    const events = await t.db.db.selectFrom('audit_events').selectAll().where('entity_id', '=', org.id).execute();
    assert.deepEqual(
      events.map((e) => [e.action, e.actor_role]),
      [['created', 'coordinator']],
    );
  });

  it('refuses a UAI with a wrong check letter, says which letter is expected, and creates nothing', async () => {
    const before = await countOrgs(a.id);
    const res = await coordinatorA.post(orgsUrl(a), { kind: 'school', name: 'École fausse', uai: '0250008A' });
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.code, 'VALIDATION_FAILED');
    assert.equal(body.errors.length, 1);
    assert.equal(body.errors[0].field, 'body.uai');
    assert.equal(body.errors[0].code, 'uai_check_letter');
    assert.match(body.errors[0].message, /la lettre attendue est Y/);
    assert.equal(await countOrgs(a.id), before);

    const english = await clientFor(a.id, 'coordinator', null, { 'accept-language': 'en' });
    const en = await english.post(orgsUrl(a), { kind: 'school', name: 'École fausse', uai: '0250008A' });
    assert.match(en.json().errors[0].message, /the expected letter is Y/);
  });

  it('requires a UAI for a school only, in the right format, once per programme', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'school', name: 'Sans UAI' }, 'uai_required'],
      [{ kind: 'school', name: 'Mauvais format', uai: '025A007X' }, 'uai_format'],
      [{ kind: 'donor', name: 'Donateur avec UAI', uai: '0250010A' }, 'uai_not_allowed'],
    ];
    for (const [body, code] of cases) {
      const res = await coordinatorA.post(orgsUrl(a), body);
      assert.equal(res.statusCode, 400, code);
      assert.deepEqual(
        res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['body.uai', code]],
      );
    }

    assert.equal(
      (await coordinatorA.post(orgsUrl(a), { kind: 'school', name: 'Première', uai: '0250010A' })).statusCode,
      201,
    );
    const twice = await coordinatorA.post(orgsUrl(a), { kind: 'school', name: 'Seconde', uai: '0250010a' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'UAI_TAKEN');
    assert.equal(twice.json().errors[0].field, 'body.uai');
    // Another programme may hold the same school number.
    assert.equal(
      (await coordinatorB.post(orgsUrl(b), { kind: 'school', name: 'Ailleurs', uai: '0250010A' })).statusCode,
      201,
    );
  });

  it('accepts only a commune of this programme', async () => {
    const res = await coordinatorB.post(orgsUrl(b), { kind: 'venue', name: 'Médiathèque', communeInsee: '25056' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'COMMUNE_NOT_FOUND');
    assert.deepEqual(
      res.json().errors.map((e: { field: string }) => e.field),
      ['body.communeInsee'],
    );
  });

  it('rejects unknown fields, including the kind on update', async () => {
    const created = await coordinatorA.post(orgsUrl(a), {
      kind: 'partner',
      name: 'Partenaire',
      programmeId: b.id,
      id: 'x',
    });
    assert.equal(created.statusCode, 400);
    assert.deepEqual(
      created
        .json()
        .errors.map((e: { field: string; code: string }) => [e.field, e.code])
        .sort(),
      [
        ['body.id', 'unknown_field'],
        ['body.programmeId', 'unknown_field'],
      ],
    );
    const partner = await makeOrganisation(t.db.db, a.id, { kind: 'partner', name: 'Partenaire réel' });
    const patch = await coordinatorA.patch(`${orgsUrl(a)}/${partner.id}`, { kind: 'school' });
    assert.equal(patch.statusCode, 400);
    assert.deepEqual(
      patch.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.kind', 'unknown_field']],
    );
  });

  it('hides programme A’s organisations from a coordinator of programme B and lets them change nothing', async () => {
    const org = await makeOrganisation(t.db.db, a.id, { kind: 'workshop', name: 'Atelier de A' });
    const url = `${orgsUrl(b)}/${org.id}`;

    const read = await coordinatorB.get(url);
    assert.equal(read.statusCode, 404);
    assert.equal(read.json().code, 'ORGANISATION_NOT_FOUND');
    const update = await coordinatorB.patch(url, { name: 'Volé' });
    assert.equal(update.statusCode, 404);
    assert.equal(update.json().code, 'ORGANISATION_NOT_FOUND');
    const archive = await coordinatorB.post(`${url}/archive`);
    assert.equal(archive.statusCode, 404);
    assert.equal(archive.json().code, 'ORGANISATION_NOT_FOUND');

    const viaA = await coordinatorB.patch(`${orgsUrl(a)}/${org.id}`, { name: 'Volé' });
    assert.equal(viaA.statusCode, 404);
    assert.equal(viaA.json().code, 'PROGRAMME_NOT_FOUND');
    const listA = await coordinatorB.get(orgsUrl(a));
    assert.equal(listA.statusCode, 404);

    const listB = await coordinatorB.get(`${orgsUrl(b)}?limit=100`);
    assert.equal(listB.statusCode, 200);
    assert.ok(!listB.json().items.some((o: { id: string }) => o.id === org.id));

    const row = await t.db.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, 'Atelier de A');
    assert.equal(row.archived_at, null);
    const events = await t.db.db.selectFrom('audit_events').select('id').where('entity_id', '=', org.id).execute();
    assert.equal(events.length, 0);
  });

  it('lets a school director change her own school’s contact details and nothing else', async () => {
    const school1 = await makeOrganisation(t.db.db, a.id, { kind: 'school', name: 'École 1', uai: '0251711Z' });
    const school2 = await makeOrganisation(t.db.db, a.id, { kind: 'school', name: 'École 2', uai: '0251994G' });
    const director = await clientFor(a.id, 'school_director', school1.id);

    assert.equal((await director.get(`${orgsUrl(a)}/${school2.id}`)).statusCode, 200);
    const own = await director.patch(`${orgsUrl(a)}/${school1.id}`, {
      email: 'direction@ecole1.test',
      phone: '03 81 00 00 00',
      addressLine: '1 rue A',
    });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().email, 'direction@ecole1.test');
    const event = await t.db.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', school1.id)
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_role, 'school_director');
    assert.equal(event.action, 'updated');

    const rename = await director.patch(`${orgsUrl(a)}/${school1.id}`, { name: 'Renommée' });
    assert.equal(rename.statusCode, 403);
    assert.equal(rename.json().code, 'FORBIDDEN');
    assert.match(rename.json().detail, /seulement changer l’adresse, l’e-mail et le téléphone/);

    const other = await director.patch(`${orgsUrl(a)}/${school2.id}`, { email: 'pirate@ecole2.test' });
    assert.equal(other.statusCode, 403);
    assert.equal(other.json().code, 'FORBIDDEN');
    const row2 = await t.db.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', school2.id)
      .executeTakeFirstOrThrow();
    assert.equal(row2.email, null);

    assert.equal((await director.post(orgsUrl(a), { kind: 'partner', name: 'Non' })).statusCode, 403);
    assert.equal((await director.post(`${orgsUrl(a)}/${school1.id}/archive`)).statusCode, 403);
  });

  it('archives: the organisation leaves the list, archiving twice records once', async () => {
    const org = await makeOrganisation(t.db.db, a.id, { kind: 'partner', name: 'Partenaire à archiver' });
    const first = await coordinatorA.post(`${orgsUrl(a)}/${org.id}/archive`);
    assert.equal(first.statusCode, 200);
    assert.ok(first.json().archivedAt);
    assert.equal((await coordinatorA.post(`${orgsUrl(a)}/${org.id}/archive`)).statusCode, 200);
    const events = await t.db.db.selectFrom('audit_events').select('action').where('entity_id', '=', org.id).execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['archived'],
    );

    const list = await coordinatorA.get(`${orgsUrl(a)}?kind=partner&limit=100`);
    assert.ok(!list.json().items.some((o: { id: string }) => o.id === org.id));
    const withArchived = await coordinatorA.get(`${orgsUrl(a)}?kind=partner&limit=100&includeArchived=true`);
    assert.ok(withArchived.json().items.some((o: { id: string }) => o.id === org.id));
  });

  it('pages through a list by name with a cursor, filters by kind and text', async () => {
    const p = await makeProgramme(t.db.db);
    const names = ['Gamma', 'alpha', 'Delta', 'Beta', 'Epsilon', 'Zeta', 'Eta'];
    for (const name of names) await makeOrganisation(t.db.db, p.id, { kind: 'venue', name });
    await makeOrganisation(t.db.db, p.id, { kind: 'donor', name: 'Donateur Delta' });
    const client = await clientFor(p.id, 'committee_member');

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `${orgsUrl(p)}?kind=venue&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await client.get(url);
      assert.equal(res.statusCode, 200);
      const body = res.json() as { items: { name: string }[]; nextCursor: string | null };
      assert.ok(body.items.length <= 3);
      seen.push(...body.items.map((o) => o.name));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    assert.equal(pages, 3);
    assert.deepEqual([...seen].sort(), [...names].sort());
    assert.equal(new Set(seen).size, names.length);

    const search = await client.get(`${orgsUrl(p)}?q=DELTA`);
    assert.deepEqual(
      search
        .json()
        .items.map((o: { name: string }) => o.name)
        .sort(),
      ['Delta', 'Donateur Delta'],
    );
    const percent = await client.get(`${orgsUrl(p)}?q=%25`);
    assert.deepEqual(percent.json().items, []);

    const badCursor = await client.get(`${orgsUrl(p)}?cursor=not-a-cursor`);
    assert.equal(badCursor.statusCode, 400);
    assert.equal(badCursor.json().errors[0].field, 'query.cursor');
    const badLimit = await client.get(`${orgsUrl(p)}?limit=1000`);
    assert.equal(badLimit.statusCode, 400);
    assert.equal(badLimit.json().errors[0].field, 'query.limit');
  });

  it('refuses the list to a family (403) and to anonymous callers (401)', async () => {
    const family = await clientFor(a.id, 'family');
    assert.equal((await family.get(orgsUrl(a))).statusCode, 403);
    assert.equal((await t.app.inject({ method: 'GET', url: orgsUrl(a) })).statusCode, 401);
  });
});
