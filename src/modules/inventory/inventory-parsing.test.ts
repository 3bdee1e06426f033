import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync, gunzipSync, gzipSync } from 'node:zlib';
import { hardwareCapture } from '../../../test/factories/inventory.js';
import { cleanSerial, cleanUuid, diskMedia } from './fact-helpers.js';
import { InventoryInputError } from './inventory-input-error.js';
import { parseAgentMessage, parseUploadedInventory } from './inventory-parsing.js';
import { lshwToFacts } from './lshw-facts.js';
import { mergePartialFacts } from './merge-facts.js';
import { decodePayload, reusableGzip } from './payload-decoding.js';

function inputError(fn: () => unknown): InventoryInputError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof InventoryInputError, String(error));
    return error;
  }
  assert.fail('expected an InventoryInputError');
}

describe('decodePayload', () => {
  it('decides from the first bytes: zlib, gzip, XML, JSON with a BOM and blanks', () => {
    const xml = hardwareCapture('fusioninventory-2.6-prolog-request.xml');
    assert.deepEqual(
      [decodePayload(hardwareCapture('fusioninventory-2.6-prolog-request.zlib'))].map((p) => [p.encoding, p.format]),
      [['zlib', 'xml']],
    );
    assert.equal(decodePayload(gzipSync(xml)).encoding, 'gzip');
    assert.equal(decodePayload(xml).encoding, 'plain');
    assert.equal(decodePayload(Buffer.from('\ufeff\n  {"a":1}')).format, 'json');
    assert.equal(decodePayload(Buffer.from('\ufeff\n  {"a":1}')).text.trim(), '{"a":1}');
  });

  it('caps the inflated size with maxOutputLength (413) and explains unknown bytes (400)', () => {
    assert.equal(inputError(() => decodePayload(deflateSync(Buffer.alloc(4096)), 1024)).code, 'PAYLOAD_TOO_LARGE');
    const unknown = inputError(() => decodePayload(Buffer.from('GIF89a')));
    assert.equal(unknown.code, 'INVENTORY_UNREADABLE');
    assert.match(unknown.describe('en'), /47 49 46 38/);
    assert.equal(inputError(() => decodePayload(deflateSync(Buffer.from('hello')))).reason, 'nested_compression');
    assert.equal(inputError(() => decodePayload(Buffer.alloc(0))).reason, 'empty');
  });
});

describe('reusableGzip', () => {
  const xml = hardwareCapture('fusioninventory-2.6-inventory-request.xml');

  it('rewraps a zlib body as gzip without compressing again, bytes after the stream left out', () => {
    for (const body of [deflateSync(xml), Buffer.concat([deflateSync(xml, { level: 1 }), Buffer.from('trailing')])]) {
      const gzip = reusableGzip(decodePayload(body))!;
      assert.deepEqual([...gzip.subarray(0, 3)], [0x1f, 0x8b, 0x08]);
      assert.deepEqual(gunzipSync(gzip), xml);
    }
  });

  it('keeps a gzip body as it came, and has nothing to reuse for a plain one', () => {
    const body = gzipSync(xml);
    assert.deepEqual(reusableGzip(decodePayload(body)), body);
    assert.equal(reusableGzip(decodePayload(xml)), null);
  });
});

describe('agent messages', () => {
  it('reads PROLOG, and INVENTORY with the tag, forced arrays and empty elements', () => {
    const prolog = parseAgentMessage(decodePayload(hardwareCapture('fusioninventory-2.6-prolog-request.zlib')), false);
    assert.deepEqual(prolog, { kind: 'prolog', dialect: 'xml', deviceId: 'donor-pc-2026-11-28-22-54-32' });
    const message = parseAgentMessage(
      decodePayload(hardwareCapture('fusioninventory-2.6-inventory-request.zlib')),
      false,
    );
    assert.equal(message.kind, 'inventory');
    if (message.kind !== 'inventory') return;
    assert.equal(message.inventory.tag, 'donation-test');
    assert.equal(message.inventory.facts.serial, null);
    assert.equal(message.inventory.facts.software.length, 40);
    assert.deepEqual(message.inventory.facts.os, {
      name: 'Debian GNU/Linux 12 (bookworm)',
      version: '12.11',
      arch: 'x86_64',
    });
  });

  it('reads one CPU, one disk and one software entry as lists', () => {
    const xml = `<REQUEST><QUERY>INVENTORY</QUERY><CONTENT><CPUS><NAME>Intel Atom</NAME><CORE>1</CORE><THREAD>2</THREAD></CPUS>
<STORAGES><NAME>sda</NAME><MODEL>KINGSTON SA400S37120G</MODEL><TYPE>disk</TYPE><INTERFACE>SATA</INTERFACE><DISKSIZE>120034</DISKSIZE><SERIALNUMBER>50026B</SERIALNUMBER></STORAGES>
<STORAGES><NAME>sr0</NAME><TYPE>cd</TYPE></STORAGES><STORAGES><NAME>sdb</NAME><INTERFACE>USB</INTERFACE><DISKSIZE>16000</DISKSIZE></STORAGES>
<SOFTWARES><NAME>AT&amp;T &#233;diteur</NAME></SOFTWARES><MEMORIES><CAPACITY>2048</CAPACITY></MEMORIES><BIOS/></CONTENT></REQUEST>`;
    const message = parseAgentMessage(decodePayload(Buffer.from(xml)), false);
    assert.ok(message.kind === 'inventory');
    const facts = message.inventory.facts;
    assert.deepEqual(facts.cpu, { model: 'Intel Atom', cores: 1, threads: 2, speedMhz: null, arch64: null });
    assert.deepEqual(facts.disks, [
      { name: 'sda', model: 'KINGSTON SA400S37120G', serial: '50026B', sizeMb: 120034, bus: 'SATA', media: 'unknown' },
    ]);
    assert.equal(facts.ramMb, 2048);
    assert.equal(facts.software[0]!.name, 'AT&T éditeur');
  });
});

