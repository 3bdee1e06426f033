import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../cli.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeSchool } from '../../../test/factories/schools.js';

function envFor(db: TestDatabase): NodeJS.ProcessEnv {
  return db.dialect === 'postgres'
    ? { NODE_ENV: 'test', DATABASE_URL: db.location }
    : { NODE_ENV: 'test', CARTABLE_DATA_DIR: path.dirname(db.location) };
}

describe('cartable privacy purge', () => {
  let db: TestDatabase;
  let slug: string;
  let oldFamily: { id: string; reference: string };
  let currentFamily: { id: string };

  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      readStdin: async () => '',
      env: envFor(db),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  const anonymisedAt = async (id: string) =>
    (await db.db.selectFrom('households').select('anonymised_at').where('id', '=', id).executeTakeFirstOrThrow())
      .anonymised_at;

  before(async () => {
    db = await createTestDatabase();
    const programme = await makeProgramme(db.db);
    slug = programme.slug;
    const school = await makeSchool(db.db, programme.id);
    // A year long past the default retention of 12 months, and one that has not ended yet.
    const old = await makeSchoolYear(db.db, programme.id, '2018-2019');
    const current = await makeSchoolYear(
      db.db,
      programme.id,
      `${new Date().getUTCFullYear()}-${new Date().getUTCFullYear() + 1}`,
    );
    oldFamily = await makeHousehold(db.db, programme.id, {
      guardians: [{ firstName: 'Léa', lastName: 'Ancienne' }],
      registeredAt: '2018-09-01T08:00:00.000Z',
    });
    await makePupil(db.db, programme.id, { schoolId: school.id, schoolYearId: old.id, householdId: oldFamily.id });
    currentFamily = await makeHousehold(db.db, programme.id, { registeredAt: '2018-09-01T08:00:00.000Z' });
    await makePupil(db.db, programme.id, {
      schoolId: school.id,
      schoolYearId: current.id,
      householdId: currentFamily.id,
    });
  });
  after(() => db.drop());

  it('shows the command in the help', async () => {
    const help = await cli(['help']);
    assert.match(help.out, /privacy purge \[--programme SLUG\] \[--dry-run\]/);
  });

  it('counts in a dry run and changes nothing, then erases, then erases nothing more', async () => {
    const dry = await cli(['privacy', 'purge', '--programme', slug, '--dry-run']);
    assert.equal(dry.code, 0, dry.err);
    assert.match(
      dry.out,
      /Dry run, nothing changed\. Would erase: 1 household\(s\), 1 pupil\(s\), 1 guardian name\(s\)/,
    );
    assert.match(dry.out, new RegExp(`Households: ${oldFamily.reference}\\.`));
    assert.ok(!dry.out.includes('Ancienne'));
    assert.equal(await anonymisedAt(oldFamily.id), null);

    const run = await cli(['privacy', 'purge', '--programme', slug]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /Erased: 1 household\(s\), 1 pupil\(s\)/);
    assert.ok(await anonymisedAt(oldFamily.id));
    assert.equal(await anonymisedAt(currentFamily.id), null);

    const again = await cli(['privacy', 'purge']);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, new RegExp(`${slug}: .*\\n  Erased: 0 household\\(s\\), 0 pupil\\(s\\)`));
  });

  it('explains a wrong use in plain words', async () => {
    const unknown = await cli(['privacy', 'purge', '--programme', 'nowhere']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /No programme with the short name "nowhere"/);
    const noVerb = await cli(['privacy']);
    assert.equal(noVerb.code, 2);
    assert.match(noVerb.err, /Usage: cartable privacy purge/);
    const badOption = await cli(['privacy', 'purge', '--force', 'yes']);
    assert.equal(badOption.code, 2);
    assert.match(badOption.err, /Unknown option --force/);
  });
});
