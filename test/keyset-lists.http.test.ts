// Keyset pagination of the lists that grow with the programme (docs/performance.md, "Keyset
// pagination"): each list is walked page by page with a small limit, and the walk must show
// every row once, in the order of the whole list, and stop; a cursor that does not come from
// the list is refused with a 400 naming `query.cursor`. The statements a page runs do not grow
// with the page size.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeCursor } from '../src/platform/db/keyset.js';
import type { Programme } from '../src/modules/programmes/programmes.model.js';
import { makeProgramme, makeUser, signIn } from './factories.js';
import { makeResource } from './factories/catalogue.js';
import { makeHousehold, makeSchoolYear } from './factories/households.js';
import { makeJudgedSchoolDevice, makePaymentBatch } from './factories/lists.js';
import { addToCampaign, makeAppointment, makeCampaign, makeSchool } from './factories/schools.js';
import { makeVenue } from './factories/venues.js';
import { TestClient, type TestApp, buildTestApp } from './helpers/app.js';
import { QueryCounter } from './helpers/query-count.js';

interface Page {
  items: { id?: string; device?: { id: string } }[];
  nextCursor: string | null;
}

const idOf = (item: Page['items'][number]) => item.id ?? item.device!.id;

describe('keyset pagination of the growing lists', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let a: Programme;
  let admin: TestClient;
  let schoolId: string;
  let campaignId: string;
  const url = (path: string) => `/api/v1/programmes/${a.slug}${path}`;

  before(async () => {
    t = await buildTestApp({}, { queryCounter: counter });
    a = await makeProgramme(t.db.db, { settings: { assetTagPrefix: 'KS' } });
    const user = await makeUser(t.db.db, { displayName: 'Zoé Admin', grants: [{ programmeId: a.id, role: 'admin' }] });
    admin = new TestClient(t.app);
    await signIn(admin, t.db.db, user);
    schoolId = (await makeSchool(t.db.db, a.id, { name: 'School A' })).id;
    const year = await makeSchoolYear(t.db.db, a.id);
    campaignId = (await makeCampaign(t.db.db, a.id, { schoolYearId: year.id, schoolIds: [schoolId] })).id;
  });
  after(() => t.close());

  async function getPage(path: string, query: string): Promise<Page> {
    const sep = path.includes('?') ? '&' : '?';
    const res = await admin.get(url(`${path}${sep}${query}`));
    assert.equal(res.statusCode, 200, res.body);
    return res.json<Page>();
  }

  /**
   * Walks `path` with `limit` rows a page and checks the walk against the whole list read in
   * one page: the same rows in the same order, none twice, the expected number of pages.
   */
  async function walk(path: string, limit: number): Promise<string[]> {
    const whole = await getPage(path, 'limit=200');
    assert.equal(whole.nextCursor, null);
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await getPage(path, `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      pages += 1;
      assert.ok(page.items.length <= limit);
      if (page.nextCursor) assert.equal(page.items.length, limit, 'a page before the last one is full');
      ids.push(...page.items.map(idOf));
      cursor = page.nextCursor;
      assert.ok(pages <= 50, 'the walk ends');
    } while (cursor);
    assert.equal(new Set(ids).size, ids.length, 'no row twice');
    assert.deepEqual(ids, whole.items.map(idOf), 'every row, in the order of the whole list');
    assert.equal(pages, Math.max(1, Math.ceil(ids.length / limit)));
    return ids;
  }

  async function assertCursorRefused(path: string, cursor: string): Promise<void> {
    const sep = path.includes('?') ? '&' : '?';
    const res = await admin.get(url(`${path}${sep}cursor=${encodeURIComponent(cursor)}`));
    assert.equal(res.statusCode, 400, `${path}: ${res.body}`);
    const problem = res.json<{ errors: { field: string; code: string; message: string }[] }>();
    assert.equal(problem.errors[0]!.field, 'query.cursor');
    assert.equal(problem.errors[0]!.code, 'invalid_cursor');
    assert.ok(problem.errors[0]!.message.length > 10);
  }

  /** The statements of one page are the same with `sizes[0]` rows a page as with `sizes[1]`. */
  async function assertQueriesFlat(path: string, sizes: [number, number] = [2, 5]): Promise<void> {
    const sep = path.includes('?') ? '&' : '?';
    const small = await counter.count(() => admin.get(url(`${path}${sep}limit=${sizes[0]}`)));
    const large = await counter.count(() => admin.get(url(`${path}${sep}limit=${sizes[1]}`)));
    assert.equal(small.result.statusCode, 200);
    assert.equal(large.queries, small.queries, `${path}: ${small.queries} then ${large.queries} statements`);
  }

  it('pages the conformity list, those needing re-imaging first, then by device id', async () => {
    const statuses = ['conform', 'needs_reimaging', 'no_inventory', 'needs_reimaging', 'conform', 'no_profile'];
    const made: { id: string; status: string }[] = [];
    for (const status of statuses)
      made.push({ ...(await makeJudgedSchoolDevice(t.db.db, a.id, { schoolId, status })), status });
    const rank = ['needs_reimaging', 'no_inventory', 'no_profile', 'conform'];
    const expected = [...made]
      .sort((x, y) => rank.indexOf(x.status) - rank.indexOf(y.status) || (x.id < y.id ? -1 : 1))
      .map((d) => d.id);
    for (const limit of [1, 2, 4]) assert.deepEqual(await walk('/conformity/devices', limit), expected);
    const reimage = made
      .filter((d) => d.status === 'needs_reimaging')
      .map((d) => d.id)
      .sort();
    assert.deepEqual(await walk('/conformity/devices?status=needs_reimaging', 1), reimage);
    assert.deepEqual(
      await walk(`/conformity/devices?schoolId=${schoolId}&status=conform`, 1),
      made
        .filter((d) => d.status === 'conform')
        .map((d) => d.id)
        .sort(),
    );
    await assertCursorRefused('/conformity/devices', 'nope');
    await assertCursorRefused('/conformity/devices', encodeCursor([7, made[0]!.id]));
    await assertCursorRefused('/conformity/devices', encodeCursor(['0', made[0]!.id]));
    // A page reads each status it reaches (at most four), whatever its size.
    await assertQueriesFlat('/conformity/devices', [5, 200]);
  });

  it('pages a school’s computers by asset tag', async () => {
    const rows = await t.db.db
      .selectFrom('devices')
      .select(['id', 'asset_tag'])
      .where('programme_id', '=', a.id)
      .where('holder_organisation_id', '=', schoolId)
      .execute();
    assert.ok(rows.length >= 5);
    const expected = rows.sort((x, y) => (x.asset_tag < y.asset_tag ? -1 : 1)).map((r) => r.id);
    assert.deepEqual(await walk(`/schools/${schoolId}/devices`, 2), expected);
    await assertCursorRefused(`/schools/${schoolId}/devices`, encodeCursor([1]));
    await assertQueriesFlat(`/schools/${schoolId}/devices`);
  });

  it('pages a campaign’s appointments by time, then household reference', async () => {
    const times = ['2026-10-03T09:00:00.000Z', '2026-10-03T08:00:00.000Z', '2026-10-03T08:00:00.000Z'];
    const made: { id: string; startsAt: string; reference: string }[] = [];
    for (const startsAt of [...times, ...times]) {
      const household = await makeHousehold(t.db.db, a.id);
      await addToCampaign(t.db.db, a.id, { campaignId, householdId: household.id, schoolId });
      const appointment = await makeAppointment(t.db.db, a.id, { campaignId, householdId: household.id, startsAt });
      made.push({ ...appointment, reference: household.reference });
    }
    const expected = [...made]
      .sort((x, y) => x.startsAt.localeCompare(y.startsAt) || (x.reference < y.reference ? -1 : 1))
      .map((r) => r.id);
    for (const limit of [1, 2, 5])
      assert.deepEqual(await walk(`/campaigns/${campaignId}/appointments`, limit), expected);
    await assertCursorRefused(`/campaigns/${campaignId}/appointments`, encodeCursor(['2026-10-03', 'x']));
    await assertQueriesFlat(`/campaigns/${campaignId}/appointments`);
  });

  it('pages the schools by name', async () => {
    for (const name of ['School D', 'School B', 'School C', 'School B', 'School E'])
      await makeSchool(t.db.db, a.id, { name });
    const ids = await walk('/schools', 2);
    assert.equal(ids.length, 6);
    const names = (await getPage('/schools', 'limit=200')).items.map((s) => (s as { name: string }).name);
    assert.deepEqual(names, ['School A', 'School B', 'School B', 'School C', 'School D', 'School E']);
    await assertCursorRefused('/schools', 'nope');
    await assertQueriesFlat('/schools');
  });

  it('pages the venues by name', async () => {
    for (const name of ['Venue C', 'Venue A', 'Venue B', 'Venue A', 'Venue D'])
      await makeVenue(t.db.db, a.id, { name });
    assert.equal((await walk('/venues', 2)).length, 5);
    const names = (await getPage('/venues', 'limit=200')).items.map((v) => (v as { name: string }).name);
    assert.deepEqual(names, ['Venue A', 'Venue A', 'Venue B', 'Venue C', 'Venue D']);
    await assertCursorRefused('/venues', encodeCursor(['Venue A']));
    await assertQueriesFlat('/venues');
  });

  it('pages the people by name, each with their roles', async () => {
    for (const displayName of ['Person C', 'Person A', 'Person B', 'Person A']) {
      await makeUser(t.db.db, { displayName, grants: [{ programmeId: a.id, role: 'teacher' }] });
    }
    // Someone of another programme only is not listed.
    const b = await makeProgramme(t.db.db);
    await makeUser(t.db.db, { displayName: 'Person 0', grants: [{ programmeId: b.id, role: 'teacher' }] });
    assert.equal((await walk('/users', 2)).length, 5);
    const people = (await getPage('/users', 'limit=200')).items as { displayName: string; roles: { role: string }[] }[];
    assert.deepEqual(
      people.map((p) => `${p.displayName}:${p.roles.map((r) => r.role).join()}`),
      ['Person A:teacher', 'Person A:teacher', 'Person B:teacher', 'Person C:teacher', 'Zoé Admin:admin'],
    );
    await assertCursorRefused('/users', 'nope');
    await assertQueriesFlat('/users');
  });

  it('pages the payment batches, newest first', async () => {
    const times = ['2026-11-01T10:00:00.000Z', '2026-11-03T10:00:00.000Z', '2026-11-02T10:00:00.000Z'];
    const made: { id: string; createdAt: string }[] = [];
    for (const createdAt of [...times, times[1]!])
      made.push({ ...(await makePaymentBatch(t.db.db, a.id, { createdAt })), createdAt });
    const expected = [...made]
      .sort((x, y) => y.createdAt.localeCompare(x.createdAt) || (x.id < y.id ? 1 : -1))
      .map((b) => b.id);
    assert.deepEqual(await walk('/payment-batches', 1), expected);
    assert.deepEqual(await walk('/payment-batches', 3), expected);
    await assertCursorRefused('/payment-batches', encodeCursor(['yesterday', made[0]!.id]));
    await assertQueriesFlat('/payment-batches');
  });

  it('pages the catalogue resources of one status by title', async () => {
    const made: { id: string; title: string }[] = [];
    for (const title of ['Res C', 'Res A', 'Res B', 'Res A', 'Res D'])
      made.push(await makeResource(t.db.db, a.id, { title }));
    await makeResource(t.db.db, a.id, { title: 'Res proposed', status: 'proposed' });
    const expected = [...made].sort((x, y) => (x.title < y.title ? -1 : x.title > y.title ? 1 : x.id < y.id ? -1 : 1));
    assert.deepEqual(
      await walk('/catalogue/resources', 2),
      expected.map((r) => r.id),
    );
    assert.equal((await walk('/catalogue/resources?status=proposed', 2)).length, 1);
    await assertCursorRefused('/catalogue/resources', encodeCursor([1, 2]));
    await assertQueriesFlat('/catalogue/resources');
  });

  it('refuses a limit out of range, naming the field', async () => {
    for (const limit of ['0', '201', 'many']) {
      const res = await admin.get(url(`/schools?limit=${limit}`));
      assert.equal(res.statusCode, 400);
      assert.equal(res.json<{ errors: { field: string }[] }>().errors[0]!.field, 'query.limit');
    }
  });
});
