/**
 * What Cartable keeps from any inventory (agent XML, glpi JSON, lshw): one shape, whatever the
 * source. Every field may be unknown (null): a VM without DMI has no serial, no memories, no
 * batteries.
 */
export type DiskMedia = 'ssd' | 'hdd' | 'unknown';

export interface InventoryCpu {
  model: string | null;
  cores: number | null;
  threads: number | null;
  speedMhz: number | null;
  /** null when the source does not say. */
  arch64: boolean | null;
}

export interface InventoryDisk {
  /** Kernel name without /dev/ (sda, nvme0n1), as the erasure log names it. */
  name: string | null;
  model: string | null;
  serial: string | null;
  sizeMb: number | null;
  /** ATA, SATA, SCSI, NVMe, USB, virtio… as the source says. */
  bus: string | null;
  media: DiskMedia;
}

export interface InventoryBattery {
  designMwh: number | null;
  currentMwh: number | null;
  /** round(current / design × 100), null when either is unknown. */
  healthPercent: number | null;
  /** YYYY-MM-DD when the source gives a date. */
  manufactureDate: string | null;
}

export interface InventoryOs {
  name: string | null;
  version: string | null;
  arch: string | null;
}

export interface InventorySoftware {
  name: string;
  version: string | null;
  publisher: string | null;
  arch: string | null;
}

export interface InventoryFacts {
  serial: string | null;
  hardwareUuid: string | null;
  make: string | null;
  model: string | null;
  cpu: InventoryCpu | null;
  ramMb: number | null;
  disks: InventoryDisk[];
  batteries: InventoryBattery[];
  os: InventoryOs | null;
  /** Kept in inventory_software; the stored facts JSON leaves it empty. */
  software: InventorySoftware[];
  /** Laptop, Notebook, Desktop, Tower… as the DMI chassis type says. */
  chassis?: string | null;
}

export function emptyFacts(): InventoryFacts {
  return {
    serial: null,
    hardwareUuid: null,
    make: null,
    model: null,
    cpu: null,
    ramMb: null,
    disks: [],
    batteries: [],
    os: null,
    software: [],
    chassis: null,
  };
}

export const inventorySources = [
  'fusioninventory-xml',
  'glpi-xml',
  'glpi-json',
  'glpi-json-file',
  'lshw-json',
] as const;
export type InventorySource = (typeof inventorySources)[number];

/** Summary of one stored inventory, as other modules and the device page read it. */
export interface InventorySummary {
  id: string;
  source: InventorySource;
  receivedAt: string;
  isPartial: boolean;
  facts: InventoryFacts;
  disks: InventoryDisk[];
}
