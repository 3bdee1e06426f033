import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import {
  NWIPE_FAILURE_LOG,
  NWIPE_SUCCESS_LOG,
  NWIPE_SUCCESS_STDOUT,
  hardwareFixture,
} from '../../../test/factories/erasure.js';
import { NwipeLogUnreadable, type NwipeUnreadableReason, parseNwipeLog } from './nwipe-log.js';

const success = hardwareFixture(NWIPE_SUCCESS_LOG);
const failure = hardwareFixture(NWIPE_FAILURE_LOG);
const stdout = hardwareFixture(NWIPE_SUCCESS_STDOUT);

function text(b: Buffer): string {
  return b.toString('utf8');
}

/** The real log up to (not including) the first line containing `marker`. */
function cutBefore(log: Buffer, marker: string): Buffer {
  const s = text(log);
  const at = s.indexOf(marker);
  assert.ok(at > 0, `marker ${marker} in the fixture`);
  return Buffer.from(s.slice(0, s.lastIndexOf('\n', at) + 1));
}

function assertUnreadable(bytes: Buffer, reason: NwipeUnreadableReason, params?: Record<string, string>) {
  assert.throws(
    () => parseNwipeLog(bytes),
    (e: unknown) => {
      assert.ok(e instanceof NwipeLogUnreadable);
      assert.equal(e.reason, reason);
      if (params) assert.deepEqual(e.params, params);
      return true;
    },
  );
}

describe('nwipe log parser, on the real nwipe 0.34 (Debian) captures', () => {
  it('reads the zero wipe with verify=last: one disk, erased, no errors, its options and times', () => {
    const log = parseNwipeLog(success);
    assert.equal(log.disks.length, 1);
    assert.deepEqual(log.disks[0], {
      devicePath: '/dev/loop0',
      bus: 'VIRT',
      model: 'Loopback device',
      serial: null,
      sizeText: '20 MB',
      sizeBytes: 20971520,
      status: 'erased',
      passErrors: 0,
      verifyErrors: 0,
      fsyncErrors: 0,
      passesDone: 2,
      startedAt: '2026-11-28T22:57:27.000Z',
      endedAt: '2026-11-28T22:57:27.000Z',
      run: {
        banner: 'nwipe 0.33',
        version: '0.33',
        method: 'Fill With Zeros',
        rounds: 1,
        prng: 'Isaac64',
        verify: 'last',
        blank: true,
      },
    });
  });

  it('reads the console capture of the same run the same way', () => {
    assert.deepEqual(parseNwipeLog(stdout), parseNwipeLog(success));
  });

  it('reads the failed verify_zero run: -FAILED-, the error counts of the Status line and summary', () => {
    const [disk] = parseNwipeLog(failure).disks;
    assert.equal(disk?.status, 'failed');
    assert.equal(disk?.run.method, 'Verify Zeros (0x00)');
    assert.equal(disk?.passErrors, 1);
    assert.equal(disk?.verifyErrors, 40960);
    assert.equal(disk?.fsyncErrors, 0);
    assert.equal(disk?.passesDone, 0);
    assert.equal(disk?.startedAt, '2026-11-28T22:57:52.000Z');
    assert.equal(disk?.endedAt, '2026-11-28T22:57:54.000Z');
  });

  it('counts the weaker verification when the options block and the summary line disagree', () => {
    const s = text(success).replace('verify   = 1 (last pass)', 'verify   = 0 (off)');
    assert.equal(parseNwipeLog(Buffer.from(s)).disks[0]?.run.verify, 'none');
  });

  it('accepts Windows line ends (a log copied through a Windows share)', () => {
    assert.deepEqual(parseNwipeLog(Buffer.from(text(success).replace(/\n/g, '\r\n'))), parseNwipeLog(success));
  });

  it('keeps, for each disk, the last run of a log that nwipe appended to', () => {
    const failedThenErased = Buffer.concat([failure, success]);
    assert.equal(parseNwipeLog(failedThenErased).disks[0]?.status, 'erased');
    const erasedThenFailed = Buffer.concat([success, failure]);
    assert.equal(parseNwipeLog(erasedThenFailed).disks[0]?.status, 'failed');
  });

  it('reads every disk of a run that wiped two (each line about loop0 doubled for loop1)', () => {
    const twoDisks = text(success)
      .split('\n')
      .flatMap((l) => (l.includes('loop0') ? [l, l.replaceAll('loop0', 'loop1')] : [l]))
      .join('\n');
    const log = parseNwipeLog(Buffer.from(twoDisks));
    assert.deepEqual(
      log.disks.map((d) => [d.devicePath, d.status, d.passesDone]),
      [
        ['/dev/loop0', 'erased', 2],
        ['/dev/loop1', 'erased', 2],
      ],
    );
  });

  it('leaves out a disk nwipe found but did not wipe', () => {
    const found = '[2026/11/28 22:57:27]  notice: Found /dev/sdb, USB, SanDisk Cruzer, 16 GB, S/N=4C5300011\n';
    const withUsbStick = Buffer.from(found + text(success));
    assert.deepEqual(
      parseNwipeLog(withUsbStick).disks.map((d) => d.devicePath),
      ['/dev/loop0'],
    );
  });

  it('reads a model holding commas and the serial of a Found line', () => {
    const s = text(success).replace(
      'Found /dev/loop0, VIRT, Loopback device,  20 MB, S/N=',
      'Found /dev/loop0, ATA, Samsung SSD 860, EVO,  500 GB, S/N=S3Z9NB0K123456A',
    );
    const [disk] = parseNwipeLog(Buffer.from(s)).disks;
    assert.equal(disk?.bus, 'ATA');
    assert.equal(disk?.model, 'Samsung SSD 860, EVO');
    assert.equal(disk?.serial, 'S3Z9NB0K123456A');
    assert.equal(disk?.sizeText, '500 GB');
  });
});

