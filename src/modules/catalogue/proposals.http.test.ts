import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeResource } from '../../../test/factories/catalogue.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

interface Problem {
  code: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}
interface Proposal {
  id: string;
  kind: string;
  reason: string;
  resource: { id: string; title: string; kind: string; status: string };
  grade: string;
  band: string;
  schoolYear: { id: string; code: string };
  status: string;
  proposedBy: string;
  supportCount: number;
  opposeCount: number;
  commentCount: number;
  myVote: string | null;
  mine: boolean;
  decision: { by: string; reason: string; at: string } | null;
}
interface ProposalDetail extends Proposal {
  votes: { by: string; value: string }[];
  comments: { id: string; by: string; body: string }[];
}

/** The school year running today (September to August) and the one after, as codes. */
function yearCodes(): { current: string; next: string } {
  const now = new Date();
  const first = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return { current: `${first}-${first + 1}`, next: `${first + 1}-${first + 2}` };
}

const REASON = 'Mes élèves de CE1 progressent en calcul avec ce logiciel.';

describe('catalogue proposals, votes and decisions over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let current: { id: string; code: string };
  let next: { id: string; code: string };
  const people: Record<string, TestClient> = {};
  const teachers: TestClient[] = [];

  async function clientFor(programmeId: string, roles: Role[], displayName?: string) {
    const user = await makeUser(t.db.db, {
      ...(displayName ? { displayName } : {}),
      grants: roles.map((role) => ({ programmeId, role })),
    });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path = '') => `/api/v1/programmes/${p.slug}/catalogue/proposals${path}`;

  async function counts() {
    const n = async (table: 'catalogue_proposals' | 'catalogue_votes' | 'catalogue_resources' | 'catalogue_comments') =>
      Number(
        (
          await t.db.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      proposals: await n('catalogue_proposals'),
      votes: await n('catalogue_votes'),
      resources: await n('catalogue_resources'),
      comments: await n('catalogue_comments'),
    };
  }

  async function propose(client: TestClient, body: Record<string, unknown>): Promise<Proposal> {
    const res = await client.post(url(a), {
      kind: 'add',
      grade: 'CE1',
      schoolYearId: current.id,
      reason: REASON,
      ...body,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<Proposal>();
  }

  /** The resources of the version in preparation of a band and year (none: no draft). */
  async function draftResourceIds(band: string, schoolYearId: string): Promise<string[]> {
    const rows = await t.db.db
      .selectFrom('catalogue_version_items as i')
      .innerJoin('catalogue_profile_versions as v', 'v.id', 'i.version_id')
      .innerJoin('catalogue_profiles as p', 'p.id', 'v.profile_id')
      .select('i.resource_id')
      .where('p.programme_id', '=', a.id)
      .where('p.band', '=', band)
      .where('p.school_year_id', '=', schoolYearId)
      .where('v.status', 'in', ['draft', 'approved'])
      .execute();
    return rows.map((r) => r.resource_id).sort();
  }

  async function storedCounts(proposalId: string) {
    const p = await t.db.db
      .selectFrom('catalogue_proposals')
      .select(['support_count', 'oppose_count'])
      .where('id', '=', proposalId)
      .executeTakeFirstOrThrow();
    const votes = await t.db.db
      .selectFrom('catalogue_votes')
      .select('value')
      .where('proposal_id', '=', proposalId)
      .execute();
    return {
      cached: [Number(p.support_count), Number(p.oppose_count)],
      actual: [votes.filter((v) => v.value === 'support').length, votes.filter((v) => v.value === 'oppose').length],
    };
  }

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    const codes = yearCodes();
    current = await makeSchoolYear(t.db.db, a.id, codes.current);
    next = await makeSchoolYear(t.db.db, a.id, codes.next);
    await makeSchoolYear(t.db.db, b.id, codes.current);
    people.proposer = await clientFor(a.id, ['teacher'], 'Claire Martin');
    for (let i = 0; i < 6; i += 1) teachers.push(await clientFor(a.id, ['teacher'], `Enseignant ${i}`));
    people.coordinator = await clientFor(a.id, ['coordinator']);
    people.committee = await clientFor(a.id, ['committee_member'], 'Comité Pédago');
    people.admin = await clientFor(a.id, ['admin']);
    people.teacherInB = await clientFor(b.id, ['teacher']);
    people.committeeInB = await clientFor(b.id, ['committee_member']);
  });
  after(() => t.close());

  it('lets a teacher propose an existing resource for a grade, in the next school year by default', async () => {
    const r = await makeResource(t.db.db, a.id);
    const p = await propose(people.proposer!, { resourceId: r.id, schoolYearId: undefined });
    assert.deepEqual(
      [p.kind, p.grade, p.band, p.status, p.proposedBy, p.schoolYear.code],
      ['add', 'CE1', 'cycle2', 'open', 'Claire Martin', next.code],
    );
    assert.deepEqual([p.supportCount, p.opposeCount, p.commentCount, p.myVote, p.decision], [0, 0, 0, null, null]);
    assert.equal(p.mine, true, 'the proposer reads her own proposal as hers');
    assert.equal(p.resource.id, r.id);
    assert.equal(p.reason, REASON);
    // Read back by a colleague: the classroom reason is what the others vote on.
    const read = await teachers[0]!.get(url(a, `/${p.id}`));
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json<ProposalDetail>().reason, REASON);
    assert.equal(read.json<ProposalDetail>().mine, false);
  });

  it('refuses bad proposals on the field at fault and stores nothing', async () => {
    const r = await makeResource(t.db.db, a.id);
    await propose(people.proposer!, { resourceId: r.id, grade: 'CP' });
    const newResource = {
      kind: 'software',
      title: 'Jeu interdit',
      description: 'Un paquet au nom impossible.',
      subjects: ['maths'],
      grades: ['CP'],
      languages: ['fr'],
      licence: 'GPL-3.0-or-later',
      packages: ['tux math'],
    };
    const refusals: [Record<string, unknown>, number, string, string, string][] = [
      [{ resourceId: r.id, grade: '6E' }, 400, 'VALIDATION_FAILED', 'body.grade', 'grade_without_band'],
      [{ resourceId: r.id, grade: 'MS' }, 400, 'VALIDATION_FAILED', 'body.grade', 'grade_without_band'],
      [{}, 400, 'VALIDATION_FAILED', 'body.resourceId', 'resource_choice_add'],
      [{ resourceId: r.id, resource: newResource }, 400, 'VALIDATION_FAILED', 'body.resourceId', 'resource_choice_add'],
      [{ kind: 'remove' }, 400, 'VALIDATION_FAILED', 'body.resourceId', 'resource_choice_remove'],
      [
        { kind: 'remove', resource: newResource },
        400,
        'VALIDATION_FAILED',
        'body.resource.packages.0',
        'forbidden_character',
      ],
      [{ resource: newResource }, 400, 'VALIDATION_FAILED', 'body.resource.packages.0', 'forbidden_character'],
      [{ resourceId: r.id, reason: 'Trop bref' }, 400, 'VALIDATION_FAILED', 'body.reason', 'too_small'],
      [
        { resourceId: r.id, schoolYearId: '01900000-0000-7000-8000-000000000000' },
        400,
        'VALIDATION_FAILED',
        'body.schoolYearId',
        'not_found',
      ],
      [
        { resourceId: '01900000-0000-7000-8000-000000000000' },
        404,
        'CATALOGUE_RESOURCE_NOT_FOUND',
        'body.resourceId',
        'not_found',
      ],
      [
        { kind: 'remove', resourceId: r.id },
        409,
        'CATALOGUE_RESOURCE_NOT_IN_VERSION',
        'body.resourceId',
        'not_in_version',
      ],
      // The same resource, kind, band and year as the open proposal above (CE2 is cycle 2 like CP).
      [{ resourceId: r.id, grade: 'CE2' }, 409, 'CATALOGUE_PROPOSAL_DUPLICATE', '', ''],
    ];
    const before = await counts();
    for (const [change, status, code, field, fieldCode] of refusals) {
      const res = await people.proposer!.post(url(a), {
        kind: 'add',
        grade: 'CE1',
        schoolYearId: current.id,
        reason: REASON,
        ...change,
      });
      assert.equal(res.statusCode, status, `${JSON.stringify(change)}: ${res.body}`);
      const problem = res.json<Problem>();
      assert.equal(problem.code, code, res.body);
      if (field) {
        const error = problem.errors?.find((e) => e.field === field);
        assert.equal(error?.code, fieldCode, res.body);
        assert.ok(error?.message);
      } else assert.ok(problem.detail);
    }
    assert.deepEqual(await counts(), before);
    // The same resource for cycle 3, or for another year, is another proposal.
    await propose(people.proposer!, { resourceId: r.id, grade: 'CM1' });
    await propose(people.proposer!, { resourceId: r.id, grade: 'CP', schoolYearId: next.id });
  });

  it('keeps voting for teachers: other roles, the proposer and closed proposals are refused, nothing stored', async () => {
    const r = await makeResource(t.db.db, a.id);
    const p = await propose(people.proposer!, { resourceId: r.id });
    const before = await counts();
    for (const who of ['coordinator', 'committee', 'admin'] as const) {
      const res = await people[who]!.put(url(a, `/${p.id}/vote`), { value: 'support' });
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json<Problem>().code, 'CATALOGUE_TEACHERS_ONLY');
      const removed = await people[who]!.delete(url(a, `/${p.id}/vote`));
      assert.equal(removed.json<Problem>().code, 'CATALOGUE_TEACHERS_ONLY');
    }
    const own = await people.proposer!.put(url(a, `/${p.id}/vote`), { value: 'support' });
    assert.equal(own.statusCode, 409);
    assert.equal(own.json<Problem>().code, 'CATALOGUE_OWN_PROPOSAL');
    const badValue = await teachers[0]!.put(url(a, `/${p.id}/vote`), { value: 'maybe' });
    assert.equal(badValue.statusCode, 400);
    assert.equal(badValue.json<Problem>().errors?.[0]?.field, 'body.value');
    // A teacher of another programme does not even see this one.
    const other = await people.teacherInB!.put(url(a, `/${p.id}/vote`), { value: 'support' });
    assert.equal(other.statusCode, 404);
    const crossed = await people.teacherInB!.put(url(b, `/${p.id}/vote`), { value: 'support' });
    assert.equal(crossed.json<Problem>().code, 'CATALOGUE_PROPOSAL_NOT_FOUND');
    assert.deepEqual(await counts(), before);

    const withdrawnByOther = await teachers[0]!.post(url(a, `/${p.id}/withdraw`));
    assert.equal(withdrawnByOther.statusCode, 403);
    const withdrawn = await people.proposer!.post(url(a, `/${p.id}/withdraw`));
    assert.equal(withdrawn.json<Proposal>().status, 'withdrawn');
    const late = await teachers[0]!.put(url(a, `/${p.id}/vote`), { value: 'support' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json<Problem>().code, 'CATALOGUE_PROPOSAL_CLOSED');
    assert.match(late.json<Problem>().detail ?? '', /retirée/);
  });

  it('counts votes, lets a teacher change or take back her vote, and shows votes and comments', async () => {
    const r = await makeResource(t.db.db, a.id);
    const p = await propose(people.proposer!, { resourceId: r.id });
    const vote = async (i: number, value: string) => {
      const res = await teachers[i]!.put(url(a, `/${p.id}/vote`), { value });
      assert.equal(res.statusCode, 200, res.body);
      return res.json<Proposal>();
    };
    await vote(0, 'support');
    const second = await vote(1, 'support');
    assert.deepEqual([second.supportCount, second.opposeCount, second.myVote, second.mine], [2, 0, 'support', false]);
    const changed = await vote(1, 'oppose');
    assert.deepEqual([changed.supportCount, changed.opposeCount, changed.myVote], [1, 1, 'oppose']);
    const same = await vote(1, 'oppose');
    assert.deepEqual([same.supportCount, same.opposeCount], [1, 1]);
    const taken = await teachers[1]!.delete(url(a, `/${p.id}/vote`));
    assert.deepEqual([taken.json<Proposal>().opposeCount, taken.json<Proposal>().myVote], [0, null]);

    const comment = await teachers[2]!.post(url(a, `/${p.id}/comments`), { body: 'Je l’utilise aussi en CP.' });
    assert.equal(comment.statusCode, 201, comment.body);
    const empty = await teachers[2]!.post(url(a, `/${p.id}/comments`), { body: '  ' });
    assert.equal(empty.json<Problem>().errors?.[0]?.field, 'body.body');

    const detail = (await teachers[0]!.get(url(a, `/${p.id}`))).json<ProposalDetail>();
    assert.deepEqual(
      detail.votes.map((v) => [v.by, v.value]),
      [['Enseignant 0', 'support']],
    );
    assert.deepEqual(
      detail.comments.map((c) => [c.by, c.body]),
      [['Enseignant 2', 'Je l’utilise aussi en CP.']],
    );
    assert.deepEqual([detail.supportCount, detail.commentCount, detail.myVote], [1, 1, 'support']);
    const stored = await storedCounts(p.id);
    assert.deepEqual(stored.cached, stored.actual);
  });

  it('ranks open proposals by support minus opposition, then support, then age', async () => {
    const byBand = async () =>
      (await teachers[5]!.get(url(a, `?band=cycle3&schoolYearId=${next.id}`))).json<{ items: Proposal[] }>().items;
    const make = async (votes: string[]) => {
      const r = await makeResource(t.db.db, a.id);
      const p = await propose(people.proposer!, { resourceId: r.id, grade: 'CM2', schoolYearId: next.id });
      for (const [i, value] of votes.entries()) {
        const res = await teachers[i]!.put(url(a, `/${p.id}/vote`), { value });
        assert.equal(res.statusCode, 200, res.body);
      }
      return p.id;
    };
    const zero = await make(['support', 'oppose']);
    const oneOld = await make(['support']);
    const two = await make(['support', 'support']);
    const oneNew = await make(['support']);
    const oneWithMoreSupport = await make(['support', 'support', 'oppose']);
    const ranked = await byBand();
    assert.deepEqual(
      ranked.map((p) => p.id),
      [two, oneWithMoreSupport, oneOld, oneNew, zero],
    );
    assert.ok(ranked.every((p) => p.band === 'cycle3' && p.status === 'open'));
  });

  it('lets only the committee decide: accepting puts the resource in the draft, a removal takes it out', async () => {
    const before = await draftResourceIds('cycle2', current.id);
    const p = await propose(people.proposer!, {
      grade: 'CP',
      resource: {
        kind: 'software',
        title: 'TuxMath',
        description: 'Des calculs à résoudre en défendant les igloos.',
        subjects: ['maths'],
        grades: ['CP', 'CE1'],
        languages: ['fr'],
        licence: 'GPL-3.0-or-later',
        packages: ['tuxmath'],
        launchCommand: 'tuxmath',
      },
    });
    assert.equal(p.resource.status, 'proposed');
    await teachers[0]!.put(url(a, `/${p.id}/vote`), { value: 'support' });
    await teachers[1]!.put(url(a, `/${p.id}/vote`), { value: 'support' });

    const decision = { decision: 'accept', reason: 'Deux collègues le réclament.' };
    const teacherOnly = await teachers[0]!.post(url(a, `/${p.id}/decision`), decision);
    assert.equal(teacherOnly.statusCode, 403);
    assert.equal(teacherOnly.json<Problem>().code, 'CATALOGUE_COMMITTEE_ONLY');
    const coordinator = await people.coordinator!.post(url(a, `/${p.id}/decision`), decision);
    assert.equal(coordinator.json<Problem>().code, 'CATALOGUE_COMMITTEE_ONLY');
    const otherCommittee = await people.committeeInB!.post(url(b, `/${p.id}/decision`), decision);
    assert.equal(otherCommittee.json<Problem>().code, 'CATALOGUE_PROPOSAL_NOT_FOUND');
    const shortReason = await people.committee!.post(url(a, `/${p.id}/decision`), { decision: 'accept', reason: 'ok' });
    assert.equal(shortReason.json<Problem>().errors?.[0]?.field, 'body.reason');
    assert.deepEqual(await draftResourceIds('cycle2', current.id), before);
    assert.equal((await teachers[0]!.get(url(a, `/${p.id}`))).json<Proposal>().status, 'open');

    const accepted = await people.committee!.post(url(a, `/${p.id}/decision`), decision);
    assert.equal(accepted.statusCode, 200, accepted.body);
    const a1 = accepted.json<Proposal>();
    assert.equal(a1.status, 'accepted');
    assert.equal(a1.resource.status, 'accepted');
    assert.deepEqual([a1.decision?.by, a1.decision?.reason], ['Comité Pédago', 'Deux collègues le réclament.']);
    assert.deepEqual(await draftResourceIds('cycle2', current.id), [...before, p.resource.id].sort());

    const again = await people.committee!.post(url(a, `/${p.id}/decision`), {
      decision: 'reject',
      reason: 'Changement d’avis.',
    });
    assert.equal(again.json<Problem>().code, 'CATALOGUE_PROPOSAL_CLOSED');
    const lateVote = await teachers[2]!.put(url(a, `/${p.id}/vote`), { value: 'oppose' });
    assert.equal(lateVote.json<Problem>().code, 'CATALOGUE_PROPOSAL_CLOSED');
    const lateComment = await teachers[2]!.post(url(a, `/${p.id}/comments`), { body: 'Trop tard ?' });
    assert.equal(lateComment.json<Problem>().code, 'CATALOGUE_PROPOSAL_CLOSED');
    // Adding again what the draft holds is refused on the field.
    const twice = await people.proposer!.post(url(a), {
      kind: 'add',
      grade: 'CE2',
      schoolYearId: current.id,
      reason: REASON,
      resourceId: p.resource.id,
    });
    assert.equal(twice.json<Problem>().code, 'CATALOGUE_RESOURCE_ALREADY_IN_VERSION');

    const removal = await propose(teachers[3]!, { kind: 'remove', grade: 'CE2', resourceId: p.resource.id });
    const removed = await people.committee!.post(url(a, `/${removal.id}/decision`), {
      decision: 'accept',
      reason: 'Remplacé par un autre logiciel.',
    });
    assert.equal(removed.json<Proposal>().status, 'accepted');
    assert.deepEqual(await draftResourceIds('cycle2', current.id), before);

    const decided = (await teachers[0]!.get(url(a, '?status=decided'))).json<{ items: Proposal[] }>().items;
    assert.ok(decided.some((d) => d.id === p.id) && decided.some((d) => d.id === removal.id));
  });

  it('records the reason of a rejection and rejects the new resource that came with it', async () => {
    const p = await propose(people.proposer!, {
      grade: 'CM1',
      resource: {
        kind: 'web',
        title: 'Un site de jeux',
        description: 'Des jeux en ligne.',
        subjects: ['maths'],
        grades: ['CM1'],
        languages: ['fr'],
        licence: 'Propriétaire',
        webUrl: 'https://jeux.example.org/',
      },
    });
    const draftBefore = await draftResourceIds('cycle3', current.id);
    const res = await people.committee!.post(url(a, `/${p.id}/decision`), {
      decision: 'reject',
      reason: 'Trop de publicité pour des enfants.',
    });
    assert.equal(res.statusCode, 200, res.body);
    const rejected = res.json<Proposal>();
    assert.deepEqual(
      [rejected.status, rejected.resource.status, rejected.decision?.reason],
      ['rejected', 'rejected', 'Trop de publicité pour des enfants.'],
    );
    assert.deepEqual(await draftResourceIds('cycle3', current.id), draftBefore);
  });

  it('keeps the cached counts equal to the votes when votes race on one proposal', async () => {
    const r = await makeResource(t.db.db, a.id);
    const p = await propose(people.proposer!, { resourceId: r.id, grade: 'CE2' });
    const requests = teachers.flatMap((teacher, i) => [
      teacher.put(url(a, `/${p.id}/vote`), { value: i % 2 ? 'support' : 'oppose' }),
      teacher.put(url(a, `/${p.id}/vote`), { value: 'support' }),
      ...(i % 3 === 0 ? [teacher.delete(url(a, `/${p.id}/vote`))] : []),
    ]);
    const results = await Promise.all(requests);
    for (const res of results) assert.equal(res.statusCode, 200, res.body);
    const stored = await storedCounts(p.id);
    assert.deepEqual(stored.cached, stored.actual);
    const shown = (await teachers[0]!.get(url(a, `/${p.id}`))).json<ProposalDetail>();
    assert.equal(shown.votes.length, stored.actual[0]! + stored.actual[1]!);
  });

  it('lets a decision and votes race: each vote is counted before it or refused after it', async () => {
    const r = await makeResource(t.db.db, a.id);
    const p = await propose(people.proposer!, { resourceId: r.id, grade: 'CM2' });
    const [decision, ...votes] = await Promise.all([
      people.committee!.post(url(a, `/${p.id}/decision`), { decision: 'reject', reason: 'Pas pour cette année.' }),
      ...teachers.map((teacher) => teacher.put(url(a, `/${p.id}/vote`), { value: 'support' })),
    ]);
    assert.equal(decision!.statusCode, 200, decision!.body);
    for (const res of votes) {
      assert.ok(res.statusCode === 200 || res.json<Problem>().code === 'CATALOGUE_PROPOSAL_CLOSED', res.body);
    }
    const stored = await storedCounts(p.id);
    assert.deepEqual(stored.cached, stored.actual);
    assert.equal(stored.actual[0], votes.filter((res) => res.statusCode === 200).length);
  });
});
