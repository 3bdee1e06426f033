/**
 * Shapes of the catalogue API (resources, proposals, votes, decisions), all derived from
 * web/src/api/schema.d.ts (`npm run openapi` generates it from the server's zod schemas), plus
 * the lists the pages iterate (grades, bands, subjects, kinds, languages).
 */
import type { components } from '../../api/schema';
import type { Body, Ok, ProgrammeBase } from './schema-types';

type Schemas = components['schemas'];
type Base = `${ProgrammeBase}/catalogue`;

export const GRADES = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'] as const;
export const BANDS = ['cycle2', 'cycle3'] as const;
export const SUBJECTS = [
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
export const KINDS = ['software', 'content', 'web'] as const;
/** The languages offered as boxes to tick; a resource may carry others, which are kept. */
export const LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'ar', 'pt'] as const;

/**
 * The values of a free list (a check group's, a stored resource's) that the API accepts: the
 * server takes only the listed grades and subjects.
 */
export function onlyListed<T extends string>(list: readonly T[], values: readonly string[]): T[] {
  return values.filter((v): v is T => (list as readonly string[]).includes(v));
}

export type Resource = Schemas['CatalogueResource'];
export type Band = (typeof BANDS)[number];
export type ResourceKind = Resource['kind'];
export type ResourceStatus = Resource['status'];
export type ResourceContent = NonNullable<Resource['content']>;
export type ResourceDetail = Ok<`${Base}/resources/{id}`, 'get'>;
export type ResourceVersionRef = ResourceDetail['inVersions'][number];
export type ResourceInput = Body<`${Base}/resources`, 'post'>;

export type Proposal = Schemas['CatalogueProposal'];
export type ProposalStatus = Proposal['status'];
export type VoteValue = NonNullable<Proposal['myVote']>;
export type ProposalComment = Schemas['CatalogueProposalComment'];
export type ProposalDetail = Schemas['CatalogueProposalDetail'];
export type ProposalBody = Body<`${Base}/proposals`, 'post'>;

export type SchoolYear = Schemas['SchoolYear'];

/** GET /catalogue/changes?band=: one band's object (without `band`, the list of every band). */
export type BandChanges = Exclude<Ok<`${Base}/changes`, 'get'>, unknown[]>;
