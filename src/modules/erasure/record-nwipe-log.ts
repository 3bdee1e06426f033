import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { recordDeviceEvent } from '../devices/device-events.js';
import { findDeviceById } from '../devices/devices.repository.js';
import { erasureMessages, fill } from './erasure.messages.js';
import { type ErasureRecord, type ErasureRecordRow, toErasureRecord } from './erasure.model.js';
import {
  findEvidenceBySha256,
  findOtherDeviceWithEvidence,
  insertEvidenceFileIfNew,
  insertEvidenceRecords,
  listRecordsFromEvidence,
} from './erasure.repository.js';
import type { ErasureRecordsTable } from './erasure.tables.js';
import { type NwipeLog, NwipeLogUnreadable, parseNwipeLog } from './nwipe-log.js';
import { decideNwipeDisk } from './nwipe-proof.js';

export const NWIPE_LOG_MAX_BYTES = 5 * 1024 * 1024;

export interface NwipeUpload {
  bytes: Buffer;
  fileName: string | null;
}

export interface NwipeUploadResult {
  records: ErasureRecord[];
  evidenceId: string;
  /** True when this very log was already recorded for this device: nothing new was stored. */
  duplicate: boolean;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The log as nwipe wrote it, or a 400 saying in plain words why it cannot be evidence. */
export function readNwipeLogOrThrow(bytes: Buffer, lang: Language): NwipeLog {
  try {
    return parseNwipeLog(bytes);
  } catch (e) {
    if (!(e instanceof NwipeLogUnreadable)) throw e;
    const detail = fill(erasureMessages(lang).unreadable[e.reason], e.params);
    throw new AppError('ERASURE_LOG_UNREADABLE', {
      detail,
      fields: [{ field: 'body', code: `nwipe_${e.reason}`, message: detail }],
    });
  }
}

function toRows(
  programmeId: string,
  deviceId: string,
  actor: AuditActor,
  log: NwipeLog,
  evidence: { id: string; sha256: string },
): Insertable<ErasureRecordsTable>[] {
  const createdAt = nowIso();
  return log.disks.map((disk) => {
    const verdict = decideNwipeDisk(disk);
    return {
      id: newId(),
      programme_id: programmeId,
      device_id: deviceId,
      disk_serial: disk.serial,
      disk_model: disk.model,
      disk_size_bytes: disk.sizeBytes,
      device_path: disk.devicePath,
      method: disk.run.method,
      nist_level: verdict.nistLevel,
      tool: 'nwipe',
      tool_version: disk.run.version,
      passes: disk.passesDone,
      verification: verdict.verification,
      result: verdict.result,
      is_proof: verdict.isProof ? 1 : 0,
      failure_reason: verdict.failureReason,
      operator_user_id: actor.userId,
      operator_label: actor.label,
      started_at: disk.startedAt,
      ended_at: disk.endedAt,
      evidence_id: evidence.id,
      evidence_sha256: evidence.sha256,
      supersedes_id: null,
      created_at: createdAt,
    };
  });
}

/** Records of one log in a stable order (the same on both dialects, first upload or not). */
function byDevicePath(x: ErasureRecord, y: ErasureRecord): number {
  const [a, b] = [x.devicePath ?? '', y.devicePath ?? ''];
  return a < b ? -1 : a > b ? 1 : 0;
}

function duplicateOf(rows: ErasureRecordRow[]): NwipeUploadResult {
  return { records: rows.map(toErasureRecord).sort(byDevicePath), evidenceId: rows[0]!.evidence_id!, duplicate: true };
}

/**
 * Records an nwipe log for a device: the file is kept once per programme with its SHA-256, and
 * each wiped disk gets one immutable record. Sending the same log again for the same device
 * returns the records made the first time. A log already recorded for another device is refused
 * (one nwipe run wipes one machine; its disks must not prove another machine's disks).
 */
export async function recordNwipeLog(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  deviceId: string,
  upload: NwipeUpload,
  lang: Language,
): Promise<NwipeUploadResult> {
  const m = erasureMessages(lang);
  const device = await findDeviceById(trx, programmeId, deviceId);
  if (!device) throw new AppError('DEVICE_NOT_FOUND', { detail: m.device_not_found });
  const log = readNwipeLogOrThrow(upload.bytes, lang);
  const sha256 = sha256Hex(upload.bytes);

  const seen = await listRecordsFromEvidence(trx, programmeId, deviceId, sha256);
  if (seen.length > 0) return duplicateOf(seen);
  const other = await findOtherDeviceWithEvidence(trx, programmeId, deviceId, sha256);
  if (other)
    throw new AppError('ERASURE_LOG_OTHER_DEVICE', { detail: fill(m.other_device, { assetTag: other.asset_tag }) });

  await insertEvidenceFileIfNew(trx, {
    id: newId(),
    programme_id: programmeId,
    sha256,
    file_name: upload.fileName ?? `nwipe-${sha256.slice(0, 12)}.log`,
    media_type: 'text/plain; charset=utf-8',
    size: upload.bytes.length,
    content: upload.bytes,
    uploaded_by: actor.label,
    created_at: nowIso(),
  });
  const evidence = (await findEvidenceBySha256(trx, programmeId, sha256))!;
  const rows = toRows(programmeId, deviceId, actor, log, { id: evidence.id, sha256 });
  const inserted = await insertEvidenceRecords(trx, rows);
  // Another request with the same log won the race: answer as for a second upload.
  if (inserted.length === 0) return duplicateOf(await listRecordsFromEvidence(trx, programmeId, deviceId, sha256));

  const records = rows
    .filter((r) => inserted.includes(r.id))
    .map((r) => toErasureRecord(r as ErasureRecordRow))
    .sort(byDevicePath);
  const summary = records.map((r) => ({
    recordId: r.id,
    devicePath: r.devicePath,
    diskSerial: r.diskSerial,
    method: r.method,
    nistLevel: r.nistLevel,
    result: r.result,
    isProof: r.isProof,
  }));
  await recordDeviceEvent(trx, programmeId, {
    deviceId,
    kind: 'erasure',
    actor,
    station: 'erasure',
    details: { source: 'nwipe', evidenceId: evidence.id, evidenceSha256: sha256, records: summary },
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'device',
    entityId: deviceId,
    action: 'erasure_recorded',
    summary: { source: 'nwipe', assetTag: device.asset_tag, evidenceSha256: sha256, records: summary },
  });
  return { records, evidenceId: evidence.id, duplicate: false };
}
