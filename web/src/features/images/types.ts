/** The shapes of the profile, version, Debian and conformity answers (docs/catalogue/, the API contract). */
export type Band = 'cycle2' | 'cycle3';
export type VersionStatus = 'draft' | 'approved' | 'published';
export type ConformityStatus = 'conform' | 'needs_reimaging' | 'no_profile' | 'no_inventory';

export interface Resource {
  id: string;
  kind: 'software' | 'content' | 'web';
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
  content: { fileName: string; url: string; sha256: string; bytes: number; verifiedAt: string | null } | null;
  webUrl: string | null;
  status: string;
  proposedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface SchoolYearRef {
  id: string;
  code: string;
}

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  publishedAt: string | null;
  manifestHash: string | null;
  resourceCount: number;
}

export interface Profile {
  id: string;
  band: Band;
  schoolYear: SchoolYearRef;
  published: VersionSummary | null;
  open: VersionSummary | null;
  versions: VersionSummary[];
}

export interface ProfileList {
  schoolYears: (SchoolYearRef & { current: boolean })[];
  items: Profile[];
}

export interface Version {
  id: string;
  number: number;
  status: VersionStatus;
  profile: { id: string; band: Band; schoolYear: SchoolYearRef };
  basedOn: { id: string; number: number } | null;
  items: Resource[];
  approvedBy: string | null;
  approvedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  manifestHash: string | null;
}

export interface Diff {
  from: VersionSummary | null;
  to: VersionSummary;
  added: Resource[];
  removed: Resource[];
  changed: { resource: Resource; changes: { field: string; before: unknown; after: unknown }[] }[];
  sentences: string[];
}

export interface BandChanges {
  band?: Band;
  current: { schoolYear: SchoolYearRef | null; version: Version | null };
  next: { schoolYear: SchoolYearRef | null; version: Version | null; status?: string | null };
  diff: Diff | null;
}

export interface DebianIndex {
  id: string;
  release: string;
  component: string;
  architecture: string;
  source: string;
  sourceLabel: string;
  sha256: string;
  packageCount: number;
  loadedBy: string;
  loadedAt: string;
}

export interface DebianIndexList {
  items: DebianIndex[];
  target: { release: string; component: string; architecture: string; mirrorUrl: string };
}

export interface DebianCheckPackage {
  name: string;
  resourceId: string;
  resourceTitle: string;
  status: 'available' | 'missing' | 'too_heavy';
  version: string | null;
  installedSizeKb: number | null;
  reason: string | null;
}

export interface DebianCheck {
  index: DebianIndex;
  minRamMb: number;
  diskBudgetMb: number;
  packages: DebianCheckPackage[];
  resources: { resourceId: string; title: string; status: 'ok' | 'too_heavy'; reason: string | null }[];
  totalMb: number;
  overBudget: boolean;
  publishable: boolean;
}

export interface ManifestItem {
  hash: string;
  profile: { band: Band; schoolYearCode: string };
  versionId: string;
  versionNumber: number;
  publishedAt: string;
  packageCount: number;
  label: string;
}

export type StatusCounts = Partial<Record<ConformityStatus, number>>;

export interface ConformitySummary {
  schools: { school: { id: string; name: string }; counts: StatusCounts }[];
  home: { counts: StatusCounts };
  versions: { band: Band; versionId: string; label: string; manifestHash: string; publishedAt: string | null }[];
  schoolYear: SchoolYearRef | null;
  computedAt: string | null;
}

export interface ConformityDevice {
  device: { id: string; assetTag: string; kind: string; make: string | null; model: string | null; state: string };
  place: 'school' | 'home';
  school: { id: string; name: string } | null;
  band: Band | null;
  expected: { versionId: string; label: string; manifestHash: string } | null;
  imageHash: string | null;
  status: ConformityStatus;
  missing: string[];
  outdated: { name: string; expected: string; installed: string }[];
  extra: string[];
  unknown: string[];
  computedAt: string;
}

export interface SchoolDeviceBody {
  kind: string;
  make?: string;
  model?: string;
  serial?: string;
  band: Band;
}

export interface SchoolDevice {
  id: string;
  assetTag: string;
  kind: string;
  make: string | null;
  model: string | null;
  serial: string | null;
  state: string;
  band: Band | null;
  conformity: ConformityDevice | null;
}
