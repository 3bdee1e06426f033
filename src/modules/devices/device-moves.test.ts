import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedMovesFrom, judgeMove, outcomeOf } from './device-moves.js';

test('a forward jump fails with the code of the first step it skips', () => {
  assert.deepEqual(judgeMove('received', 'ready'), { ok: false, code: 'DEVICE_NOT_DIAGNOSED', reason: 'skipped_step' });
  assert.equal((judgeMove('received', 'erased') as { code: string }).code, 'DEVICE_NOT_DIAGNOSED');
  assert.equal((judgeMove('diagnosed', 'imaged') as { code: string }).code, 'DEVICE_NOT_ERASED');
  assert.equal((judgeMove('erased', 'checked') as { code: string }).code, 'DEVICE_NOT_IMAGED');
  assert.equal((judgeMove('repaired', 'ready') as { code: string }).code, 'DEVICE_NOT_IMAGED');
  assert.equal((judgeMove('imaged', 'ready') as { code: string }).code, 'DEVICE_NOT_CHECKED');
  assert.equal((judgeMove('returned', 'ready') as { code: string }).code, 'DEVICE_NOT_DIAGNOSED');
});

test('the path, the optional repair and the way out are allowed', () => {
  for (const [from, to] of [
    ['received', 'diagnosed'],
    ['diagnosed', 'erased'],
    ['erased', 'repaired'],
    ['erased', 'imaged'],
    ['repaired', 'imaged'],
    ['checked', 'ready'],
    ['ready', 'repaired'],
    ['returned', 'diagnosed'],
    ['received', 'for_parts'],
    ['checked', 'recycled'],
    ['for_parts', 'recycled'],
  ] as const) {
    assert.deepEqual(judgeMove(from, to), { ok: true }, `${from} → ${to}`);
  }
});

test('backwards, later-module and check-only moves are refused', () => {
  assert.deepEqual(judgeMove('erased', 'received'), {
    ok: false,
    code: 'DEVICE_TRANSITION_FORBIDDEN',
    reason: 'forbidden',
  });
  assert.equal((judgeMove('ready', 'allocated') as { reason: string }).reason, 'later_module');
  assert.equal((judgeMove('handed_over', 'returned') as { reason: string }).reason, 'later_module');
  assert.equal((judgeMove('imaged', 'checked') as { reason: string }).reason, 'check_only');
  assert.equal((judgeMove('recycled', 'received') as { code: string }).code, 'DEVICE_LEFT_WORKSHOP');
  assert.equal((judgeMove('allocated', 'ready') as { code: string }).code, 'DEVICE_LEFT_WORKSHOP');
  assert.equal((judgeMove('for_parts', 'ready') as { code: string }).code, 'DEVICE_TRANSITION_FORBIDDEN');
});

test('allowed moves list what the station may offer', () => {
  assert.deepEqual(allowedMovesFrom('received'), ['diagnosed', 'for_parts', 'recycled']);
  assert.deepEqual(allowedMovesFrom('imaged'), ['repaired', 'for_parts', 'recycled']);
  assert.deepEqual(allowedMovesFrom('ready'), ['repaired', 'for_parts', 'recycled']);
  assert.deepEqual(allowedMovesFrom('recycled'), []);
  assert.deepEqual(allowedMovesFrom('allocated'), []);
});

test('the outcome follows the state the device reaches', () => {
  assert.equal(outcomeOf('ready'), 'reused');
  assert.equal(outcomeOf('for_parts'), 'for_parts');
  assert.equal(outcomeOf('recycled'), 'recycled');
  assert.equal(outcomeOf('repaired'), null);
});
