import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressKey, emailKey, nameKey, phoneKey } from './contact-keys.js';
import { parseHouseholdReference } from './household-reference.js';
import { surnameWords } from './merges.service.js';

describe('phoneKey', () => {
  it('reads French numbers however they are typed', () => {
    for (const typed of [
      '06 12 34 56 78',
      '0612345678',
      '06.12.34.56.78',
      '06-12-34-56-78',
      '+33 6 12 34 56 78',
      '+33612345678',
      '0033 6 12 34 56 78',
      '+33 (0)6 12 34 56 78',
      ' 06 12 34 56 78 ',
    ]) {
      assert.equal(phoneKey(typed, 'FR'), '+33612345678', typed);
    }
    assert.equal(phoneKey('03 81 12 34 56', 'FR'), '+33381123456');
  });

  it('reads Senegalese numbers written internationally, and national ones in a Senegalese programme', () => {
    assert.equal(phoneKey('+221 77 123 45 67', 'FR'), '+221771234567');
    assert.equal(phoneKey('00221 77 123 45 67', 'FR'), '+221771234567');
    assert.equal(phoneKey('77 123 45 67', 'SN'), '+221771234567');
  });

  it('refuses what is not a phone number', () => {
    for (const junk of [
      '',
      '12',
      '0612',
      '06 12 34 56 7',
      '+33612345678999',
      'abc',
      'tel 06 12 34 56 78',
      '06 12 34 56 78 x',
    ]) {
      assert.equal(phoneKey(junk, 'FR'), null, junk);
    }
  });

  it('works without a default region for international numbers', () => {
    assert.equal(phoneKey('+33 6 12 34 56 78', 'ZZ'), '+33612345678');
    assert.equal(phoneKey('06 12 34 56 78', 'ZZ'), null);
  });
});

describe('emailKey', () => {
  it('trims and lower-cases', () => {
    assert.equal(emailKey('  Camille.Martin@Exemple.FR '), 'camille.martin@exemple.fr');
  });
  it('refuses what is not an e-mail address', () => {
    for (const junk of [
      '',
      'camille',
      'camille@',
      '@exemple.fr',
      'camille@exemple',
      'ca mille@exemple.fr',
      'a@b..fr',
      'a@@b.fr',
    ]) {
      assert.equal(emailKey(junk), null, junk);
    }
  });
});

describe('nameKey', () => {
  it('upper-cases, removes accents and punctuation, collapses spaces', () => {
    assert.equal(nameKey("  Lefèvre-D'Arc  "), 'LEFEVRE D ARC');
    assert.equal(nameKey('Nguyễn   Văn'), 'NGUYEN VAN');
    assert.equal(nameKey('Œuvray'), 'OEUVRAY');
    assert.equal(nameKey('Çelik'), 'CELIK');
    assert.equal(nameKey('N’Diaye'), 'N DIAYE');
  });
});

describe('addressKey', () => {
  it('gives the same key to the same address typed differently', () => {
    const key = addressKey('12, av. de la Paix', '25000');
    assert.equal(key, '25000 12 AVENUE PAIX');
    assert.equal(addressKey('12 AVENUE LA PAIX', '25 000'), key);
    assert.equal(addressKey('12 Avenue de la Paix', '25000'), key);
  });
  it('tells apart flats and postal codes, and needs both parts', () => {
    assert.notEqual(addressKey('12 rue Battant appt 3', '25000'), addressKey('12 rue Battant appt 4', '25000'));
    assert.notEqual(addressKey('12 rue Battant', '25000'), addressKey('12 rue Battant', '25410'));
    assert.equal(addressKey('12 rue Battant', null), null);
    assert.equal(addressKey('  ', '25000'), null);
  });
});

describe('household references and surnames', () => {
  it('forgives case, spaces and missing zeros', () => {
    assert.equal(parseHouseholdReference('f 123'), 'F-000123');
    assert.equal(parseHouseholdReference('F-000123'), 'F-000123');
    assert.equal(parseHouseholdReference('F-0'), undefined);
    assert.equal(parseHouseholdReference('Martin'), undefined);
  });
  it('keeps the meaningful words of a surname', () => {
    assert.deepEqual(surnameWords('Martin-Dupont'), ['MARTIN', 'DUPONT']);
    assert.deepEqual(surnameWords('de La Fontaine'), ['FONTAINE']);
    assert.deepEqual(surnameWords('Ben Ali'), ['ALI']);
  });
});
