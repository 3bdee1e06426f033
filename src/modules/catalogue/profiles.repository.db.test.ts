import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeProgramme } from '../../../test/factories.js';
import { makeResource } from '../../../test/factories/catalogue.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { QueryCounter } from '../../../test/helpers/query-count.js';
import type { Programme } from '../programmes/programmes.model.js';
import { addResourceToVersion, openDraft } from './profile-drafts.js';
import { setItemSnapshots } from './profiles.repository.js';

describe('setItemSnapshots', () => {
  let db: TestDatabase;
  let a: Programme;
  let b: Programme;
  let resources: { id: string; title: string }[];
  let cycle2: string;
  let cycle3: string;

  /** resource id → the snapshot stored for it in this version. */
  const snapshotsOf = async (versionId: string) =>
    Object.fromEntries(
      (
        await db.db
          .selectFrom('catalogue_version_items')
          .select(['resource_id', 'snapshot'])
          .where('version_id', '=', versionId)
          .execute()
      ).map((row) => [row.resource_id, row.snapshot]),
    );

  before(async () => {
    db = await createTestDatabase();
    a = await makeProgramme(db.db);
    b = await makeProgramme(db.db);
    const year = await makeSchoolYear(db.db, a.id, '2026-2027');
    resources = [];
    for (const title of ['GCompris', 'Tux Paint', 'ChildsPlay', 'TuxMath'])
      resources.push(await makeResource(db.db, a.id, { title }));
    const drafts = await db.db.transaction().execute(async (trx) => {
      const v2 = await openDraft(trx, a.id, 'cycle2', year.id);
      const v3 = await openDraft(trx, a.id, 'cycle3', year.id);
      for (const r of resources) {
        await addResourceToVersion(trx, a.id, v2.version, r.id, null);
        await addResourceToVersion(trx, a.id, v3.version, r.id, null);
      }
      return [v2.version.id, v3.version.id] as const;
    });
    [cycle2, cycle3] = drafts;
  });
  after(() => db.drop());

  it('gives each item its own snapshot, in one statement, and no other version’s item', async () => {
    const counter = new QueryCounter();
    const snapshots = resources.map((r) => ({ resourceId: r.id, snapshot: JSON.stringify(r) }));
    const { queries } = await counter.count(() => setItemSnapshots(db.db.withPlugin(counter), a.id, cycle2, snapshots));
    assert.equal(queries, 1);
    const stored = await snapshotsOf(cycle2);
    for (const r of resources) assert.deepEqual(JSON.parse(stored[r.id] ?? 'null'), r, r.title);
    assert.deepEqual(Object.values(await snapshotsOf(cycle3)), [null, null, null, null]);
  });

  it('leaves the items it is not given as they are', async () => {
    const [first, ...rest] = resources;
    await setItemSnapshots(db.db, a.id, cycle3, [{ resourceId: first!.id, snapshot: '{"only":true}' }]);
    const stored = await snapshotsOf(cycle3);
    assert.equal(stored[first!.id], '{"only":true}');
    for (const r of rest) assert.equal(stored[r.id], null, r.title);
  });

  it('changes nothing through another programme', async () => {
    const before = await snapshotsOf(cycle2);
    await setItemSnapshots(
      db.db,
      b.id,
      cycle2,
      resources.map((r) => ({ resourceId: r.id, snapshot: '{"stolen":true}' })),
    );
    assert.deepEqual(await snapshotsOf(cycle2), before);
  });

  it('writes nothing for no item', async () => {
    const counter = new QueryCounter();
    const { queries } = await counter.count(() => setItemSnapshots(db.db.withPlugin(counter), a.id, cycle2, []));
    assert.equal(queries, 0);
  });
});
