import type { LightMyRequestResponse } from 'fastify';
import { nameKey } from '../../src/modules/households/contact-keys.js';
import type { RowReasonCode } from '../../src/modules/imports/imports.messages.js';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';
import { importCommunes } from '../../src/modules/territory/communes.service.js';
import { cliActor } from '../../src/platform/auth/actor.js';
import type { Executor } from '../../src/platform/db/database.js';
import { makeProgramme, makeUser, signIn } from '../factories.js';
import { TestClient, type TestApp } from '../helpers/app.js';
import { makeSchoolYear } from './households.js';
import { makeSchool } from './schools.js';

/**
 * Real-looking pupil lists as French schools export them, made from a seed (the same seed gives
 * the same file): accented names, families of one to three children sharing a guardian's phone
 * and e-mail, and, when asked, one bad row in `badEvery` of each kind the import must reject.
 */

export const PUPIL_HEADER = [
  'Nom',
  'Prénom',
  'Date de naissance',
  'Niveau',
  'Classe',
  'UAI',
  'Responsable 1 nom',
  'Responsable 1 prénom',
  'Téléphone',
  'Courriel',
  'Adresse',
  'Code postal',
  'Commune',
  'Langue',
  'Sans ordinateur',
  'QPV',
] as const;
export type PupilColumn = (typeof PUPIL_HEADER)[number];
export type PupilCells = Record<PupilColumn, string>;

export interface PupilRecord {
  cells: PupilCells;
  /** Index of the family (siblings share it, and the guardian's phone and e-mail). */
  family: number;
  /** The reason the import must give, null for a good row. */
  bad: RowReasonCode | null;
  /** For a duplicated line: the record index it copies. */
  duplicateOf?: number;
}

const LAST_NAMES =
  "Martin,Bernard,Lefèvre,Dubois,Moreau,Girard,Mercier,Faure,Bonnet,Rousseau,Müller,Nguyen,Benali,Da Silva,Lacœur,Perrin,Chevalier,Gauthier,Roussel,Brun,Fontaine,Lemaître,Barbier,Renaud,Yilmaz,Haddad,Diallo,Kowalski,Ferreira,Garçon,Noël,Lefébure,D'Almeida,Saint-Hilaire,Boyer,Caron,Picard,Marchand,Aubry,Jacquet".split(
    ',',
  );
const FIRST_NAMES =
  'Élodie,Noël,Françoise,Zoé,Loïc,Anaïs,Jérôme,Cécile,Hélène,Inès,Maël,Chloé,Léa,Théo,Raphaël,Joël,Gaëlle,Aïcha,Yanis,Lucas,Emma,Louise,Jade,Hugo,Léon,Adèle,Clément,Bérénice,Agathe,Noémie,Timothée,Mathéo,Sofía,Ibrahim,Nour,Éloïse,Ambre,Côme,Océane,Ruben'.split(
    ',',
  );
const STREETS = (
  'rue des Lilas,avenue de la Paix,chemin des Écoliers,place Granvelle,rue Battant,boulevard Kennedy,rue de Vesoul,' +
  'rue de Dole,avenue Fontaine-Argent,rue Pasteur,rue des Cras,chemin de Palente,rue de Belfort,rue Rivotte,' +
  'avenue Léo-Lagrange,rue de l’Épitaphe,rue des Roses,rue Bersot,rue de Trey,rue Mégevand'
).split(',');
const GRADES = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'];
const LANGUAGES = ['français', 'Français', 'arabe', 'turc', '', '', 'portugais'];
const FLAGS = ['oui', 'non', 'x', '', '', '1', '0', 'Non'];
export const BAD_KINDS: RowReasonCode[] = [
  'required',
  'invalid_date',
  'unknown_grade',
  'duplicate_line',
  'other_school',
  'unknown_school',
  'invalid_phone',
  'invalid_email',
  'unknown_commune',
  'invalid_flag',
];

/** mulberry32: a small seeded generator, enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PupilFileOptions {
  rows: number;
  seed: number;
  schoolUai: string;
  /** Another school of the programme: the "other_school" bad rows name it. */
  otherSchoolUai: string;
  /** One bad row every `badEvery` rows (0: none), cycling through BAD_KINDS. */
  badEvery?: number;
  /** Families are numbered from here: two files with different offsets share no family. */
  familyOffset?: number;
}

/** The contacts of a family: unique per family, valid French mobile numbers. */
export function familyPhone(family: number): string {
  const digits = String(10_000_000 + family).slice(-8);
  return `06 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`;
}

