import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError, isAppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import type { Band, VersionStatus } from './catalogue-codes.js';
import { type CheckedResource, type DebianCheck, checkAgainstDebian } from './debian-check.js';
import type { ImageManifestInput } from './image-manifest.js';
import { addResourceToVersion, openDraft, removeResourceFromVersion } from './profile-drafts.js';
import { findOpenVersion, findPublishedVersionOfEarlierYear } from './profile-drafts.repository.js';
import { profilesMessages } from './profiles.messages.js';
import {
  type VersionViewRow,
  findProfileView,
  findVersionView,
  listVersionItems,
  countVersionItems,
  markVersionApproved,
} from './profiles.repository.js';
import { type Resource, getResourceRow, toResource } from './resources.service.js';
import { type DiffSide, type VersionDiff, diffVersions } from './version-diff.js';

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  publishedAt: string | null;
  manifestHash: string | null;
  resourceCount: number;
}

export interface Version {
  id: string;
  number: number;
  status: VersionStatus;
  profile: { id: string; band: Band; schoolYear: { id: string; code: string } };
  basedOn: { id: string; number: number } | null;
  items: Resource[];
  approvedBy: string | null;
  approvedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  manifestHash: string | null;
}

export type Diff = VersionDiff<Resource> & { from: VersionSummary | null; to: VersionSummary };

export function toVersionSummary(
  row: Pick<VersionViewRow, 'id' | 'number' | 'status' | 'published_at' | 'manifest_hash'>,
  resourceCount: number,
): VersionSummary {
  return {
    id: row.id,
    number: Number(row.number),
    status: row.status as VersionStatus,
    publishedAt: row.published_at,
    manifestHash: row.manifest_hash,
    resourceCount,
  };
}

export async function loadVersion(db: Executor, programmeId: string, versionId: string): Promise<VersionViewRow> {
  const row = await findVersionView(db, programmeId, versionId);
  if (!row) throw new AppError('CATALOGUE_VERSION_NOT_FOUND');
  return row;
}

/** The resources of a version: as published (snapshots, frozen), or as they are now while in preparation. */
export async function versionResources(
  db: Executor,
  programmeId: string,
  version: VersionViewRow,
): Promise<Resource[]> {
  const items = await listVersionItems(db, programmeId, version.id);
  const resources = items.map((i) =>
    version.status === 'published' && i.snapshot !== null
      ? (JSON.parse(i.snapshot) as Resource)
      : toResource(i.resource),
  );
  return resources.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}

async function toVersion(db: Executor, programmeId: string, row: VersionViewRow): Promise<Version> {
  const items = await versionResources(db, programmeId, row);
  const base = row.based_on_version_id ? await findVersionView(db, programmeId, row.based_on_version_id) : undefined;
  return {
    id: row.id,
    number: Number(row.number),
    status: row.status as VersionStatus,
    profile: {
      id: row.profile_id,
      band: row.band as Band,
      schoolYear: { id: row.school_year_id, code: row.school_year_code },
    },
    basedOn: base ? { id: base.id, number: Number(base.number) } : null,
    items,
    approvedBy: row.approved_by_label,
    approvedAt: row.approved_at,
    publishedBy: row.published_by_label,
    publishedAt: row.published_at,
    manifestHash: row.manifest_hash,
  };
}

export async function getVersion(db: Executor, programmeId: string, versionId: string): Promise<Version> {
  return toVersion(db, programmeId, await loadVersion(db, programmeId, versionId));
}

/** What the Debian check needs of the resources. */
export function checkedResources(resources: readonly Resource[]): CheckedResource[] {
  return resources.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    packages: r.packages,
    minRamMb: r.minRamMb,
    minDiskMb: r.minDiskMb,
    contentBytes: r.content?.bytes ?? null,
  }));
}

/** The check a published version passed (stored), or the check against the index loaded now. */
export async function getVersionDebianCheck(
  db: Executor,
  programme: Programme,
  versionId: string,
): Promise<DebianCheck> {
  const version = await loadVersion(db, programme.id, versionId);
  if (version.status === 'published' && version.debian_check) return JSON.parse(version.debian_check) as DebianCheck;
  return checkAgainstDebian(db, programme, checkedResources(await versionResources(db, programme.id, version)));
}

async function auditVersion(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  versionId: string,
  action: string,
  summary: Record<string, unknown>,
): Promise<void> {
  await recordAudit(trx, { programmeId, actor, entityType: 'catalogue_version', entityId: versionId, action, summary });
}

/** Adds an accepted resource to a version in preparation (the committee, by hand). */
export async function addVersionItem(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  versionId: string,
  resourceId: string,
  lang: Language,
): Promise<Version> {
  const version = await loadVersion(trx, programmeId, versionId);
  if (version.status === 'published') throw new AppError('CATALOGUE_VERSION_PUBLISHED');
  const resource = await getResourceRow(trx, programmeId, resourceId);
  if (resource.status !== 'accepted') {
    const message = profilesMessages(lang).resource_not_accepted;
    throw new AppError('VALIDATION_FAILED', {
      detail: message,
      fields: [{ field: 'body.resourceId', code: 'resource_not_accepted', message }],
    });
  }
  await addResourceToVersion(trx, programmeId, version, resourceId, null);
  await auditVersion(trx, programmeId, actor, versionId, 'resource_added', { resourceId, title: resource.title });
  return getVersion(trx, programmeId, versionId);
}

