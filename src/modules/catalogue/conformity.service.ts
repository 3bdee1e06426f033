import type { Insertable } from 'kysely';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { decodeOptionalCursor, invalidCursorError, keysetPage } from '../../platform/db/keyset.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { pickCurrentSchoolYear } from '../schools/school-year-rules.js';
import { listSchoolYearRows } from '../schools/school-years.repository.js';
import type { DeviceConformityTable } from './catalogue.tables.js';
import { type Band, type ConformityStatus, conformityStatuses } from './catalogue-codes.js';
import { type ExpectedPackage, type SoftwareConformity, softwareConformity } from './conformity.js';
import {
  type ConformityCandidateRow,
  type ConformityFilter,
  type ConformityListRow,
  type PublishedVersionRow,
  countConformity,
  deleteStaleConformity,
  listAcceptedPackageLists,
  listConformityCandidates,
  listConformityRows,
  listConformityRowsOfDevices,
  listPublishedVersions,
  listSchoolNames,
  listSoftwareOfInventories,
  upsertConformityRows,
} from './conformity.repository.js';
import { type DeviceProfileTarget, deviceProfileTarget } from './device-profile.js';
import { manifestLabel } from './manifests.service.js';

/**
 * Conformity of school and home computers with the profile version they should carry (see
 * docs/catalogue/conformity.md). Computed in batches and stored in device_conformity, which the
 * pages read; recomputed by the job after a publication, after an inventory of a judged device,
 * and on demand.
 */
const BATCH = 200;

export interface ExpectedVersion {
  versionId: string;
  label: string;
  manifestHash: string;
  band: Band;
  schoolYear: { id: string; code: string };
  number: number;
  publishedAt: string | null;
  packages: ExpectedPackage[];
}

function versionLabel(band: string, schoolYearCode: string, number: number): string {
  return manifestLabel(band as Band, schoolYearCode, number);
}

function manifestPackages(json: string | null): ExpectedPackage[] {
  if (!json) return [];
  try {
    const parsed = JSON.parse(json) as { packages?: unknown };
    if (!Array.isArray(parsed.packages)) return [];
    return parsed.packages.filter(
      (p): p is ExpectedPackage =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as ExpectedPackage).name === 'string' &&
        typeof (p as ExpectedPackage).version === 'string',
    );
  } catch {
    return [];
  }
}

function toExpected(row: PublishedVersionRow): ExpectedVersion | null {
  if (!row.manifest_hash) return null;
  return {
    versionId: row.id,
    label: versionLabel(row.band, row.school_year_code, row.number),
    manifestHash: row.manifest_hash,
    band: row.band as Band,
    schoolYear: { id: row.school_year_id, code: row.school_year_code },
    number: row.number,
    publishedAt: row.published_at,
    packages: manifestPackages(row.manifest),
  };
}

/** What every device is judged against: the current school year, its published versions, the tracked packages. */
interface ConformityContext {
  currentYear: { id: string; code: string } | null;
  /** Latest published version per band of the current school year. */
  expectedByBand: Map<string, ExpectedVersion>;
  tracked: Set<string>;
}

async function loadContext(db: Executor, programmeId: string, today: string): Promise<ConformityContext> {
  const years = await listSchoolYearRows(db, programmeId);
  const current = pickCurrentSchoolYear(
    years.map((y) => ({ id: y.id, code: y.code, startsOn: y.starts_on, endsOn: y.ends_on })),
    today,
  );
  const published = await listPublishedVersions(db, programmeId);
  const expectedByBand = new Map<string, ExpectedVersion>();
  const tracked = new Set<string>();
  for (const row of published) {
    const expected = toExpected(row);
    if (!expected) continue;
    for (const p of expected.packages) tracked.add(p.name);
    // Rows come highest number first: the first of a band is its latest version.
    if (current && row.school_year_id === current.id && !expectedByBand.has(row.band)) {
      expectedByBand.set(row.band, expected);
    }
  }
  for (const json of await listAcceptedPackageLists(db, programmeId)) {
    try {
      const names = JSON.parse(json) as unknown;
      if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') tracked.add(n);
    } catch {
      // A resource with an unreadable list tracks nothing.
    }
  }
  return { currentYear: current ? { id: current.id, code: current.code } : null, expectedByBand, tracked };
}

