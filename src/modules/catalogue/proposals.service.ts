import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { format, type Language } from '../../platform/i18n/i18n.js';
import { toWallClock } from '../../platform/time/local-time.js';
import type { Programme } from '../programmes/programmes.model.js';
import { pickCurrentSchoolYear } from '../schools/school-year-rules.js';
import { type SchoolYearRow, findSchoolYearById, listSchoolYearRows } from '../schools/school-years.repository.js';
import { type Band, type ProposalKind, type ProposalStatus, bandOfGrade } from './catalogue-codes.js';
import {
  type VersionRow,
  findLatestPublishedVersion,
  findOpenVersion,
  findProfileByBandYear,
  findPublishedVersionOfEarlierYear,
  versionHasResource,
} from './profile-drafts.repository.js';
import {
  type ProposalRow,
  type ProposalViewRow,
  findOpenDuplicate,
  findProposalView,
  findResourceBrief,
  incrementCommentCount,
  insertComment,
  insertProposal,
  listComments,
  listProposalViews,
  listVotes,
  lockOpenProposal,
  closeProposal,
  findProposal,
} from './proposals.repository.js';
import { proposalsMessages } from './proposals.messages.js';
import type {
  CreateProposalInput,
  Proposal,
  ProposalComment,
  ProposalDetail,
  ProposalListQuery,
  VoteValue,
} from './proposals.schemas.js';
import { createResource } from './resources.service.js';

/** The person acting on proposals: the id for "my vote", a name shown to colleagues, the audit actor. */
export interface CatalogueActor {
  userId: string;
  name: string;
  audit: AuditActor;
}

export function toProposal(row: ProposalViewRow): Proposal {
  return {
    id: row.id,
    kind: row.kind as ProposalKind,
    resource: {
      id: row.resource_id,
      title: row.resource_title,
      kind: row.resource_kind as Proposal['resource']['kind'],
      status: row.resource_status as Proposal['resource']['status'],
    },
    grade: row.grade,
    band: row.band as Band,
    schoolYear: { id: row.school_year_id, code: row.school_year_code },
    reason: row.reason,
    status: row.status as ProposalStatus,
    proposedBy: row.proposed_by_label,
    supportCount: Number(row.support_count),
    opposeCount: Number(row.oppose_count),
    commentCount: Number(row.comment_count),
    myVote: row.my_vote as VoteValue | null,
    mine: Number(row.mine) === 1,
    decision:
      row.decided_at && row.decided_by_label
        ? { by: row.decided_by_label, reason: row.decision_reason ?? '', at: row.decided_at }
        : null,
    createdAt: row.created_at,
  };
}

export async function listProposals(
  db: Executor,
  programmeId: string,
  query: ProposalListQuery,
  userId: string,
): Promise<{ items: Proposal[] }> {
  const statuses = query.status === 'decided' ? ['accepted', 'rejected'] : [query.status];
  const rows = await listProposalViews(
    db,
    programmeId,
    { statuses, band: query.band, schoolYearId: query.schoolYearId },
    userId,
  );
  return { items: rows.map(toProposal) };
}

export async function getProposal(db: Executor, programmeId: string, id: string, userId: string): Promise<Proposal> {
  const row = await findProposalView(db, programmeId, id, userId);
  if (!row) throw new AppError('CATALOGUE_PROPOSAL_NOT_FOUND');
  return toProposal(row);
}

export async function getProposalDetail(
  db: Executor,
  programmeId: string,
  id: string,
  userId: string,
): Promise<ProposalDetail> {
  const proposal = await getProposal(db, programmeId, id, userId);
  const [votes, comments] = await Promise.all([listVotes(db, programmeId, id), listComments(db, programmeId, id)]);
  return {
    ...proposal,
    votes: votes.map((v) => ({ by: v.user_label, value: v.value as VoteValue, at: v.updated_at })),
    comments: comments.map((c) => ({ id: c.id, by: c.user_label, body: c.body, at: c.created_at })),
  };
}