export async function removeVersionItem(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  versionId: string,
  resourceId: string,
): Promise<Version> {
  const version = await loadVersion(trx, programmeId, versionId);
  await removeResourceFromVersion(trx, programmeId, version, resourceId);
  await auditVersion(trx, programmeId, actor, versionId, 'resource_removed', { resourceId });
  return getVersion(trx, programmeId, versionId);
}

/** The profile's version in preparation, or a new draft from its latest published version. */
export async function openProfileVersion(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  profileId: string,
): Promise<Version> {
  const profile = await findProfileView(trx, programmeId, profileId);
  if (!profile) throw new AppError('CATALOGUE_PROFILE_NOT_FOUND');
  const open = await findOpenVersion(trx, programmeId, profileId);
  if (open) return getVersion(trx, programmeId, open.id);
  const { version } = await openDraft(trx, programmeId, profile.band as Band, profile.school_year_id);
  await auditVersion(trx, programmeId, actor, version.id, 'opened', { profileId, number: Number(version.number) });
  return getVersion(trx, programmeId, version.id);
}

export async function approveVersion(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  versionId: string,
): Promise<Version> {
  const version = await loadVersion(trx, programmeId, versionId);
  if (version.status === 'published') throw new AppError('CATALOGUE_VERSION_PUBLISHED');
  if (version.status !== 'draft') throw new AppError('CATALOGUE_VERSION_NOT_DRAFT');
  if ((await listVersionItems(trx, programmeId, versionId)).length === 0) throw new AppError('CATALOGUE_VERSION_EMPTY');
  if (!(await markVersionApproved(trx, programmeId, versionId, actor, nowIso()))) {
    throw new AppError('CATALOGUE_VERSION_NOT_DRAFT');
  }
  await auditVersion(trx, programmeId, actor, versionId, 'approved', { number: Number(version.number) });
  return getVersion(trx, programmeId, versionId);
}

/**
 * Package versions of one side of a difference: the manifest's for a published version, the
 * loaded index's for a version in preparation (none when no index is loaded).
 */
async function diffSide(db: Executor, programme: Programme, version: VersionViewRow): Promise<DiffSide<Resource>> {
  const resources = await versionResources(db, programme.id, version);
  const packageVersions = new Map<string, string>();
  if (version.status === 'published' && version.manifest) {
    const manifest = JSON.parse(version.manifest) as ImageManifestInput;
    for (const p of manifest.packages) packageVersions.set(p.name, p.version);
  } else {
    try {
      const check = await checkAgainstDebian(db, programme, checkedResources(resources));
      for (const p of check.packages) if (p.version !== null) packageVersions.set(p.name, p.version);
    } catch (e) {
      if (!(isAppError(e) && e.code === 'CATALOGUE_NO_DEBIAN_INDEX')) throw e;
    }
  }
  return { resources, packageVersions };
}

async function summaryOf(db: Executor, programmeId: string, version: VersionViewRow): Promise<VersionSummary> {
  return toVersionSummary(version, await countVersionItems(db, programmeId, version.id));
}

/** The version a difference starts from by default: the one it was based on, else last year's. */
async function defaultAgainst(
  db: Executor,
  programmeId: string,
  version: VersionViewRow,
): Promise<VersionViewRow | undefined> {
  if (version.based_on_version_id) return findVersionView(db, programmeId, version.based_on_version_id);
  const earlier = await findPublishedVersionOfEarlierYear(db, programmeId, version.band, version.school_year_starts_on);
  return earlier ? findVersionView(db, programmeId, earlier.id) : undefined;
}

/** What changes from `againstId` (default: see defaultAgainst) to the version, in words. */
export async function getVersionDiff(
  db: Executor,
  programme: Programme,
  versionId: string,
  againstId: string | undefined,
  lang: Language,
): Promise<Diff> {
  const to = await loadVersion(db, programme.id, versionId);
  let from: VersionViewRow | undefined;
  if (againstId) {
    from = await findVersionView(db, programme.id, againstId);
    if (!from) {
      const message = profilesMessages(lang).against_not_found;
      throw new AppError('CATALOGUE_VERSION_NOT_FOUND', {
        fields: [{ field: 'query.against', code: 'not_found', message }],
      });
    }
  } else {
    from = await defaultAgainst(db, programme.id, to);
  }
  return diffBetween(db, programme, from ?? null, to, lang);
}

export async function diffBetween(
  db: Executor,
  programme: Programme,
  from: VersionViewRow | null,
  to: VersionViewRow,
  lang: Language,
): Promise<Diff> {
  const diff = diffVersions(from ? await diffSide(db, programme, from) : null, await diffSide(db, programme, to), lang);
  return {
    from: from ? await summaryOf(db, programme.id, from) : null,
    to: await summaryOf(db, programme.id, to),
    ...diff,
  };
}
