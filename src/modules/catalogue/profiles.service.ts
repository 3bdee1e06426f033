import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { toWallClock } from '../../platform/time/local-time.js';
import type { Programme } from '../programmes/programmes.model.js';
import { pickCurrentSchoolYear } from '../schools/school-year-rules.js';
import { type SchoolYear, listSchoolYears } from '../schools/school-years.service.js';
import { type Band, bands } from './catalogue-codes.js';
import { openDraft } from './profile-drafts.js';
import { profilesMessages } from './profiles.messages.js';
import {
  type ProfileViewRow,
  findNewestVersionForBand,
  findProfileView,
  findPublishedVersionForBand,
  listProfileViews,
  listVersionsOfProfiles,
} from './profiles.repository.js';
import {
  type Diff,
  type Version,
  type VersionSummary,
  diffBetween,
  getVersion,
  toVersionSummary,
} from './versions.service.js';

export interface Profile {
  id: string;
  band: Band;
  schoolYear: { id: string; code: string };
  published: VersionSummary | null;
  open: VersionSummary | null;
  versions: VersionSummary[];
}

export interface BandChanges {
  band: Band;
  current: { schoolYear: { id: string; code: string } | null; version: Version | null };
  next: {
    schoolYear: { id: string; code: string } | null;
    version: Version | null;
    status: Version['status'] | 'none';
  };
  diff: Diff | null;
}

const yearRef = (y: SchoolYear) => ({ id: y.id, code: y.code });

/** The current school year (see pickCurrentSchoolYear) and the one starting after it. */
async function currentAndNextYears(
  db: Executor,
  programme: Programme,
): Promise<{ years: SchoolYear[]; current: SchoolYear | undefined; next: SchoolYear | undefined }> {
  const years = await listSchoolYears(db, programme.id);
  const today = toWallClock(new Date().toISOString(), programme.timeZone).date;
  const current = pickCurrentSchoolYear(years, today);
  const next = current
    ? [...years].sort((a, b) => a.startsOn.localeCompare(b.startsOn)).find((y) => y.startsOn > current.startsOn)
    : undefined;
  return { years, current, next };
}

async function toProfiles(db: Executor, programmeId: string, rows: ProfileViewRow[]): Promise<Profile[]> {
  const versions = await listVersionsOfProfiles(
    db,
    programmeId,
    rows.map((r) => r.id),
  );
  return rows.map((p) => {
    const own = versions.filter((v) => v.profile_id === p.id);
    const summaries = own.map((v) => toVersionSummary(v, Number(v.resource_count ?? 0)));
    return {
      id: p.id,
      band: p.band as Band,
      schoolYear: { id: p.school_year_id, code: p.school_year_code },
      published: summaries.find((v) => v.status === 'published') ?? null,
      open: summaries.find((v) => v.status !== 'published') ?? null,
      versions: summaries,
    };
  });
}

/** The profiles of one school year, or by default of the current and the next one. */
export async function listProfiles(
  db: Executor,
  programme: Programme,
  schoolYearId: string | undefined,
  lang: Language,
): Promise<{ schoolYears: { id: string; code: string; current: boolean }[]; items: Profile[] }> {
  const { years, current, next } = await currentAndNextYears(db, programme);
  let chosen: SchoolYear[];
  if (schoolYearId) {
    const year = years.find((y) => y.id === schoolYearId);
    if (!year) throw schoolYearNotFound('query.schoolYearId', lang);
    chosen = [year];
  } else {
    chosen = [current, next].filter((y): y is SchoolYear => y !== undefined);
  }
  const rows = await listProfileViews(
    db,
    programme.id,
    chosen.map((y) => y.id),
  );
  return {
    schoolYears: chosen.map((y) => ({ ...yearRef(y), current: y.id === current?.id })),
    items: await toProfiles(db, programme.id, rows),
  };
}

function schoolYearNotFound(field: string, lang: Language): AppError {
  const message = profilesMessages(lang).school_year_not_found;
  return new AppError('NOT_FOUND', { detail: message, fields: [{ field, code: 'not_found', message }] });
}

export async function getProfile(db: Executor, programmeId: string, profileId: string): Promise<Profile> {
  const row = await findProfileView(db, programmeId, profileId);
  if (!row) throw new AppError('CATALOGUE_PROFILE_NOT_FOUND');
  const [profile] = await toProfiles(db, programmeId, [row]);
  return profile!;
}

/** Creates the profile of a band and school year with its first draft (or returns the existing one). */
export async function createProfile(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { band: Band; schoolYearId: string },
  lang: Language,
): Promise<Profile> {
  const years = await listSchoolYears(trx, programmeId);
  if (!years.some((y) => y.id === input.schoolYearId)) throw schoolYearNotFound('body.schoolYearId', lang);
  const { profileId, version } = await openDraft(trx, programmeId, input.band, input.schoolYearId);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'catalogue_profile',
    entityId: profileId,
    action: 'opened',
    summary: { band: input.band, schoolYearId: input.schoolYearId, versionId: version.id },
  });
  return getProfile(trx, programmeId, profileId);
}

async function bandChanges(
  db: Executor,
  programme: Programme,
  band: Band,
  years: { current: SchoolYear | undefined; next: SchoolYear | undefined },
  lang: Language,
): Promise<BandChanges> {
  const { current, next } = years;
  const currentRow = current ? await findPublishedVersionForBand(db, programme.id, band, current.id) : undefined;
  const nextRow = next ? await findNewestVersionForBand(db, programme.id, band, next.id) : undefined;
  return {
    band,
    current: {
      schoolYear: current ? yearRef(current) : null,
      version: currentRow ? await getVersion(db, programme.id, currentRow.id) : null,
    },
    next: {
      schoolYear: next ? yearRef(next) : null,
      version: nextRow ? await getVersion(db, programme.id, nextRow.id) : null,
      status: nextRow ? (nextRow.status as Version['status']) : 'none',
    },
    diff: nextRow ? await diffBetween(db, programme, currentRow ?? null, nextRow, lang) : null,
  };
}

/**
 * For the teachers' page "this year / next year": per band, the version published for the
 * current school year, the newest version of next year's profile, and what changes between them.
 */
export async function getChanges(
  db: Executor,
  programme: Programme,
  band: Band | undefined,
  lang: Language,
): Promise<BandChanges | BandChanges[]> {
  const years = await currentAndNextYears(db, programme);
  if (band) return bandChanges(db, programme, band, years, lang);
  const out: BandChanges[] = [];
  for (const b of bands) out.push(await bandChanges(db, programme, b, years, lang));
  return out;
}
