import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DEMO_MODELS, demoInventoryJson, demoMachine } from '../modules/demo/demo.hardware.js';
import { gradeDevice, type GradingRules } from '../modules/inventory/grading.js';
import { parseUploadedInventory } from '../modules/inventory/inventory-parsing.js';
import { decodePayload } from '../modules/inventory/payload-decoding.js';

/**
 * One template per demo machine model, made once by the app's own parser and grading rules from
 * the JSON glpi-agent would send; each device then gets its own serials by substitution, so the
 * stored facts, grade and payload are what the inventory endpoint would have stored.
 */
const SERIAL = 'QQSERIALQQ';
const DISK_SERIAL = 'QQDISKQQ';
const TAG = 'QQ-000000-Q';

export interface InventoryTemplate {
  kind: 'laptop' | 'desktop';
  make: string;
  model: string;
  source: string;
  agentDeviceId: string | null;
  agentVersion: string | null;
  payload: string;
  facts: string;
  grade: string;
  gradeReasons: string;
  disks: { name: string | null; model: string | null; sizeMb: number | null; bus: string | null; media: string }[];
  cpu: string | null;
  ramMb: number | null;
  serialPrefix: string;
}

const SERIAL_PREFIXES: Record<string, string> = { 'Dell Inc.': 'DL', LENOVO: 'PF', HP: 'CZC' };

export function inventoryTemplates(rules: GradingRules): InventoryTemplate[] {
  return DEMO_MODELS.map((_, m) => {
    const machine = { ...demoMachine(m), serial: SERIAL };
    machine.disk = { ...machine.disk, serial: DISK_SERIAL };
    const payload = demoInventoryJson(machine, TAG);
    const parsed = parseUploadedInventory(decodePayload(payload));
    const graded = gradeDevice(parsed.facts, machine.kind, rules);
    return {
      kind: machine.kind,
      make: parsed.facts.make ?? machine.make,
      model: parsed.facts.model ?? machine.model,
      source: parsed.source,
      agentDeviceId: parsed.agentDeviceId,
      agentVersion: parsed.agentVersion,
      payload: payload.toString('utf8'),
      facts: JSON.stringify({ ...parsed.facts, software: [] }),
      grade: graded.grade,
      gradeReasons: JSON.stringify(graded.reasons),
      disks: parsed.facts.disks.map((d) => ({
        name: d.name,
        model: d.model,
        sizeMb: d.sizeMb,
        bus: d.bus,
        media: d.media,
      })),
      cpu: parsed.facts.cpu?.model ?? null,
      ramMb: parsed.facts.ramMb,
      serialPrefix: SERIAL_PREFIXES[machine.make] ?? 'SN',
    };
  });
}

export interface DeviceInventory {
  facts: string;
  payloadGzip: Buffer;
  payloadSha256: string;
  payloadSize: number;
  agentDeviceId: string | null;
}

/** The inventory of one device: the template with the device's serials and asset tag. */
export function inventoryFor(t: InventoryTemplate, serial: string, diskSerial: string, tag: string): DeviceInventory {
  const payload = Buffer.from(
    t.payload.replaceAll(SERIAL, serial).replaceAll(DISK_SERIAL, diskSerial).replaceAll(TAG, tag),
  );
  return {
    facts: t.facts.replaceAll(SERIAL, serial).replaceAll(DISK_SERIAL, diskSerial),
    payloadGzip: gzipSync(payload),
    payloadSha256: createHash('sha256').update(payload).digest('hex'),
    payloadSize: payload.length,
    agentDeviceId: t.agentDeviceId?.replaceAll(SERIAL, serial) ?? null,
  };
}
