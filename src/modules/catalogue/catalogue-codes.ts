/**
 * The fixed vocabularies of the catalogue: grade bands, subjects, resource kinds. Codes are
 * stable (stored, sent over the API); the web app translates them.
 */
export const bands = ['cycle2', 'cycle3'] as const;
export type Band = (typeof bands)[number];

/** French primary grades by band: cycle 2 is CP–CE2, cycle 3 (at primary school) CM1–CM2. */
export const bandGrades: Record<Band, readonly string[]> = {
  cycle2: ['CP', 'CE1', 'CE2'],
  cycle3: ['CM1', 'CM2'],
};

/** The band of a grade, or null for a grade outside primary school (6e, a nursery class…). */
export function bandOfGrade(grade: string): Band | null {
  const g = grade.trim().toUpperCase();
  for (const band of bands) if (bandGrades[band].includes(g)) return band;
  return null;
}

export const subjects = [
  'french',
  'maths',
  'science',
  'history_geography',
  'foreign_languages',
  'arts',
  'music',
  'coding',
  'typing',
  'reference',
] as const;
export type Subject = (typeof subjects)[number];

/** software: Debian packages; content: one offline file (a Kiwix ZIM…); web: an address. */
export const resourceKinds = ['software', 'content', 'web'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const resourceStatuses = ['proposed', 'accepted', 'rejected', 'retired'] as const;
export type ResourceStatus = (typeof resourceStatuses)[number];

export const proposalKinds = ['add', 'remove'] as const;
export type ProposalKind = (typeof proposalKinds)[number];

export const proposalStatuses = ['open', 'accepted', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const versionStatuses = ['draft', 'approved', 'published'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const conformityStatuses = ['conform', 'needs_reimaging', 'no_profile', 'no_inventory'] as const;
export type ConformityStatus = (typeof conformityStatuses)[number];
