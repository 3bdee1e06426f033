import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GRAND_BESANCON_EPCI, communesOfEpci } from './communes-reference.js';

describe('communesOfEpci', () => {
  it('gives the 67 communes of Grand Besançon Métropole with postal codes and population', () => {
    const communes = communesOfEpci(GRAND_BESANCON_EPCI);
    assert.equal(communes.length, 67);
    assert.equal(new Set(communes.map((c) => c.inseeCode)).size, 67);
    const besancon = communes.find((c) => c.inseeCode === '25056');
    assert.equal(besancon?.name, 'Besançon');
    assert.deepEqual(besancon?.postalCodes, ['25000']);
    assert.ok((besancon?.population ?? 0) > 100_000);
    for (const c of communes) {
      assert.match(c.inseeCode, /^25\d{3}$/);
      assert.ok(c.postalCodes.length > 0, c.name);
      assert.ok(c.population !== null && c.population > 0, c.name);
    }
  });

  it('refuses an unknown EPCI', () => {
    assert.throws(() => communesOfEpci('000000000'), /Unknown EPCI/);
  });
});
