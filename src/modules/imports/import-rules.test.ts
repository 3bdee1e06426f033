import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBirthDate, parseFlag, parseLanguage, parsePostalCode } from './cell-values.js';
import { UnreadableFileError, detectDelimiter, detectEncoding, readCsvRecords } from './csv-file.js';
import { emptyHouseholdState, fillHousehold } from './household-fill.js';
import { suggestMapping, uniqueHeaders } from './import-fields.js';
import { type RowContext, checkRow, gradeKey } from './row-check.js';

const NOW = new Date('2026-08-25T10:00:00Z');

describe('cell values', () => {
  it('reads birth dates as schools write them and refuses dates that do not exist', () => {
    assert.equal(parseBirthDate('24/03/2017', NOW), '2017-03-24');
    assert.equal(parseBirthDate('4/3/2017', NOW), '2017-03-04');
    assert.equal(parseBirthDate('24-03-2017', NOW), '2017-03-24');
    assert.equal(parseBirthDate('24.03.2017', NOW), '2017-03-24');
    assert.equal(parseBirthDate('2017-03-24', NOW), '2017-03-24');
    assert.equal(parseBirthDate('29/02/2016', NOW), '2016-02-29');
    for (const bad of [
      '31/02/2017',
      '29/02/2017',
      '00/01/2017',
      '12/13/2017',
      '24/03/17',
      '2017/03/24',
      'hier',
      '01/01/2027',
      '01/01/1899',
    ]) {
      assert.equal(parseBirthDate(bad, NOW), null, bad);
    }
  });

  it('reads yes/no cells: oui, non, 1, 0, x, empty', () => {
    for (const yes of ['oui', 'OUI', 'x', 'X', '1', 'yes', 'Vrai']) assert.equal(parseFlag(yes), true, yes);
    for (const no of ['non', 'Non', '0', '', '  ', 'no', 'faux']) assert.equal(parseFlag(no), false, no);
    assert.equal(parseFlag('peut-être'), undefined);
  });

  it('reads languages by name or code, only those a household may prefer', () => {
    assert.equal(parseLanguage('Français'), 'fr');
    assert.equal(parseLanguage('arabe'), 'ar');
    assert.equal(parseLanguage('TR'), 'tr');
    assert.equal(parseLanguage('pt-BR'), 'pt');
    assert.equal(parseLanguage(''), null);
    assert.equal(parseLanguage('klingon'), undefined);
  });

  it('reads French postal codes, putting back the zero a spreadsheet dropped', () => {
    assert.equal(parsePostalCode('25000', 'FR'), '25000');
    assert.equal(parsePostalCode('1000', 'FR'), '01000');
    assert.equal(parsePostalCode('250', 'FR'), undefined);
    assert.equal(parsePostalCode('', 'FR'), null);
    assert.equal(parsePostalCode('BP 1000', 'SN'), 'BP 1000');
  });
});

describe('file detection', () => {
  const reason = (bytes: Buffer) => {
    try {
      detectEncoding(bytes);
      return 'readable';
    } catch (error) {
      return (error as UnreadableFileError).reason;
    }
  };

  it('tells UTF-8, Windows-1252 and UTF-16 with BOM apart, and refuses what is not a CSV', () => {
    assert.equal(detectEncoding(Buffer.from('\uFEFFNom;Prénom', 'utf8')), 'utf-8');
    assert.equal(detectEncoding(Buffer.from('Nom;Prénom', 'utf8')), 'utf-8');
    assert.equal(detectEncoding(Buffer.from('Nom;Pr\xe9nom', 'latin1')), 'windows-1252');
    assert.equal(detectEncoding(Buffer.from('\uFEFFNom;Prénom', 'utf16le')), 'utf-16le');
    assert.equal(reason(Buffer.from('Nom;Prénom', 'utf16le')), 'binary');
    assert.equal(reason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14])), 'spreadsheet');
    assert.equal(reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1])), 'old_spreadsheet');
    assert.equal(reason(Buffer.alloc(0)), 'empty');
  });

  it('finds the delimiter on the header line, ignoring those inside quotes', () => {
    assert.equal(detectDelimiter('Nom;Prénom;Niveau'), ';');
    assert.equal(detectDelimiter('Nom,Prénom,Niveau'), ',');
    assert.equal(detectDelimiter('Nom\tPrénom\tNiveau'), '\t');
    assert.equal(detectDelimiter('"Nom, prénom";Niveau'), ';');
    assert.throws(() => detectDelimiter('Liste des élèves'), UnreadableFileError);
  });
});

