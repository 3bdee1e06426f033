import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError, isAppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { recomputeConformity } from '../catalogue/conformity.service.js';
import { recordDeviceEvent } from '../devices/device-events.js';
import { findDeviceById, findDeviceBySerial, updateDeviceColumns } from '../devices/devices.repository.js';
import { type InventoryDevice, matchAgentDevice } from './device-matching.js';
import { type GradingRules, gradeDevice } from './grading.js';
import { findGradingRules } from './grading-rules.js';
import type { InventoryFacts, InventorySoftware, InventorySummary } from './inventory-facts.js';
import type { ParsedInventory } from './inventory-parsing.js';
import { inventoryMessages } from './inventory.messages.js';
import {
  findInventoryBySha,
  findLatestInventory,
  insertInventory,
  insertInventoryDisks,
  insertInventorySoftware,
  listInventoryDisks,
  listInventorySoftware,
} from './inventory.repository.js';
import { toInventorySummary } from './inventory.service.js';
import { mergePartialFacts } from './merge-facts.js';

export interface InventorySubmission {
  parsed: ParsedInventory;
  /** The decompressed payload, stored gzip-compressed and hashed for idempotence. */
  payload: Buffer;
  /** The payload already gzip-compressed (see reusableGzip); compressed here when absent. */
  payloadGzip?: Buffer | null | undefined;
  /** Staff upload: the device is named in the URL. Agents: matched from the facts and the tag. */
  deviceId?: string;
}

/** What the caller already read in the same request, so the transaction does not read it again. */
export interface KnownContext {
  gradingRules?: GradingRules | undefined;
}

export interface RecordedInventory {
  inventory: InventorySummary;
  deviceId: string;
  /** The same payload had been recorded before: nothing new was stored. */
  duplicate: boolean;
  deviceCreated: boolean;
}

const gzipAsync = promisify(gzip);

export function payloadSha256(payload: Buffer): string {
  return createHash('sha256').update(payload).digest('hex');
}

async function existingResult(
  db: Executor,
  programmeId: string,
  sha256: string,
  submission: InventorySubmission,
  lang: Language,
): Promise<RecordedInventory | null> {
  const existing = await findInventoryBySha(db, programmeId, sha256);
  if (!existing) return null;
  if (submission.deviceId && existing.device_id !== submission.deviceId) {
    const other = await findDeviceById(db, programmeId, existing.device_id);
    throw new AppError('CONFLICT', {
      detail: format(inventoryMessages(lang).payload_on_other_device, { assetTag: other?.asset_tag ?? '?' }),
    });
  }
  const disks = await listInventoryDisks(db, programmeId, [existing.id]);
  return {
    inventory: toInventorySummary(existing, disks),
    deviceId: existing.device_id,
    duplicate: true,
    deviceCreated: false,
  };
}

async function previousState(
  trx: Executor,
  programmeId: string,
  device: InventoryDevice,
  parsed: ParsedInventory,
): Promise<{ facts: InventoryFacts; software: InventorySoftware[] }> {
  const previous = parsed.isPartial ? await findLatestInventory(trx, programmeId, device.id) : undefined;
  if (!previous) return { facts: parsed.facts, software: parsed.facts.software };
  const facts = mergePartialFacts(JSON.parse(previous.facts) as InventoryFacts, parsed.facts, parsed.sections);
  if (parsed.sections.has('SOFTWARES')) return { facts, software: parsed.facts.software };
  const rows = await listInventorySoftware(trx, programmeId, previous.id);
  return {
    facts,
    software: rows.map((r) => ({ name: r.name, version: r.version, publisher: r.publisher, arch: r.arch })),
  };
}

/** Fills identity columns the device does not have yet (a serial held by another device is left alone). */
async function identityPatch(trx: Executor, programmeId: string, device: InventoryDevice, facts: InventoryFacts) {
  const patch: { make?: string; model?: string; serial?: string; hardware_uuid?: string } = {};
  if (!device.make && facts.make) patch.make = facts.make;
  if (!device.model && facts.model) patch.model = facts.model;
  if (!device.hardware_uuid && facts.hardwareUuid) patch.hardware_uuid = facts.hardwareUuid;
  if (!device.serial && facts.serial) {
    const holder = await findDeviceBySerial(trx, programmeId, facts.serial);
    if (!holder || holder.id === device.id) patch.serial = facts.serial;
  }
  return patch;
}

/**
 * Stores an inventory inside the caller's transaction: raw payload, facts, disks, software; the
 * device's identity columns, latest inventory and grade; history events and the audit line.
 * The same payload again returns the first result and stores nothing.
 */
