import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programmeSettingsSchema } from '../programmes/programmes.model.js';
import { gradeDevice } from './grading.js';
import { type InventoryFacts, emptyFacts } from './inventory-facts.js';

const rules = programmeSettingsSchema.parse({}).grading;

function laptop(overrides: Partial<InventoryFacts> = {}): InventoryFacts {
  return {
    ...emptyFacts(),
    cpu: { model: 'Intel Core i5-6200U', cores: 2, threads: 4, speedMhz: 2300, arch64: true },
    ramMb: 8192,
    disks: [{ name: 'sda', model: 'SSD', serial: 'S1', sizeMb: 256060, bus: 'SATA', media: 'ssd' }],
    batteries: [{ designMwh: 57570, currentMwh: 50570, healthPercent: 88, manufactureDate: null }],
    ...overrides,
  };
}

describe('gradeDevice', () => {
  it('gives A with no reason to a machine meeting every A rule', () => {
    assert.deepEqual(gradeDevice(laptop(), 'laptop', rules), { grade: 'A', reasons: [] });
  });

  it('limits by RAM: B below ramMbA, unfit below the minimum, with the values', () => {
    assert.deepEqual(gradeDevice(laptop({ ramMb: 4096 }), 'laptop', rules), {
      grade: 'B',
      reasons: [{ code: 'ram_below_a', valueMb: 4096, minMb: 8192, limit: 'B' }],
    });
    const low = gradeDevice(laptop({ ramMb: 2048 }), 'laptop', rules);
    assert.equal(low.grade, 'unfit');
    assert.deepEqual(low.reasons, [{ code: 'ram_below_min', valueMb: 2048, minMb: 4096, limit: 'unfit' }]);
  });

  it('uses ramMbB and ramMbC separately when a programme sets them apart', () => {
    const custom = { ...rules, ramMbA: 8192, ramMbB: 6144, ramMbC: 4096 };
    assert.equal(gradeDevice(laptop({ ramMb: 4096 }), 'laptop', custom).grade, 'C');
    assert.equal(gradeDevice(laptop({ ramMb: 6144 }), 'laptop', custom).grade, 'B');
  });

  it('refuses a 32-bit CPU when the programme requires 64-bit, and not otherwise', () => {
    const cpu = { model: 'Intel Atom N270', cores: 1, threads: 2, speedMhz: 1600, arch64: false };
    assert.equal(gradeDevice(laptop({ cpu }), 'laptop', rules).grade, 'unfit');
    assert.ok(gradeDevice(laptop({ cpu }), 'laptop', rules).reasons.some((r) => r.code === 'cpu_not_64bit'));
    assert.equal(gradeDevice(laptop({ cpu }), 'laptop', { ...rules, require64Bit: false }).grade, 'B');
  });

  it('accepts an SSD of ssdMinGb or any disk of hddMinGb, and names the largest disk when neither', () => {
    const ssd = { name: 'sda', model: null, serial: null, sizeMb: 128035, bus: 'SATA', media: 'ssd' as const };
    const hdd = { ...ssd, media: 'hdd' as const, sizeMb: 500107 };
    const smallHdd = { ...ssd, media: 'unknown' as const, sizeMb: 80026 };
    assert.equal(gradeDevice(laptop({ disks: [ssd] }), 'laptop', rules).grade, 'A');
    assert.equal(gradeDevice(laptop({ disks: [hdd] }), 'laptop', rules).grade, 'A');
    assert.deepEqual(gradeDevice(laptop({ disks: [smallHdd] }), 'laptop', rules).reasons, [
      { code: 'disk_too_small', largestGb: 80, ssdMinGb: 100, hddMinGb: 120, limit: 'unfit' },
    ]);
  });

  it('grades the battery of laptops only: B below batteryPercentA, unfit below the minimum', () => {
    const worn = [{ designMwh: 50000, currentMwh: 35000, healthPercent: 70, manufactureDate: null }];
    const dead = [{ designMwh: 50000, currentMwh: 20000, healthPercent: 40, manufactureDate: null }];
    assert.deepEqual(gradeDevice(laptop({ batteries: worn }), 'laptop', rules).reasons, [
      { code: 'battery_below_a', percent: 70, minPercent: 80, limit: 'B' },
    ]);
    assert.equal(gradeDevice(laptop({ batteries: dead }), 'laptop', rules).grade, 'unfit');
    assert.equal(gradeDevice(laptop({ batteries: dead }), 'desktop', rules).grade, 'A');
  });

  it('never crashes nor declares unfit on unknown facts (a VM without DMI): C with *_unknown reasons', () => {
    const graded = gradeDevice(emptyFacts(), 'laptop', rules);
    assert.equal(graded.grade, 'C');
    assert.deepEqual(graded.reasons.map((r) => r.code).sort(), [
      'battery_missing',
      'cpu_arch_unknown',
      'cpu_threads_unknown',
      'disk_none',
      'ram_unknown',
    ]);
  });

  it('lists the reasons that decide the grade first', () => {
    const graded = gradeDevice(laptop({ ramMb: 2048, cpu: { ...laptop().cpu!, threads: 2 } }), 'laptop', rules);
    assert.deepEqual(
      graded.reasons.map((r) => r.limit),
      ['unfit', 'B'],
    );
  });
});