describe('reading records', () => {
  it('streams records with their line numbers, skipping empty lines and lines of empty cells', async () => {
    const text = 'Nom;Prénom\r\nMartin;Zoé\r\n\r\n;;\r\n"Le ""Bon""";Noël;extra\r\nSeul\r\n';
    const out: [number, string[]][] = [];
    for await (const r of readCsvRecords(Buffer.from(text, 'utf8'), 'utf-8', ';')) out.push([r.line, r.cells]);
    assert.deepEqual(out, [
      [1, ['Nom', 'Prénom']],
      [2, ['Martin', 'Zoé']],
      [5, ['Le "Bon"', 'Noël', 'extra']],
      [6, ['Seul']],
    ]);
  });

  it('names the line of a quote never closed', async () => {
    const text = 'Nom;Prénom\nMartin;Zoé\n"Durand;Léa\nPetit;Jade\n';
    await assert.rejects(
      async () => {
        for await (const record of readCsvRecords(Buffer.from(text, 'utf8'), 'utf-8', ';')) void record;
      },
      (error: UnreadableFileError) => error.reason === 'broken_csv' && Number(error.params.line) >= 3,
    );
  });
});

describe('mapping suggestions', () => {
  it('recognises French export headers whatever their case and accents, each header once', () => {
    const headers = uniqueHeaders([
      'Nom',
      'PRÉNOM',
      'Né(e) le',
      'Niveau',
      'Division',
      'Nom',
      'E-mail',
      'Code Postal',
      'Ville',
      '',
    ]);
    assert.deepEqual(headers.slice(5), ['Nom (2)', 'E-mail', 'Code Postal', 'Ville', '(colonne 10)']);
    assert.deepEqual(suggestMapping(headers), {
      'pupil.lastName': 'Nom',
      'pupil.firstName': 'PRÉNOM',
      'pupil.grade': 'Niveau',
      'pupil.className': 'Division',
      'pupil.birthDate': 'Né(e) le',
      'contact.email1': 'E-mail',
      'address.postalCode': 'Code Postal',
      'address.commune': 'Ville',
    });
  });
});

describe('rows and households', () => {
  const ctx: RowContext = {
    columns: {
      'pupil.lastName': 0,
      'pupil.firstName': 1,
      'pupil.grade': 2,
      'pupil.birthDate': 3,
      'contact.phone1': 4,
      'guardian1.firstName': 5,
    },
    country: 'FR',
    grades: new Map(['CP', 'CE1', 'CE2'].map((g) => [gradeKey(g), g])),
    gradeList: 'CP, CE1, CE2',
    schoolUai: '0250001A',
    schoolsByUai: new Map(),
    communesByInsee: new Map(),
    communesByName: new Map(),
  };

  it('normalises a good row: spaces, grade spelling, ISO date, phone key, a match key without accents', () => {
    const check = checkRow(2, ['  Lefèvre ', 'Élodie', 'ce 2', '24/03/2017', '06 12 34 56 78', ''], ctx);
    assert.ok(check.ok);
    assert.deepEqual(check.row.pupil, {
      lastName: 'Lefèvre',
      firstName: 'Élodie',
      grade: 'CE2',
      className: null,
      birthDate: '2017-03-24',
    });
    assert.equal(check.row.matchKey, 'LEFEVRE|ELODIE|2017-03-24');
    assert.deepEqual(check.row.contacts, [{ kind: 'phone', value: '06 12 34 56 78', key: '+33612345678' }]);
  });

  it('reports every problem of a row, not only the first', () => {
    const check = checkRow(7, ['', 'Noël', 'CE3', '31/02/2017', '06 12', 'Jean'], ctx);
    assert.ok(!check.ok);
    assert.deepEqual(
      check.reasons.map((r) => [r.field, r.code]),
      [
        ['pupil.lastName', 'required'],
        ['pupil.grade', 'unknown_grade'],
        ['pupil.birthDate', 'invalid_date'],
        ['guardian1.lastName', 'guardian_last_name_missing'],
        ['contact.phone1', 'invalid_phone'],
      ],
    );
  });

  it('fills only what a household lacks and never lowers a priority flag', () => {
    const state = {
      ...emptyHouseholdState(),
      addressLine: '3 rue corrigée',
      noComputerAtHome: 1,
      contactKinds: new Set(['phone']),
    };
    const check = checkRow(2, ['Martin', 'Zoé', 'CP', '', '07 00 00 00 01', ''], ctx);
    assert.ok(check.ok);
    const row = {
      ...check.row,
      address: { line: '9 rue du fichier', postalCode: '25000', communeInsee: null },
      noComputerAtHome: false,
      language: 'ar',
    };
    const added = fillHousehold(state, row);
    assert.deepEqual(added.fields, { postal_code: '25000', preferred_language: 'ar' });
    assert.deepEqual(added.contacts, []);
    assert.equal(state.addressLine, '3 rue corrigée');
    assert.equal(state.noComputerAtHome, 1);
  });
});
