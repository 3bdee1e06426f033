import type { Language } from '../../platform/i18n/i18n.js';
import type { ImportField } from './import-fields.js';

/** Why a file cannot be read at all. */
export type UnreadableReason =
  'empty' | 'spreadsheet' | 'old_spreadsheet' | 'binary' | 'no_columns' | 'broken_csv' | 'file_gone';

/** Why one row is rejected; each has a message with {placeholders}. */
export type RowReasonCode =
  | 'required'
  | 'invalid_date'
  | 'unknown_grade'
  | 'duplicate_line'
  | 'other_school'
  | 'unknown_school'
  | 'invalid_phone'
  | 'invalid_email'
  | 'unknown_commune'
  | 'invalid_postal_code'
  | 'invalid_flag'
  | 'unknown_language'
  | 'guardian_last_name_missing'
  | 'too_long';

export type MappingProblem = 'required' | 'unknown_column' | 'column_mapped_twice';

const fr = {
  unreadable: {
    empty: 'Le fichier est vide.',
    spreadsheet:
      'Ce fichier est un classeur Excel ou LibreOffice (.xlsx, .ods), pas un tableau CSV. Ouvrez-le et enregistrez-le au format « CSV (séparateur : point-virgule) », puis envoyez ce fichier CSV.',
    old_spreadsheet:
      'Ce fichier est un ancien classeur Excel (.xls), pas un tableau CSV. Ouvrez-le et enregistrez-le au format « CSV (séparateur : point-virgule) », puis envoyez ce fichier CSV.',
    binary:
      'Ce fichier n’est pas un tableau CSV : il contient des caractères illisibles. Enregistrez la liste au format CSV (UTF-8 ou Windows) depuis votre tableur.',
    no_columns:
      'Ce fichier n’est pas un tableau CSV : la première ligne doit donner les noms des colonnes, séparés par des points-virgules, des virgules ou des tabulations.',
    broken_csv:
      'Le fichier est mal formé à la ligne {line} (guillemets non refermés ?). Corrigez-le dans votre tableur.',
    file_gone: 'Le fichier de cet import n’est plus conservé. Envoyez-le de nouveau.',
  } satisfies Record<UnreadableReason, string>,
  tooLarge: 'Le fichier dépasse {megabytes} Mo. Découpez la liste en plusieurs fichiers (par exemple un par école).',
  schoolNotFound: 'Cette école n’existe pas dans ce programme.',
  schoolYearNotFound: 'Cette année scolaire n’existe pas dans ce programme.',
  mapping: {
    required: 'La colonne de « {field} » est obligatoire.',
    unknown_column: 'La colonne « {header} » n’existe pas dans ce fichier.',
    column_mapped_twice: 'La colonne « {header} » est déjà utilisée pour « {other} ».',
    detail:
      'Associez au moins le nom, le prénom et le niveau de l’élève à une colonne du fichier, chaque colonne une seule fois.',
  } satisfies Record<MappingProblem | 'detail', string>,
  fields: {
    'pupil.lastName': 'nom de l’élève',
    'pupil.firstName': 'prénom de l’élève',
    'pupil.grade': 'niveau',
    'pupil.className': 'classe',
    'pupil.birthDate': 'date de naissance',
    'school.uai': 'UAI de l’école',
    'guardian1.lastName': 'nom du responsable 1',
    'guardian1.firstName': 'prénom du responsable 1',
    'guardian2.lastName': 'nom du responsable 2',
    'guardian2.firstName': 'prénom du responsable 2',
    'contact.phone1': 'téléphone 1',
    'contact.phone2': 'téléphone 2',
    'contact.email1': 'courriel 1',
    'contact.email2': 'courriel 2',
    'address.line': 'adresse',
    'address.postalCode': 'code postal',
    'address.commune': 'commune',
    'household.language': 'langue du foyer',
    'household.noComputerAtHome': 'pas d’ordinateur à la maison',
    'household.priorityNeighbourhood': 'quartier prioritaire',
  } satisfies Record<ImportField, string>,
  reasons: {
    required: 'La case « {field} » est vide : elle est obligatoire.',
    invalid_date: '« {value} » n’est pas une date qui existe. Écrivez-la jour/mois/année, par exemple 24/03/2017.',
    unknown_grade: 'Le niveau « {value} » n’existe pas dans ce programme (niveaux : {grades}).',
    duplicate_line: 'Même élève que la ligne {line} : cette ligne est en double.',
    other_school: 'Cette ligne est pour une autre école ({value}, {school}), pas pour l’école choisie.',
    unknown_school: 'L’UAI « {value} » ne correspond à aucune école du programme.',
    invalid_phone: '« {value} » n’est pas un numéro de téléphone.',
    invalid_email: '« {value} » n’est pas une adresse de courriel.',
    unknown_commune: 'La commune « {value} » n’est pas une commune du programme.',
    invalid_postal_code: '« {value} » n’est pas un code postal.',
    invalid_flag: '« {value} » n’est pas une réponse oui ou non (oui, non, 1, 0, x ou vide).',
    unknown_language:
      'La langue « {value} » n’est pas reconnue (écrivez par exemple français, arabe, turc ou fr, ar, tr).',
    guardian_last_name_missing: 'Le prénom du responsable est rempli mais pas son nom.',
    too_long: 'La case « {field} » est trop longue ({max} caractères au plus).',
  } satisfies Record<RowReasonCode, string>,
  csv: { line: 'Ligne', lastName: 'Nom', firstName: 'Prénom', column: 'Colonne', reason: 'Motif' },
};

