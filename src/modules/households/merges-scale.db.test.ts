import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Insertable } from 'kysely';
import { makeOrganisation, makeProgramme } from '../../../test/factories.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import type { Database } from '../../platform/db/schema.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { formatHouseholdReference } from './household-reference.js';
import { proposeHouseholdMerges } from './merges.service.js';

const HOUSEHOLDS = 20_000;

/**
 * A city-sized year: 20,000 households with one pupil, one phone and one guardian each.
 * Household i shares its phone with household i-1 when i % 50 == 1 (400 pairs), and its address
 * and surname when i % 70 == 1 (286 pairs, 58 of which also share the phone: 228 left).
 */
describe('household merges at the scale of a city (database)', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(async () => {
    await t.drop();
  });

  async function insertAll<T extends keyof Database>(table: T, rows: Insertable<Database[T]>[]) {
    for (let i = 0; i < rows.length; i += 400) {
      await t.db
        .insertInto(table)
        .values(rows.slice(i, i + 400) as never)
        .execute();
    }
  }

  it('finds every pair in one pass and stays idempotent', async () => {
    const programme = await makeProgramme(t.db);
    const school = await makeOrganisation(t.db, programme.id, { kind: 'school' });
    const year = await makeSchoolYear(t.db, programme.id);
    const now = nowIso();
    const households: Insertable<Database['households']>[] = [];
    const pupils: Insertable<Database['pupils']>[] = [];
    const contacts: Insertable<Database['household_contacts']>[] = [];
    const guardians: Insertable<Database['household_guardians']>[] = [];
    for (let i = 0; i < HOUSEHOLDS; i += 1) {
      const id = newId();
      const phoneOf = i % 50 === 1 ? i - 1 : i;
      const homeOf = i % 70 === 1 ? i - 1 : i;
      households.push({
        id,
        programme_id: programme.id,
        reference: formatHouseholdReference(i + 1),
        address_line: `${homeOf} rue des Granges`,
        postal_code: '25000',
        commune_insee: null,
        preferred_language: 'fr',
        no_computer_at_home: 0,
        priority_neighbourhood: 0,
        registered_at: now,
        declined_at: null,
        decline_reason: null,
        merged_into_id: null,
        anonymised_at: null,
        created_at: now,
        updated_at: now,
      });
      pupils.push({
        id: newId(),
        programme_id: programme.id,
        school_year_id: year.id,
        school_id: school.id,
        household_id: id,
        first_name: 'Léa',
        last_name: `Famille${homeOf}`,
        birth_date: null,
        grade: 'CE2',
        class_name: null,
        match_key: `pupil-${i}`,
        row_hash: 'scale',
        last_import_id: null,
        anonymised_at: null,
        created_at: now,
        updated_at: now,
      });
      contacts.push({
        id: newId(),
        programme_id: programme.id,
        household_id: id,
        kind: 'phone',
        value: 'masqué',
        value_key: `+336${String(phoneOf).padStart(8, '0')}`,
        created_at: now,
      });
      guardians.push({
        id: newId(),
        programme_id: programme.id,
        household_id: id,
        position: 1,
        first_name: null,
        last_name: `Famille${homeOf}`,
        created_at: now,
      });
    }
    await insertAll('households', households);
    await insertAll('pupils', pupils);
    await insertAll('household_contacts', contacts);
    await insertAll('household_guardians', guardians);

    const counts = await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, programme.id, year.id));
    assert.deepEqual(counts, { sameContact: 400, sameAddressAndSurname: 228 });
    const again = await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, programme.id, year.id));
    assert.deepEqual(again, { sameContact: 0, sameAddressAndSurname: 0 });
  });
});
