import { InventoryInputError } from './inventory-input-error.js';
import type { InventoryBattery, InventoryDisk, InventoryFacts } from './inventory-facts.js';
import { battery, cleanSerial, cleanUuid, diskMedia, positive, text } from './fact-helpers.js';

/** A node of `lshw -json`: every node has a class and may have children. */
interface LshwNode {
  id?: unknown;
  class?: unknown;
  description?: unknown;
  product?: unknown;
  vendor?: unknown;
  serial?: unknown;
  businfo?: unknown;
  logicalname?: unknown;
  size?: unknown;
  capacity?: unknown;
  units?: unknown;
  width?: unknown;
  disabled?: unknown;
  configuration?: Record<string, unknown>;
  capabilities?: Record<string, unknown>;
  children?: unknown;
}

function isNode(v: unknown): v is LshwNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as LshwNode).class === 'string';
}

interface Visit {
  node: LshwNode;
  parent: LshwNode | null;
  underUsb: boolean;
}

function walk(roots: unknown[]): Visit[] {
  const out: Visit[] = [];
  const stack: Visit[] = roots.filter(isNode).map((node) => ({ node, parent: null, underUsb: false }));
  while (stack.length > 0) {
    const visit = stack.shift()!;
    out.push(visit);
    const usb = visit.underUsb || /^usb@/.test(text(visit.node.businfo) ?? '');
    const children = Array.isArray(visit.node.children) ? visit.node.children : [];
    for (const child of children.filter(isNode)) stack.push({ node: child, parent: visit.node, underUsb: usb });
  }
  return out;
}

function devName(logicalname: unknown): string | null {
  const names = Array.isArray(logicalname) ? logicalname : [logicalname];
  const dev = names.map(text).find((n) => n?.startsWith('/dev/'));
  return dev ? dev.slice('/dev/'.length) : null;
}

const bytesToDecimalMb = (bytes: number | null): number | null => (bytes === null ? null : Math.round(bytes / 1e6));

function cpuFacts(visits: Visit[]): InventoryFacts['cpu'] {
  const cpus = visits.map((v) => v.node).filter((n) => n.class === 'processor' && n.disabled !== true);
  if (cpus.length === 0) return null;
  const sum = (key: 'cores' | 'threads'): number | null => {
    const values = cpus.map((c) => positive(c.configuration?.[key])).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const hz = cpus.map((c) => positive(c.size) ?? positive(c.capacity)).find((v) => v !== null) ?? null;
  const caps = cpus[0]!.capabilities;
  let arch64: boolean | null = null;
  if (caps && ('x86-64' in caps || 'lm' in caps)) arch64 = true;
  else if (cpus[0]!.width === 64) arch64 = true;
  else if (caps && 'fpu' in caps) arch64 = false; // an x86 CPU whose flags lack x86-64 (long mode)
  return {
    model: text(cpus[0]!.product),
    cores: sum('cores'),
    threads: sum('threads'),
    speedMhz: hz === null ? null : Math.round(hz / 1e6),
    arch64,
  };
}

function ramMb(visits: Visit[]): number | null {
  const memory = visits.map((v) => v.node).filter((n) => n.class === 'memory');
  const systems = memory.filter((n) => /system memory/i.test(text(n.description) ?? ''));
  const chosen = systems.length ? systems : memory.filter((n) => /^bank/.test(text(n.id) ?? ''));
  const bytes = chosen.map((n) => positive(n.size)).filter((v): v is number => v !== null);
  return bytes.length ? Math.round(bytes.reduce((a, b) => a + b, 0) / 1024 / 1024) : null;
}

function busOf(node: LshwNode, name: string | null): string | null {
  const businfo = text(node.businfo) ?? '';
  if (name?.startsWith('nvme') || /nvme/i.test(text(node.description) ?? '')) return 'NVMe';
  if (/^virtio@/.test(businfo) || name?.startsWith('vd')) return 'virtio';
  if (/\bATA\b/.test(text(node.description) ?? '')) return 'ATA';
  if (/^scsi@/.test(businfo)) return 'SCSI';
  if (/^ide@/.test(businfo)) return 'IDE';
  return null;
}

function disks(visits: Visit[]): InventoryDisk[] {
  const out: InventoryDisk[] = [];
  for (const { node, parent, underUsb } of visits) {
    if (node.class !== 'disk' || underUsb) continue;
    const name = devName(node.logicalname);
    const description = text(node.description);
    if (/^cdrom|^sr\d/.test(text(node.id) ?? '') || /cd-?rom|dvd/i.test(description ?? '') || name?.startsWith('sr')) {
      continue;
    }
    // NVMe: the namespace (nvme0n1) is the disk, its controller (nvme0) carries model and serial.
    const nvmeNamespace = /^namespace/.test(text(node.id) ?? '') && parent !== null;
    const model = text(node.product) ?? (nvmeNamespace ? text(parent.product) : null);
    const serial = cleanSerial(node.serial) ?? (nvmeNamespace ? cleanSerial(parent.serial) : null);
    const bus = busOf(node, name) ?? (nvmeNamespace ? 'NVMe' : null);
    const rotation = node.configuration?.rotation;
    out.push({
      name,
      model,
      serial,
      sizeMb: bytesToDecimalMb(positive(node.size)),
      bus,
      media: diskMedia({
        name,
        model,
        bus,
        description,
        rotational: rotation === undefined ? null : positive(rotation) !== null,
      }),
    });
  }
  return out;
}

function batteries(visits: Visit[]): InventoryBattery[] {
  return visits
    .map((v) => v.node)
    .filter((n) => n.class === 'power' && /battery/i.test(`${text(n.id) ?? ''} ${text(n.description) ?? ''}`))
    .map((n) => battery(text(n.units) === 'mWh' ? positive(n.capacity) : null, null, null));
}

/** `lshw -json` (root object, or an array with -class or some versions) → facts. */
export function lshwToFacts(json: unknown): InventoryFacts {
  const roots = Array.isArray(json) ? json : [json];
  const visits = walk(roots);
  if (visits.length === 0) throw new InventoryInputError('INVENTORY_INVALID', 'lshw_no_system');
  const system = visits.find((v) => v.node.class === 'system')?.node ?? {};
  return {
    serial: cleanSerial(system.serial),
    hardwareUuid: cleanUuid(system.configuration?.uuid),
    make: cleanSerial(system.vendor),
    model: cleanSerial(system.product),
    cpu: cpuFacts(visits),
    ramMb: ramMb(visits),
    disks: disks(visits),
    batteries: batteries(visits),
    os: null,
    software: [],
    chassis: text(system.configuration?.chassis),
  };
}

/** Whether parsed JSON looks like lshw output rather than a GLPI inventory. */
export function isLshwJson(json: unknown): boolean {
  if (Array.isArray(json)) return json.some(isNode);
  return isNode(json);
}
