import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ErasureRecordRow } from '../erasure/erasure.model.js';
import { buildCertificateContent, deviceOutcome } from './certificate-content.js';
import type { CertificateDeviceRow, LotInventoryDiskRow } from './certificates.repository.js';

function device(id: string, state: string, outcome: string | null = null): CertificateDeviceRow {
  return { id, asset_tag: `CT-00000${id}-A`, kind: 'laptop', make: null, model: null, serial: null, state, outcome };
}
function disk(deviceId: string, serial: string | null, name = 'sda'): LotInventoryDiskRow {
  return { device_id: deviceId, position: 0, name, model: 'SSD', serial, size_mb: 256000, media: 'ssd' };
}
let n = 0;
function record(deviceId: string, o: Partial<ErasureRecordRow> = {}): ErasureRecordRow {
  n += 1;
  return {
    id: `r${String(n).padStart(3, '0')}`,
    programme_id: 'p',
    device_id: deviceId,
    disk_serial: null,
    disk_model: null,
    disk_size_bytes: null,
    device_path: null,
    method: 'Fill With Zeros',
    nist_level: 'clear',
    tool: 'nwipe',
    tool_version: '0.34',
    passes: 1,
    verification: 'last',
    result: 'erased',
    is_proof: 1,
    failure_reason: null,
    operator_user_id: null,
    operator_label: 'op',
    started_at: null,
    ended_at: '2026-11-05T10:00:00.000Z',
    evidence_id: null,
    evidence_sha256: null,
    supersedes_id: null,
    created_at: '2026-11-05T10:00:00.000Z',
    ...o,
  };
}

describe('certificate content', () => {
  it('maps states to what the donor reads', () => {
    for (const s of ['ready', 'allocated', 'handed_over', 'returned']) assert.equal(deviceOutcome(s, null), 'reused');
    assert.equal(deviceOutcome('for_parts', null), 'for_parts');
    assert.equal(deviceOutcome('recycled', 'reused'), 'recycled');
    for (const s of ['received', 'diagnosed', 'erased', 'repaired', 'imaged', 'checked']) {
      assert.equal(deviceOutcome(s, null), 'in_progress');
    }
    assert.equal(deviceOutcome('diagnosed', 'reused'), 'reused', 'came back after being given');
  });

  it('lists inventory disks with their deciding record, and disks known only from records', () => {
    const first = record('1', {
      disk_serial: 'AAA',
      result: 'failed',
      is_proof: 0,
      ended_at: '2026-11-01T08:00:00.000Z',
    });
    const content = buildCertificateContent({
      lotReference: 'L-1',
      programmeName: 'P',
      issuedAt: '2026-11-29T10:00:00.000Z',
      devices: [device('1', 'ready'), device('2', 'received'), device('3', 'recycled')],
      disks: [disk('1', 'AAA'), disk('2', null, 'sda')],
      records: [
        first,
        record('1', { disk_serial: ' aaa ', supersedes_id: first.id, ended_at: '2026-11-02T08:00:00.000Z' }),
        // Device 1 also had a second disk, removed before the inventory: still listed.
        record('1', { disk_serial: 'BBB', device_path: '/dev/sdb' }),
        // Device 2's disk has no serial: matched by its name.
        record('2', { device_path: '/dev/sda', result: 'aborted', is_proof: 0 }),
      ],
    });
    const [one, two, three] = content.devices;
    assert.deepEqual(
      one!.disks.map((d) => [d.serial, d.isErased, d.record?.result]),
      [
        ['AAA', true, 'erased'],
        ['BBB', true, 'erased'],
      ],
    );
    assert.deepEqual(
      two!.disks.map((d) => [d.name, d.isErased, d.record?.result]),
      [['sda', false, 'aborted']],
    );
    assert.deepEqual(three!.disks, []);
    assert.deepEqual(content.summary, {
      lotReference: 'L-1',
      programmeName: 'P',
      issuedAt: '2026-11-29T10:00:00.000Z',
      deviceCount: 3,
      diskCount: 3,
      disksErased: 2,
      outcomes: { reused: 1, for_parts: 0, recycled: 1, in_progress: 1 },
    });
  });
});
