import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeOrganisation, makeProgramme } from '../../../test/factories.js';
import { cliActor } from '../../platform/auth/actor.js';
import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { countCommunes } from './communes.repository.js';
import { importCommunes, searchCommunes } from './communes.service.js';
import { findOrganisationByRef } from './organisations.repository.js';
import { createOrganisation } from './organisations.service.js';

describe('territory on the database', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('imports communes as an upsert, per programme, with one audit event per import', async () => {
    const a = await makeProgramme(t.db);
    const b = await makeProgramme(t.db);
    const communes = [
      { inseeCode: '25056', name: 'Besancon', postalCodes: ['25000'], population: 1 },
      { inseeCode: '25527', name: 'Saint-Vit', postalCodes: ['25410'], population: null },
    ];
    assert.equal(await t.db.transaction().execute((trx) => importCommunes(trx, a.id, cliActor, communes)), 2);
    await importCommunes(t.db, a.id, cliActor, [
      { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: 118489 },
    ]);
    assert.equal(await countCommunes(t.db, a.id), 2);
    assert.equal(await countCommunes(t.db, b.id), 0);
    const [besancon] = await searchCommunes(t.db, a.id, '25056', 10);
    assert.deepEqual(besancon, { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: 118489 });
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('programme_id', '=', a.id)
      .where('entity_type', '=', 'commune')
      .execute();
    assert.deepEqual(
      events.map((e) => [e.action, JSON.parse(e.summary).count]),
      [
        ['imported', 2],
        ['imported', 1],
      ],
    );
    assert.deepEqual((await verifyAuditTrail(t.db)).problems, []);
  });

  it('finds an organisation by id, UAI or exact name, within its programme only', async () => {
    const a = await makeProgramme(t.db);
    const b = await makeProgramme(t.db);
    const school = await createOrganisation(t.db, a.id, cliActor, {
      kind: 'school',
      name: 'École des Tilleuls (démo)',
      uai: '0259901B',
    });
    await makeOrganisation(t.db, a.id, { kind: 'venue', name: 'Homonyme' });
    await makeOrganisation(t.db, a.id, { kind: 'partner', name: 'homonyme' });
    const expected = { id: school.id, kind: 'school', name: 'École des Tilleuls (démo)' };

    assert.deepEqual(await findOrganisationByRef(t.db, a.id, school.id), expected);
    assert.deepEqual(await findOrganisationByRef(t.db, a.id, '0259901b'), expected);
    assert.deepEqual(await findOrganisationByRef(t.db, a.id, ' ecole des tilleuls (DÉMO) '), expected);
    assert.equal(await findOrganisationByRef(t.db, a.id, 'Homonyme'), undefined, 'ambiguous name');
    assert.equal(await findOrganisationByRef(t.db, a.id, 'Inconnue'), undefined);
    assert.equal(await findOrganisationByRef(t.db, a.id, ''), undefined);
    assert.equal(await findOrganisationByRef(t.db, b.id, school.id), undefined);
    assert.equal(await findOrganisationByRef(t.db, b.id, '0259901B'), undefined);
  });
});
