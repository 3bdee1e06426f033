import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeSchool } from '../../../test/factories/schools.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('schools over HTTP: sector, priority area, pupil counts', () => {
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
  const base = (p: Programme) => `/api/v1/programmes/${p.slug}`;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    coordinatorA = await clientFor(a.id, 'coordinator');
  });
  after(() => t.close());

  it('accepts and returns the sector and priority area on a school only', async () => {
    const school = await coordinatorA.post(`${base(a)}/organisations`, {
      kind: 'school',
      name: 'École Jean Macé',
      uai: '0250007X',
      schoolSector: 'private',
      priorityArea: true,
    });
    assert.equal(school.statusCode, 201, school.body);
    assert.equal(school.json().schoolSector, 'private');
    assert.equal(school.json().priorityArea, true);

    const donor = await coordinatorA.post(`${base(a)}/organisations`, { kind: 'donor', name: 'Entreprise X' });
    assert.equal(donor.statusCode, 201);
    assert.equal(donor.json().schoolSector, null);
    assert.equal(donor.json().priorityArea, null);

    const refused = await coordinatorA.post(`${base(a)}/organisations`, {
      kind: 'donor',
      name: 'Entreprise Y',
      schoolSector: 'public',
    });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().errors[0].field, 'body.schoolSector');
    const refusedFlag = await coordinatorA.patch(`${base(a)}/organisations/${donor.json().id}`, { priorityArea: true });
    assert.equal(refusedFlag.statusCode, 400);
    assert.equal(refusedFlag.json().errors[0].field, 'body.priorityArea');

    const asSchool = await coordinatorA.patch(`${base(a)}/schools/${donor.json().id}`, { sector: 'public' });
    assert.equal(asSchool.statusCode, 404);
    const donorRow = await t.db.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', donor.json().id)
      .executeTakeFirstOrThrow();
    assert.equal(donorRow.school_sector, null);
  });

  it('lists schools with their commune, sector, flag and pupil counts for the year asked', async () => {
    const p = await makeProgramme(t.db.db);
    const coordinator = await clientFor(p.id, 'coordinator');
    const y1 = await makeSchoolYear(t.db.db, p.id, '2026-2027');
    const y2 = await makeSchoolYear(t.db.db, p.id, '2027-2028');
    const tilleuls = await makeSchool(t.db.db, p.id, { name: 'École des Tilleuls', priorityArea: true });
    const chenes = await makeSchool(t.db.db, p.id, { name: 'École des Chênes', sector: 'private' });
    await makeOrganisation(t.db.db, p.id, { kind: 'donor', name: 'Not a school' });
    for (const grade of ['CE2', 'CE2', 'CE2', 'CM1']) {
      await makePupil(t.db.db, p.id, { schoolId: tilleuls.id, schoolYearId: y1.id, grade });
    }
    await makePupil(t.db.db, p.id, { schoolId: tilleuls.id, schoolYearId: y2.id, grade: 'CE2' });
    await makePupil(t.db.db, p.id, { schoolId: chenes.id, schoolYearId: y1.id, grade: 'CE2' });

    const res = await coordinator.get(`${base(p)}/schools?schoolYearId=${y1.id}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.schoolYear.code, '2026-2027');
    assert.equal(body.cohortGrade, 'CE2');
    assert.deepEqual(
      body.items.map((s: Record<string, unknown>) => [
        s.name,
        s.sector,
        s.priorityArea,
        s.pupilCount,
        s.cohortPupilCount,
      ]),
      [
        ['École des Chênes', 'private', false, 1, 1],
        ['École des Tilleuls', 'public', true, 4, 3],
      ],
    );
    assert.match(body.items[1].uai, /^025\d{4}[A-Z]$/);
    const other = await coordinator.get(`${base(p)}/schools?schoolYearId=${y2.id}`);
    assert.deepEqual(
      other.json().items.map((s: { pupilCount: number }) => s.pupilCount),
      [0, 1],
    );

    const director = await clientFor(p.id, 'school_director', chenes.id);
    const mine = await director.get(`${base(p)}/schools?schoolYearId=${y1.id}`);
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(
      mine.json().items.map((s: { name: string }) => s.name),
      ['École des Chênes'],
    );
    const yearOfA = await makeSchoolYear(t.db.db, a.id, '2026-2027');
    const foreignYear = await coordinator.get(`${base(p)}/schools?schoolYearId=${yearOfA.id}`);
    assert.equal(foreignYear.statusCode, 404);
  });

  it('sets a school’s sector and flag, audited; a director may not', async () => {
    const school = await makeSchool(t.db.db, a.id, { sector: null });
    const res = await coordinatorA.patch(`${base(a)}/schools/${school.id}`, { sector: 'public', priorityArea: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().sector, 'public');
    assert.equal(res.json().priorityArea, true);
    const events = await t.db.db.selectFrom('audit_events').selectAll().where('entity_id', '=', school.id).execute();
    assert.equal(events.length, 1);
    assert.match(events[0]!.summary, /priority_area/);
    const unknown = await coordinatorA.patch(`${base(a)}/schools/${school.id}`, { sector: 'charter' });
    assert.equal(unknown.statusCode, 400);
    const director = await clientFor(a.id, 'school_director', school.id);
    assert.equal((await director.patch(`${base(a)}/schools/${school.id}`, { priorityArea: false })).statusCode, 403);
    const viaOrganisation = await director.patch(`${base(a)}/organisations/${school.id}`, { priorityArea: false });
    assert.equal(viaOrganisation.statusCode, 403);
  });

  it('answers 404 to another programme and changes nothing', async () => {
    const school = await makeSchool(t.db.db, a.id, { sector: 'public' });
    const coordinatorB = await clientFor(b.id, 'coordinator');
    assert.equal((await coordinatorB.get(`${base(a)}/schools`)).statusCode, 404);
    assert.equal((await coordinatorB.patch(`${base(a)}/schools/${school.id}`, { sector: 'private' })).statusCode, 404);
    const viaB = await coordinatorB.patch(`${base(b)}/schools/${school.id}`, { sector: 'private' });
    assert.equal(viaB.statusCode, 404);
    const listB = await coordinatorB.get(`${base(b)}/schools`);
    assert.deepEqual(listB.json().items, []);
    const row = await t.db.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', school.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.school_sector, 'public');
  });
});
