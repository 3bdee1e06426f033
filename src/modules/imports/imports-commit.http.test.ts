import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  PUPIL_MAPPING,
  type ImportScene,
  type PupilRecord,
  countRows,
  familyPhone,
  generatePupilRecords,
  makeImportScene,
  pupilCsv,
  utf8WithBom,
} from '../../../test/factories/imports.js';
import { makeHousehold } from '../../../test/factories/households.js';
import { type TestApp, buildTestApp } from '../../../test/helpers/app.js';

describe('pupil import: dry run and commit', () => {
  let t: TestApp;
  let s: ImportScene;

  before(async () => {
    t = await buildTestApp();
    s = await makeImportScene(t);
  });
  after(() => t.close());

  async function mapped(records: PupilRecord[], schoolId = s.schoolA.id): Promise<string> {
    const upload = await s.upload(utf8WithBom(pupilCsv(records)), { schoolId });
    assert.equal(upload.statusCode, 201, upload.body);
    const put = await s.coordinator.put(s.url(`/${upload.json().id}/mapping`), { mapping: PUPIL_MAPPING });
    assert.equal(put.statusCode, 200, put.body);
    return upload.json().id;
  }
  const dryRun = (id: string) => s.coordinator.post(s.url(`/${id}/dry-run`));
  const commit = (id: string) => s.coordinator.post(s.url(`/${id}/commit`));
  const pupilsNamed = (lastName: string) =>
    t.db.db
      .selectFrom('pupils')
      .selectAll()
      .where('programme_id', '=', s.programme.id)
      .where('last_name', '=', lastName)
      .execute();

  it('rejects each bad row with its line and reason in plain words, stores formula-like cells as text, and escapes them in the rejected-rows CSV', async () => {
    const records = generatePupilRecords({
      rows: 12,
      seed: 11,
      schoolUai: s.schoolA.uai,
      otherSchoolUai: s.schoolB.uai,
      familyOffset: 1000,
    });
    records[0]!.cells.Classe = '=1+2';
    records[0]!.cells.Nom = 'Formule';
    records[1]!.cells['Date de naissance'] = '31/02/2017';
    records[2]!.cells.Nom = '=HYPERLINK("http://example.test","clic")';
    records[2]!.cells.Niveau = 'CE3';
    records[3]!.cells.UAI = s.schoolB.uai;
    records[4]!.cells.Commune = 'Atlantis';
    const id = await mapped(records);

    const dry = await dryRun(id);
    assert.equal(dry.statusCode, 200, dry.body);
    const report = dry.json();
    assert.deepEqual([report.rows, report.toCreate, report.rejected], [12, 8, 4]);
    const reasons = Object.fromEntries(
      report.rejectedRows.map((r: { line: number; reasons: { code: string; message: string }[] }) => [
        r.line,
        r.reasons,
      ]),
    );
    assert.deepEqual(Object.keys(reasons).map(Number), [3, 4, 5, 6]);
    assert.equal(reasons[3][0].code, 'invalid_date');
    assert.match(reasons[3][0].message, /« 31\/02\/2017 » n’est pas une date qui existe/);
    assert.match(
      reasons[4][0].message,
      /Le niveau « CE3 » n’existe pas dans ce programme \(niveaux : CP, CE1, CE2, CM1, CM2\)/,
    );
    assert.match(reasons[5][0].message, new RegExp(`autre école \\(${s.schoolB.uai}, École Jean-Macé\\)`));
    assert.match(reasons[6][0].message, /La commune « Atlantis » n’est pas une commune du programme/);
    assert.equal(await countRows(t.db.db, 'pupils', s.programme.id), 0, 'a dry run writes no pupil');

    const csv = await s.coordinator.get(s.url(`/${id}/rejected.csv`));
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.body, /^\uFEFFLigne;Nom;Prénom;Colonne;Motif\r\n/);
    assert.match(csv.body, /\r\n4;"'=HYPERLINK\(""http:\/\/example.test"",""clic""\)";[^;]+;Niveau;/);

    const done = await commit(id);
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().toCreate, 8);
    const [formula] = await pupilsNamed('Formule');
    assert.equal(formula!.class_name, '=1+2');
    assert.equal((await pupilsNamed('=HYPERLINK("http://example.test","clic")')).length, 0);
  });

  it('commits all or nothing, deletes the file, records counts without names, and refuses a second commit', async () => {
    const records = generatePupilRecords({
      rows: 30,
      seed: 12,
      schoolUai: s.schoolA.uai,
      otherSchoolUai: s.schoolB.uai,
      familyOffset: 2000,
    });
    const id = await mapped(records);
    const done = await commit(id);
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().toCreate, 30);
    assert.ok(done.json().committedAt);
    assert.equal(done.json().householdsCreated, new Set(records.map((r) => r.family)).size);

    const view = (await s.coordinator.get(s.url(`/${id}`))).json();
    assert.equal(view.status, 'committed');
    assert.deepEqual(view.preview, []);
    assert.equal(view.report.toCreate, 30);
    const file = await t.db.db
      .selectFrom('pupil_import_files')
      .select('import_id')
      .where('import_id', '=', id)
      .execute();
    assert.equal(file.length, 0);

    const events = await t.db.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['uploaded', 'mapping_saved', 'committed'],
    );
    const summary = JSON.parse(events[2]!.summary);
    assert.equal(summary.toCreate, 30);
    for (const r of records) assert.ok(!events[2]!.summary.includes(r.cells['Prénom']), 'no names in the audit trail');

    const again = await commit(id);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'IMPORT_ALREADY_COMMITTED');
    assert.equal((await s.coordinator.put(s.url(`/${id}/mapping`), { mapping: PUPIL_MAPPING })).statusCode, 409);

    const list = (await s.coordinator.get(`${s.url()}?schoolId=${s.schoolA.id}`)).json();
    assert.ok(
      list.items.some((i: { id: string; counts: { toCreate: number } }) => i.id === id && i.counts.toCreate === 30),
    );
  });

  it('re-importing the same file changes nothing; a corrected file updates, never duplicates', async () => {
    const records = generatePupilRecords({
      rows: 40,
      seed: 13,
      schoolUai: s.schoolA.uai,
      otherSchoolUai: s.schoolB.uai,
      familyOffset: 3000,
    });
    const first = await commit(await mapped(records));
    assert.equal(first.json().toCreate, 40);
    const pupils = await countRows(t.db.db, 'pupils', s.programme.id);
    const households = await countRows(t.db.db, 'households', s.programme.id);

    const same = await commit(await mapped(records));
    assert.deepEqual(
      [same.json().toCreate, same.json().toUpdate, same.json().unchanged, same.json().householdsCreated],
      [0, 0, 40, 0],
    );
    assert.equal(await countRows(t.db.db, 'pupils', s.programme.id), pupils);
    assert.equal(await countRows(t.db.db, 'households', s.programme.id), households);

    records[0]!.cells.Classe = 'CM2 Z';
    records[1]!.cells.Niveau = records[1]!.cells.Niveau === 'CP' ? 'CE1' : 'CP';
    const corrected = await commit(await mapped(records));
    assert.deepEqual([corrected.json().toCreate, corrected.json().toUpdate, corrected.json().unchanged], [0, 2, 38]);
    assert.equal(await countRows(t.db.db, 'pupils', s.programme.id), pupils);
    const [changed] = await pupilsNamed(records[0]!.cells.Nom).then((rows) =>
      rows.filter((p) => p.first_name === records[0]!.cells['Prénom'] && p.class_name === 'CM2 Z'),
    );
    assert.ok(changed, 'the class is updated');
  });

  it('puts a sibling from another school in the household of its family, and fills only what that household lacks', async () => {
    const existing = await makeHousehold(t.db.db, s.programme.id, {
      guardians: [{ firstName: 'Amina', lastName: 'Haddad' }],
      contacts: [{ kind: 'phone', value: familyPhone(9001) }],
      addressLine: '3 rue corrigée par la coordinatrice',
      postalCode: '25000',
      communeInsee: '25056',
      preferredLanguage: null,
    });
    const records = generatePupilRecords({
      rows: 3,
      seed: 14,
      schoolUai: s.schoolB.uai,
      otherSchoolUai: s.schoolA.uai,
      familyOffset: 9000,
    });
    records[0]!.cells.Téléphone = familyPhone(9001);
    records[0]!.cells.Adresse = '99 avenue de la Paix';
    records[0]!.cells.Langue = 'arabe';
    const done = await commit(await mapped(records, s.schoolB.id));
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().householdsReused, 1);

    const pupil = await t.db.db
      .selectFrom('pupils')
      .selectAll()
      .where('programme_id', '=', s.programme.id)
      .where('school_id', '=', s.schoolB.id)
      .where('first_name', '=', records[0]!.cells['Prénom'])
      .where('last_name', '=', records[0]!.cells.Nom)
      .executeTakeFirstOrThrow();
    assert.equal(pupil.household_id, existing.id);
    const household = await t.db.db
      .selectFrom('households')
      .selectAll()
      .where('id', '=', existing.id)
      .executeTakeFirstOrThrow();
    assert.equal(household.address_line, '3 rue corrigée par la coordinatrice');
    assert.equal(household.preferred_language, 'ar');
    const guardians = await t.db.db
      .selectFrom('household_guardians')
      .selectAll()
      .where('household_id', '=', existing.id)
      .execute();
    assert.deepEqual(
      guardians.map((g) => g.first_name),
      ['Amina'],
    );
  });
});
