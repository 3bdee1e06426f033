import type { Insertable } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import type { CatalogueResourcesTable } from './catalogue.tables.js';
import type { Band, ResourceKind, ResourceStatus, VersionStatus } from './catalogue-codes.js';
import { type ContentInput, kindFieldProblems, type ResourceInput, type ResourcePatch } from './resource-input.js';
import {
  type ResourceFilter,
  type ResourceRow,
  type ResourceVersionRow,
  findResource,
  insertResource,
  listResources as listResourceRows,
  listVersionsOfResource,
  updateResourceRow,
} from './resources.repository.js';

export { resourceInputSchema } from './resource-input.js';
export type { ResourceRow } from './resources.repository.js';

export interface Resource {
  id: string;
  kind: ResourceKind;
  title: string;
  description: string;
  subjects: string[];
  grades: string[];
  languages: string[];
  licence: string;
  minRamMb: number | null;
  minDiskMb: number | null;
  packages: string[];
  launchCommand: string | null;
  content: { fileName: string; url: string; sha256: string; bytes: number; verifiedAt: string | null } | null;
  webUrl: string | null;
  status: ResourceStatus;
  proposedBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A profile version holding the resource. */
export interface ResourceInVersion extends Omit<ResourceVersionRow, 'band' | 'status'> {
  band: Band;
  status: VersionStatus;
}

export type ResourceDetail = Resource & { inVersions: ResourceInVersion[] };

const jsonList = (text: string): string[] => JSON.parse(text) as string[];

/** The row as the API shows it (also what a published version keeps as its snapshot). */
export function toResource(row: ResourceRow): Resource {
  const hasContent =
    row.content_file_name !== null &&
    row.content_url !== null &&
    row.content_sha256 !== null &&
    row.content_bytes !== null;
  return {
    id: row.id,
    kind: row.kind as ResourceKind,
    title: row.title,
    description: row.description,
    subjects: jsonList(row.subjects),
    grades: jsonList(row.grades),
    languages: jsonList(row.languages),
    licence: row.licence,
    minRamMb: row.min_ram_mb,
    minDiskMb: row.min_disk_mb,
    packages: jsonList(row.packages),
    launchCommand: row.launch_command,
    content: hasContent
      ? {
          fileName: row.content_file_name!,
          url: row.content_url!,
          sha256: row.content_sha256!,
          bytes: Number(row.content_bytes),
          verifiedAt: row.content_verified_at,
        }
      : null,
    webUrl: row.web_url,
    status: row.status as ResourceStatus,
    proposedBy: row.proposed_by_label,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The resource's row in this programme; another programme's resource does not exist here. */
export async function getResourceRow(db: Executor, programmeId: string, id: string): Promise<ResourceRow> {
  const row = await findResource(db, programmeId, id);
  if (!row) throw new AppError('CATALOGUE_RESOURCE_NOT_FOUND');
  return row;
}

export async function listResources(
  db: Executor,
  programmeId: string,
  query: ResourceFilter & { cursor?: string | undefined; limit: number },
  lang: Language = defaultLanguage,
): Promise<{ items: Resource[]; nextCursor: string | null }> {
  const { cursor, limit, ...filter } = query;
  const after = decodeOptionalCursor(cursor, ['string', 'string'], lang);
  const rows = await listResourceRows(db, programmeId, filter, { after, limit: limit + 1 });
  const { rows: shown, nextCursor } = keysetPage(rows, limit, (r) => [r.title, r.id]);
  return { items: shown.map(toResource), nextCursor };
}

export async function getResourceDetail(db: Executor, programmeId: string, id: string): Promise<ResourceDetail> {
  const row = await getResourceRow(db, programmeId, id);
  const versions = await listVersionsOfResource(db, programmeId, id);
  return {
    ...toResource(row),
    inVersions: versions.map((v) => ({ ...v, band: v.band as Band, status: v.status as VersionStatus })),
  };
}

/** The columns every kind-dependent field maps to; fields of other kinds are stored empty. */
function kindColumns(input: {
  kind: ResourceKind;
  packages?: string[] | undefined;
  launchCommand?: string | null | undefined;
  content?: ContentInput | null | undefined;
  webUrl?: string | null | undefined;
}) {
  const content = input.kind === 'content' ? (input.content ?? null) : null;
  return {
    packages: JSON.stringify(input.kind === 'software' ? (input.packages ?? []) : []),
    launch_command: input.kind === 'software' ? (input.launchCommand ?? null) : null,
    content_file_name: content?.fileName ?? null,
    content_url: content?.url ?? null,
    content_sha256: content?.sha256 ?? null,
    content_bytes: content?.bytes ?? null,
    web_url: input.kind === 'web' ? (input.webUrl ?? null) : null,
  };
}

/**
 * Creates a resource: `accepted` when staff add it to the catalogue, `proposed` when it comes
 * with a teacher's proposal. `input` went through resourceInputSchema (kind rules included).
 */
export async function createResource(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: ResourceInput,
  status: ResourceStatus,
  _lang: Language,
  /** The name shown as "proposed by" (a teacher's display name); the audit label by default. */
  proposedBy: string = actor.label,
): Promise<Resource> {
  const now = nowIso();
  const row: Insertable<CatalogueResourcesTable> = {
    id: newId(),
    programme_id: programmeId,
    kind: input.kind,
    title: input.title,
    description: input.description,
    subjects: JSON.stringify(input.subjects),
    grades: JSON.stringify(input.grades),
    languages: JSON.stringify(input.languages),
    licence: input.licence,
    min_ram_mb: input.minRamMb ?? null,
    min_disk_mb: input.minDiskMb ?? null,
    ...kindColumns(input),
    content_verified_at: null,
    status,
    proposed_by_user_id: actor.userId,
    proposed_by_label: proposedBy,
    created_at: now,
    updated_at: now,
  };
  await insertResource(trx, row);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'catalogue_resource',
    entityId: row.id,
    action: 'created',
    summary: { kind: input.kind, title: input.title, status, packages: input.packages ?? [] },
  });
  return toResource(await getResourceRow(trx, programmeId, row.id));
}

/** The resource's kind-dependent fields as input, to merge a change onto. */
function currentKindFields(r: Resource) {
  return {
    kind: r.kind,
    packages: r.packages,
    launchCommand: r.launchCommand,
    content: r.content
      ? { fileName: r.content.fileName, url: r.content.url, sha256: r.content.sha256, bytes: r.content.bytes }
      : null,
    webUrl: r.webUrl,
  };
}

/**
 * Changes a resource. When the kind changes, the old kind's fields are dropped unless sent
 * again (and then refused by the kind rules). A changed content file (address, checksum or
 * size) is no longer verified. A resource in a published version can still change: the
 * version keeps the snapshot taken at publication.
 */
export async function updateResource(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  patch: ResourcePatch,
  lang: Language,
): Promise<Resource> {
  const before = toResource(await getResourceRow(trx, programmeId, id));
  const current = currentKindFields(before);
  const kind = patch.kind ?? before.kind;
  const base = kind === before.kind ? current : { kind };
  const merged = {
    ...base,
    kind,
    ...(patch.packages !== undefined ? { packages: patch.packages } : {}),
    ...(patch.launchCommand !== undefined ? { launchCommand: patch.launchCommand } : {}),
    ...(patch.content !== undefined ? { content: patch.content } : {}),
    ...(patch.webUrl !== undefined ? { webUrl: patch.webUrl } : {}),
  };
  const problems = kindFieldProblems(merged);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      fields: problems.map((p) => ({ field: `body.${p.field}`, code: p.code, message: p.messages[lang] })),
    });
  }
  const columns = kindColumns(merged);
  const contentChanged =
    columns.content_url !== (before.content?.url ?? null) ||
    columns.content_sha256 !== (before.content?.sha256 ?? null) ||
    columns.content_bytes !== (before.content?.bytes ?? null);
  const now = nowIso();
  await updateResourceRow(trx, programmeId, id, {
    kind,
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.subjects !== undefined ? { subjects: JSON.stringify(patch.subjects) } : {}),
    ...(patch.grades !== undefined ? { grades: JSON.stringify(patch.grades) } : {}),
    ...(patch.languages !== undefined ? { languages: JSON.stringify(patch.languages) } : {}),
    ...(patch.licence !== undefined ? { licence: patch.licence } : {}),
    ...(patch.minRamMb !== undefined ? { min_ram_mb: patch.minRamMb } : {}),
    ...(patch.minDiskMb !== undefined ? { min_disk_mb: patch.minDiskMb } : {}),
    ...columns,
    ...(contentChanged ? { content_verified_at: null } : {}),
    updated_at: now,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'catalogue_resource',
    entityId: id,
    action: 'updated',
    summary: {
      fields: Object.keys(patch),
      contentVerificationCleared: contentChanged && before.content?.verifiedAt != null,
    },
  });
  return toResource(await getResourceRow(trx, programmeId, id));
}
