import type { Selectable } from 'kysely';
import type { ErasureRecordsTable } from './erasure.tables.js';

/** NIST SP 800-88 Rev. 2 sanitisation levels. */
export const nistLevels = ['clear', 'purge', 'destroy'] as const;
export type NistLevel = (typeof nistLevels)[number];
/** As stored: 'none' marks a read-back check (nwipe "Verify Zeros"), which sanitises nothing. */
export const recordedNistLevels = [...nistLevels, 'none'] as const;
export type RecordedNistLevel = (typeof recordedNistLevels)[number];

/** Which passes were read back: none, the last one, or every one. */
export const verificationModes = ['none', 'last', 'all'] as const;
export type VerificationMode = (typeof verificationModes)[number];

/** What a person may record by hand. */
export const manualResults = ['erased', 'failed', 'aborted', 'destroyed'] as const;
export type ManualResult = (typeof manualResults)[number];
/** As stored: 'verified' is a read-back check that passed (not an erasure, not a failure). */
export const erasureResults = [...manualResults, 'verified'] as const;
export type ErasureResult = (typeof erasureResults)[number];

export type ErasureRecordRow = Selectable<ErasureRecordsTable>;

/** One disk erasure (or destruction) as the API and the other modules see it. */
export interface ErasureRecord {
  id: string;
  deviceId: string;
  diskSerial: string | null;
  diskModel: string | null;
  diskSizeBytes: number | null;
  devicePath: string | null;
  method: string;
  nistLevel: RecordedNistLevel;
  tool: string;
  toolVersion: string | null;
  passes: number | null;
  verification: VerificationMode;
  result: ErasureResult;
  isProof: boolean;
  failureReason: string | null;
  operatorUserId: string | null;
  operatorLabel: string;
  startedAt: string | null;
  endedAt: string | null;
  evidenceId: string | null;
  evidenceSha256: string | null;
  supersedesId: string | null;
  createdAt: string;
}

/** What a disk's proof line shows (the certificate and the device page use the same shape). */
export type ErasureRecordSummary = ErasureRecord;

export function toErasureRecord(row: ErasureRecordRow): ErasureRecord {
  return {
    id: row.id,
    deviceId: row.device_id,
    diskSerial: row.disk_serial,
    diskModel: row.disk_model,
    diskSizeBytes: row.disk_size_bytes === null ? null : Number(row.disk_size_bytes),
    devicePath: row.device_path,
    method: row.method,
    nistLevel: row.nist_level as RecordedNistLevel,
    tool: row.tool,
    toolVersion: row.tool_version,
    passes: row.passes,
    verification: row.verification as VerificationMode,
    result: row.result as ErasureResult,
    isProof: row.is_proof === 1,
    failureReason: row.failure_reason,
    operatorUserId: row.operator_user_id,
    operatorLabel: row.operator_label,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    evidenceId: row.evidence_id,
    evidenceSha256: row.evidence_sha256,
    supersedesId: row.supersedes_id,
    createdAt: row.created_at,
  };
}
