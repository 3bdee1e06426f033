import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import {
  PUPIL_MAPPING,
  type ImportScene,
  type PupilRecord,
  familyPhone,
  generatePupilRecords,
  makeImportScene,
  pupilCsv,
  utf8WithBom,
} from '../../../test/factories/imports.js';
import { type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { QueryCounter } from '../../../test/helpers/query-count.js';
import { phoneKey } from '../households/contact-keys.js';

/** Counts statements, and notes every household id in the rows the database returns meanwhile. */
class RowWatcher extends QueryCounter {
  readonly seen = new Set<string>();

  override async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    for (const row of args.result.rows) {
      for (const column of ['id', 'household_id', 'other_household_id']) {
        if (typeof row[column] === 'string') this.seen.add(row[column]);
      }
    }
    return super.transformResult(args);
  }
}

describe('pupil import: merge proposals look only at the households the commit touched', () => {
  const watcher = new RowWatcher();
  let t: TestApp;
  let s: ImportScene;

  before(async () => {
    t = await buildTestApp(undefined, { queryCounter: watcher });
    s = await makeImportScene(t);
  });
  after(() => t.close());

  async function committed(records: PupilRecord[], schoolId: string) {
    const upload = await s.upload(utf8WithBom(pupilCsv(records)), { schoolId });
    assert.equal(upload.statusCode, 201, upload.body);
    const id = upload.json().id as string;
    const put = await s.coordinator.put(s.url(`/${id}/mapping`), { mapping: PUPIL_MAPPING });
    assert.equal(put.statusCode, 200, put.body);
    watcher.seen.clear();
    const { queries, result } = await watcher.count(() => s.coordinator.post(s.url(`/${id}/commit`)));
    assert.equal(result.statusCode, 200, result.body);
    return { report: result.json(), queries, seen: new Set(watcher.seen) };
  }

  const holderOf = async (valueKey: string) => {
    const rows = await t.db.db
      .selectFrom('household_contacts')
      .select('household_id')
      .where('programme_id', '=', s.programme.id)
      .where('value_key', '=', valueKey)
      .execute();
    assert.equal(rows.length, 1, valueKey);
    return rows[0]!.household_id;
  };

  it('proposes the pair a second school list makes with a family of the first, reading no other household of the first', async () => {
    // First list (school A), all in Besançon. Family X gave a phone only and no address; family Y
    // an e-mail.
    const first = generatePupilRecords({ rows: 40, seed: 7, schoolUai: s.schoolA.uai, otherSchoolUai: s.schoolB.uai });
    for (const r of first) Object.assign(r.cells, { 'Code postal': '25000', Commune: 'Besançon' });
    const x = first[0]!.family;
    const y = first.find((r) => r.family !== x)!.family;
    for (const r of first.filter((r) => r.family === x)) {
      Object.assign(r.cells, { Courriel: '', Adresse: '', 'Code postal': '', Commune: '' });
    }
    const one = await committed(first, s.schoolA.id);
    assert.equal(one.report.rejected, 0);
    const householdX = await holderOf(phoneKey(familyPhone(x), 'FR')!);
    const householdY = await holderOf(`famille.${y}@example.fr`);
    const firstHouseholds = await t.db.db
      .selectFrom('households')
      .select('id')
      .where('programme_id', '=', s.programme.id)
      .execute();

    // Second list (school B), in Saint-Vit: new families, and a pupil whose guardian gives family
    // X's phone and family Y's e-mail. The pupil joins X (the phone comes first), X takes the
    // e-mail it lacked: X and Y now share a contact.
    const second = generatePupilRecords({
      rows: 20,
      seed: 8,
      schoolUai: s.schoolB.uai,
      otherSchoolUai: s.schoolA.uai,
      familyOffset: 1000,
    });
    for (const r of second) Object.assign(r.cells, { 'Code postal': '25410', Commune: 'Saint-Vit' });
    second.push({
      family: x,
      bad: null,
      cells: {
        ...second[0]!.cells,
        Nom: 'Zorglub',
        'Responsable 1 nom': 'Zorglub',
        Prénom: 'Ambre',
        'Date de naissance': '03/04/2016',
        Téléphone: familyPhone(x),
        Courriel: `famille.${y}@example.fr`,
        Adresse: '4 rue des Tanneurs',
      },
    });
    const two = await committed(second, s.schoolB.id);
    assert.equal(two.report.rejected, 0);
    assert.ok(two.report.mergeProposals >= 1, JSON.stringify(two.report));

    const [a, b] = householdX < householdY ? [householdX, householdY] : [householdY, householdX];
    const proposal = await t.db.db
      .selectFrom('household_merge_proposals')
      .select(['reason', 'status'])
      .where('programme_id', '=', s.programme.id)
      .where('household_id', '=', a)
      .where('other_household_id', '=', b)
      .executeTakeFirst();
    assert.deepEqual(proposal, { reason: 'same_contact', status: 'proposed' });

    // The second commit read X (its pupil) and Y (X's new partner), and none of the other
    // households of the first list: the proposals did not scan the school year.
    assert.ok(two.seen.has(householdX) && two.seen.has(householdY));
    const others = firstHouseholds.map((h) => h.id).filter((id) => id !== householdX && id !== householdY);
    assert.ok(others.length >= 10, `${others.length} other households`);
    assert.deepEqual(
      others.filter((id) => two.seen.has(id)),
      [],
    );
    // The first commit, for comparison, did read its own households.
    assert.ok(others.every((id) => one.seen.has(id)));
  });
});
