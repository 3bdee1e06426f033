/**
 * Shapes of the catalogue API (resources, proposals, votes, decisions) as the brief's contract
 * gives them. Written by hand while the server routes are being built; once `npm run openapi`
 * has their schemas, these can become aliases of web/src/api/schema.d.ts.
 */
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

export type Band = (typeof BANDS)[number];
export type ResourceKind = (typeof KINDS)[number];
export type ResourceStatus = 'proposed' | 'accepted' | 'rejected' | 'retired';
export type ProposalStatus = 'open' | 'accepted' | 'rejected' | 'withdrawn';
export type VoteValue = 'support' | 'oppose';

export interface ResourceContent {
  fileName: string;
  url: string;
  sha256: string;
  bytes: number;
  verifiedAt: string | null;
}

export interface Resource {
  id: string;
  kind: ResourceKind;
  title: string;
  description: string;
  subjects: string[];
  grades: string[];
  languages: string[];
  licence: string;
  minRamMb: number | null;
  minDiskMb: number | null;
  packages: string[];
  launchCommand: string | null;
  content: ResourceContent | null;
  webUrl: string | null;
  status: ResourceStatus;
  proposedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface ResourceVersionRef {
  versionId: string;
  profileId: string;
  band: Band;
  schoolYearCode: string;
  number: number;
  status: 'draft' | 'approved' | 'published';
}

export type ResourceDetail = Resource & { inVersions: ResourceVersionRef[] };

export interface ResourceInput {
  kind: ResourceKind;
  title: string;
  description: string;
  subjects: string[];
  grades: string[];
  languages: string[];
  licence: string;
  minRamMb?: number | null;
  minDiskMb?: number | null;
  packages?: string[];
  launchCommand?: string | null;
  content?: { fileName: string; url: string; sha256: string; bytes: number };
  webUrl?: string;
}

export interface Proposal {
  id: string;
  kind: 'add' | 'remove';
  resource: { id: string; title: string; kind: ResourceKind; status: ResourceStatus };
  grade: string;
  band: Band;
  schoolYear: { id: string; code: string };
  reason: string;
  status: ProposalStatus;
  proposedBy: string;
  supportCount: number;
  opposeCount: number;
  commentCount: number;
  myVote: VoteValue | null;
  mine: boolean;
  decision: { by: string; reason: string; at: string } | null;
  createdAt: string;
}

export interface ProposalComment {
  id: string;
  by: string;
  body: string;
  at: string;
}

export type ProposalDetail = Proposal & {
  votes: { by: string; value: VoteValue; at: string }[];
  comments: ProposalComment[];
};

export interface ProposalBody {
  kind: 'add' | 'remove';
  grade: string;
  schoolYearId?: string;
  reason: string;
  resourceId?: string;
  resource?: ResourceInput;
}

export interface SchoolYear {
  id: string;
  code: string;
  startsOn: string;
  endsOn: string;
}

/** The part of GET /catalogue/changes?band= these pages read: the resources on the machines. */
export interface BandChanges {
  current: { version: { items: Resource[] } | null };
  next: { version: { items: Resource[] } | null };
}