export interface DeviceJudgement {
  status: ConformityStatus;
  expected: ExpectedVersion | null;
  software: SoftwareConformity | null;
}

/** The rule, as a pure function: no profile, no inventory, a different image or missing/outdated packages. */
export function judgeDevice(
  target: DeviceProfileTarget,
  expected: ExpectedVersion | null,
  device: { latestInventoryId: string | null; imageHash: string | null },
  installed: readonly { name: string; version: string | null }[],
  tracked: ReadonlySet<string>,
): DeviceJudgement {
  if (!target.band || !expected) return { status: 'no_profile', expected: null, software: null };
  if (!device.latestInventoryId) return { status: 'no_inventory', expected, software: null };
  const software = softwareConformity(expected.packages, installed, tracked);
  const otherImage = device.imageHash !== null && device.imageHash !== expected.manifestHash;
  const status =
    otherImage || software.missing.length > 0 || software.outdated.length > 0 ? 'needs_reimaging' : 'conform';
  return { status, expected, software };
}

function conformityRow(
  programmeId: string,
  device: ConformityCandidateRow,
  target: DeviceProfileTarget,
  judgement: DeviceJudgement,
  computedAt: string,
): Insertable<DeviceConformityTable> {
  const s = judgement.software;
  return {
    device_id: device.id,
    programme_id: programmeId,
    place: target.place,
    school_id: target.place === 'school' ? device.holder_organisation_id : device.pupil_school_id,
    band: target.band,
    expected_version_id: judgement.expected?.versionId ?? null,
    expected_manifest_hash: judgement.expected?.manifestHash ?? null,
    inventory_id: device.latest_inventory_id,
    status: judgement.status,
    missing: JSON.stringify(s?.missing ?? []),
    outdated: JSON.stringify(s?.outdated ?? []),
    extra: JSON.stringify(s?.extra ?? []),
    unknown: JSON.stringify(s?.unknown ?? []),
    computed_at: computedAt,
  };
}

async function judgeBatch(
  db: Executor,
  programmeId: string,
  ctx: ConformityContext,
  devices: readonly ConformityCandidateRow[],
  computedAt: string,
): Promise<Insertable<DeviceConformityTable>[]> {
  const inventoryIds = devices.map((d) => d.latest_inventory_id).filter((id): id is string => id !== null);
  const software = new Map<string, { name: string; version: string | null }[]>();
  for (const row of await listSoftwareOfInventories(db, programmeId, inventoryIds)) {
    const list = software.get(row.inventory_id) ?? [];
    list.push({ name: row.name, version: row.version });
    software.set(row.inventory_id, list);
  }
  const rows: Insertable<DeviceConformityTable>[] = [];
  for (const device of devices) {
    const target = deviceProfileTarget(
      {
        state: device.state,
        profileBand: device.profile_band,
        hasActiveLoan: device.loan_id !== null,
        loanPupil:
          device.pupil_grade && device.pupil_year_code
            ? { grade: device.pupil_grade, schoolYearCode: device.pupil_year_code }
            : null,
      },
      ctx.currentYear?.code ?? null,
    );
    if (!target) continue;
    const expected = target.band ? (ctx.expectedByBand.get(target.band) ?? null) : null;
    const installed = device.latest_inventory_id ? (software.get(device.latest_inventory_id) ?? []) : [];
    const judgement = judgeDevice(
      target,
      expected,
      { latestInventoryId: device.latest_inventory_id, imageHash: device.image_hash },
      installed,
      ctx.tracked,
    );
    rows.push(conformityRow(programmeId, device, target, judgement, computedAt));
  }
  return rows;
}

/**
 * Recomputes and stores the conformity of the programme's school and home computers (only
 * `deviceIds` when given), batch by batch: one query for the devices and one for their software
 * per batch. Rows of devices no longer judged are removed. Returns how many were judged.
 */
