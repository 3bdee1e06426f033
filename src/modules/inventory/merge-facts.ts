import type { InventoryFacts } from './inventory-facts.js';

/**
 * glpi-agent's partial inventories carry only the sections that changed. Each fact is taken
 * from the partial inventory when a section it comes from is present, else kept from the
 * previous facts: a partial inventory never erases what it does not mention.
 */
export function mergePartialFacts(
  previous: InventoryFacts,
  partial: InventoryFacts,
  sections: Set<string>,
): InventoryFacts {
  const has = (...names: string[]) => names.some((n) => sections.has(n));
  const pick = <K extends keyof InventoryFacts>(key: K, ...names: string[]): InventoryFacts[K] =>
    has(...names) ? partial[key] : previous[key];
  // RAM from the OS total (HARDWARE) only replaces a figure that came from nowhere better.
  const ramMb = has('MEMORIES')
    ? partial.ramMb
    : has('HARDWARE') && previous.ramMb === null
      ? partial.ramMb
      : previous.ramMb;
  return {
    serial: pick('serial', 'BIOS'),
    hardwareUuid: pick('hardwareUuid', 'HARDWARE'),
    make: pick('make', 'BIOS'),
    model: pick('model', 'BIOS'),
    cpu: pick('cpu', 'CPUS'),
    ramMb,
    disks: pick('disks', 'STORAGES'),
    batteries: pick('batteries', 'BATTERIES'),
    os: pick('os', 'OPERATINGSYSTEM'),
    software: pick('software', 'SOFTWARES'),
    chassis: has('HARDWARE') && partial.chassis ? partial.chassis : (previous.chassis ?? partial.chassis ?? null),
  };
}
