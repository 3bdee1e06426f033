import type { DiskMedia, InventoryBattery } from './inventory-facts.js';

/**
 * Values firmware writers leave in DMI when nobody filled them in. Such a "serial" is shared by
 * thousands of machines: matching on it would merge different donated computers into one.
 */
const JUNK_SERIALS = new Set([
  '',
  '0',
  '00000000',
  '0000000000',
  '123456789',
  '1234567890',
  'none',
  'n/a',
  'na',
  'null',
  'unknown',
  'not specified',
  'not applicable',
  'not available',
  'default string',
  'to be filled by o.e.m.',
  'to be filled by oem',
  'system serial number',
  'system manufacturer',
  'system product name',
  'system version',
  'chassis serial number',
  'base board serial number',
  'serial number',
  'invalid',
  'oem',
  'o.e.m.',
  'xxxxxxxxxx',
]);

/** A trimmed serial (or make, model), or null when it is empty or a placeholder ("To be filled by O.E.M."…). */
export function cleanSerial(value: unknown): string | null {
  const s = text(value);
  if (s === null) return null;
  const lower = s.toLowerCase();
  if (JUNK_SERIALS.has(lower) || /^[0\s.-]+$/.test(s) || /^[x\s]+$/i.test(s)) return null;
  return s;
}

/** Hardware UUIDs the firmware left blank (all zeros, all F) are not identities either. */
export function cleanUuid(value: unknown): string | null {
  const s = text(value)?.toLowerCase() ?? null;
  if (s === null) return null;
  const hex = s.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex) || /^0+$/.test(hex) || /^f+$/.test(hex)) return null;
  return s;
}

/** A trimmed non-empty string, or null. Numbers become strings (XML and JSON disagree on types). */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return s === '' ? null : s;
}

/** A whole number from "2", 2 or "2300 MHz"; null when absent or not a number. */
export function integer(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : null;
  const s = text(value);
  if (s === null) return null;
  const m = /^-?\d+(\.\d+)?/.exec(s);
  return m ? Math.round(Number(m[0])) : null;
}

/** A positive whole number, or null (agents write 0 or -1 for "unknown"). */
export function positive(value: unknown): number | null {
  const n = integer(value);
  return n !== null && n > 0 ? n : null;
}

/**
 * SSD or HDD from what the source says: NVMe is always solid state; "SSD"/"Solid State" in the
 * model, type or description; a rotation rate (or lshw's "rotational" hint) means a spinning disk.
 * Anything else stays unknown rather than guessed from the maker's name.
 */
export function diskMedia(hints: {
  name?: string | null;
  model?: string | null;
  type?: string | null;
  bus?: string | null;
  description?: string | null;
  rotational?: boolean | null;
}): DiskMedia {
  const all = [hints.name, hints.model, hints.type, hints.bus, hints.description]
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
  if (/nvme/i.test(all)) return 'ssd';
  if (/\bssd\b|solid[\s-]?state|\bflash\b/i.test(all)) return 'ssd';
  if (hints.rotational === false) return 'ssd';
  if (hints.rotational === true || /\bhdd\b|\brpm\b|hard[\s-]?dis[ck]/i.test(all)) return 'hdd';
  return 'unknown';
}

/** The bus of a disk from its kernel name when the source names none (nvme0n1 → NVMe, vda → virtio). */
export function busFromName(name: string | null): string | null {
  if (!name) return null;
  if (/^nvme/.test(name)) return 'NVMe';
  if (/^vd[a-z]/.test(name)) return 'virtio';
  if (/^mmcblk/.test(name)) return 'MMC';
  return null;
}

/** dd/mm/yyyy (XML agents), yyyy-mm-dd (JSON) or yyyy/mm/dd → yyyy-mm-dd; anything else → null. */
export function isoDate(value: unknown): string | null {
  const s = text(value);
  if (!s) return null;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(s);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return null;
}

export function battery(designMwh: number | null, currentMwh: number | null, date: unknown): InventoryBattery {
  const healthPercent =
    designMwh !== null && currentMwh !== null && designMwh > 0
      ? Math.min(100, Math.round((currentMwh / designMwh) * 100))
      : null;
  return { designMwh, currentMwh, healthPercent, manufactureDate: isoDate(date) };
}

/**
 * True when any of the architecture names (CPU or running OS) is 64-bit, else null. Never false:
 * the agents write ARCH "i386" for every x86 CPU, and a 32-bit OS can run on a 64-bit CPU.
 */
export function says64Bit(...archs: unknown[]): true | null {
  for (const arch of archs) {
    const s = text(arch)?.toLowerCase();
    if (s && /x86_64|amd64|x64|aarch64|arm64|ppc64|powerpc64|sparc64|mips64|s390x|riscv64|ia64/.test(s)) return true;
  }
  return null;
}

/**
 * The RAM the OS reports (/proc/meminfo) is below what is installed (the kernel and the graphics
 * reserve some). Without memory modules in DMI, round it up to the next 512 MB, which gives back
 * the installed size (24105 → 24576, 3842 → 4096).
 */
export function installedRamFromOsTotal(osTotalMb: number | null): number | null {
  if (osTotalMb === null || osTotalMb <= 0) return null;
  return Math.ceil(osTotalMb / 512) * 512;
}

/** DMI chassis types of portable computers. */
export function isPortableChassis(chassis: string | null | undefined): boolean {
  return !!chassis && /laptop|notebook|portable|sub ?notebook|convertible|detachable|tablet|hand ?held/i.test(chassis);
}