const en: typeof fr = {
  unreadable: {
    empty: 'The file is empty.',
    spreadsheet:
      'This file is an Excel or LibreOffice workbook (.xlsx, .ods), not a CSV table. Open it, save it as “CSV (semicolon-separated)” and send that CSV file.',
    old_spreadsheet:
      'This file is an old Excel workbook (.xls), not a CSV table. Open it, save it as “CSV (semicolon-separated)” and send that CSV file.',
    binary:
      'This file is not a CSV table: it holds unreadable characters. Save the list as CSV (UTF-8 or Windows) from your spreadsheet.',
    no_columns:
      'This file is not a CSV table: its first line must give the column names, separated by semicolons, commas or tabs.',
    broken_csv: 'The file is malformed at line {line} (an unclosed quote?). Fix it in your spreadsheet.',
    file_gone: 'The file of this import is no longer kept. Send it again.',
  },
  tooLarge: 'The file is larger than {megabytes} MB. Split the list into several files (for example one per school).',
  schoolNotFound: 'This school does not exist in this programme.',
  schoolYearNotFound: 'This school year does not exist in this programme.',
  mapping: {
    required: 'The column for “{field}” is required.',
    unknown_column: 'The column “{header}” does not exist in this file.',
    column_mapped_twice: 'The column “{header}” is already used for “{other}”.',
    detail: 'Map at least the pupil’s last name, first name and grade to a column of the file, each column once.',
  },
  fields: {
    'pupil.lastName': 'pupil’s last name',
    'pupil.firstName': 'pupil’s first name',
    'pupil.grade': 'grade',
    'pupil.className': 'class',
    'pupil.birthDate': 'birth date',
    'school.uai': 'school UAI',
    'guardian1.lastName': 'guardian 1 last name',
    'guardian1.firstName': 'guardian 1 first name',
    'guardian2.lastName': 'guardian 2 last name',
    'guardian2.firstName': 'guardian 2 first name',
    'contact.phone1': 'phone 1',
    'contact.phone2': 'phone 2',
    'contact.email1': 'email 1',
    'contact.email2': 'email 2',
    'address.line': 'address',
    'address.postalCode': 'postal code',
    'address.commune': 'commune',
    'household.language': 'household language',
    'household.noComputerAtHome': 'no computer at home',
    'household.priorityNeighbourhood': 'priority neighbourhood',
  },
  reasons: {
    required: 'The “{field}” cell is empty: it is required.',
    invalid_date: '“{value}” is not a date that exists. Write it day/month/year, for example 24/03/2017.',
    unknown_grade: 'The grade “{value}” does not exist in this programme (grades: {grades}).',
    duplicate_line: 'Same pupil as line {line}: this line is a duplicate.',
    other_school: 'This line is for another school ({value}, {school}), not the chosen one.',
    unknown_school: 'The UAI “{value}” matches no school of the programme.',
    invalid_phone: '“{value}” is not a phone number.',
    invalid_email: '“{value}” is not an email address.',
    unknown_commune: 'The commune “{value}” is not a commune of the programme.',
    invalid_postal_code: '“{value}” is not a postal code.',
    invalid_flag: '“{value}” is not a yes or no answer (yes, no, 1, 0, x or empty).',
    unknown_language:
      'The language “{value}” is not recognised (write for example French, Arabic, Turkish or fr, ar, tr).',
    guardian_last_name_missing: 'The guardian’s first name is filled in but not the last name.',
    too_long: 'The “{field}” cell is too long ({max} characters at most).',
  },
  csv: { line: 'Line', lastName: 'Last name', firstName: 'First name', column: 'Column', reason: 'Reason' },
};

const catalogues: Record<Language, typeof fr> = { fr, en };

export function importMessages(lang: Language): typeof fr {
  return catalogues[lang] ?? fr;
}

/** The platform's placeholder filling, under the name this module's callers use. */
export { format as fill } from '../../platform/i18n/i18n.js';