describe('nwipe logs that cannot be evidence', () => {
  it('refuses an empty file and a blank one', () => {
    assertUnreadable(Buffer.alloc(0), 'empty');
    assertUnreadable(Buffer.from('\n  \n'), 'empty');
  });

  it('refuses a binary file (the log compressed)', () => {
    assertUnreadable(gzipSync(success), 'not_text');
  });

  it('refuses the output of another tool', () => {
    assertUnreadable(
      Buffer.from('shred: /dev/sda: pass 1/3 (random)...\nshred: /dev/sda: pass 2/3 (random)...\n'),
      'not_nwipe',
    );
    assertUnreadable(Buffer.from(JSON.stringify({ class: 'system', id: 'donor-pc' })), 'not_nwipe');
  });

  it('refuses a log cut before the summary, naming the disk without a result', () => {
    assertUnreadable(cutBefore(success, 'Error Summary'), 'no_summary', { disk: '/dev/loop0' });
    assertUnreadable(cutBefore(success, 'Verifying that'), 'no_summary', { disk: '/dev/loop0' });
    assertUnreadable(cutBefore(failure, 'Drive Status'), 'no_summary', { disk: '/dev/loop0' });
  });

  it('refuses a log cut inside the Drive Status table', () => {
    assertUnreadable(cutBefore(success, '     loop0 | Erased'), 'no_summary', { disk: '/dev/loop0' });
    assertUnreadable(cutBefore(success, 'Total Throughput'), 'no_summary', { disk: '/dev/loop0' });
  });

  it('refuses a log cut before any disk was found', () => {
    assertUnreadable(cutBefore(success, 'Found /dev/loop0'), 'no_disk');
    const optionsOnly = text(success)
      .split('\n')
      .filter((l) => !l.includes('Found /dev/'))
      .join('\n');
    assertUnreadable(Buffer.from(optionsOnly), 'no_disk');
  });

  it('refuses a log whose summary has no row for a disk that was wiped', () => {
    const s = text(success).replace(
      "[2026/11/28 22:57:27]  notice: Invoking method 'Fill With Zeros' on /dev/loop0\n",
      '[2026/11/28 22:57:27]  notice: Found /dev/sda, ATA, WDC WD5000AAKX, 500 GB, S/N=WD-WCC2EXAMPLE\n' +
        "[2026/11/28 22:57:27]  notice: Invoking method 'Fill With Zeros' on /dev/loop0\n" +
        "[2026/11/28 22:57:27]  notice: Invoking method 'Fill With Zeros' on /dev/sda\n",
    );
    assertUnreadable(Buffer.from(s), 'no_result', { disk: '/dev/sda' });
  });
});