export async function storeInventory(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  submission: InventorySubmission,
  lang: Language,
  known: KnownContext = {},
): Promise<RecordedInventory> {
  const sha256 = payloadSha256(submission.payload);
  const duplicate = await existingResult(trx, programmeId, sha256, submission, lang);
  if (duplicate) return duplicate;
  const { parsed } = submission;
  let device: InventoryDevice;
  let deviceCreated = false;
  if (submission.deviceId) {
    const found = await findDeviceById(trx, programmeId, submission.deviceId);
    if (!found) throw new AppError('DEVICE_NOT_FOUND');
    device = found;
  } else {
    const matched = await matchAgentDevice(trx, programmeId, actor, parsed.facts, parsed.tag, lang);
    device = matched.device;
    deviceCreated = matched.created;
  }
  const { facts, software } = await previousState(trx, programmeId, device, parsed);
  const id = newId();
  const receivedAt = nowIso();
  await insertInventory(trx, {
    id,
    programme_id: programmeId,
    device_id: device.id,
    source: parsed.source,
    agent_device_id: parsed.agentDeviceId,
    agent_version: parsed.agentVersion,
    tag: parsed.tag,
    is_partial: parsed.isPartial ? 1 : 0,
    payload_sha256: sha256,
    payload_gzip: submission.payloadGzip ?? gzipSync(submission.payload),
    payload_size: submission.payload.length,
    facts: JSON.stringify({ ...facts, software: [] }),
    submitted_by: actor.label,
    received_at: receivedAt,
  });
  const diskRows = facts.disks.map((d, position) => ({
    id: newId(),
    programme_id: programmeId,
    inventory_id: id,
    device_id: device.id,
    position,
    name: d.name,
    model: d.model,
    serial: d.serial,
    size_mb: d.sizeMb,
    bus: d.bus,
    media: d.media,
  }));
  await insertInventoryDisks(trx, diskRows);
  await insertInventorySoftware(
    trx,
    software.map((s, position) => ({ inventory_id: id, programme_id: programmeId, position, ...s })),
  );

  const rules = known.gradingRules ?? (await findGradingRules(trx, programmeId));
  const graded = gradeDevice(facts, device.kind, rules);
  await updateDeviceColumns(trx, programmeId, device.id, {
    ...(await identityPatch(trx, programmeId, device, facts)),
    latest_inventory_id: id,
    grade: graded.grade,
    grade_reasons: JSON.stringify(graded.reasons),
    updated_at: receivedAt,
  });
  await recordDeviceEvent(trx, programmeId, {
    deviceId: device.id,
    kind: 'inventory',
    actor,
    details: {
      inventoryId: id,
      source: parsed.source,
      partial: parsed.isPartial,
      cpu: facts.cpu?.model ?? null,
      ramMb: facts.ramMb,
      disks: facts.disks.length,
    },
    occurredAt: receivedAt,
  });
  if (device.grade !== graded.grade) {
    await recordDeviceEvent(trx, programmeId, {
      deviceId: device.id,
      kind: 'grade',
      actor,
      details: { from: device.grade, to: graded.grade, reasons: graded.reasons, inventoryId: id },
      occurredAt: receivedAt,
    });
  }
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'inventory',
    entityId: id,
    action: 'received',
    summary: { deviceId: device.id, source: parsed.source, partial: parsed.isPartial, sha256, grade: graded.grade },
  });
  // A school computer or a computer at home: its conformity follows its latest software list.
  if (device.state === 'in_school' || device.state === 'handed_over') {
    await recomputeConformity(trx, programmeId, { deviceIds: [device.id] });
  }
  const inventory = toInventorySummary(
    {
      id,
      programme_id: programmeId,
      device_id: device.id,
      source: parsed.source,
      agent_device_id: parsed.agentDeviceId,
      agent_version: parsed.agentVersion,
      tag: parsed.tag,
      is_partial: parsed.isPartial ? 1 : 0,
      payload_sha256: sha256,
      payload_size: submission.payload.length,
      facts: JSON.stringify({ ...facts, software: [] }),
      submitted_by: actor.label,
      received_at: receivedAt,
    },
    diskRows,
  );
  return { inventory, deviceId: device.id, duplicate: false, deviceCreated };
}

/**
 * Opens the transaction and stores the inventory. Two agents racing with the same payload meet
 * the unique (programme, sha256) index: the loser answers with the winner's result.
 */
export async function recordInventory(
  db: Db,
  programmeId: string,
  actor: AuditActor,
  submission: InventorySubmission,
  lang: Language,
  known: KnownContext = {},
): Promise<RecordedInventory> {
  // Compressed before the transaction, on the thread pool: a large plain upload neither blocks
  // the event loop nor holds the (single SQLite) connection while it is compressed.
  const stored = { ...submission, payloadGzip: submission.payloadGzip ?? (await gzipAsync(submission.payload)) };
  try {
    return await db.transaction().execute((trx) => storeInventory(trx, programmeId, actor, stored, lang, known));
  } catch (error) {
    // Two agents racing with the same payload: the loser may meet the unique payload index, or
    // (for a new machine) the serial the winner's device just took. Either way, if the same
    // payload is stored now, answer with that result: the submission is idempotent.
    const racing = isUniqueViolation(error) || (isAppError(error) && error.code === 'SERIAL_TAKEN');
    if (!racing) throw error;
    const existing = await existingResult(db, programmeId, payloadSha256(submission.payload), submission, lang);
    if (existing) return existing;
    throw error;
  }
}
