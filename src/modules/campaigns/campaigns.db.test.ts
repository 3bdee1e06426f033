import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeSchool } from '../../../test/factories/schools.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Programme } from '../programmes/programmes.model.js';
import {
  findCampaignHousehold,
  findCampaignHouseholdByCode,
  listCampaignHouseholdRows,
} from './campaign-households.js';
import { createCampaign, recomputeEligibility } from './campaigns.service.js';

const actor: AuditActor = { userId: null, label: 'test', role: 'coordinator' };

describe('campaign eligibility on the database', () => {
  let t: TestDatabase;
  let a: Programme;
  let yearId: string;
  let otherYearId: string;
  let s1: string;
  let s2: string;
  let s3: string;
  const h: Record<string, string> = {};

  before(async () => {
    t = await createTestDatabase();
    a = await makeProgramme(t.db);
    yearId = (await makeSchoolYear(t.db, a.id, '2026-2027')).id;
    otherYearId = (await makeSchoolYear(t.db, a.id, '2025-2026')).id;
    s1 = (await makeSchool(t.db, a.id, { name: 'École A', priorityArea: true })).id;
    s2 = (await makeSchool(t.db, a.id, { name: 'École B' })).id;
    s3 = (await makeSchool(t.db, a.id, { name: 'École C (hors campagne)' })).id;
    const pupil = async (key: string, schoolId: string, o: { grade?: string; schoolYearId?: string } = {}) =>
      makePupil(t.db, a.id, { householdId: h[key]!, schoolId, schoolYearId: o.schoolYearId ?? yearId, grade: o.grade });
    for (const key of ['nocomp', 'plain', 'cm1', 'outside', 'declined', 'merged', 'siblings', 'lastyear']) {
      h[key] = (
        await makeHousehold(t.db, a.id, {
          noComputerAtHome: key === 'nocomp',
          declinedAt: key === 'declined' ? nowIso() : null,
        })
      ).id;
    }
    await t.db.updateTable('households').set({ merged_into_id: h.plain! }).where('id', '=', h.merged!).execute();
    await pupil('nocomp', s1);
    await pupil('plain', s2);
    await pupil('cm1', s1, { grade: 'CM1' });
    await pupil('outside', s3);
    await pupil('declined', s1);
    await pupil('merged', s2);
    const first = await pupil('siblings', s2);
    const second = await pupil('siblings', s1);
    await t.db
      .updateTable('pupils')
      .set({ created_at: '2026-08-25T08:00:00.000Z' })
      .where('id', '=', first.id)
      .execute();
    await t.db
      .updateTable('pupils')
      .set({ created_at: '2026-08-26T08:00:00.000Z' })
      .where('id', '=', second.id)
      .execute();
    await pupil('siblings', s1, { grade: 'CP' });
    await pupil('lastyear', s1, { schoolYearId: otherYearId });
  });
  after(() => t.drop());

  it('lists households with a cohort pupil in a campaign school that year, once each', async () => {
    const { campaign, eligibility } = await t.db.transaction().execute((trx) =>
      createCampaign(trx, a.id, actor, {
        name: 'Rentrée 2026',
        schoolYearId: yearId,
        schoolIds: [s1, s2],
        startsOn: '2026-09-01',
        endsOn: '2026-12-18',
      }),
    );
    assert.equal(campaign.cohortGrade, 'CE2');
    assert.deepEqual(campaign.priorityRules, a.settings.priorityRules);
    assert.deepEqual(eligibility, {
      households: 4,
      added: 4,
      declined: 1,
      removed: 0,
      reinstated: 0,
      needsAttention: 0,
    });
    const rows = await listCampaignHouseholdRows(t.db, a.id, campaign.id);
    const status = Object.fromEntries(rows.map((r) => [r.household_id, r.status]));
    assert.deepEqual(status, {
      [h.nocomp!]: 'eligible',
      [h.plain!]: 'eligible',
      [h.declined!]: 'declined',
      [h.siblings!]: 'eligible',
    });
    // Siblings in two schools: the school of the cohort pupil imported first.
    assert.equal(rows.find((r) => r.household_id === h.siblings)!.school_id, s2);
    const nocomp = await findCampaignHousehold(t.db, a.id, campaign.id, h.nocomp!);
    assert.equal(nocomp!.rank, 1);
    assert.equal(rows.find((r) => r.household_id === h.declined)!.rank, null);
    assert.equal(new Set(rows.map((r) => r.invitation_code)).size, 4);
    const byCode = await findCampaignHouseholdByCode(
      t.db,
      a.id,
      nocomp!.invitation_code.toLowerCase().replace('-', ''),
    );
    assert.equal(byCode?.household_id, h.nocomp);

    // A new pupil, a pupil who left the cohort, a household that takes the pack after all.
    const late = (await makeHousehold(t.db, a.id)).id;
    await makePupil(t.db, a.id, { householdId: late, schoolId: s2, schoolYearId: yearId });
    await t.db.updateTable('pupils').set({ grade: 'CM1' }).where('household_id', '=', h.plain!).execute();
    await t.db.updateTable('households').set({ declined_at: null }).where('id', '=', h.declined!).execute();
    await t.db
      .updateTable('campaign_households')
      .set({ status: 'waiting' })
      .where('household_id', '=', h.nocomp!)
      .execute();
    const again = await t.db.transaction().execute((trx) => recomputeEligibility(trx, a.id, actor, campaign.id));
    assert.deepEqual(again, { households: 4, added: 1, declined: 0, removed: 1, reinstated: 1, needsAttention: 0 });
    const after = await listCampaignHouseholdRows(t.db, a.id, campaign.id);
    assert.equal(after.length, 5);
    const statusAfter = Object.fromEntries(after.map((r) => [r.household_id, r.status]));
    assert.equal(statusAfter[h.nocomp!], 'waiting', 'a status set earlier is kept');
    assert.equal(statusAfter[h.plain!], 'removed');
    assert.equal(statusAfter[h.declined!], 'eligible');
    assert.equal(statusAfter[late], 'eligible');
    assert.equal(
      after.find((r) => r.household_id === h.nocomp)!.invitation_code,
      rows.find((r) => r.household_id === h.nocomp)!.invitation_code,
    );

    const third = await t.db.transaction().execute((trx) => recomputeEligibility(trx, a.id, actor, campaign.id));
    assert.deepEqual(third, { households: 4, added: 0, declined: 0, removed: 0, reinstated: 0, needsAttention: 0 });
  });
});
