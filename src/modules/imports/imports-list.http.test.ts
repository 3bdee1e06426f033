import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type ImportScene,
  generatePupilRecords,
  makeImportScene,
  pupilCsv,
  utf8WithBom,
} from '../../../test/factories/imports.js';
import { type TestApp, buildTestApp } from '../../../test/helpers/app.js';

interface ListItem {
  id: string;
  schoolId: string;
  createdAt: string;
}

describe('pupil import list: keyset pages', () => {
  let t: TestApp;
  let s: ImportScene;
  const uploaded: string[] = [];

  before(async () => {
    t = await buildTestApp();
    s = await makeImportScene(t);
    for (let i = 0; i < 5; i++) {
      const records = generatePupilRecords({
        rows: 3,
        seed: i,
        schoolUai: s.schoolA.uai,
        otherSchoolUai: s.schoolB.uai,
      });
      const res = await s.upload(utf8WithBom(pupilCsv(records)), { fileName: `liste-${i}.csv` });
      assert.equal(res.statusCode, 201, res.body);
      uploaded.push(res.json().id);
    }
    // One of the other school: never in school A's pages.
    const other = generatePupilRecords({ rows: 3, seed: 9, schoolUai: s.schoolB.uai, otherSchoolUai: s.schoolA.uai });
    assert.equal((await s.upload(utf8WithBom(pupilCsv(other)), { schoolId: s.schoolB.id })).statusCode, 201);
  });
  after(() => t.close());

  const page = async (query: Record<string, string>) => {
    const res = await s.coordinator.get(`${s.url()}?${new URLSearchParams(query)}`);
    return res;
  };

  it('walks a school’s imports two at a time, newest first, each once, none missing', async () => {
    const seen: ListItem[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await page({ schoolId: s.schoolA.id, limit: '2', ...(cursor ? { cursor } : {}) });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { items: ListItem[]; nextCursor: string | null };
      assert.ok(body.items.length <= 2);
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    assert.equal(pages, 3);
    assert.deepEqual(
      seen.map((i) => i.id),
      [...uploaded].reverse(),
      'newest first, every import once',
    );
    assert.ok(seen.every((i) => i.schoolId === s.schoolA.id));
  });

  it('answers one page of 50 by default, with no next page when everything fits', async () => {
    const res = await page({});
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().items.length, 6);
    assert.equal(res.json().nextCursor, null);
  });

  it('refuses a cursor that does not come from this list, naming the field', async () => {
    const res = await page({ schoolId: s.schoolA.id, cursor: Buffer.from('["nope"]').toString('base64url') });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().errors[0].field, 'query.cursor');
    assert.equal((await page({ limit: '0' })).statusCode, 400);
  });
});
