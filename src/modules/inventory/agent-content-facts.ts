import type { InventoryDisk, InventoryFacts, InventorySoftware } from './inventory-facts.js';
import {
  battery,
  busFromName,
  cleanSerial,
  cleanUuid,
  diskMedia,
  installedRamFromOsTotal,
  positive,
  says64Bit,
  text,
} from './fact-helpers.js';

/**
 * The CONTENT of an agent inventory with upper-case keys: the XML as parsed, or the JSON
 * (whose keys are the XML names in lower case) after upperCaseKeys. One mapper serves both.
 */
export type Content = Record<string, unknown>;
type Entry = Record<string, unknown>;

function list(content: Content, name: string): Entry[] {
  const v = content[name];
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return items.filter((x): x is Entry => typeof x === 'object' && x !== null && !Array.isArray(x));
}

function one(content: Content, name: string): Entry {
  return list(content, name)[0] ?? {};
}

/** JSON inventories: section and field names upper-cased, two levels deep, to read them like the XML. */
export function upperCaseKeys(content: Record<string, unknown>): Content {
  const upper = (o: unknown): unknown => {
    if (Array.isArray(o)) return o.map(upper);
    if (typeof o !== 'object' || o === null) return o;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toUpperCase(), v]));
  };
  return Object.fromEntries(Object.entries(content).map(([k, v]) => [k.toUpperCase(), upper(v)]));
}

/**
 * CPU threads: FusionInventory writes the package's logical CPUs (siblings) in THREAD;
 * glpi-agent writes threads per core. A THREAD below CORE can only be per core.
 */
function cpuFacts(content: Content, versionClient: string | null): InventoryFacts['cpu'] {
  const cpus = list(content, 'CPUS');
  if (cpus.length === 0) return null;
  const perCore = /glpi-agent/i.test(versionClient ?? '');
  let cores: number | null = null;
  let threads: number | null = null;
  let speedMhz: number | null = null;
  for (const cpu of cpus) {
    const core = positive(cpu.CORE) ?? positive(cpu.CORECOUNT);
    const thread = positive(cpu.THREAD);
    if (core !== null) cores = (cores ?? 0) + core;
    if (thread !== null) {
      const total = perCore || (core !== null && thread < core) ? thread * (core ?? 1) : thread;
      threads = (threads ?? 0) + total;
    }
    const speed = positive(cpu.SPEED);
    if (speed !== null) speedMhz = Math.max(speedMhz ?? 0, speed);
  }
  const first = cpus[0]!;
  return {
    model: text(first.NAME) ?? text(first.TYPE),
    cores,
    threads,
    speedMhz,
    arch64: says64Bit(...cpus.map((c) => c.ARCH), one(content, 'OPERATINGSYSTEM').ARCH),
  };
}

function ramMb(content: Content): number | null {
  const modules = list(content, 'MEMORIES')
    .map((m) => positive(m.CAPACITY))
    .filter((c): c is number => c !== null);
  if (modules.length > 0) return modules.reduce((a, b) => a + b, 0);
  return installedRamFromOsTotal(positive(one(content, 'HARDWARE').MEMORY));
}

/** Optical drives, USB storage (the live key the agent runs from) and empty card readers are not the device's disks. */
function isInternalDisk(s: Entry): boolean {
  const type = text(s.TYPE)?.toLowerCase() ?? '';
  const bus = `${text(s.INTERFACE) ?? ''} ${text(s.DESCRIPTION) ?? ''}`.toLowerCase();
  const name = text(s.NAME) ?? '';
  if (/\bcd|dvd|rom|floppy|tape/.test(type) || /^(sr|fd|st|loop|zram|ram)\d/.test(name)) return false;
  if (/\busb\b/.test(bus)) return false;
  if (type === 'removable' && positive(s.DISKSIZE) === null) return false;
  return true;
}

function disks(content: Content): InventoryDisk[] {
  return list(content, 'STORAGES')
    .filter(isInternalDisk)
    .map((s) => {
      const name = text(s.NAME)?.replace(/^\/dev\//, '') ?? null;
      const model = text(s.MODEL);
      const bus = text(s.INTERFACE) ?? busFromName(name) ?? text(s.DESCRIPTION);
      return {
        name,
        model,
        serial: cleanSerial(s.SERIALNUMBER ?? s.SERIAL),
        sizeMb: positive(s.DISKSIZE),
        bus,
        media: diskMedia({ name, model, type: text(s.TYPE), bus, description: text(s.DESCRIPTION) }),
      };
    });
}

export function softwareOf(content: Content): InventorySoftware[] {
  const out: InventorySoftware[] = [];
  for (const s of list(content, 'SOFTWARES')) {
    const name = text(s.NAME);
    if (name === null) continue;
    out.push({ name, version: text(s.VERSION), publisher: text(s.PUBLISHER), arch: text(s.ARCH) });
  }
  return out;
}

export function contentToFacts(content: Content): InventoryFacts {
  const bios = one(content, 'BIOS');
  const hardware = one(content, 'HARDWARE');
  const os = one(content, 'OPERATINGSYSTEM');
  const versionClient = text(content.VERSIONCLIENT);
  const osName = text(os.FULL_NAME) ?? text(os.NAME) ?? text(hardware.OSNAME);
  return {
    serial: cleanSerial(bios.SSN) ?? cleanSerial(bios.MSN),
    hardwareUuid: cleanUuid(hardware.UUID),
    make: cleanSerial(bios.SMANUFACTURER) ?? cleanSerial(bios.MMANUFACTURER),
    model: cleanSerial(bios.SMODEL) ?? cleanSerial(bios.MMODEL),
    cpu: cpuFacts(content, versionClient),
    ramMb: ramMb(content),
    disks: disks(content),
    batteries: list(content, 'BATTERIES').map((b) => battery(positive(b.CAPACITY), positive(b.REAL_CAPACITY), b.DATE)),
    os:
      osName || text(os.VERSION) || text(os.ARCH)
        ? { name: osName, version: text(os.VERSION), arch: text(os.ARCH) }
        : null,
    software: softwareOf(content),
    chassis: text(hardware.CHASSIS_TYPE) ?? text(bios.TYPE) ?? null,
  };
}

/** The agent's name and version, e.g. "FusionInventory-Agent_v2.6-3". */
export function agentVersionOf(content: Content): string | null {
  return text(content.VERSIONCLIENT);
}