function familyCells(
  family: number,
  random: () => number,
): Omit<PupilCells, 'Prénom' | 'Date de naissance' | 'Niveau' | 'Classe' | 'UAI'> {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lastName = pick(LAST_NAMES);
  const inBesancon = random() < 0.8;
  return {
    Nom: lastName,
    'Responsable 1 nom': lastName,
    'Responsable 1 prénom': pick(FIRST_NAMES),
    Téléphone: familyPhone(family),
    Courriel: `famille.${family}@example.fr`,
    Adresse: `${1 + Math.floor(random() * 300)} ${pick(STREETS)}`,
    'Code postal': inBesancon ? '25000' : '25410',
    Commune: inBesancon ? pick(['Besançon', 'BESANCON', '25056']) : 'Saint-Vit',
    Langue: pick(LANGUAGES),
    'Sans ordinateur': pick(FLAGS),
    QPV: pick(FLAGS),
  };
}

/** `rows` records, shuffled (siblings are spread over the file), each pupil unique. */
export function generatePupilRecords(o: PupilFileOptions): PupilRecord[] {
  const random = seededRandom(o.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const keys = new Set<string>();
  const records: PupilRecord[] = [];
  let family = o.familyOffset ?? 0;
  while (records.length < o.rows) {
    family += 1;
    const base = familyCells(family, random);
    const children = 1 + Math.floor(random() * 3);
    for (let c = 0; c < children && records.length < o.rows; c += 1) {
      let cells: PupilCells;
      do {
        const day = 1 + Math.floor(random() * 28);
        const month = 1 + Math.floor(random() * 12);
        const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${2014 + Math.floor(random() * 7)}`;
        const grade = pick(GRADES);
        cells = {
          ...base,
          Prénom: pick(FIRST_NAMES),
          'Date de naissance': date,
          Niveau: grade,
          Classe: `${grade} ${pick(['A', 'B', 'C'])}`,
          UAI: random() < 0.5 ? o.schoolUai : '',
        };
      } while (keys.has(pupilKey(cells)));
      keys.add(pupilKey(cells));
      records.push({ cells, family, bad: null });
    }
  }
  for (let i = records.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [records[i], records[j]] = [records[j]!, records[i]!];
  }
  if (o.badEvery) spoil(records, o, random);
  return records;
}

function pupilKey(cells: PupilCells): string {
  return `${nameKey(cells.Nom)}|${nameKey(cells['Prénom'])}|${cells['Date de naissance']}`;
}

function spoil(records: PupilRecord[], o: PupilFileOptions, random: () => number): void {
  let kind = 0;
  for (let i = o.badEvery! - 1; i < records.length; i += o.badEvery!) {
    const record = records[i]!;
    const code = BAD_KINDS[kind % BAD_KINDS.length]!;
    kind += 1;
    const c = record.cells;
    record.bad = code;
    if (code === 'required') c.Nom = '';
    else if (code === 'invalid_date') c['Date de naissance'] = '31/02/2017';
    else if (code === 'unknown_grade') c.Niveau = 'CE3';
    else if (code === 'other_school') c.UAI = o.otherSchoolUai;
    else if (code === 'unknown_school') c.UAI = '0999999A';
    else if (code === 'invalid_phone') c['Téléphone'] = '06 12';
    else if (code === 'invalid_email') c.Courriel = 'famille-sans-arobase.fr';
    else if (code === 'unknown_commune') c.Commune = 'Atlantis';
    else if (code === 'invalid_flag') c['Sans ordinateur'] = 'peut-être';
    else if (code === 'duplicate_line') {
      // A copy of an earlier good line (its first appearance stays good).
      let source = Math.floor(random() * i);
      while (records[source]!.bad !== null) source = (source + 1) % i;
      record.cells = { ...records[source]!.cells };
      record.family = records[source]!.family;
      record.duplicateOf = source;
    }
  }
}

/** The file's text: header then one line per record; quotes only where a cell needs them. */
export function pupilCsv(records: readonly PupilRecord[], delimiter: ';' | ',' = ';'): string {
  const cell = (v: string) => (/[";,\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [PUPIL_HEADER.map(cell).join(delimiter)];
  for (const r of records) lines.push(PUPIL_HEADER.map((h) => cell(r.cells[h])).join(delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

/** The line of record `index` in the file (line 1 is the header). */
export const lineOf = (index: number) => index + 2;

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '’': 0x92,
  '‘': 0x91,
  '“': 0x93,
  '”': 0x94,
  Œ: 0x8c,
  œ: 0x9c,
  Š: 0x8a,
  š: 0x9a,
  Ÿ: 0x9f,
};

/** Windows-1252 bytes, as French Excel saves "CSV (séparateur : point-virgule)". */
export function windows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const byte = CP1252_EXTRA[ch] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (byte === undefined) throw new Error(`"${ch}" has no Windows-1252 byte`);
    bytes[n] = byte;
    n += 1;
  }
  return bytes.subarray(0, n);
}

/** UTF-8 with a byte order mark, as "CSV UTF-8" in Excel writes it. */
export function utf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** What the import must report for these records. */
export function expectedOutcome(records: readonly PupilRecord[]) {
  const rejected = new Map<number, { code: RowReasonCode; duplicateOfLine?: number }>();
  const families = new Set<number>();
  records.forEach((r, i) => {
    if (r.bad === null) families.add(r.family);
    else
      rejected.set(lineOf(i), {
        code: r.bad,
        ...(r.duplicateOf !== undefined ? { duplicateOfLine: lineOf(r.duplicateOf) } : {}),
      });
  });
  return { good: records.length - rejected.size, rejected, families };
}

/** Besançon and Saint-Vit, the communes the generated files use. */
export const IMPORT_COMMUNES = [
  { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: 118489 },
  { inseeCode: '25527', name: 'Saint-Vit', postalCodes: ['25410'], population: 5059 },
];

export interface ImportScene {
  programme: Programme;
  schoolA: { id: string; name: string; uai: string };
  schoolB: { id: string; name: string; uai: string };
  year: { id: string; code: string };
  coordinator: TestClient;
  /** /api/v1/programmes/<slug>/imports + path */
  url(path?: string): string;
  /** Uploads a file for school A (or the school given) and returns the response. */
  upload(
    bytes: Buffer,
    o?: { schoolId?: string; fileName?: string; contentType?: string },
  ): Promise<LightMyRequestResponse>;
}

/** A programme with its communes, two schools, a school year and a signed-in coordinator. */
export async function makeImportScene(t: TestApp): Promise<ImportScene> {
  const programme = await makeProgramme(t.db.db);
  await importCommunes(t.db.db, programme.id, cliActor, IMPORT_COMMUNES);
  const schoolA = await makeSchool(t.db.db, programme.id, { name: 'École des Tilleuls' });
  const schoolB = await makeSchool(t.db.db, programme.id, { name: 'École Jean-Macé' });
  const year = await makeSchoolYear(t.db.db, programme.id);
  const user = await makeUser(t.db.db, { grants: [{ programmeId: programme.id, role: 'coordinator' }] });
  const coordinator = new TestClient(t.app);
  await signIn(coordinator, t.db.db, user);
  const url = (path = '') => `/api/v1/programmes/${programme.slug}/imports${path}`;
  return {
    programme,
    schoolA,
    schoolB,
    year,
    coordinator,
    url,
    upload: (bytes, o = {}) => {
      const query = new URLSearchParams({
        schoolId: o.schoolId ?? schoolA.id,
        schoolYearId: year.id,
        fileName: o.fileName ?? 'eleves.csv',
      });
      return coordinator.request({
        method: 'POST',
        url: `${url()}?${query}`,
        payload: bytes,
        headers: { 'content-type': o.contentType ?? 'text/csv' },
      });
    },
  };
}

/** The full mapping of PUPIL_HEADER files. */
export const PUPIL_MAPPING = {
  'pupil.lastName': 'Nom',
  'pupil.firstName': 'Prénom',
  'pupil.birthDate': 'Date de naissance',
  'pupil.grade': 'Niveau',
  'pupil.className': 'Classe',
  'school.uai': 'UAI',
  'guardian1.lastName': 'Responsable 1 nom',
  'guardian1.firstName': 'Responsable 1 prénom',
  'contact.phone1': 'Téléphone',
  'contact.email1': 'Courriel',
  'address.line': 'Adresse',
  'address.postalCode': 'Code postal',
  'address.commune': 'Commune',
  'household.language': 'Langue',
  'household.noComputerAtHome': 'Sans ordinateur',
  'household.priorityNeighbourhood': 'QPV',
} as const;

/** Rows of a table for one programme (to check that nothing changed). */
export async function countRows(
  db: Executor,
  table:
    'pupils' | 'households' | 'household_contacts' | 'household_guardians' | 'pupil_imports' | 'pupil_import_files',
  programmeId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