/** The open proposal, locked for the change; 404 when unknown, 409 once decided or withdrawn. */
export async function requireOpenProposal(
  trx: Executor,
  programmeId: string,
  id: string,
  lang: Language,
): Promise<ProposalRow> {
  const locked = await lockOpenProposal(trx, programmeId, id, nowIso());
  if (locked) return locked;
  const row = await findProposal(trx, programmeId, id);
  if (!row) throw new AppError('CATALOGUE_PROPOSAL_NOT_FOUND');
  const m = proposalsMessages(lang);
  const status = m[`status_${row.status as ProposalStatus}`] ?? row.status;
  throw new AppError('CATALOGUE_PROPOSAL_CLOSED', { detail: format(m.closed, { status }) });
}

/**
 * The set of a band for a school year as it stands: the version in preparation, else the latest
 * published one, else (a year with no profile yet) the latest published set of an earlier year,
 * which is what the year's first draft will start from.
 */
export async function currentVersionOf(
  db: Executor,
  programmeId: string,
  band: Band,
  year: SchoolYearRow,
): Promise<VersionRow | undefined> {
  const profile = await findProfileByBandYear(db, programmeId, band, year.id);
  if (profile) {
    const version =
      (await findOpenVersion(db, programmeId, profile.id)) ??
      (await findLatestPublishedVersion(db, programmeId, profile.id));
    if (version) return version;
  }
  return findPublishedVersionOfEarlierYear(db, programmeId, band, year.starts_on);
}

/** The year asked for, else the next school year when one exists, else the current one. */
async function resolveSchoolYear(
  db: Executor,
  programme: Programme,
  schoolYearId: string | undefined,
  lang: Language,
): Promise<SchoolYearRow> {
  const m = proposalsMessages(lang);
  const fieldError = (message: string) =>
    new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.schoolYearId', code: schoolYearId ? 'not_found' : 'required', message }],
    });
  if (schoolYearId) {
    const year = await findSchoolYearById(db, programme.id, schoolYearId);
    if (!year) throw fieldError(m.school_year_not_found);
    return year;
  }
  const years = (await listSchoolYearRows(db, programme.id)).map((row) => ({
    row,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  }));
  const today = toWallClock(nowIso(), programme.timeZone).date;
  const current = pickCurrentSchoolYear(years, today);
  if (!current) throw fieldError(m.no_school_year);
  const next = years
    .filter((y) => y.startsOn > current.startsOn)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return (next ?? current).row;
}

async function resolveResourceId(
  trx: Executor,
  programmeId: string,
  actor: CatalogueActor,
  input: CreateProposalInput,
  lang: Language,
): Promise<string> {
  if (input.resource) {
    const created = await createResource(trx, programmeId, actor.audit, input.resource, 'proposed', lang, actor.name);
    return created.id;
  }
  const resourceId = input.resourceId!;
  if (!(await findResourceBrief(trx, programmeId, resourceId))) {
    const message = proposalsMessages(lang).resource_not_found;
    throw new AppError('CATALOGUE_RESOURCE_NOT_FOUND', {
      detail: message,
      fields: [{ field: 'body.resourceId', code: 'not_found', message }],
    });
  }
  return resourceId;
}

/** Adding what the set already holds, or removing what it does not, is refused on the resource field. */
async function assertChangesTheSet(
  trx: Executor,
  programmeId: string,
  kind: ProposalKind,
  band: Band,
  year: SchoolYearRow,
  resourceId: string,
  lang: Language,
): Promise<void> {
  const version = await currentVersionOf(trx, programmeId, band, year);
  const inSet = version ? await versionHasResource(trx, programmeId, version.id, resourceId) : false;
  if (kind === 'add' ? !inSet : inSet) return;
  const m = proposalsMessages(lang);
  const resource = await findResourceBrief(trx, programmeId, resourceId);
  const message = format(kind === 'add' ? m.already_in_version : m.not_in_version, {
    title: resource?.title ?? '',
    band: m[`band_${band}`],
    year: year.code,
  });
  throw new AppError(kind === 'add' ? 'CATALOGUE_RESOURCE_ALREADY_IN_VERSION' : 'CATALOGUE_RESOURCE_NOT_IN_VERSION', {
    detail: message,
    fields: [{ field: 'body.resourceId', code: kind === 'add' ? 'already_in_version' : 'not_in_version', message }],
  });
}