describe('lshw', () => {
  it('reads an NVMe namespace with its controller’s model and serial, sizes in bytes and Hz', () => {
    const lshw = {
      id: 'pc',
      class: 'system',
      vendor: 'LENOVO',
      product: '20HD000MFR',
      serial: 'PF0ABCDE',
      configuration: { chassis: 'notebook', uuid: '0A1B2C3D-0000-1111-2222-333344445555' },
      children: [
        {
          id: 'core',
          class: 'bus',
          children: [
            { id: 'memory', class: 'memory', description: 'System Memory', size: 8589934592 },
            {
              id: 'cpu',
              class: 'processor',
              product: 'Intel(R) Core(TM) i5-7200U CPU @ 2.50GHz',
              size: 2500000000,
              configuration: { cores: '2', threads: '4' },
              capabilities: { fpu: true, 'x86-64': '64bits extensions (x86-64)' },
            },
            { id: 'cpu:1', class: 'processor', disabled: true, product: 'empty socket' },
            {
              id: 'nvme0',
              class: 'storage',
              description: 'NVMe device',
              product: 'SAMSUNG MZVLW256HEHP',
              serial: 'S340NX0K',
              children: [
                {
                  id: 'namespace:0',
                  class: 'disk',
                  description: 'NVMe disk',
                  logicalname: '/dev/nvme0n1',
                  size: 256060514304,
                },
              ],
            },
            { id: 'battery', class: 'power', product: '01AV405', capacity: 24000, units: 'mWh' },
          ],
        },
      ],
    };
    const facts = lshwToFacts(lshw);
    assert.equal(facts.serial, 'PF0ABCDE');
    assert.equal(facts.hardwareUuid, '0a1b2c3d-0000-1111-2222-333344445555');
    assert.deepEqual(facts.cpu, {
      model: 'Intel(R) Core(TM) i5-7200U CPU @ 2.50GHz',
      cores: 2,
      threads: 4,
      speedMhz: 2500,
      arch64: true,
    });
    assert.equal(facts.ramMb, 8192);
    assert.deepEqual(facts.disks, [
      { name: 'nvme0n1', model: 'SAMSUNG MZVLW256HEHP', serial: 'S340NX0K', sizeMb: 256061, bus: 'NVMe', media: 'ssd' },
    ]);
    assert.deepEqual(facts.batteries, [
      { designMwh: 24000, currentMwh: null, healthPercent: null, manufactureDate: null },
    ]);
    assert.equal(facts.chassis, 'notebook');
  });

  it('refuses truncated output clearly and reads the array form', () => {
    const capture = hardwareCapture('lshw-02.19-vm-no-dmi.json');
    const truncated = inputError(() => parseUploadedInventory(decodePayload(capture.subarray(0, 500))));
    assert.equal(truncated.reason, 'json_malformed');
    const array = parseUploadedInventory(decodePayload(Buffer.from(`[${capture}]`)));
    assert.equal(array.source, 'lshw-json');
    assert.equal(array.facts.ramMb, 24576);
  });
});

describe('identity and media hints', () => {
  it('ignores placeholder serials and blank UUIDs', () => {
    for (const junk of [
      'To be filled by O.E.M.',
      'Default string',
      '0',
      'System Serial Number',
      '',
      '   ',
      '00000000',
      'XXXXXXXX',
    ]) {
      assert.equal(cleanSerial(junk), null, junk);
    }
    assert.equal(cleanSerial(' 640HP72 '), '640HP72');
    assert.equal(cleanUuid('00000000-0000-0000-0000-000000000000'), null);
    assert.equal(cleanUuid('FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'), null);
  });

  it('calls NVMe and “SSD” solid state, rotation a hard disk, and the rest unknown', () => {
    assert.equal(diskMedia({ name: 'nvme0n1' }), 'ssd');
    assert.equal(diskMedia({ model: 'Samsung SSD 860 EVO' }), 'ssd');
    assert.equal(diskMedia({ model: 'ST500LM000', rotational: true }), 'hdd');
    assert.equal(diskMedia({ model: 'WDC WD5000LPVX' }), 'unknown');
  });
});

describe('partial inventories', () => {
  it('replace only the sections they carry', () => {
    const full = parseUploadedInventory(
      decodePayload(hardwareCapture('glpi-inventory-format-example-computer_1.json')),
    ).facts;
    const partial = { ...full, disks: [], batteries: [], ramMb: 16384, cpu: null, serial: null };
    const merged = mergePartialFacts(full, partial, new Set(['MEMORIES']));
    assert.equal(merged.ramMb, 16384);
    assert.deepEqual(merged.disks, full.disks);
    assert.deepEqual(merged.batteries, full.batteries);
    assert.equal(merged.serial, '640HP72');
  });
});
