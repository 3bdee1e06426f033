// Column types of the tables made by migrations/2026-11-29-0005-catalogue.ts.

/** bigint columns: PostgreSQL's driver returns them as strings; read them with Number(). */
type BigIntColumn = number | string;

export interface CatalogueResourcesTable {
  id: string;
  programme_id: string;
  /** software | content | web */
  kind: string;
  title: string;
  description: string;
  /** JSON arrays of codes. */
  subjects: string;
  grades: string;
  languages: string;
  licence: string;
  min_ram_mb: number | null;
  min_disk_mb: number | null;
  /** JSON array of Debian package names (software). */
  packages: string;
  launch_command: string | null;
  content_file_name: string | null;
  content_url: string | null;
  content_sha256: string | null;
  content_bytes: BigIntColumn | null;
  content_verified_at: string | null;
  web_url: string | null;
  /** proposed | accepted | rejected | retired */
  status: string;
  proposed_by_user_id: string | null;
  proposed_by_label: string;
  created_at: string;
  updated_at: string;
}

export interface CatalogueProfilesTable {
  id: string;
  programme_id: string;
  /** cycle2 | cycle3 */
  band: string;
  school_year_id: string;
  created_at: string;
}

export interface CatalogueProfileVersionsTable {
  id: string;
  programme_id: string;
  profile_id: string;
  number: number;
  /** draft | approved | published */
  status: string;
  based_on_version_id: string | null;
  approved_by_user_id: string | null;
  approved_by_label: string | null;
  approved_at: string | null;
  published_by_user_id: string | null;
  published_by_label: string | null;
  published_at: string | null;
  manifest_hash: string | null;
  /** JSON of ImageManifestInput (catalogue/image-manifest.ts). */
  manifest: string | null;
  /** JSON of the Debian check the version passed when published. */
  debian_check: string | null;
  created_at: string;
  updated_at: string;
}

export interface CatalogueVersionItemsTable {
  version_id: string;
  programme_id: string;
  resource_id: string;
  /** JSON of the resource when the version was published; null while in preparation. */
  snapshot: string | null;
  added_by_proposal_id: string | null;
}

export interface CatalogueProposalsTable {
  id: string;
  programme_id: string;
  /** add | remove */
  kind: string;
  resource_id: string;
  grade: string;
  /** cycle2 | cycle3, from the grade. */
  band: string;
  school_year_id: string;
  reason: string;
  /** open | accepted | rejected | withdrawn */
  status: string;
  proposed_by_user_id: string | null;
  proposed_by_label: string;
  support_count: number;
  oppose_count: number;
  comment_count: number;
  decided_by_user_id: string | null;
  decided_by_label: string | null;
  decision_reason: string | null;
  decided_at: string | null;
  version_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CatalogueVotesTable {
  id: string;
  programme_id: string;
  proposal_id: string;
  user_id: string;
  user_label: string;
  /** support | oppose */
  value: string;
  created_at: string;
  updated_at: string;
}

export interface CatalogueCommentsTable {
  id: string;
  programme_id: string;
  proposal_id: string;
  user_id: string | null;
  user_label: string;
  body: string;
  created_at: string;
}

export interface DebianIndexesTable {
  id: string;
  programme_id: string;
  release: string;
  component: string;
  architecture: string;
  /** file | mirror */
  source: string;
  source_label: string;
  sha256: string;
  package_count: number;
  loaded_by_label: string;
  loaded_at: string;
}

export interface DebianPackagesTable {
  index_id: string;
  programme_id: string;
  name: string;
  version: string;
  installed_size_kb: number | null;
  size_bytes: BigIntColumn | null;
  section: string | null;
  summary: string | null;
}

export interface DeviceConformityTable {
  device_id: string;
  programme_id: string;
  /** school | home */
  place: string;
  school_id: string | null;
  band: string | null;
  expected_version_id: string | null;
  expected_manifest_hash: string | null;
  inventory_id: string | null;
  /** conform | needs_reimaging | no_profile | no_inventory */
  status: string;
  missing: string;
  outdated: string;
  extra: string;
  unknown: string;
  computed_at: string;
}
