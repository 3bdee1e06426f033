import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { type DeviceCheckRow, insertDeviceCheck } from './checks.repository.js';
import { findLatestTransitionInto, recordDeviceEvent } from './device-events.js';
import { assertFit } from './device-guards.js';
import { refurbishmentPath, type DeviceState } from './device-states.js';
import { deviceMessages } from './devices.messages.js';
import { type Device, toDevice } from './devices.service.js';
import { type StationContext, applyTransition, loadDevice, normaliseStartedAt } from './transitions.service.js';

export type CheckAnswer = 'ok' | 'fail' | 'na';

export interface DeviceCheck {
  id: string;
  items: Record<string, CheckAnswer>;
  passed: boolean;
  /** The items answered 'fail', in checklist order. */
  failedItems: string[];
  notes: string | null;
  signedByLabel: string;
  signedAt: string;
}

export function toDeviceCheck(row: DeviceCheckRow): DeviceCheck {
  const items = JSON.parse(row.items) as Record<string, CheckAnswer>;
  return {
    id: row.id,
    items,
    passed: row.passed === 1,
    failedItems: Object.keys(items).filter((k) => items[k] === 'fail'),
    notes: row.notes,
    signedByLabel: row.signed_by_label,
    signedAt: row.signed_at,
  };
}

export interface CheckInput extends StationContext {
  items: Record<string, CheckAnswer>;
  notes?: string | null | undefined;
}

/** Every item of the programme's checklist answered, and nothing else. */
function assertItemsMatchChecklist(checklist: readonly string[], items: Record<string, CheckAnswer>, lang: Language) {
  const m = deviceMessages(lang);
  const fields: FieldError[] = [
    ...checklist
      .filter((code) => !(code in items))
      .map((code) => ({
        field: `body.items.${code}`,
        code: 'check_item_missing',
        message: format(m.check_item_missing, { code }),
      })),
    ...Object.keys(items)
      .filter((code) => !checklist.includes(code))
      .map((code) => ({
        field: `body.items.${code}`,
        code: 'check_item_unknown',
        message: format(m.check_item_unknown, { code }),
      })),
  ];
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
}

/**
 * Four-eyes: the person who signs the final check is not the one who did the last repair (or,
 * without a repair since, the imaging). Undone moves do not count.
 */
async function assertFourEyes(
  trx: Executor,
  programmeId: string,
  deviceId: string,
  signer: AuditActor,
  lang: Language,
) {
  const lastWork =
    (await findLatestTransitionInto(trx, programmeId, deviceId, ['repaired'])) ??
    (await findLatestTransitionInto(trx, programmeId, deviceId, ['imaged']));
  if (lastWork && lastWork.actor_user_id !== null && lastWork.actor_user_id === signer.userId) {
    const m = deviceMessages(lang);
    const what = lastWork.to_state === 'repaired' ? m.four_eyes_repaired : m.four_eyes_imaged;
    throw new AppError('CHECK_FOUR_EYES', { detail: format(m.check_four_eyes, { what }) });
  }
}

/**
 * Signs a device's final check. All items ok or n/a: the check passes and the device moves
 * imaged → checked. Any item failed: the check is recorded as failed (the device stays imaged,
 * to be repaired) and the answer is still 200 with passed false — the station shows what failed.
 */
export async function signDeviceCheck(
  trx: Executor,
  programmeId: string,
  signer: AuditActor,
  deviceId: string,
  input: CheckInput,
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<{ device: Device; check: DeviceCheck }> {
  const m = deviceMessages(lang);
  const device = await loadDevice(trx, programmeId, deviceId);
  const state = device.state as DeviceState;
  if (state !== 'imaged') {
    const before =
      refurbishmentPath.indexOf(state) >= 0 && refurbishmentPath.indexOf(state) < refurbishmentPath.indexOf('imaged');
    throw new AppError(before ? 'DEVICE_NOT_IMAGED' : 'DEVICE_TRANSITION_FORBIDDEN', {
      detail: m.check_wrong_state,
      params: { from: state, to: 'checked' },
    });
  }
  assertFit(device, lang);
  const { checklist } = (await getProgramme(trx, programmeId)).settings;
  assertItemsMatchChecklist(checklist, input.items, lang);
  await assertFourEyes(trx, programmeId, deviceId, signer, lang);
  const startedAt = normaliseStartedAt(input.startedAt, now, lang);
  const ordered = Object.fromEntries(checklist.map((code) => [code, input.items[code]!]));
  const passed = checklist.every((code) => ordered[code] !== 'fail');
  const row: DeviceCheckRow = {
    id: newId(),
    programme_id: programmeId,
    device_id: deviceId,
    items: JSON.stringify(ordered),
    passed: passed ? 1 : 0,
    notes: input.notes?.trim() || null,
    signed_by_user_id: signer.userId ?? signer.label,
    signed_by_label: signer.label,
    signed_at: now.toISOString(),
  };
  await insertDeviceCheck(trx, row);
  const check = toDeviceCheck(row);
  const details = { checkId: row.id, passed, failedItems: check.failedItems };
  if (passed) {
    await applyTransition(
      trx,
      programmeId,
      signer,
      device,
      'checked',
      { station: input.station, reason: row.notes, startedAt, details },
      now,
      lang,
    );
  } else {
    await recordDeviceEvent(trx, programmeId, {
      deviceId,
      kind: 'check',
      actor: signer,
      station: input.station,
      reason: row.notes,
      startedAt,
      occurredAt: row.signed_at,
      details,
    });
  }
  await recordAudit(trx, {
    programmeId,
    actor: signer,
    entityType: 'device',
    entityId: deviceId,
    action: passed ? 'check_passed' : 'check_failed',
    summary: { assetTag: device.asset_tag, checkId: row.id, failedItems: check.failedItems },
  });
  return { device: toDevice(await loadDevice(trx, programmeId, deviceId)), check };
}
