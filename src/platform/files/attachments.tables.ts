// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface AttachmentsTable {
  id: string;
  programme_id: string;
  owner_type: string;
  owner_id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  content: Buffer;
  created_by: string;
  created_at: string;
}
