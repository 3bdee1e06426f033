import type { Insertable } from 'kysely';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import type { DebianPackagesTable } from './catalogue.tables.js';
import {
  DEBIAN_FETCH_MAX_BYTES,
  DEBIAN_FETCH_TIMEOUT_MS,
  DEBIAN_INDEX_MAX_TEXT_BYTES,
  type DecodedIndex,
  DebianFetchError,
  DebianIndexTooLargeError,
  type FetchOptions,
  decodeIndex,
  mirrorIndexUrl,
  openMirrorIndex,
} from './debian-fetch.js';
import { debianIndexMessages } from './debian-index.messages.js';
import {
  type DebianIndexRow,
  deleteOtherIndexes,
  findCurrentIndex,
  findPackages,
  insertIndex,
  insertPackages,
  listIndexes,
} from './debian-index.repository.js';
import type { DebianIndex } from './debian-index.schemas.js';
import { type DebianPackage, PackagesIndexError, loadPackagesIndex } from './debian-packages.js';
import { compareDebianVersions } from './debian-version.js';

/** An uploaded Packages file may be this large (the full bookworm main amd64 index is ~50 MB). */
export const DEBIAN_UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

/** An index read and checked in full, not stored yet. */
export interface ParsedIndex {
  source: 'file' | 'mirror';
  sourceLabel: string;
  sha256: string;
  packages: Map<string, DebianPackage>;
}

const MEGABYTE = 1024 * 1024;

export function toDebianIndex(row: DebianIndexRow): DebianIndex {
  return {
    id: row.id,
    release: row.release,
    component: row.component,
    architecture: row.architecture,
    source: row.source === 'mirror' ? 'mirror' : 'file',
    sourceLabel: row.source_label,
    sha256: row.sha256,
    packageCount: Number(row.package_count),
    loadedBy: row.loaded_by_label,
    loadedAt: row.loaded_at,
  };
}

function invalidIndex(
  line: number,
  reason: keyof ReturnType<typeof debianIndexMessages>['reasons'],
  lang: Language,
  params: Readonly<Record<string, string>> = {},
) {
  const m = debianIndexMessages(lang);
  const words = format(m.reasons[reason], { ...params, megabytes: DEBIAN_INDEX_MAX_TEXT_BYTES / MEGABYTE });
  const at = Math.max(1, line);
  const detail = format(m.invalid, { line: at, reason: words });
  return new AppError('DEBIAN_INDEX_INVALID', {
    detail,
    fields: [{ field: 'body', code: `line_${at}`, message: detail }],
  });
}

function fetchFailed(e: DebianFetchError, lang: Language, timeoutMs: number) {
  const m = debianIndexMessages(lang);
  const template = {
    status: m.fetchStatus,
    network: m.fetchNetwork,
    timeout: m.fetchTimeout,
    too_large: m.fetchTooLarge,
  }[e.problem];
  const detail = format(template, {
    url: e.url,
    status: e.status ?? '',
    seconds: Math.round(timeoutMs / 1000),
    megabytes: DEBIAN_FETCH_MAX_BYTES / MEGABYTE,
  });
  return new AppError('DEBIAN_INDEX_FETCH_FAILED', { detail, cause: e });
}

function isZlibError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * Reads the whole index; any problem refuses it as a whole (the caller stores nothing). Every
 * stanza must be for the programme's target architecture or `all`.
 */
async function parseIndex(
  decoded: DecodedIndex,
  architecture: string,
  lang: Language,
  timeoutMs: number,
): Promise<Pick<ParsedIndex, 'sha256' | 'packages'>> {
  try {
    const packages = await loadPackagesIndex(decoded.lines, compareDebianVersions, { architecture });
    return { packages, sha256: decoded.sha256() };
  } catch (e) {
    if (e instanceof PackagesIndexError) throw invalidIndex(e.line, e.reason, lang, e.params);
    if (e instanceof DebianIndexTooLargeError) throw invalidIndex(e.line, 'too_large', lang);
    if (e instanceof DebianFetchError) throw fetchFailed(e, lang, timeoutMs);
    if (isZlibError(e)) throw invalidIndex(decoded.linesRead() + 1, 'not_gzip', lang);
    throw e;
  }
}