export async function createProposal(
  trx: Executor,
  programme: Programme,
  actor: CatalogueActor,
  input: CreateProposalInput,
  lang: Language,
): Promise<Proposal> {
  const programmeId = programme.id;
  const m = proposalsMessages(lang);
  const grade = input.grade.trim().toUpperCase();
  const band = bandOfGrade(grade);
  if (!band) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.grade', code: 'grade_without_band', message: m.grade_without_band }],
    });
  }
  const year = await resolveSchoolYear(trx, programme, input.schoolYearId, lang);
  const resourceId = await resolveResourceId(trx, programmeId, actor, input, lang);
  if (!input.resource) await assertChangesTheSet(trx, programmeId, input.kind, band, year, resourceId, lang);
  const key = { resourceId, kind: input.kind, band, schoolYearId: year.id };
  if (await findOpenDuplicate(trx, programmeId, key)) {
    throw new AppError('CATALOGUE_PROPOSAL_DUPLICATE', { detail: m.duplicate });
  }
  const now = nowIso();
  const id = newId();
  try {
    await insertProposal(trx, {
      id,
      programme_id: programmeId,
      kind: input.kind,
      resource_id: resourceId,
      grade,
      band,
      school_year_id: year.id,
      reason: input.reason,
      status: 'open',
      proposed_by_user_id: actor.userId,
      proposed_by_label: actor.name,
      support_count: 0,
      oppose_count: 0,
      comment_count: 0,
      created_at: now,
      updated_at: now,
    });
  } catch (error) {
    // Two colleagues sending the same proposal at once: the open-proposal index stops the second.
    if (isUniqueViolation(error)) throw new AppError('CATALOGUE_PROPOSAL_DUPLICATE', { detail: m.duplicate });
    throw error;
  }
  await recordAudit(trx, {
    programmeId,
    actor: actor.audit,
    entityType: 'catalogue_proposal',
    entityId: id,
    action: 'created',
    summary: {
      kind: input.kind,
      resourceId,
      newResource: input.resource !== undefined,
      grade,
      band,
      schoolYearId: year.id,
    },
  });
  return getProposal(trx, programmeId, id, actor.userId);
}

/** The proposer takes back an open proposal; its votes stay recorded. */
export async function withdrawProposal(
  trx: Executor,
  programmeId: string,
  actor: CatalogueActor,
  id: string,
  lang: Language,
): Promise<Proposal> {
  const proposal = await requireOpenProposal(trx, programmeId, id, lang);
  if (proposal.proposed_by_user_id !== actor.userId) {
    throw new AppError('FORBIDDEN', { detail: proposalsMessages(lang).withdraw_own_only });
  }
  await closeProposal(trx, programmeId, id, { status: 'withdrawn', updated_at: nowIso() });
  await recordAudit(trx, {
    programmeId,
    actor: actor.audit,
    entityType: 'catalogue_proposal',
    entityId: id,
    action: 'withdrawn',
    summary: { resourceId: proposal.resource_id },
  });
  return getProposal(trx, programmeId, id, actor.userId);
}

/** A comment on an open proposal (the discussion ends with the decision). */
export async function addComment(
  trx: Executor,
  programmeId: string,
  actor: CatalogueActor,
  proposalId: string,
  body: string,
  lang: Language,
): Promise<ProposalComment> {
  await requireOpenProposal(trx, programmeId, proposalId, lang);
  const comment = { id: newId(), created_at: nowIso() };
  await insertComment(trx, {
    ...comment,
    programme_id: programmeId,
    proposal_id: proposalId,
    user_id: actor.userId,
    user_label: actor.name,
    body,
  });
  await incrementCommentCount(trx, programmeId, proposalId);
  return { id: comment.id, by: actor.name, body, at: comment.created_at };
}
