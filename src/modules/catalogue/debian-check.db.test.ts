import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { cliActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { type Programme, programmeSettingsSchema } from '../programmes/programmes.model.js';
import { makeProgramme } from '../../../test/factories.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { QueryCounter } from '../../../test/helpers/query-count.js';
import { type CheckedResource, checkAgainstDebian } from './debian-check.js';
import { readUploadedIndex, storeDebianIndex } from './debian-index.service.js';

const extract = readFileSync(new URL('../../../test/fixtures/debian/bookworm-main-amd64-Packages', import.meta.url));

let n = 0;
function resource(packages: string[], o: Partial<CheckedResource> = {}): CheckedResource {
  n += 1;
  return {
    id: `r${n}`,
    title: `Ressource ${n}`,
    kind: 'software',
    packages,
    minRamMb: null,
    minDiskMb: null,
    contentBytes: null,
    ...o,
  };
}

describe('checkAgainstDebian', () => {
  let db: TestDatabase;
  let programme: Programme;
  let empty: Programme;

  before(async () => {
    db = await createTestDatabase();
    // 300 MB of disk: stellarium-data (388,372 KiB) alone is too heavy; firefox-esr (277,156 KiB)
    // and gcompris-qt-data (74,680 KiB) each fit, but not together.
    programme = await makeProgramme(db.db, {
      settings: programmeSettingsSchema.parse({ catalogue: { softwareDiskBudgetMb: 300 } }),
    });
    empty = await makeProgramme(db.db);
    const parsed = await readUploadedIndex(programme, extract, 'Packages', 'fr');
    await db.db.transaction().execute((trx) => storeDebianIndex(trx, programme, cliActor, parsed));
  });
  after(() => db.drop());

  it('refuses to check without an index', async () => {
    await assert.rejects(
      checkAgainstDebian(db.db, empty, [resource(['gcompris-qt'])]),
      (e: unknown) => e instanceof AppError && e.code === 'CATALOGUE_NO_DEBIAN_INDEX',
    );
  });

  it('gives the version of available packages and flags the missing one', async () => {
    const gcompris = resource(['gcompris-qt', 'gcompris-qt-data'], { title: 'GCompris' });
    const childsplay = resource(['childsplay'], { title: 'ChildsPlay' });
    const check = await checkAgainstDebian(db.db, programme, [gcompris, childsplay]);
    assert.equal(check.index.packageCount, 29);
    assert.equal(check.minRamMb, 4096);
    assert.equal(check.diskBudgetMb, 300);
    assert.deepEqual(
      check.packages.map((p) => [p.name, p.resourceTitle, p.status, p.version, p.installedSizeKb, p.reason]),
      [
        ['gcompris-qt', 'GCompris', 'available', '3.1-2', 727, null],
        ['gcompris-qt-data', 'GCompris', 'available', '3.1-2', 74_680, null],
        ['childsplay', 'ChildsPlay', 'missing', null, null, 'not_in_index'],
      ],
    );
    assert.equal(check.totalMb, Math.ceil((727 + 74_680) / 1024));
    assert.equal(check.overBudget, false);
    assert.equal(check.publishable, false);
    const withoutChildsplay = await checkAgainstDebian(db.db, programme, [gcompris]);
    assert.equal(withoutChildsplay.publishable, true);
  });

  it('flags a resource needing more memory than the smallest machine, and its packages', async () => {
    const heavy = resource(['tuxpaint'], { minRamMb: 8192 });
    const light = resource(['tuxmath'], { minRamMb: 4096 });
    const check = await checkAgainstDebian(db.db, programme, [heavy, light]);
    assert.deepEqual(
      check.resources.map((r) => [r.resourceId, r.status, r.reason]),
      [
        [heavy.id, 'too_heavy', 'ram_over_minimum'],
        [light.id, 'ok', null],
      ],
    );
    assert.deepEqual(
      check.packages.map((p) => [p.name, p.status, p.reason]),
      [
        ['tuxpaint', 'too_heavy', 'ram_over_minimum'],
        ['tuxmath', 'available', null],
      ],
    );
    assert.equal(check.publishable, false);
  });

  it('flags a package whose installed size alone exceeds the disk budget', async () => {
    const check = await checkAgainstDebian(db.db, programme, [resource(['stellarium', 'stellarium-data'])]);
    assert.deepEqual(
      check.packages.map((p) => [p.name, p.status, p.reason]),
      [
        ['stellarium', 'available', null],
        ['stellarium-data', 'too_heavy', 'package_over_disk_budget'],
      ],
    );
    assert.equal(check.publishable, false);
  });

  it('refuses a set whose total exceeds the budget though each package fits', async () => {
    const firefox = resource(['firefox-esr']);
    const gcompris = resource(['gcompris-qt-data', 'gcompris-qt']);
    // A package named by two resources is counted once.
    const again = resource(['gcompris-qt']);
    const check = await checkAgainstDebian(db.db, programme, [firefox, gcompris, again]);
    assert.ok(check.packages.every((p) => p.status === 'available'));
    assert.equal(check.totalMb, Math.ceil((277_156 + 74_680 + 727) / 1024));
    assert.equal(check.overBudget, true);
    assert.equal(check.publishable, false);
    const alone = await checkAgainstDebian(db.db, programme, [firefox]);
    assert.equal(alone.overBudget, false);
    assert.equal(alone.publishable, true);
  });

  it('counts offline content in the total and refuses one larger than the budget', async () => {
    const zim = resource([], { kind: 'content', contentBytes: 200 * 1024 * 1024 });
    const check = await checkAgainstDebian(db.db, programme, [zim, resource(['firefox-esr'])]);
    assert.equal(check.totalMb, Math.ceil(277_156 / 1024 + 200));
    assert.equal(check.overBudget, true);
    const huge = resource([], { kind: 'content', contentBytes: 301 * 1024 * 1024 });
    const hugeCheck = await checkAgainstDebian(db.db, programme, [huge]);
    assert.deepEqual(
      hugeCheck.resources.map((r) => [r.status, r.reason]),
      [['too_heavy', 'content_over_budget']],
    );
  });

  it('reads the packages of many resources in one query', async () => {
    const counter = new QueryCounter();
    const counted = db.db.withPlugin(counter);
    const resources = ['gcompris-qt', 'tuxpaint', 'tuxmath', 'kgeography', 'vlc', 'childsplay'].map((p) =>
      resource([p]),
    );
    const { queries, result } = await counter.count(() => checkAgainstDebian(counted, programme, resources));
    assert.equal(result.packages.length, 6);
    // One query for the current index, one for all the packages.
    assert.equal(queries, 2);
  });
});
