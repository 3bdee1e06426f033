// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface PupilImportsTable {
  id: string;
  programme_id: string;
  school_id: string;
  school_year_id: string;
  file_name: string;
  file_sha256: string;
  file_size: number;
  encoding: string | null;
  delimiter: string | null;
  headers: string | null;
  mapping: string | null;
  status: string;
  report: string | null;
  created_by: string;
  created_at: string;
  committed_at: string | null;
}

export interface PupilImportFilesTable {
  import_id: string;
  programme_id: string;
  content: Buffer;
}

export interface ImportMappingsTable {
  programme_id: string;
  school_id: string;
  mapping: string;
  updated_at: string;
}
