import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeSchool } from '../../../test/factories/schools.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('school years over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme) => `/api/v1/programmes/${p.slug}/school-years`;
  const yearsOf = (programmeId: string) =>
    t.db.db.selectFrom('school_years').selectAll().where('programme_id', '=', programmeId).execute();

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    coordinatorA = await clientFor(a.id, 'coordinator');
  });
  after(() => t.close());

  it('creates a school year, lists it and records it in the audit trail', async () => {
    const res = await coordinatorA.post(url(a), { code: ' 2026-2027 ', startsOn: '2026-09-01', endsOn: '2027-07-03' });
    assert.equal(res.statusCode, 201, res.body);
    const year = res.json();
    assert.equal(year.code, '2026-2027');
    assert.equal(year.startsOn, '2026-09-01');
    const list = await coordinatorA.get(url(a));
    assert.deepEqual(
      list.json().items.map((y: { code: string }) => y.code),
      ['2026-2027'],
    );
    const events = await t.db.db.selectFrom('audit_events').selectAll().where('entity_id', '=', year.id).execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['created'],
    );
  });

  it('refuses a badly written code, years that do not follow, and dates in the wrong order, changing nothing', async () => {
    const before = (await yearsOf(a.id)).length;
    const cases: [Record<string, string>, string, string][] = [
      [{ code: '2027/2028', startsOn: '2027-09-01', endsOn: '2028-07-01' }, 'body.code', 'school_year_format'],
      [{ code: '27-28', startsOn: '2027-09-01', endsOn: '2028-07-01' }, 'body.code', 'school_year_format'],
      [{ code: '2027-2029', startsOn: '2027-09-01', endsOn: '2029-07-01' }, 'body.code', 'school_year_not_consecutive'],
      [{ code: '2027-2028', startsOn: '2026-09-01', endsOn: '2028-07-01' }, 'body.startsOn', 'school_year_start_year'],
      [{ code: '2027-2028', startsOn: '2027-09-01', endsOn: '2027-08-01' }, 'body.endsOn', 'school_year_dates_order'],
    ];
    for (const [body, field, code] of cases) {
      const res = await coordinatorA.post(url(a), body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json().code, 'VALIDATION_FAILED');
      const error = res
        .json()
        .errors.find((e: { field: string; code: string }) => e.field === field && e.code === code);
      assert.ok(error, `${JSON.stringify(body)}: ${res.body}`);
      assert.ok(error.message.length > 10);
    }
    const invalidDate = await coordinatorA.post(url(a), {
      code: '2027-2028',
      startsOn: '2027-02-31',
      endsOn: '2028-07-01',
    });
    assert.equal(invalidDate.statusCode, 400);
    assert.equal(invalidDate.json().errors[0].field, 'body.startsOn');
    const unknownField = await coordinatorA.post(url(a), {
      code: '2027-2028',
      startsOn: '2027-09-01',
      endsOn: '2028-07-01',
      current: true,
    });
    assert.equal(unknownField.statusCode, 400);
    assert.equal((await yearsOf(a.id)).length, before);
  });

  it('refuses a second year with the same code with 409 and a clear message; another programme may use it', async () => {
    const res = await coordinatorA.post(
      url(a),
      { code: '2026-2027', startsOn: '2026-09-02', endsOn: '2027-07-04' },
      { 'accept-language': 'en' },
    );
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'SCHOOL_YEAR_CODE_TAKEN');
    assert.match(res.json().detail, /2026-2027 already exists/);
    assert.equal(res.json().errors[0].field, 'body.code');
    const coordinatorB = await clientFor(b.id, 'coordinator');
    const inB = await coordinatorB.post(url(b), { code: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-07-03' });
    assert.equal(inB.statusCode, 201);
  });

  it('changes a year’s dates and code, checking the result and the uniqueness', async () => {
    const created = (
      await coordinatorA.post(url(a), { code: '2028-2029', startsOn: '2028-09-01', endsOn: '2029-07-01' })
    ).json();
    const moved = await coordinatorA.patch(`${url(a)}/${created.id}`, { endsOn: '2029-07-05' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().endsOn, '2029-07-05');
    const taken = await coordinatorA.patch(`${url(a)}/${created.id}`, {
      code: '2026-2027',
      startsOn: '2026-09-01',
      endsOn: '2027-07-01',
    });
    assert.equal(taken.statusCode, 409);
    const backwards = await coordinatorA.patch(`${url(a)}/${created.id}`, {
      startsOn: '2028-09-01',
      endsOn: '2028-08-01',
    });
    assert.equal(backwards.statusCode, 400);
    const row = (await yearsOf(a.id)).find((y) => y.id === created.id)!;
    assert.deepEqual([row.code, row.starts_on, row.ends_on], ['2028-2029', '2028-09-01', '2029-07-05']);
  });

  it('lets a director read the years but not add one; another programme gets 404 and changes nothing', async () => {
    const school = await makeSchool(t.db.db, a.id);
    const director = await clientFor(a.id, 'school_director', school.id);
    assert.equal((await director.get(url(a))).statusCode, 200);
    const refused = await director.post(url(a), { code: '2030-2031', startsOn: '2030-09-01', endsOn: '2031-07-01' });
    assert.equal(refused.statusCode, 403);
    const coordinatorB = await clientFor(b.id, 'coordinator');
    assert.equal((await coordinatorB.get(url(a))).statusCode, 404);
    const year = (await yearsOf(a.id))[0]!;
    const patch = await coordinatorB.patch(`${url(b)}/${year.id}`, { endsOn: '2027-07-06' });
    assert.equal(patch.statusCode, 404);
    assert.equal(patch.json().code, 'SCHOOL_YEAR_NOT_FOUND');
    assert.equal(
      (await coordinatorB.post(url(a), { code: '2031-2032', startsOn: '2031-09-01', endsOn: '2032-07-01' })).statusCode,
      404,
    );
    const after = (await yearsOf(a.id)).find((y) => y.id === year.id)!;
    assert.equal(after.ends_on, year.ends_on);
  });
});
