import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makePng } from '../../../test/factories/handover.js';
import { checkSignaturePng } from './signature-png.js';

describe('drawn signature check', () => {
  it('accepts a PNG with ink', () => {
    assert.deepEqual(checkSignaturePng(makePng({ width: 300, height: 100 })), { ok: true, width: 300, height: 100 });
  });

  it('refuses a blank pad, a non-PNG, a damaged PNG, an odd size and a file too large', () => {
    assert.deepEqual(checkSignaturePng(makePng({ blank: true })), { ok: false, reason: 'blank' });
    assert.deepEqual(checkSignaturePng(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), {
      ok: false,
      reason: 'not_png',
    });
    const damaged = makePng();
    damaged[40] = damaged[40]! ^ 0xff;
    assert.deepEqual(checkSignaturePng(damaged), { ok: false, reason: 'corrupt' });
    assert.deepEqual(checkSignaturePng(makePng({ width: 4, height: 4 })), { ok: false, reason: 'dimensions' });
    assert.deepEqual(checkSignaturePng(Buffer.alloc(201 * 1024)), { ok: false, reason: 'too_large' });
  });
});
