import { nameKey } from '../households/contact-keys.js';

/** The fields a column of a school's export can fill. Starred in the docs: the required ones. */
export const IMPORT_FIELDS = [
  'pupil.lastName',
  'pupil.firstName',
  'pupil.grade',
  'pupil.className',
  'pupil.birthDate',
  'school.uai',
  'guardian1.lastName',
  'guardian1.firstName',
  'guardian2.lastName',
  'guardian2.firstName',
  'contact.phone1',
  'contact.phone2',
  'contact.email1',
  'contact.email2',
  'address.line',
  'address.postalCode',
  'address.commune',
  'household.language',
  'household.noComputerAtHome',
  'household.priorityNeighbourhood',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly ImportField[] = ['pupil.lastName', 'pupil.firstName', 'pupil.grade'];

/** field → header name of the file. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/**
 * Header spellings seen in French school exports (ONDE, Siècle, spreadsheets made by hand) and
 * their English equivalents, compared through nameKey (no case, accents or punctuation).
 * Order matters: the first field whose spelling matches a header wins, and a header is used once.
 */
const SPELLINGS: Record<ImportField, string[]> = {
  'pupil.lastName': ['Nom', 'Nom de famille', 'Nom eleve', 'Nom de l eleve', 'Nom enfant', 'Last name', 'Surname'],
  'pupil.firstName': ['Prenom', 'Prenom eleve', 'Prenom de l eleve', 'Prenom enfant', 'First name', 'Given name'],
  'pupil.grade': ['Niveau', 'Niveau scolaire', 'Niveau eleve', 'Grade', 'Level'],
  'pupil.className': ['Classe', 'Division', 'Libelle classe', 'Class', 'Class name'],
  'pupil.birthDate': [
    'Date de naissance',
    'Ne le',
    'Ne e le',
    'Naissance',
    'Date naissance',
    'Birth date',
    'Date of birth',
  ],
  'school.uai': ['UAI', 'RNE', 'Code UAI', 'Code RNE', 'UAI ecole', 'School UAI'],
  'guardian1.lastName': [
    'Responsable 1 nom',
    'Nom responsable 1',
    'Nom responsable',
    'Nom representant legal',
    'Nom du responsable',
    'Guardian 1 last name',
    'Guardian last name',
  ],
  'guardian1.firstName': [
    'Responsable 1 prenom',
    'Prenom responsable 1',
    'Prenom responsable',
    'Prenom representant legal',
    'Prenom du responsable',
    'Guardian 1 first name',
    'Guardian first name',
  ],
  'guardian2.lastName': ['Responsable 2 nom', 'Nom responsable 2', 'Guardian 2 last name'],
  'guardian2.firstName': ['Responsable 2 prenom', 'Prenom responsable 2', 'Guardian 2 first name'],
  'contact.phone1': [
    'Telephone',
    'Tel',
    'Telephone 1',
    'Tel 1',
    'Portable',
    'Telephone portable',
    'Responsable 1 telephone',
    'Telephone responsable 1',
    'Phone',
    'Phone 1',
    'Mobile',
  ],
  'contact.phone2': ['Telephone 2', 'Tel 2', 'Responsable 2 telephone', 'Telephone responsable 2', 'Phone 2'],
  'contact.email1': [
    'Courriel',
    'Email',
    'E mail',
    'Mail',
    'Adresse mail',
    'Adresse electronique',
    'Courriel 1',
    'Email 1',
    'Responsable 1 courriel',
    'Courriel responsable 1',
  ],
  'contact.email2': ['Courriel 2', 'Email 2', 'Mail 2', 'Responsable 2 courriel', 'Courriel responsable 2'],
  'address.line': ['Adresse', 'Adresse postale', 'Adresse 1', 'Rue', 'Address', 'Street'],
  'address.postalCode': ['Code postal', 'CP', 'Postal code', 'Postcode', 'Zip'],
  'address.commune': ['Commune', 'Ville', 'Localite', 'Code INSEE', 'Commune INSEE', 'City', 'Town'],
  'household.language': ['Langue', 'Langue parlee', 'Langue du foyer', 'Langue de la famille', 'Language'],
  'household.noComputerAtHome': [
    'Sans ordinateur',
    'Pas d ordinateur',
    'Pas d ordinateur a la maison',
    'Ordinateur absent',
    'No computer',
    'No computer at home',
  ],
  'household.priorityNeighbourhood': [
    'QPV',
    'Quartier prioritaire',
    'Quartier prioritaire de la ville',
    'Priority neighbourhood',
  ],
};

const SPELLING_KEYS: [ImportField, Set<string>][] = IMPORT_FIELDS.map((f) => [f, new Set(SPELLINGS[f].map(nameKey))]);

/** A mapping guessed from the header names; headers nobody recognises stay unmapped. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const [field, keys] of SPELLING_KEYS) {
    const header = headers.find((h) => !used.has(h) && keys.has(nameKey(h)));
    if (header !== undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

/**
 * The headers as the mapping names them: trimmed, an empty header becomes "(colonne 4)", and a
 * repeated header gets " (2)", " (3)"… (exports often have two "Nom" columns, the pupil's and a
 * guardian's), so each column has one unambiguous name.
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, index) => {
    const base = cell.trim() === '' ? `(colonne ${index + 1})` : cell.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** A mapping read back from storage, keeping only known fields whose header still exists. */
export function mappingFor(stored: Record<string, unknown> | null, headers: readonly string[]): ColumnMapping | null {
  if (!stored) return null;
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(stored)) {
    if (isImportField(field) && typeof header === 'string' && headers.includes(header)) mapping[field] = header;
  }
  return mapping;
}

export function hasRequiredFields(mapping: ColumnMapping | null): boolean {
  return mapping !== null && REQUIRED_FIELDS.every((f) => mapping[f] !== undefined);
}