/** An uploaded Packages or Packages.gz file, read and checked against the programme's target architecture. */
export async function readUploadedIndex(
  programme: Programme,
  bytes: Buffer,
  fileName: string,
  lang: Language,
): Promise<ParsedIndex> {
  const architecture = programme.settings.catalogue.debianArchitecture;
  const parsed = await parseIndex(decodeIndex([bytes]), architecture, lang, DEBIAN_FETCH_TIMEOUT_MS);
  return { source: 'file', sourceLabel: fileName, ...parsed };
}

/** The Packages.gz of the programme's target, streamed from its mirror, read and checked. */
export async function fetchMirrorIndex(
  programme: Programme,
  lang: Language,
  options: FetchOptions = {},
): Promise<ParsedIndex> {
  const url = mirrorIndexUrl(programme.settings.catalogue);
  const timeoutMs = options.timeoutMs ?? DEBIAN_FETCH_TIMEOUT_MS;
  let chunks: AsyncIterable<Buffer>;
  try {
    chunks = await openMirrorIndex(url, options);
  } catch (e) {
    if (e instanceof DebianFetchError) throw fetchFailed(e, lang, timeoutMs);
    throw e;
  }
  const architecture = programme.settings.catalogue.debianArchitecture;
  const parsed = await parseIndex(decodeIndex(chunks), architecture, lang, timeoutMs);
  return { source: 'mirror', sourceLabel: url, ...parsed };
}

/**
 * Stores a parsed index as the programme's index for its target release and architecture, and
 * deletes the previous one. Run it in one transaction: a failure leaves the previous index.
 */
export async function storeDebianIndex(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  parsed: ParsedIndex,
): Promise<DebianIndex> {
  const {
    debianRelease: release,
    debianComponent: component,
    debianArchitecture: architecture,
  } = programme.settings.catalogue;
  const id = newId();
  await insertIndex(trx, {
    id,
    programme_id: programme.id,
    release,
    component,
    architecture,
    source: parsed.source,
    source_label: parsed.sourceLabel,
    sha256: parsed.sha256,
    package_count: parsed.packages.size,
    loaded_by_label: actor.label,
    loaded_at: nowIso(),
  });
  const rows: Insertable<DebianPackagesTable>[] = [];
  for (const p of parsed.packages.values()) {
    rows.push({
      index_id: id,
      programme_id: programme.id,
      name: p.name,
      version: p.version,
      installed_size_kb: p.installedSizeKib,
      size_bytes: p.downloadBytes,
      section: p.section,
      summary: p.summary,
    });
  }
  await insertPackages(trx, rows);
  await deleteOtherIndexes(trx, programme.id, release, architecture, id);
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'debian_index',
    entityId: id,
    action: 'loaded',
    summary: {
      release,
      component,
      architecture,
      source: parsed.source,
      sourceLabel: parsed.sourceLabel,
      sha256: parsed.sha256,
      packageCount: parsed.packages.size,
    },
  });
  const row = await findCurrentIndex(trx, programme.id, release, architecture);
  return toDebianIndex(row!);
}

export async function listDebianIndexes(db: Executor, programme: Programme) {
  const c = programme.settings.catalogue;
  return {
    items: (await listIndexes(db, programme.id)).map(toDebianIndex),
    target: {
      release: c.debianRelease,
      component: c.debianComponent,
      architecture: c.debianArchitecture,
      mirrorUrl: c.debianMirrorUrl,
    },
  };
}

/** The current index of the programme's target; CATALOGUE_NO_DEBIAN_INDEX when none is loaded. */
export async function requireCurrentIndex(db: Executor, programme: Programme): Promise<DebianIndexRow> {
  const c = programme.settings.catalogue;
  const row = await findCurrentIndex(db, programme.id, c.debianRelease, c.debianArchitecture);
  if (!row) throw new AppError('CATALOGUE_NO_DEBIAN_INDEX');
  return row;
}

export async function findDebianPackages(db: Executor, programme: Programme, names: readonly string[]) {
  const index = await requireCurrentIndex(db, programme);
  const rows = await findPackages(db, programme.id, index.id, [...new Set(names)]);
  return {
    items: rows.map((r) => ({
      name: r.name,
      version: r.version,
      installedSizeKb: r.installed_size_kb === null ? null : Number(r.installed_size_kb),
      section: r.section,
      summary: r.summary,
    })),
  };
}