export async function recomputeConformity(
  db: Executor,
  programmeId: string,
  options: { deviceIds?: readonly string[] | undefined; now?: Date | undefined } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const computedAt = now.toISOString();
  const ctx = await loadContext(db, programmeId, computedAt.slice(0, 10));
  let judged = 0;
  if (options.deviceIds) {
    const kept: string[] = [];
    for (let i = 0; i < options.deviceIds.length; i += BATCH) {
      const ids = options.deviceIds.slice(i, i + BATCH);
      const devices = await listConformityCandidates(db, programmeId, { deviceIds: ids, limit: BATCH });
      const rows = await judgeBatch(db, programmeId, ctx, devices, computedAt);
      await upsertConformityRows(db, rows);
      kept.push(...rows.map((r) => r.device_id));
      judged += rows.length;
    }
    await deleteStaleConformity(db, programmeId, { deviceIds: options.deviceIds, keep: kept });
    return judged;
  }
  let afterId: string | undefined;
  for (;;) {
    const devices = await listConformityCandidates(db, programmeId, { afterId, limit: BATCH });
    if (devices.length === 0) break;
    const rows = await judgeBatch(db, programmeId, ctx, devices, computedAt);
    await upsertConformityRows(db, rows);
    judged += rows.length;
    afterId = devices.at(-1)!.id;
    if (devices.length < BATCH) break;
  }
  await deleteStaleConformity(db, programmeId, { computedBefore: computedAt });
  return judged;
}

export type StatusCounts = Record<ConformityStatus, number>;

function zeroCounts(): StatusCounts {
  return Object.fromEntries(conformityStatuses.map((s) => [s, 0])) as StatusCounts;
}

export interface ConformitySummary {
  schools: { school: { id: string; name: string }; counts: StatusCounts }[];
  home: { counts: StatusCounts };
  versions: { band: Band; versionId: string; label: string; manifestHash: string; publishedAt: string | null }[];
  schoolYear: { id: string; code: string } | null;
  computedAt: string | null;
}

/** Counts per status by school and for home computers; a director's view is her schools only. */
export async function getConformitySummary(
  db: Executor,
  programmeId: string,
  onlySchoolIds: readonly string[] | undefined,
): Promise<ConformitySummary> {
  const schools = await listSchoolNames(db, programmeId, onlySchoolIds);
  const bySchool = new Map(schools.map((s) => [s.id, zeroCounts()]));
  const home = zeroCounts();
  let computedAt: string | null = null;
  for (const row of await countConformity(db, programmeId, onlySchoolIds)) {
    const status = row.status as ConformityStatus;
    const n = Number(row.n);
    if (row.place === 'home') home[status] += n;
    else if (row.school_id && bySchool.has(row.school_id)) bySchool.get(row.school_id)![status] += n;
    const at = row.computed_at === null ? null : new Date(row.computed_at).toISOString();
    if (at && (!computedAt || at > computedAt)) computedAt = at;
  }
  const ctx = await loadContext(db, programmeId, new Date().toISOString().slice(0, 10));
  return {
    schools: schools.map((s) => ({ school: { id: s.id, name: s.name }, counts: bySchool.get(s.id)! })),
    home: { counts: home },
    versions: [...ctx.expectedByBand.values()]
      .sort((a, b) => a.band.localeCompare(b.band))
      .map((v) => ({
        band: v.band,
        versionId: v.versionId,
        label: v.label,
        manifestHash: v.manifestHash,
        publishedAt: v.publishedAt === null ? null : new Date(v.publishedAt).toISOString(),
      })),
    schoolYear: ctx.currentYear,
    computedAt,
  };
}

export interface ConformityItem {
  device: { id: string; assetTag: string; kind: string; make: string | null; model: string | null; state: string };
  place: 'school' | 'home';
  school: { id: string; name: string } | null;
  band: Band | null;
  expected: { versionId: string; label: string; manifestHash: string } | null;
  imageHash: string | null;
  status: ConformityStatus;
  missing: string[];
  outdated: { name: string; expected: string; installed: string }[];
  extra: string[];
  unknown: string[];
  computedAt: string;
}

