import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  PUPIL_MAPPING,
  type ImportScene,
  type PupilRecord,
  countRows,
  expectedOutcome,
  generatePupilRecords,
  makeImportScene,
  pupilCsv,
  utf8WithBom,
  windows1252,
} from '../../../test/factories/imports.js';
import { type TestApp, buildTestApp } from '../../../test/helpers/app.js';

// IMPORT_TEST_ROWS=2000 runs the same checks on a smaller list while working on the import.
const ROWS = Number(process.env.IMPORT_TEST_ROWS ?? 20_000);

/**
 * The "done means": a real-looking 20,000-pupil list, 1 % bad rows of every kind, gives
 * the expected counts and rejects exactly the bad rows; the same list again (saved by Excel in
 * Windows-1252 this time) changes nothing; siblings in another school join their family.
 */
describe('pupil import of a 20,000-pupil list', () => {
  let t: TestApp;
  let s: ImportScene;
  let records: PupilRecord[];
  let expected: ReturnType<typeof expectedOutcome>;
  const tables = ['pupils', 'households', 'household_contacts', 'household_guardians'] as const;
  const counts = async () => Promise.all(tables.map((table) => countRows(t.db.db, table, s.programme.id)));

  before(async () => {
    t = await buildTestApp();
    s = await makeImportScene(t);
    records = generatePupilRecords({
      rows: ROWS,
      seed: 2026,
      schoolUai: s.schoolA.uai,
      otherSchoolUai: s.schoolB.uai,
      badEvery: 100,
    });
    expected = expectedOutcome(records);
  });
  after(() => t.close());

  async function measured<T>(label: string, work: () => Promise<T>, diagnostic: (m: string) => void): Promise<T> {
    const started = performance.now();
    const result = await work();
    const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
    diagnostic(`${label}: ${Math.round(performance.now() - started)} ms, heap ${heap} MB`);
    return result;
  }

  it('dry run and commit give the expected counts and reject exactly the bad rows, each with its reason', async (c) => {
    assert.equal(expected.rejected.size, ROWS / 100);
    const upload = await s.upload(utf8WithBom(pupilCsv(records)), { fileName: 'ecole-des-tilleuls.csv' });
    assert.equal(upload.statusCode, 201, upload.body);
    const id = upload.json().id;
    assert.equal((await s.coordinator.put(s.url(`/${id}/mapping`), { mapping: PUPIL_MAPPING })).statusCode, 200);

    const dry = await measured('dry run', () => s.coordinator.post(s.url(`/${id}/dry-run`)), c.diagnostic.bind(c));
    assert.equal(dry.statusCode, 200, dry.body);
    const report = dry.json();
    assert.deepEqual(
      [report.rows, report.toCreate, report.toUpdate, report.unchanged, report.rejected, report.householdsCreated],
      [ROWS, expected.good, 0, 0, expected.rejected.size, expected.families.size],
    );
    assert.equal(report.rejectedRows.length, expected.rejected.size);
    for (const row of report.rejectedRows as { line: number; reasons: { code: string; message: string }[] }[]) {
      const want = expected.rejected.get(row.line);
      assert.ok(want, `line ${row.line} should not be rejected`);
      assert.deepEqual(
        row.reasons.map((r) => r.code),
        [want.code],
        `line ${row.line}`,
      );
      if (want.duplicateOfLine) assert.match(row.reasons[0]!.message, new RegExp(`ligne ${want.duplicateOfLine} `));
    }
    const byCode = new Map<string, number>();
    for (const r of expected.rejected.values()) byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
    assert.equal(byCode.size, 10, 'every kind of bad row is in the file');
    assert.deepEqual(await counts(), [0, 0, 0, 0], 'the dry run wrote nothing');

    const committed = await measured('commit', () => s.coordinator.post(s.url(`/${id}/commit`)), c.diagnostic.bind(c));
    assert.equal(committed.statusCode, 200, committed.body);
    assert.deepEqual(
      [committed.json().toCreate, committed.json().rejected, committed.json().householdsCreated],
      [expected.good, expected.rejected.size, expected.families.size],
    );
    const [pupils, households] = await counts();
    assert.equal(pupils, expected.good);
    assert.equal(households, expected.families.size);

    const csv = await s.coordinator.get(s.url(`/${id}/rejected.csv`));
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines.length, 1 + expected.rejected.size);
  });

  it('the same list again, saved in Windows-1252 without BOM, changes nothing', async (c) => {
    const before = await counts();
    const upload = await s.upload(windows1252(pupilCsv(records)), { fileName: 'ecole-des-tilleuls-bis.csv' });
    assert.equal(upload.statusCode, 201, upload.body);
    assert.equal(upload.json().encoding, 'windows-1252');
    assert.equal(upload.json().status, 'mapped', 'the mapping saved for the school applies');
    const again = await measured(
      'second commit',
      () => s.coordinator.post(s.url(`/${upload.json().id}/commit`)),
      c.diagnostic.bind(c),
    );
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual(
      [again.json().toCreate, again.json().toUpdate, again.json().unchanged, again.json().householdsCreated],
      [0, 0, expected.good, 0],
    );
    assert.deepEqual(await counts(), before);
  });

  it('siblings in another school join the household of their family', async () => {
    const siblings: PupilRecord[] = [];
    const taken = new Set<number>();
    for (const r of records) {
      if (r.bad !== null || taken.has(r.family) || siblings.length === 300) continue;
      taken.add(r.family);
      siblings.push({
        ...r,
        cells: {
          ...r.cells,
          Prénom: 'Benjamin',
          // A different birthday each: two families may share a surname.
          'Date de naissance': `${String(1 + (siblings.length % 28)).padStart(2, '0')}/${String(1 + Math.floor(siblings.length / 28)).padStart(2, '0')}/2020`,
          Niveau: 'CP',
          Classe: 'CP',
          UAI: s.schoolB.uai,
        },
      });
    }
    const newcomers = generatePupilRecords({
      rows: 200,
      seed: 7,
      schoolUai: s.schoolB.uai,
      otherSchoolUai: s.schoolA.uai,
      familyOffset: 500_000,
    });
    const upload = await s.upload(utf8WithBom(pupilCsv([...siblings, ...newcomers])), { schoolId: s.schoolB.id });
    const id = upload.json().id;
    assert.equal((await s.coordinator.put(s.url(`/${id}/mapping`), { mapping: PUPIL_MAPPING })).statusCode, 200);
    const done = (await s.coordinator.post(s.url(`/${id}/commit`))).json();
    assert.deepEqual(
      [done.toCreate, done.householdsReused, done.householdsCreated],
      [500, 300, new Set(newcomers.map((r) => r.family)).size],
    );
  });
});
