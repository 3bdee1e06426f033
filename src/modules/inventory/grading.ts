import type { DeviceGrade } from '../devices/device-states.js';
import type { ProgrammeSettings } from '../programmes/programmes.model.js';
import type { InventoryFacts } from './inventory-facts.js';

export type GradingRules = ProgrammeSettings['grading'];

/**
 * Why a device did not get grade A. Each reason names the grade it limits the device to
 * (`limit`) and carries its values; the web app translates the code. Sizes: 1 GB = 1000 MB,
 * as disk makers and the agents count.
 */
export type GradeReason = { limit: 'B' | 'C' | 'unfit' } & (
  | { code: 'cpu_not_64bit' }
  | { code: 'cpu_arch_unknown' }
  | { code: 'cpu_threads_below_a'; threads: number; minThreads: number }
  | { code: 'cpu_threads_unknown' }
  | { code: 'ram_unknown' }
  | { code: 'ram_below_min'; valueMb: number; minMb: number }
  | { code: 'ram_below_b'; valueMb: number; minMb: number }
  | { code: 'ram_below_a'; valueMb: number; minMb: number }
  | { code: 'disk_none' }
  | { code: 'disk_size_unknown' }
  | { code: 'disk_too_small'; largestGb: number; ssdMinGb: number; hddMinGb: number }
  | { code: 'battery_missing' }
  | { code: 'battery_health_unknown' }
  | { code: 'battery_below_min'; percent: number; minPercent: number }
  | { code: 'battery_below_a'; percent: number; minPercent: number }
);

export interface GradeResult {
  grade: DeviceGrade;
  reasons: GradeReason[];
}

const order: Record<DeviceGrade, number> = { A: 0, B: 1, C: 2, unfit: 3 };

function cpuReasons(facts: InventoryFacts, rules: GradingRules): GradeReason[] {
  const out: GradeReason[] = [];
  const cpu = facts.cpu;
  if (rules.require64Bit) {
    if (cpu?.arch64 === false) out.push({ code: 'cpu_not_64bit', limit: 'unfit' });
    else if (cpu?.arch64 == null) out.push({ code: 'cpu_arch_unknown', limit: 'C' });
  }
  const threads = cpu?.threads ?? cpu?.cores ?? null;
  if (threads == null) out.push({ code: 'cpu_threads_unknown', limit: 'B' });
  else if (threads < rules.cpuThreadsA) {
    out.push({ code: 'cpu_threads_below_a', threads, minThreads: rules.cpuThreadsA, limit: 'B' });
  }
  return out;
}

function ramReasons(facts: InventoryFacts, rules: GradingRules): GradeReason[] {
  const valueMb = facts.ramMb;
  if (valueMb == null || valueMb <= 0) return [{ code: 'ram_unknown', limit: 'C' }];
  if (valueMb < rules.ramMbC) return [{ code: 'ram_below_min', valueMb, minMb: rules.ramMbC, limit: 'unfit' }];
  if (valueMb < rules.ramMbB) return [{ code: 'ram_below_b', valueMb, minMb: rules.ramMbB, limit: 'C' }];
  if (valueMb < rules.ramMbA) return [{ code: 'ram_below_a', valueMb, minMb: rules.ramMbA, limit: 'B' }];
  return [];
}

function diskReasons(facts: InventoryFacts, rules: GradingRules): GradeReason[] {
  if (facts.disks.length === 0) return [{ code: 'disk_none', limit: 'C' }];
  const sized = facts.disks.filter((d) => d.sizeMb != null && d.sizeMb > 0);
  if (sized.length === 0) return [{ code: 'disk_size_unknown', limit: 'C' }];
  const fits = sized.some(
    (d) => (d.media === 'ssd' && d.sizeMb! >= rules.ssdMinGb * 1000) || d.sizeMb! >= rules.hddMinGb * 1000,
  );
  if (fits) return [];
  const largestGb = Math.round(Math.max(...sized.map((d) => d.sizeMb!)) / 1000);
  return [{ code: 'disk_too_small', largestGb, ssdMinGb: rules.ssdMinGb, hddMinGb: rules.hddMinGb, limit: 'unfit' }];
}

function batteryReasons(facts: InventoryFacts, rules: GradingRules): GradeReason[] {
  if (facts.batteries.length === 0) return [{ code: 'battery_missing', limit: 'C' }];
  const known = facts.batteries.map((b) => b.healthPercent).filter((p): p is number => p != null);
  if (known.length === 0) return [{ code: 'battery_health_unknown', limit: 'C' }];
  // A laptop runs on its best battery (some have a second, removable one).
  const percent = Math.max(...known);
  if (percent < rules.batteryPercentMin) {
    return [{ code: 'battery_below_min', percent, minPercent: rules.batteryPercentMin, limit: 'unfit' }];
  }
  if (percent < rules.batteryPercentA) {
    return [{ code: 'battery_below_a', percent, minPercent: rules.batteryPercentA, limit: 'B' }];
  }
  return [];
}

/**
 * Grades a computer against the programme's minimum specification. A fact that fails a rule
 * limits the grade; an unknown fact (a VM without DMI, a section the agent did not send) never
 * makes a device unfit, but it cannot earn more than C for RAM, disks, CPU architecture and
 * battery, nor more than B for CPU threads: an operator has to look. Batteries count for
 * laptops only. Monitors and other kinds are graded by the same computer rules when they send
 * an inventory.
 */
export function gradeDevice(facts: InventoryFacts, kind: string, rules: GradingRules): GradeResult {
  const reasons = [
    ...cpuReasons(facts, rules),
    ...ramReasons(facts, rules),
    ...diskReasons(facts, rules),
    ...(kind === 'laptop' ? batteryReasons(facts, rules) : []),
  ];
  let grade: DeviceGrade = 'A';
  for (const r of reasons) if (order[r.limit] > order[grade]) grade = r.limit;
  reasons.sort((a, b) => order[b.limit] - order[a.limit]);
  return { grade, reasons };
}