function jsonArray<T>(json: string): T[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function toItem(row: ConformityListRow, labels: Map<string, string>): ConformityItem {
  return {
    device: {
      id: row.device_id,
      assetTag: row.asset_tag,
      kind: row.kind,
      make: row.make,
      model: row.model,
      state: row.state,
    },
    place: row.place as 'school' | 'home',
    school: row.school_id && row.school_name ? { id: row.school_id, name: row.school_name } : null,
    band: row.band as Band | null,
    expected:
      row.expected_version_id && row.expected_manifest_hash
        ? {
            versionId: row.expected_version_id,
            label: labels.get(row.expected_version_id) ?? '',
            manifestHash: row.expected_manifest_hash,
          }
        : null,
    imageHash: row.image_hash,
    status: row.status as ConformityStatus,
    missing: jsonArray(row.missing),
    outdated: jsonArray(row.outdated),
    extra: jsonArray(row.extra),
    unknown: jsonArray(row.unknown),
    computedAt: new Date(row.computed_at).toISOString(),
  };
}

/** The order of the list: those needing re-imaging first, then by device id within a status. */
const statusOrder: readonly ConformityStatus[] = ['needs_reimaging', 'no_inventory', 'no_profile', 'conform'];

async function versionLabels(db: Executor, programmeId: string): Promise<Map<string, string>> {
  return new Map(
    (await listPublishedVersions(db, programmeId)).map((v) => [
      v.id,
      versionLabel(v.band, v.school_year_code, v.number),
    ]),
  );
}

export interface ConformityPage {
  items: ConformityItem[];
  nextCursor: string | null;
}

/**
 * One page of the judged devices, those needing re-imaging first. The key is (status rank,
 * device id): the page walks the statuses in rank order, each an index range, and stops as soon
 * as it holds `limit + 1` rows, so a page costs at most four short index reads.
 */
export async function listConformity(
  db: Executor,
  programmeId: string,
  f: ConformityFilter,
  page: { cursor?: string | undefined; limit: number },
  lang: Language = defaultLanguage,
): Promise<ConformityPage> {
  const after = decodeOptionalCursor(page.cursor, ['number', 'string'], lang);
  if (after && (after[0] < 0 || after[0] >= statusOrder.length)) throw invalidCursorError(lang);
  const rows: ConformityListRow[] = [];
  for (let rank = after?.[0] ?? 0; rank < statusOrder.length && rows.length <= page.limit; rank++) {
    const status = statusOrder[rank]!;
    if (f.status && f.status !== status) continue;
    const afterDeviceId = after && rank === after[0] ? after[1] : undefined;
    rows.push(
      ...(await listConformityRows(
        db,
        programmeId,
        { ...f, status },
        { afterDeviceId, limit: page.limit + 1 - rows.length },
      )),
    );
  }
  const { rows: shown, nextCursor } = keysetPage(rows, page.limit, (r) => [
    statusOrder.indexOf(r.status as ConformityStatus),
    r.device_id,
  ]);
  const labels = shown.length > 0 ? await versionLabels(db, programmeId) : new Map<string, string>();
  return { items: shown.map((r) => toItem(r, labels)), nextCursor };
}

/** The conformity of the given devices, by device id (a device not judged has none). */
export async function conformityOfDevices(
  db: Executor,
  programmeId: string,
  deviceIds: readonly string[],
): Promise<Map<string, ConformityItem>> {
  const rows = await listConformityRowsOfDevices(db, programmeId, deviceIds);
  const labels = rows.length > 0 ? await versionLabels(db, programmeId) : new Map<string, string>();
  return new Map(rows.map((r) => [r.device_id, toItem(r, labels)]));
}

/** "Recalculer maintenant": recomputes everything in the caller's transaction, with an audit line. */
export async function recomputeConformityNow(trx: Executor, programmeId: string, actor: AuditActor): Promise<number> {
  const judged = await recomputeConformity(trx, programmeId);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'conformity',
    entityId: null,
    action: 'recomputed',
    summary: { judged },
  });
  return judged;
}
