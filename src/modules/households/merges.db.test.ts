import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeOrganisation, makeProgramme } from '../../../test/factories.js';
import { makeHandoverFor, makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { cliActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { confirmMergeProposal, rejectMergeProposal } from './household-merge.service.js';
import { newHouseholdReference } from './household-reference.js';
import { getHousehold } from './households.service.js';
import { MAX_HOUSEHOLDS_PER_CONTACT } from './merge-proposals.repository.js';
import { proposeHouseholdMerges } from './merges.service.js';

describe('household merges (database)', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(async () => {
    await t.drop();
  });

  async function scene() {
    const programme = await makeProgramme(t.db);
    const school = await makeOrganisation(t.db, programme.id, { kind: 'school' });
    const year = await makeSchoolYear(t.db, programme.id, '2026-2027');
    const lastYear = await makeSchoolYear(t.db, programme.id, '2025-2026');
    const family = async (
      o: Parameters<typeof makeHousehold>[2],
      pupil: { lastName?: string; yearId?: string } = {},
    ) => {
      const h = await makeHousehold(t.db, programme.id, o);
      await makePupil(t.db, programme.id, {
        schoolId: school.id,
        schoolYearId: pupil.yearId ?? year.id,
        householdId: h.id,
        ...(pupil.lastName ? { lastName: pupil.lastName } : {}),
      });
      return h;
    };
    const proposals = () =>
      t.db
        .selectFrom('household_merge_proposals')
        .selectAll()
        .where('programme_id', '=', programme.id)
        .orderBy('id')
        .execute();
    return { programme, school, year, lastYear, family, proposals };
  }

  it('numbers households F-000001, F-000002… per programme', async () => {
    const p = await makeProgramme(t.db);
    const first = await newHouseholdReference(t.db, p.id);
    const second = await newHouseholdReference(t.db, p.id);
    assert.match(first, /^F-\d{6}$/);
    assert.equal(Number(second.slice(2)), Number(first.slice(2)) + 1);
  });

  it('proposes pairs sharing a contact, or an address and a surname, once', async () => {
    const s = await scene();
    const pair = (a: { id: string }, b: { id: string }) => [a.id, b.id].sort().join(' ');
    const h1 = await s.family({ contacts: [{ kind: 'phone', value: '06 12 34 56 78' }] });
    const h2 = await s.family({ contacts: [{ kind: 'phone', value: '+33 6 12 34 56 78' }] });
    // Pupil only last year: not part of this year's merges.
    await s.family({ contacts: [{ kind: 'phone', value: '0033612345678' }] }, { yearId: s.lastYear.id });
    // Merged away already: ignored.
    await makeHousehold(t.db, s.programme.id, {
      contacts: [{ kind: 'phone', value: '0612345678' }],
      mergedIntoId: h1.id,
    });
    const h3 = await s.family({
      addressLine: '12, av. de la Paix',
      postalCode: '25000',
      guardians: [{ lastName: 'Martin' }],
    });
    const h4 = await s.family(
      { addressLine: '12 avenue la Paix', postalCode: '25000', guardians: [{ lastName: 'Dupont' }] },
      { lastName: 'Martin-Dupont' },
    );
    // Same address, another surname: not proposed.
    await s.family(
      { addressLine: '12 Avenue de la Paix', postalCode: '25000', guardians: [{ lastName: 'Durand' }] },
      { lastName: 'Durand' },
    );
    // Both reasons at once: one proposal, the stronger reason.
    const h8 = await s.family({
      addressLine: '3 rue Battant',
      postalCode: '25000',
      guardians: [{ lastName: 'Yilmaz' }],
      contacts: [{ kind: 'email', value: 'Yilmaz.Family@Exemple.fr' }],
    });
    const h9 = await s.family({
      addressLine: '3 r. Battant',
      postalCode: '25000',
      guardians: [{ lastName: 'YILMAZ' }],
      contacts: [{ kind: 'email', value: 'yilmaz.family@exemple.fr' }],
    });
    // A number typed for many families (the school's) proposes nothing.
    for (let i = 0; i <= MAX_HOUSEHOLDS_PER_CONTACT; i += 1) {
      await s.family({ contacts: [{ kind: 'phone', value: '03 81 00 00 00' }] });
    }

    const counts = await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, s.programme.id, s.year.id));
    assert.deepEqual(counts, { sameContact: 2, sameAddressAndSurname: 1 });
    const rows = await s.proposals();
    assert.deepEqual(
      rows.map((r) => [[r.household_id, r.other_household_id].join(' '), r.reason, r.status]).sort(),
      [
        [pair(h1, h2), 'same_contact', 'proposed'],
        [pair(h3, h4), 'same_address_and_surname', 'proposed'],
        [pair(h8, h9), 'same_contact', 'proposed'],
      ].sort(),
    );

    const again = await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, s.programme.id, s.year.id));
    assert.deepEqual(again, { sameContact: 0, sameAddressAndSurname: 0 });
    assert.equal((await s.proposals()).length, 3);

    const h3h4 = rows.find((r) => r.reason === 'same_address_and_surname')!;
    await t.db.transaction().execute((trx) => rejectMergeProposal(trx, s.programme.id, cliActor, h3h4.id));
    await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, s.programme.id, s.year.id));
    const after = await s.proposals();
    assert.equal(after.length, 3);
    assert.equal(after.find((r) => r.id === h3h4.id)!.status, 'rejected');
  });

  it('confirming merges pupils, contacts, guardians and flags into one household', async () => {
    const s = await scene();
    const a = await s.family({
      guardians: [{ firstName: 'Camille', lastName: 'Martin' }],
      contacts: [
        { kind: 'phone', value: '06 12 34 56 78' },
        { kind: 'email', value: 'camille@exemple.fr' },
      ],
      registeredAt: '2026-06-01T08:00:00.000Z',
      declinedAt: '2026-06-02T08:00:00.000Z',
      declineReason: 'déjà équipés',
    });
    const b = await s.family({
      guardians: [
        { firstName: 'CAMILLE', lastName: 'Martin' },
        { firstName: 'Jean', lastName: 'Martin' },
      ],
      contacts: [
        { kind: 'phone', value: '+33 6 12 34 56 78' },
        { kind: 'email', value: 'jean@exemple.fr' },
      ],
      addressLine: null,
      priorityNeighbourhood: true,
      registeredAt: '2026-05-01T08:00:00.000Z',
    });
    await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, s.programme.id, s.year.id));
    const [proposal] = await s.proposals();
    const kept = await t.db
      .transaction()
      .execute((trx) => confirmMergeProposal(trx, s.programme.id, cliActor, proposal!.id, {}));
    assert.equal(kept.id, a.id, 'the older household is kept');
    assert.equal(kept.pupils.length, 2);
    assert.deepEqual(kept.contacts.map((c) => c.value).sort(), [
      '06 12 34 56 78',
      'camille@exemple.fr',
      'jean@exemple.fr',
    ]);
    assert.deepEqual(kept.guardians, [
      { firstName: 'Camille', lastName: 'Martin' },
      { firstName: 'Jean', lastName: 'Martin' },
    ]);
    assert.equal(kept.priorityNeighbourhood, true);
    assert.equal(kept.noComputerAtHome, false);
    assert.equal(kept.registeredAt, '2026-05-01T08:00:00.000Z');
    assert.equal(kept.declinedAt, null, 'one of the two records wanted the pack');
    const merged = await getHousehold(t.db, s.programme.id, b.id);
    assert.equal(merged.mergedIntoId, a.id);
    assert.deepEqual([merged.pupils.length, merged.contacts.length, merged.guardians.length], [0, 0, 0]);
    assert.equal((await s.proposals())[0]!.status, 'confirmed');

    const events = await t.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action', 'summary'])
      .where('programme_id', '=', s.programme.id)
      .where('entity_type', '=', 'household')
      .execute();
    assert.deepEqual(events.map((e) => e.action).sort(), ['merged', 'merged_into']);
    const merge = JSON.parse(events.find((e) => e.action === 'merged')!.summary) as Record<string, unknown>;
    assert.equal(merge.pupilsMoved, 1);
    assert.equal(merge.contactsMoved, 1);
    assert.equal(merge.contactsDropped, 1);
    assert.equal(merge.guardiansMoved, 1);
    assert.equal(merge.guardiansDropped, 1);
    for (const e of events) assert.doesNotMatch(e.summary, /Martin|Camille|Jean|exemple|06 12|\+336/i);

    await assert.rejects(
      t.db.transaction().execute((trx) => confirmMergeProposal(trx, s.programme.id, cliActor, proposal!.id, {})),
      (e: unknown) => e instanceof AppError && e.code === 'MERGE_PROPOSAL_DECIDED',
    );
  });

  it('never merges away a household that already has a handover', async () => {
    const s = await scene();
    const plain = await s.family({ contacts: [{ kind: 'email', value: 'famille@exemple.fr' }] });
    const served = await s.family({ contacts: [{ kind: 'email', value: 'FAMILLE@exemple.fr' }] });
    await makeHandoverFor(t.db, s.programme.id, { householdId: served.id, schoolYearId: s.year.id });
    await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, s.programme.id, s.year.id));
    const [proposal] = await s.proposals();
    const before = await getHousehold(t.db, s.programme.id, served.id);

    await assert.rejects(
      t.db
        .transaction()
        .execute((trx) =>
          confirmMergeProposal(trx, s.programme.id, cliActor, proposal!.id, { keepHouseholdId: plain.id }),
        ),
      (e: unknown) => e instanceof AppError && e.code === 'HOUSEHOLD_IN_CAMPAIGN' && e.status === 409,
    );
    assert.deepEqual(await getHousehold(t.db, s.programme.id, served.id), before);
    assert.equal((await s.proposals())[0]!.status, 'proposed');

    // Without a choice, the household with the handover is the one kept.
    const kept = await t.db
      .transaction()
      .execute((trx) => confirmMergeProposal(trx, s.programme.id, cliActor, proposal!.id, {}));
    assert.equal(kept.id, served.id);
    assert.equal(kept.pupils.length, 2);
    assert.equal((await getHousehold(t.db, s.programme.id, plain.id)).mergedIntoId, served.id);
  });

  it('refuses when both households are tied to a campaign', async () => {
    const s = await scene();
    const one = await s.family({ contacts: [{ kind: 'phone', value: '07 11 22 33 44' }] });
    const two = await s.family({ contacts: [{ kind: 'phone', value: '07 11 22 33 44' }] });
    await makeHandoverFor(t.db, s.programme.id, { householdId: one.id, schoolYearId: s.year.id });
    await makeHandoverFor(t.db, s.programme.id, { householdId: two.id, schoolYearId: s.year.id });
    await t.db.transaction().execute((trx) => proposeHouseholdMerges(trx, s.programme.id, s.year.id));
    const [proposal] = await s.proposals();
    await assert.rejects(
      t.db.transaction().execute((trx) => confirmMergeProposal(trx, s.programme.id, cliActor, proposal!.id, {})),
      (e: unknown) => e instanceof AppError && e.code === 'HOUSEHOLD_IN_CAMPAIGN',
    );
  });
});
