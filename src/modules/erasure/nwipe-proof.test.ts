import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NWIPE_FAILURE_LOG, NWIPE_SUCCESS_LOG, hardwareFixture } from '../../../test/factories/erasure.js';
import { classifyNwipeMethod } from './nist-level.js';
import { type NwipeDisk, parseNwipeLog } from './nwipe-log.js';
import { decideNwipeDisk } from './nwipe-proof.js';

const erasedDisk = parseNwipeLog(hardwareFixture(NWIPE_SUCCESS_LOG)).disks[0]!;

function variant(patch: Partial<Omit<NwipeDisk, 'run'>>, run: Partial<NwipeDisk['run']> = {}): NwipeDisk {
  return { ...erasedDisk, ...patch, run: { ...erasedDisk.run, ...run } };
}

describe('what an nwipe log proves (INVENTORY-PROTOCOLS.md §4)', () => {
  it('proves the real zero wipe verified on the last pass, at NIST Clear', () => {
    assert.deepEqual(decideNwipeDisk(erasedDisk), {
      result: 'erased',
      isProof: true,
      nistLevel: 'clear',
      verification: 'last',
      failureReason: null,
    });
  });

  it('does not prove the real failed verify_zero run, and says why in plain words', () => {
    const verdict = decideNwipeDisk(parseNwipeLog(hardwareFixture(NWIPE_FAILURE_LOG)).disks[0]!);
    assert.equal(verdict.result, 'failed');
    assert.equal(verdict.isProof, false);
    assert.equal(verdict.nistLevel, 'none');
    assert.match(verdict.failureReason!, /40960 erreurs de vérification/);
    assert.match(verdict.failureReason!, /le disque n’est pas vide/);
  });

  it('does not prove a wipe without verification (NV), even when nwipe says Erased', () => {
    const verdict = decideNwipeDisk(variant({}, { verify: 'none' }));
    assert.equal(verdict.isProof, false);
    assert.equal(verdict.result, 'failed');
    assert.match(verdict.failureReason!, /sans vérification/);
  });

  it('proves a wipe verified on every pass (VA)', () => {
    assert.equal(decideNwipeDisk(variant({}, { verify: 'all', method: 'DoD Short' })).isProof, true);
  });

  it('does not prove a disk with any pass, verification or fdatasync error', () => {
    for (const errors of [{ passErrors: 1 }, { verifyErrors: 3 }, { fsyncErrors: 2 }]) {
      const verdict = decideNwipeDisk(variant(errors));
      assert.equal(verdict.isProof, false, JSON.stringify(errors));
      assert.equal(verdict.result, 'failed');
    }
    assert.match(decideNwipeDisk(variant({ fsyncErrors: 2 })).failureReason!, /2 erreurs d’écriture sur le disque/);
    assert.match(decideNwipeDisk(variant({ verifyErrors: 1 })).failureReason!, /^1 erreur de vérification$/);
  });

  it('records an aborted wipe as aborted, and an INSANITY status as failed', () => {
    assert.deepEqual(
      [decideNwipeDisk(variant({ status: 'aborted' })).result, decideNwipeDisk(variant({ status: 'insanity' })).result],
      ['aborted', 'failed'],
    );
  });

  it('records a Verify-only run that passed as a check: verified, not a proof, no NIST level', () => {
    const verdict = decideNwipeDisk(variant({}, { method: 'Verify Ones  (0xFF)' }));
    assert.equal(verdict.result, 'verified');
    assert.equal(verdict.isProof, false);
    assert.equal(verdict.nistLevel, 'none');
  });

  it('does not prove a method it does not know', () => {
    const verdict = decideNwipeDisk(variant({}, { method: 'Unknown Method (FIXME)' }));
    assert.equal(verdict.isProof, false);
    assert.match(verdict.failureReason!, /méthode inconnue/);
  });
});

describe('NIST SP 800-88 Rev. 2 level of each nwipe method', () => {
  it('puts overwrites at Clear, firmware sanitise commands at Purge, read-back checks nowhere', () => {
    const levels = Object.fromEntries(
      [
        'Fill With Zeros',
        'Fill With Ones',
        'PRNG Stream',
        'DoD Short',
        'DoD 5220.22-M',
        'Gutmann Wipe',
        'RCMP TSSIT OPS-II',
        'HMG IS5 Enhanced',
        'Secure Erase (ATA/NVMe)',
        'Sanitize Crypto Erase (ATA/SCSI/NVMe)',
        'Verify Zeros (0x00)',
        'Verify Ones  (0xFF)',
        'Something New',
      ].map((m) => {
        const k = classifyNwipeMethod(m);
        return [m, k.kind === 'erasure' ? k.level : k.kind];
      }),
    );
    assert.deepEqual(levels, {
      'Fill With Zeros': 'clear',
      'Fill With Ones': 'clear',
      'PRNG Stream': 'clear',
      'DoD Short': 'clear',
      'DoD 5220.22-M': 'clear',
      'Gutmann Wipe': 'clear',
      'RCMP TSSIT OPS-II': 'clear',
      'HMG IS5 Enhanced': 'clear',
      'Secure Erase (ATA/NVMe)': 'purge',
      'Sanitize Crypto Erase (ATA/SCSI/NVMe)': 'purge',
      'Verify Zeros (0x00)': 'check',
      'Verify Ones  (0xFF)': 'check',
      'Something New': 'unknown',
    });
  });
});
