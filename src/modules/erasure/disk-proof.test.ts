import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ProofDisk, decideDiskProofs } from './disk-proof.js';
import type { ErasureRecord } from './erasure.model.js';

let n = 0;
function record(o: Partial<ErasureRecord>): ErasureRecord {
  n += 1;
  return {
    id: `0000000${n}`.slice(-8),
    deviceId: 'device',
    diskSerial: null,
    diskModel: null,
    diskSizeBytes: null,
    devicePath: null,
    method: 'Fill With Zeros',
    nistLevel: 'clear',
    tool: 'nwipe',
    toolVersion: '0.33',
    passes: 2,
    verification: 'last',
    result: 'erased',
    isProof: true,
    failureReason: null,
    operatorUserId: null,
    operatorLabel: 'Opératrice',
    startedAt: null,
    endedAt: `2026-11-28T10:00:${String(n).padStart(2, '0')}.000Z`,
    evidenceId: null,
    evidenceSha256: null,
    supersedesId: null,
    createdAt: '2026-11-28T12:00:00.000Z',
    ...o,
  };
}

function disk(o: Partial<ProofDisk>): ProofDisk {
  return { name: null, model: null, serial: null, sizeMb: null, media: 'unknown', ...o };
}

const statusOf = (disks: ProofDisk[], records: ErasureRecord[]) =>
  decideDiskProofs(disks, records).map((d) => d.status);

describe('disk proof: which record proves which inventory disk', () => {
  it('matches by serial, trimmed and case-insensitive, when the inventory disk has one', () => {
    const sda = disk({ name: 'sda', serial: 'WD-WCC2EXAMPLE' });
    assert.deepEqual(statusOf([sda], [record({ diskSerial: ' wd-wcc2example ', devicePath: '/dev/sdb' })]), ['proven']);
    // Same name, another serial: a different disk (it was swapped), so no proof.
    assert.deepEqual(statusOf([sda], [record({ diskSerial: 'OTHER', devicePath: '/dev/sda' })]), ['missing']);
    // No serial in the record: the name is not enough when the inventory knows the serial.
    assert.deepEqual(statusOf([sda], [record({ devicePath: '/dev/sda' })]), ['missing']);
  });

  it('matches by device name when the inventory disk has no serial (sda ↔ /dev/sda)', () => {
    assert.deepEqual(statusOf([disk({ name: 'loop0' })], [record({ devicePath: '/dev/loop0' })]), ['proven']);
    assert.deepEqual(statusOf([disk({ name: '/dev/sda' })], [record({ devicePath: '/dev/sda' })]), ['proven']);
    assert.deepEqual(statusOf([disk({ name: 'sda' })], [record({ devicePath: '/dev/sda1' })]), ['missing']);
  });

  it('lets the latest erasure decide: a later failure takes the proof away, a later success gives it', () => {
    const sda = disk({ serial: 'S1' });
    const ok = record({ diskSerial: 'S1', endedAt: '2026-11-28T10:00:00.000Z' });
    const bad = record({ diskSerial: 'S1', result: 'failed', isProof: false, endedAt: '2026-11-28T11:00:00.000Z' });
    const [later] = decideDiskProofs([sda], [ok, bad]);
    assert.equal(later?.status, 'failed');
    assert.equal(later?.proof, null);
    assert.equal(later?.latestRecord?.id, bad.id);
    // An older log uploaded late does not override the newer wipe.
    const [late] = decideDiskProofs([sda], [bad, { ...ok, endedAt: '2026-11-28T12:00:00.000Z' }]);
    assert.equal(late?.status, 'proven');
  });

  it('never lets a superseded record decide, even when it is the latest', () => {
    const wrong = record({ diskSerial: 'S1', endedAt: '2026-11-28T18:00:00.000Z' });
    const correction = record({
      diskSerial: 'S1',
      result: 'failed',
      isProof: false,
      supersedesId: wrong.id,
      endedAt: '2026-11-28T09:00:00.000Z',
    });
    assert.deepEqual(statusOf([disk({ serial: 'S1' })], [wrong, correction]), ['failed']);
  });

  it('counts a physical destruction as proof', () => {
    const destroyed = record({ diskSerial: 'S1', method: 'shredding', nistLevel: 'destroy', result: 'destroyed' });
    assert.deepEqual(statusOf([disk({ serial: 'S1' })], [destroyed]), ['proven']);
  });

  it('ignores a read-back check that passed: it neither proves nor revokes', () => {
    const check = record({ diskSerial: 'S1', nistLevel: 'none', result: 'verified', isProof: false });
    assert.deepEqual(statusOf([disk({ serial: 'S1' })], [check]), ['missing']);
    const erased = record({ diskSerial: 'S1', endedAt: '2026-11-28T09:00:00.000Z' });
    assert.deepEqual(statusOf([disk({ serial: 'S1' })], [erased, check]), ['proven']);
  });

  it('gives one entry per inventory disk, in order, each with its own status', () => {
    const disks = [disk({ name: 'sda', serial: 'A' }), disk({ name: 'sdb', serial: 'B' }), disk({ name: 'nvme0n1' })];
    const records = [record({ diskSerial: 'A' }), record({ diskSerial: 'B', result: 'failed', isProof: false })];
    assert.deepEqual(statusOf(disks, records), ['proven', 'failed', 'missing']);
  });
});
