import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { findSchoolYearById } from '../schools/school-years.repository.js';
import type { Band } from './catalogue-codes.js';
import {
  copyVersionItems,
  deleteVersionItem,
  findLatestPublishedVersion,
  findOpenVersion,
  findProfileByBandYear,
  findPublishedVersionOfEarlierYear,
  insertProfileIfAbsent,
  insertVersion,
  insertVersionItem,
  maxVersionNumber,
  reopenApprovedVersion,
  type VersionRow,
  versionHasResource,
} from './profile-drafts.repository.js';

/**
 * The version in preparation of the profile of a band and school year, made when missing: the
 * profile is created, and a new draft starts from the profile's latest published version, or
 * for a new year's first draft from the same band's set of the latest earlier year. Used by the
 * committee's decisions on proposals and by the profile pages, inside their transaction.
 */
export async function openDraft(
  trx: Executor,
  programmeId: string,
  band: Band,
  schoolYearId: string,
): Promise<{ profileId: string; version: VersionRow }> {
  const year = await findSchoolYearById(trx, programmeId, schoolYearId);
  if (!year) throw new AppError('NOT_FOUND', { detail: 'school year' });
  const now = nowIso();
  await insertProfileIfAbsent(trx, {
    id: newId(),
    programme_id: programmeId,
    band,
    school_year_id: schoolYearId,
    created_at: now,
  });
  const profile = await findProfileByBandYear(trx, programmeId, band, schoolYearId);
  if (!profile) throw new AppError('CATALOGUE_PROFILE_NOT_FOUND');
  const open = await findOpenVersion(trx, programmeId, profile.id);
  if (open) return { profileId: profile.id, version: open };
  const base =
    (await findLatestPublishedVersion(trx, programmeId, profile.id)) ??
    (await findPublishedVersionOfEarlierYear(trx, programmeId, band, year.starts_on));
  const version: VersionRow = {
    id: newId(),
    programme_id: programmeId,
    profile_id: profile.id,
    number: (await maxVersionNumber(trx, programmeId, profile.id)) + 1,
    status: 'draft',
    based_on_version_id: base?.id ?? null,
    approved_by_user_id: null,
    approved_by_label: null,
    approved_at: null,
    published_by_user_id: null,
    published_by_label: null,
    published_at: null,
    manifest_hash: null,
    manifest: null,
    debian_check: null,
    created_at: now,
    updated_at: now,
  };
  await insertVersion(trx, version);
  if (base) await copyVersionItems(trx, programmeId, base.id, version.id);
  return { profileId: profile.id, version };
}

function assertChangeable(version: VersionRow): void {
  if (version.status === 'published') throw new AppError('CATALOGUE_VERSION_PUBLISHED');
}

/** Adds a resource to a version in preparation; an approved version goes back to draft. */
export async function addResourceToVersion(
  trx: Executor,
  programmeId: string,
  version: VersionRow,
  resourceId: string,
  proposalId: string | null,
): Promise<void> {
  assertChangeable(version);
  if (await versionHasResource(trx, programmeId, version.id, resourceId)) {
    throw new AppError('CATALOGUE_RESOURCE_ALREADY_IN_VERSION');
  }
  await insertVersionItem(trx, {
    version_id: version.id,
    programme_id: programmeId,
    resource_id: resourceId,
    added_by_proposal_id: proposalId,
  });
  await reopenApprovedVersion(trx, programmeId, version.id, nowIso());
}

/** Removes a resource from a version in preparation; an approved version goes back to draft. */
export async function removeResourceFromVersion(
  trx: Executor,
  programmeId: string,
  version: VersionRow,
  resourceId: string,
): Promise<void> {
  assertChangeable(version);
  if (!(await versionHasResource(trx, programmeId, version.id, resourceId))) {
    throw new AppError('CATALOGUE_RESOURCE_NOT_IN_VERSION');
  }
  await deleteVersionItem(trx, programmeId, version.id, resourceId);
  await reopenApprovedVersion(trx, programmeId, version.id, nowIso());
}
