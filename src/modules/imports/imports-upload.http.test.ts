import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import {
  PUPIL_HEADER,
  PUPIL_MAPPING,
  type ImportScene,
  countRows,
  generatePupilRecords,
  makeImportScene,
  pupilCsv,
  utf8WithBom,
  windows1252,
} from '../../../test/factories/imports.js';
import { makeSchool } from '../../../test/factories/schools.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';

describe('pupil import: upload and mapping', () => {
  let t: TestApp;
  let s: ImportScene;
  const records = () =>
    generatePupilRecords({ rows: 25, seed: 7, schoolUai: s.schoolA.uai, otherSchoolUai: s.schoolB.uai });

  before(async () => {
    t = await buildTestApp();
    s = await makeImportScene(t);
  });
  after(() => t.close());

  it('reads a UTF-8 file with BOM: encoding, delimiter, headers, a 10-row preview and a mapping for every column', async () => {
    const rows = records();
    const res = await s.upload(utf8WithBom(pupilCsv(rows)));
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.status, 'uploaded');
    assert.equal(body.encoding, 'utf-8');
    assert.equal(body.delimiter, ';');
    assert.deepEqual(body.headers, [...PUPIL_HEADER]);
    assert.equal(body.preview.length, 10);
    assert.equal(body.preview[0][1], rows[0]!.cells['Prénom']);
    assert.deepEqual(body.suggestedMapping, PUPIL_MAPPING);
    assert.equal(body.mapping, null);
    assert.equal(body.report, null);
  });

  it('reads Windows-1252 with commas, accents intact (Élodie, Noël, Lacœur)', async () => {
    const rows = records();
    rows[0]!.cells.Nom = 'Lacœur';
    rows[0]!.cells['Prénom'] = 'Élodie';
    rows[1]!.cells['Prénom'] = 'Noël';
    const res = await s.upload(windows1252(pupilCsv(rows, ',')), { contentType: 'application/vnd.ms-excel' });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.encoding, 'windows-1252');
    assert.equal(body.delimiter, ',');
    assert.deepEqual(body.preview[0].slice(0, 2), ['Lacœur', 'Élodie']);
    assert.equal(body.preview[1][1], 'Noël');
    assert.equal(body.headers[1], 'Prénom');
  });

  it('refuses files that are not CSV tables, in plain words, and stores nothing', async () => {
    const before = await countRows(t.db.db, 'pupil_imports', s.programme.id);
    const text = pupilCsv(records());
    const cases: [string, Buffer, RegExp][] = [
      [
        'xlsx',
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]),
        /enregistrez-le au format « CSV/,
      ],
      ['xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(200, 1)]), /ancien classeur Excel/],
      ['utf-16 without BOM', Buffer.from(text, 'utf16le'), /n’est pas un tableau CSV/],
      [
        'binary',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        /n’est pas un tableau CSV/,
      ],
      ['one column', Buffer.from('Liste des élèves\nMartin\n'), /première ligne doit donner les noms des colonnes/],
      ['empty', Buffer.alloc(0), /vide/],
    ];
    for (const [name, bytes, detail] of cases) {
      const res = await s.upload(bytes, { contentType: 'application/octet-stream' });
      assert.equal(res.statusCode, 400, `${name}: ${res.body}`);
      assert.equal(res.json().code, 'IMPORT_FILE_UNREADABLE', name);
      assert.match(res.json().detail, detail, name);
    }
    assert.equal(await countRows(t.db.db, 'pupil_imports', s.programme.id), before);
  });

  it('reads UTF-16 with its byte order mark (Excel’s "Unicode text", tab-separated)', async () => {
    const text = `\uFEFF${pupilCsv(records()).replaceAll(';', '\t')}`;
    const res = await s.upload(Buffer.from(text, 'utf16le'), { contentType: 'text/plain' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().encoding, 'utf-16le');
    assert.equal(res.json().delimiter, '\t');
    assert.deepEqual(res.json().headers, [...PUPIL_HEADER]);
  });

  it('refuses a 50 MB file with 413 naming the limit, and stores nothing', async () => {
    const before = await countRows(t.db.db, 'pupil_imports', s.programme.id);
    const res = await s.upload(Buffer.alloc(50 * 1024 * 1024, 0x41));
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().code, 'PAYLOAD_TOO_LARGE');
    assert.match(res.json().detail, /20 Mo/);
    assert.equal(await countRows(t.db.db, 'pupil_imports', s.programme.id), before);
  });

  it('checks a mapping: required fields, columns that exist, a column used once; then remembers it for the school', async () => {
    const first = (await s.upload(utf8WithBom(pupilCsv(records())))).json();
    const put = (mapping: Record<string, string>) => s.coordinator.put(s.url(`/${first.id}/mapping`), { mapping });

    const missing = await put({ 'pupil.lastName': 'Nom', 'pupil.firstName': 'Prénom' });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().code, 'IMPORT_MAPPING_INVALID');
    assert.deepEqual(
      missing.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.mapping.pupil.grade', 'required']],
    );
    assert.match(missing.json().errors[0].message, /niveau/);

    const wrong = await put({ ...PUPIL_MAPPING, 'pupil.className': 'Division', 'contact.phone2': 'Téléphone' });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(
      wrong.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [
        ['body.mapping.pupil.className', 'unknown_column'],
        ['body.mapping.contact.phone2', 'column_mapped_twice'],
      ],
    );
    assert.match(wrong.json().errors[1].message, /« Téléphone » est déjà utilisée pour « téléphone 1 »/);

    const unknownField = await put({ ...PUPIL_MAPPING, 'pupil.shoeSize': 'Nom' });
    assert.equal(unknownField.statusCode, 400);
    assert.equal(unknownField.json().code, 'VALIDATION_FAILED');

    const ok = await put({ ...PUPIL_MAPPING });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'mapped');
    assert.deepEqual(ok.json().mapping, PUPIL_MAPPING);

    const next = (await s.upload(utf8WithBom(pupilCsv(records())))).json();
    assert.equal(next.status, 'mapped');
    assert.deepEqual(next.savedMapping, PUPIL_MAPPING);
    assert.deepEqual(next.mapping, PUPIL_MAPPING);

    const otherSchool = (await s.upload(utf8WithBom(pupilCsv(records())), { schoolId: s.schoolB.id })).json();
    assert.equal(otherSchool.savedMapping, null);
    assert.equal(otherSchool.status, 'uploaded');
  });

  it('gives a dry run without mapping a clear error', async () => {
    const upload = (await s.upload(utf8WithBom(pupilCsv(records())), { schoolId: s.schoolB.id })).json();
    const res = await s.coordinator.post(s.url(`/${upload.id}/dry-run`));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'IMPORT_MAPPING_INVALID');
  });

  it('keeps programmes apart: another programme’s coordinator gets 404 and changes nothing; a school or year of another programme is 404', async () => {
    const upload = (await s.upload(utf8WithBom(pupilCsv(records())))).json();
    const other = await makeProgramme(t.db.db);
    const stranger = new TestClient(t.app);
    await signIn(
      stranger,
      t.db.db,
      await makeUser(t.db.db, { grants: [{ programmeId: other.id, role: 'coordinator' }] }),
    );
    for (const res of [
      await stranger.get(s.url(`/${upload.id}`)),
      await stranger.get(s.url()),
      await stranger.put(s.url(`/${upload.id}/mapping`), { mapping: PUPIL_MAPPING }),
      await stranger.post(s.url(`/${upload.id}/dry-run`)),
      await stranger.post(s.url(`/${upload.id}/commit`)),
      await stranger.get(s.url(`/${upload.id}/rejected.csv`)),
    ]) {
      assert.equal(res.statusCode, 404, res.body);
    }
    const otherUrl = `/api/v1/programmes/${other.slug}/imports/${upload.id}`;
    assert.equal((await stranger.get(otherUrl)).json().code, 'IMPORT_NOT_FOUND');
    assert.deepEqual((await s.coordinator.get(s.url(`/${upload.id}`))).json().mapping, upload.mapping);

    const foreignSchool = await makeSchool(t.db.db, other.id);
    const res = await s.upload(utf8WithBom(pupilCsv(records())), { schoolId: foreignSchool.id });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'ORGANISATION_NOT_FOUND');
    const workshop = new TestClient(t.app);
    await signIn(
      workshop,
      t.db.db,
      await makeUser(t.db.db, { grants: [{ programmeId: s.programme.id, role: 'workshop_supervisor' }] }),
    );
    assert.equal((await workshop.get(s.url(`/${upload.id}`))).statusCode, 403);
  });
});
