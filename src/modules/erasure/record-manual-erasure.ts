import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { recordDeviceEvent } from '../devices/device-events.js';
import { findDeviceById } from '../devices/devices.repository.js';
import { erasureMessages } from './erasure.messages.js';
import {
  type ErasureRecord,
  type ErasureRecordRow,
  type ManualResult,
  type NistLevel,
  type VerificationMode,
  toErasureRecord,
} from './erasure.model.js';
import { findErasureRecord, insertErasureRecord } from './erasure.repository.js';

export interface ManualErasureInput {
  diskSerial?: string | null | undefined;
  /** The disk's name when it has no readable serial, e.g. "sda" or "/dev/sda". */
  devicePath?: string | null | undefined;
  diskModel?: string | null | undefined;
  method: string;
  nistLevel: NistLevel;
  tool: string;
  toolVersion?: string | null | undefined;
  passes?: number | null | undefined;
  verification: VerificationMode;
  result: ManualResult;
  failureReason?: string | null | undefined;
  startedAt?: string | null | undefined;
  endedAt?: string | null | undefined;
  supersedesId?: string | null | undefined;
}

/** Reasons kept with the record (data in the programme's language, printed on certificates). */
const storedReasons = {
  notVerified: 'effacement sans vérification : ce n’est pas une preuve',
  failed: 'échec noté par l’opérateur',
  aborted: 'effacement interrompu avant la fin',
};

/** Clock skew allowed between a station and the server for "not in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

function trimmed(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

function checkInput(input: ManualErasureInput, now: number, lang: Language): FieldError[] {
  const m = erasureMessages(lang);
  const errors: FieldError[] = [];
  if (!trimmed(input.diskSerial) && !trimmed(input.devicePath)) {
    errors.push({ field: 'body.diskSerial', code: 'disk_identity_missing', message: m.disk_identity });
  }
  if ((input.result === 'destroyed') !== (input.nistLevel === 'destroy')) {
    errors.push({ field: 'body.result', code: 'destroyed_needs_destroy', message: m.destroyed_needs_destroy });
  }
  for (const key of ['startedAt', 'endedAt'] as const) {
    const value = input[key];
    if (value && Date.parse(value) > now + FUTURE_TOLERANCE_MS) {
      errors.push({ field: `body.${key}`, code: 'in_future', message: m.in_future });
    }
  }
  if (input.startedAt && input.endedAt && Date.parse(input.endedAt) < Date.parse(input.startedAt)) {
    errors.push({ field: 'body.endedAt', code: 'ended_before_started', message: m.ended_before_started });
  }
  return errors;
}

/** Proof by hand: a destruction, or a verified erasure at Clear or Purge. Nothing else. */
function proofOf(input: ManualErasureInput): { isProof: boolean; failureReason: string | null } {
  const given = trimmed(input.failureReason);
  switch (input.result) {
    case 'destroyed':
      return { isProof: true, failureReason: null };
    case 'erased':
      return input.verification === 'none'
        ? { isProof: false, failureReason: given ?? storedReasons.notVerified }
        : { isProof: true, failureReason: null };
    case 'failed':
      return { isProof: false, failureReason: given ?? storedReasons.failed };
    case 'aborted':
      return { isProof: false, failureReason: given ?? storedReasons.aborted };
  }
}

function normaliseDevicePath(path: string | null): string | null {
  if (!path) return null;
  return path.startsWith('/') ? path : `/dev/${path}`;
}

/**
 * Records an erasure done with another tool, or a physical destruction, as told by the signed-in
 * operator. A correction names the record it supersedes (of the same device); the old record is
 * never changed, and is left out when deciding whether the disk is proven.
 */
export async function recordManualErasure(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  deviceId: string,
  input: ManualErasureInput,
  lang: Language,
): Promise<ErasureRecord> {
  const m = erasureMessages(lang);
  const device = await findDeviceById(trx, programmeId, deviceId);
  if (!device) throw new AppError('DEVICE_NOT_FOUND', { detail: m.device_not_found });
  const now = nowIso();
  const errors = checkInput(input, Date.parse(now), lang);
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { fields: errors });
  if (input.supersedesId) {
    const old = await findErasureRecord(trx, programmeId, deviceId, input.supersedesId);
    if (!old) {
      throw new AppError('ERASURE_NOT_FOUND', {
        detail: m.supersedes_not_found,
        fields: [{ field: 'body.supersedesId', code: 'not_found', message: m.supersedes_not_found }],
      });
    }
  }
  const { isProof, failureReason } = proofOf(input);
  const row: ErasureRecordRow = {
    id: newId(),
    programme_id: programmeId,
    device_id: deviceId,
    disk_serial: trimmed(input.diskSerial),
    disk_model: trimmed(input.diskModel),
    disk_size_bytes: null,
    device_path: normaliseDevicePath(trimmed(input.devicePath)),
    method: input.method.trim(),
    nist_level: input.nistLevel,
    tool: input.tool.trim(),
    tool_version: trimmed(input.toolVersion),
    passes: input.passes ?? null,
    verification: input.verification,
    result: input.result,
    is_proof: isProof ? 1 : 0,
    failure_reason: failureReason,
    operator_user_id: actor.userId,
    operator_label: actor.label,
    started_at: input.startedAt ? new Date(input.startedAt).toISOString() : null,
    // When the work was done: given, or now (the operator records it as it is done).
    ended_at: input.endedAt ? new Date(input.endedAt).toISOString() : now,
    evidence_id: null,
    evidence_sha256: null,
    supersedes_id: input.supersedesId ?? null,
    created_at: now,
  };
  await insertErasureRecord(trx, row);
  const record = toErasureRecord(row);
  const summary = {
    recordId: record.id,
    diskSerial: record.diskSerial,
    devicePath: record.devicePath,
    method: record.method,
    nistLevel: record.nistLevel,
    tool: record.tool,
    result: record.result,
    isProof: record.isProof,
    supersedesId: record.supersedesId,
  };
  await recordDeviceEvent(trx, programmeId, {
    deviceId,
    kind: 'erasure',
    actor,
    station: 'erasure',
    reason: record.failureReason,
    details: { source: 'manual', ...summary },
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'device',
    entityId: deviceId,
    action: record.supersedesId ? 'erasure_corrected' : 'erasure_recorded',
    summary: { source: 'manual', assetTag: device.asset_tag, ...summary },
  });
  return record;
}
