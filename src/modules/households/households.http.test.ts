import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeHandoverFor, makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { importCommunes } from '../territory/communes.service.js';

describe('households over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let yearId: string;
  let schoolOne: { id: string; name: string };
  let schoolTwo: { id: string; name: string };
  let coordinator: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, suffix: string) => `/api/v1/programmes/${p.slug}${suffix}`;

  /** A household with one pupil in school one (or the schools given). */
  async function family(o: Parameters<typeof makeHousehold>[2] = {}, schools: string[] = [schoolOne.id]) {
    const h = await makeHousehold(t.db.db, a.id, o);
    for (const schoolId of schools) {
      await makePupil(t.db.db, a.id, { schoolId, schoolYearId: yearId, householdId: h.id, lastName: 'Martin' });
    }
    return h;
  }
  const householdRow = (id: string) =>
    t.db.db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    await importCommunes(t.db.db, a.id, cliActor, [
      { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: 118489 },
      { inseeCode: '25527', name: 'Saint-Vit', postalCodes: ['25410'], population: 5059 },
    ]);
    yearId = (await makeSchoolYear(t.db.db, a.id)).id;
    schoolOne = await makeOrganisation(t.db.db, a.id, { kind: 'school', name: 'École Rivotte' });
    schoolTwo = await makeOrganisation(t.db.db, a.id, { kind: 'school', name: 'École Fontaine-Écu' });
    coordinator = await clientFor(a.id, 'coordinator');
  });
  after(async () => {
    await t.close();
  });

  it('shows a household with its guardians, contacts and pupils', async () => {
    const h = await family({
      guardians: [{ firstName: 'Aïcha', lastName: 'Benali' }],
      contacts: [{ kind: 'phone', value: '06 12 34 56 78' }],
    });
    const res = await coordinator.get(url(a, `/households/${h.id}`));
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.reference, h.reference);
    assert.deepEqual(body.guardians, [{ firstName: 'Aïcha', lastName: 'Benali' }]);
    assert.deepEqual(body.contacts, [{ kind: 'phone', value: '06 12 34 56 78' }]);
    assert.equal(body.pupils.length, 1);
    assert.equal(body.pupils[0].schoolName, 'École Rivotte');
    assert.equal(body.declinedAt, null);
  });

  it('changes guardians, contacts, address, language and flags, keying contacts', async () => {
    const h = await family();
    const res = await coordinator.patch(url(a, `/households/${h.id}`), {
      guardians: [{ firstName: 'Zeynep', lastName: 'Yılmaz' }, { lastName: 'Kaya' }],
      contacts: [
        { kind: 'phone', value: '0033 6 98 76 54 32' },
        { kind: 'email', value: ' Zeynep.Yilmaz@Exemple.FR ' },
        { kind: 'phone', value: '06 98 76 54 32' },
      ],
      addressLine: '4 rue de Vesoul',
      postalCode: '25000',
      communeInsee: '25056',
      preferredLanguage: 'tr',
      noComputerAtHome: true,
      priorityNeighbourhood: true,
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.guardians.length, 2);
    assert.deepEqual(
      body.contacts.map((c: { value: string }) => c.value),
      ['0033 6 98 76 54 32', 'Zeynep.Yilmaz@Exemple.FR'],
      'the same number typed twice is kept once',
    );
    assert.equal(body.communeName, 'Besançon');
    assert.equal(body.preferredLanguage, 'tr');
    assert.equal(body.noComputerAtHome, true);
    const keys = await t.db.db
      .selectFrom('household_contacts')
      .select('value_key')
      .where('household_id', '=', h.id)
      .orderBy('value_key')
      .execute();
    assert.deepEqual(keys.map((k) => k.value_key).sort(), ['+33698765432', 'zeynep.yilmaz@exemple.fr']);
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('entity_id', '=', h.id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.action, 'updated');
    assert.doesNotMatch(audit.summary, /Zeynep|Kaya|Vesoul|exemple|98 76/i);
    assert.match(audit.summary, /contacts/);
  });

  it('reports every bad field at once and changes nothing', async () => {
    const h = await family({ contacts: [{ kind: 'phone', value: '06 11 11 11 11' }] });
    const before = await householdRow(h.id);
    const res = await coordinator.patch(url(a, `/households/${h.id}`), {
      contacts: [
        { kind: 'phone', value: '06 12 34' },
        { kind: 'email', value: 'pas-un-email' },
      ],
      communeInsee: '99999',
    });
    assert.equal(res.statusCode, 400);
    const problem = res.json();
    assert.equal(problem.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      problem.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [
        ['body.contacts.0.value', 'invalid_phone'],
        ['body.contacts.1.value', 'invalid_email'],
        ['body.communeInsee', 'commune_not_found'],
      ],
    );
    assert.match(problem.errors[0].message, /numéro de téléphone/);
    assert.deepEqual(await householdRow(h.id), before);
    const contacts = await t.db.db
      .selectFrom('household_contacts')
      .select('value')
      .where('household_id', '=', h.id)
      .execute();
    assert.deepEqual(contacts, [{ value: '06 11 11 11 11' }]);

    const mismatch = await coordinator.patch(url(a, `/households/${h.id}`), {
      communeInsee: '25527',
      postalCode: '25000',
    });
    assert.equal(mismatch.statusCode, 400);
    assert.equal(mismatch.json().errors[0].code, 'postal_code_mismatch');

    for (const body of [
      { unknown: true },
      { preferredLanguage: 'xx' },
      { guardians: [] },
      { guardians: [{ lastName: 'A' }, { lastName: 'B' }, { lastName: 'C' }] },
      { contacts: [{ kind: 'fax', value: '0381' }] },
    ]) {
      const r = await coordinator.patch(url(a, `/households/${h.id}`), body);
      assert.equal(r.statusCode, 400, JSON.stringify(body));
    }
    assert.deepEqual(await householdRow(h.id), before);
  });

  it('records and cancels a refusal of the pack', async () => {
    const h = await family();
    const declined = await coordinator.post(url(a, `/households/${h.id}/decline`), { reason: 'Déjà équipés' });
    assert.equal(declined.statusCode, 200);
    assert.ok(declined.json().declinedAt);
    assert.equal(declined.json().declineReason, 'Déjà équipés');
    const again = await coordinator.post(url(a, `/households/${h.id}/decline`), { reason: 'Encore' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'HOUSEHOLD_DECLINED');
    const missing = await coordinator.post(url(a, `/households/${h.id}/decline`), {});
    assert.equal(missing.statusCode, 400);

    const undone = await coordinator.post(url(a, `/households/${h.id}/undecline`));
    assert.equal(undone.statusCode, 200);
    assert.equal(undone.json().declinedAt, null);
    assert.equal(undone.json().declineReason, null);
    assert.equal((await coordinator.post(url(a, `/households/${h.id}/undecline`))).statusCode, 409);

    const served = await family();
    await makeHandoverFor(t.db.db, a.id, { householdId: served.id, schoolYearId: yearId });
    const late = await coordinator.post(url(a, `/households/${served.id}/decline`), { reason: 'Trop tard' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'HOUSEHOLD_ALREADY_SERVED');
    assert.equal((await householdRow(served.id)).declined_at, null);
  });

  it('finds households by reference, phone, e-mail and name, page by page', async () => {
    const h = await family({
      guardians: [{ firstName: 'Fatou', lastName: 'Ndiaye' }],
      contacts: [
        { kind: 'phone', value: '+221 77 123 45 67' },
        { kind: 'email', value: 'fatou.ndiaye@exemple.sn' },
      ],
    });
    const search = async (q: string) => {
      const res = await coordinator.get(url(a, `/households?q=${encodeURIComponent(q)}`));
      assert.equal(res.statusCode, 200, res.body);
      return res.json().items.map((i: { id: string }) => i.id) as string[];
    };
    assert.deepEqual(await search(h.reference.toLowerCase().replace('-', ' ')), [h.id]);
    assert.deepEqual(await search('00221771234567'), [h.id]);
    assert.deepEqual(await search('FATOU.NDIAYE@exemple.sn'), [h.id]);
    assert.deepEqual(await search('ndiaye fatou'), [h.id]);
    assert.deepEqual(await search('ndiaye zzz'), []);

    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await coordinator.get(
        url(a, `/households?schoolId=${schoolOne.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`),
      );
      assert.equal(res.statusCode, 200);
      for (const item of res.json().items) seen.add(item.id);
      cursor = res.json().nextCursor;
      pages += 1;
    } while (cursor);
    const expected = await t.db.db
      .selectFrom('households')
      .select('id')
      .where('programme_id', '=', a.id)
      .where('merged_into_id', 'is', null)
      .execute();
    assert.equal(seen.size, expected.length);
    assert.ok(pages > 1);
    assert.equal((await coordinator.get(url(a, '/households?cursor=nope'))).statusCode, 400);
  });

  it('lets a director see only households with a pupil in her school, and only those pupils', async () => {
    const director = await clientFor(a.id, 'school_director', schoolOne.id);
    const mine = await family({}, [schoolOne.id, schoolTwo.id]);
    const theirs = await family({}, [schoolTwo.id]);
    const res = await director.get(url(a, `/households/${mine.id}`));
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().pupils.map((p: { schoolId: string }) => p.schoolId),
      [schoolOne.id],
    );
    const other = await director.get(url(a, `/households/${theirs.id}`));
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'HOUSEHOLD_NOT_FOUND');
    const list = await director.get(url(a, `/households?limit=100`));
    const ids = list.json().items.map((i: { id: string }) => i.id) as string[];
    assert.ok(ids.includes(mine.id));
    assert.ok(!ids.includes(theirs.id));
    const filtered = await director.get(url(a, `/households?schoolId=${schoolTwo.id}&limit=100`));
    assert.ok(!filtered.json().items.some((i: { id: string }) => i.id === theirs.id));
    const pupils = await director.get(url(a, `/pupils?limit=100`));
    assert.ok(pupils.json().items.length > 0);
    assert.ok(pupils.json().items.every((p: { schoolId: string }) => p.schoolId === schoolOne.id));
    assert.equal((await director.patch(url(a, `/households/${mine.id}`), { preferredLanguage: 'en' })).statusCode, 403);
    assert.equal((await director.post(url(a, `/households/${mine.id}/decline`), { reason: 'x' })).statusCode, 403);
    assert.equal((await director.get(url(a, '/merge-proposals'))).statusCode, 403);

    const operator = await clientFor(a.id, 'workshop_operator');
    assert.equal((await operator.get(url(a, '/households'))).statusCode, 403);
  });

  it('changes a pupil’s class and grade, and moves a pupil to a sibling’s household', async () => {
    const first = await family();
    const second = await family();
    const pupilId = (
      await t.db.db.selectFrom('pupils').select('id').where('household_id', '=', second.id).executeTakeFirstOrThrow()
    ).id;

    const bad = await coordinator.patch(url(a, `/pupils/${pupilId}`), { grade: '6e' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.grade');
    assert.equal(bad.json().errors[0].code, 'grade_not_in_programme');

    const res = await coordinator.patch(url(a, `/pupils/${pupilId}`), {
      grade: 'CM1',
      className: 'CM1 B',
      householdId: first.id,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().grade, 'CM1');
    assert.equal(res.json().householdReference, first.reference);
    const household = await coordinator.get(url(a, `/households/${first.id}`));
    assert.equal(household.json().pupils.length, 2);

    const unknown = await coordinator.patch(url(a, `/pupils/${pupilId}`), {
      householdId: '01900000-0000-7000-8000-000000000000',
    });
    assert.equal(unknown.statusCode, 404);
    const list = await coordinator.get(url(a, `/pupils?grade=CM1&schoolYearId=${yearId}`));
    assert.deepEqual(
      list.json().items.map((p: { id: string }) => p.id),
      [pupilId],
    );
  });

  it('gives a person of another programme 404 and changes nothing', async () => {
    const h = await family({ contacts: [{ kind: 'phone', value: '06 22 22 22 22' }] });
    const pupil = await makePupil(t.db.db, a.id, { schoolId: schoolOne.id, schoolYearId: yearId, householdId: h.id });
    const outsider = await clientFor(b.id, 'coordinator');
    const before = await householdRow(h.id);
    for (const res of [
      await outsider.get(url(b, `/households/${h.id}`)),
      await outsider.patch(url(b, `/households/${h.id}`), { preferredLanguage: 'en' }),
      await outsider.post(url(b, `/households/${h.id}/decline`), { reason: 'x' }),
      await outsider.patch(url(b, `/pupils/${pupil.id}`), { className: 'X' }),
    ]) {
      assert.equal(res.statusCode, 404, res.body);
    }
    assert.equal((await outsider.get(url(a, `/households/${h.id}`))).json().code, 'PROGRAMME_NOT_FOUND');
    assert.equal((await outsider.get(url(b, '/households?q=0622222222'))).json().items.length, 0);
    const moved = await outsider.patch(url(a, `/pupils/${pupil.id}`), { className: 'X' });
    assert.equal(moved.statusCode, 404);
    assert.deepEqual(await householdRow(h.id), before);
    const pupilRow = await t.db.db
      .selectFrom('pupils')
      .select('class_name')
      .where('id', '=', pupil.id)
      .executeTakeFirstOrThrow();
    assert.equal(pupilRow.class_name, 'CE2 A');
  });
});
