export interface EvidenceFilesTable {
  id: string;
  programme_id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  content: Buffer;
  uploaded_by: string;
  created_at: string;
}

export interface ErasureRecordsTable {
  id: string;
  programme_id: string;
  device_id: string;
  disk_serial: string | null;
  disk_model: string | null;
  disk_size_bytes: number | null;
  /** /dev/sda as the tool named it; with the evidence hash it makes an upload idempotent. */
  device_path: string | null;
  /** e.g. "Fill With Zeros", "DoD Short", "physical destruction (shredding)". */
  method: string;
  /** NIST SP 800-88 Rev. 2: clear | purge | destroy; none for a read-back check (nwipe "Verify Zeros"). */
  nist_level: string;
  tool: string;
  tool_version: string | null;
  passes: number | null;
  /** none | last | all */
  verification: string;
  /** erased | failed | aborted | destroyed | verified (a read-back check that passed; never a proof) */
  result: string;
  /** 1 when this record proves the disk holds no donor data. */
  is_proof: number;
  failure_reason: string | null;
  operator_user_id: string | null;
  operator_label: string;
  started_at: string | null;
  ended_at: string | null;
  evidence_id: string | null;
  evidence_sha256: string | null;
  /** A correction names the record it supersedes; records are never updated. */
  supersedes_id: string | null;
  created_at: string;
}

export interface DonorCertificatesTable {
  id: string;
  programme_id: string;
  lot_id: string;
  verification_code: string;
  /** JSON: the public facts (lot reference, counts by outcome, disks erased, issue date). */
  summary: string;
  /** SHA-256 of the PDF as issued. */
  content_sha256: string;
  /** The PDF exactly as issued: downloading it again gives the same bytes. */
  pdf: Buffer;
  issued_by: string;
  issued_at: string;
}
