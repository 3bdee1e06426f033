import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import type { OrganisationKind } from '../../platform/auth/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format, messages } from '../../platform/i18n/i18n.js';
import { findCommune } from './communes.repository.js';
import {
  type OrganisationRow,
  findOrganisationById,
  findOrganisationByUai,
  insertOrganisation,
  listOrganisations,
  updateOrganisationRow,
} from './organisations.repository.js';
import { authoriseOrganisationUpdate } from './organisations.policy.js';
import { checkDonorCategory, checkSiret } from './donor-fields.js';
import { checkPriorityArea, checkSchoolSector } from './school-fields.js';
import type { DonorCategory, SchoolSector } from './territory.schemas.js';
import { validateUai } from './uai.js';

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  uai: string | null;
  addressLine: string | null;
  postalCode: string | null;
  communeInsee: string | null;
  communeName: string | null;
  email: string | null;
  phone: string | null;
  siret: string | null;
  donorCategory: DonorCategory | null;
  schoolSector: SchoolSector | null;
  priorityArea: boolean | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    kind: row.kind as OrganisationKind,
    name: row.name,
    uai: row.uai,
    addressLine: row.address_line,
    postalCode: row.postal_code,
    communeInsee: row.commune_insee,
    communeName: row.commune_name,
    email: row.email,
    phone: row.phone,
    siret: row.siret,
    donorCategory: row.donor_category as DonorCategory | null,
    schoolSector: row.school_sector as SchoolSector | null,
    priorityArea: row.kind === 'school' ? row.priority_area === 1 : null,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface ContactFields {
  addressLine?: string | null | undefined;
  postalCode?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

/** Donors only: refused with a field error on any other kind. */
export interface DonorFields {
  siret?: string | null | undefined;
  donorCategory?: DonorCategory | null | undefined;
}

/** Schools only: refused with a field error on any other kind. */
export interface SchoolFields {
  schoolSector?: SchoolSector | null | undefined;
  priorityArea?: boolean | null | undefined;
}

export interface NewOrganisation extends ContactFields, DonorFields, SchoolFields {
  kind: OrganisationKind;
  name: string;
  uai?: string | null | undefined;
  communeInsee?: string | null | undefined;
}

export interface OrganisationChanges extends ContactFields, DonorFields, SchoolFields {
  name?: string | undefined;
  uai?: string | null | undefined;
  communeInsee?: string | null | undefined;
}

function invalid(field: FieldError): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [field] });
}

/**
 * UAI rules: required for a school, refused for any other kind, checked (format and check
 * letter). A wrong UAI is a VALIDATION_FAILED on `body.uai`, like every other field error, with
 * the code uai_format / uai_check_letter / uai_required / uai_not_allowed; the generic
 * INVALID_UAI code is not used, so that a form shows the message next to the field.
 */
function checkUai(kind: OrganisationKind, raw: string | null | undefined, lang: Language): string | null {
  const m = messages(lang).uai;
  const value = raw?.trim() ? raw : null;
  if (kind !== 'school') {
    if (value !== null) throw invalid({ field: 'body.uai', code: 'uai_not_allowed', message: m.not_allowed });
    return null;
  }
  if (value === null) throw invalid({ field: 'body.uai', code: 'uai_required', message: m.required });
  const result = validateUai(value);
  if (result.ok) return result.uai;
  if (result.code === 'uai_check_letter') {
    const digits = value.trim().slice(0, 7);
    throw invalid({
      field: 'body.uai',
      code: 'uai_check_letter',
      message: format(m.check_letter, { digits, expected: result.expected! }),
    });
  }
  throw invalid({ field: 'body.uai', code: 'uai_format', message: m.format });
}

async function assertUaiFree(
  db: Executor,
  programmeId: string,
  uai: string,
  exceptId: string | null,
  lang: Language,
): Promise<void> {
  const holder = await findOrganisationByUai(db, programmeId, uai);
  if (holder && holder.id !== exceptId) {
    throw new AppError('UAI_TAKEN', {
      fields: [{ field: 'body.uai', code: 'uai_taken', message: messages(lang).territory.uai_taken }],
    });
  }
}

async function assertCommuneOfProgramme(
  db: Executor,
  programmeId: string,
  inseeCode: string,
  lang: Language,
): Promise<void> {
  if (!(await findCommune(db, programmeId, inseeCode))) {
    throw new AppError('COMMUNE_NOT_FOUND', {
      fields: [
        { field: 'body.communeInsee', code: 'commune_not_found', message: messages(lang).territory.commune_not_found },
      ],
    });
  }
}

export async function getOrganisation(db: Executor, programmeId: string, id: string): Promise<Organisation> {
  const row = await findOrganisationById(db, programmeId, id);
  if (!row) throw new AppError('ORGANISATION_NOT_FOUND');
  return toOrganisation(row);
}

export interface OrganisationPage {
  items: Organisation[];
  nextCursor: string | null;
}

function encodeCursor(row: OrganisationRow): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { name: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // not JSON: refused below like any other malformed cursor
  }
  return undefined;
}

export async function listOrganisationPage(
  db: Executor,
  programmeId: string,
  query: {
    kind?: OrganisationKind | undefined;
    q?: string | undefined;
    limit: number;
    cursor?: string | undefined;
    includeArchived: boolean;
  },
  lang: Language = defaultLanguage,
): Promise<OrganisationPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (query.cursor && !after) {
    throw invalid({ field: 'query.cursor', code: 'invalid_cursor', message: messages(lang).validation.invalid });
  }
  const rows = await listOrganisations(db, programmeId, {
    kind: query.kind,
    q: query.q || undefined,
    includeArchived: query.includeArchived,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toOrganisation), nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}

export async function createOrganisation(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: NewOrganisation,
  lang: Language = defaultLanguage,
): Promise<Organisation> {
  const uai = checkUai(input.kind, input.uai, lang);
  const siret = checkSiret(input.kind, input.siret, lang);
  const donorCategory = checkDonorCategory(input.kind, input.donorCategory, lang);
  const schoolSector = checkSchoolSector(input.kind, input.schoolSector, lang);
  const priorityArea = checkPriorityArea(input.kind, input.priorityArea, lang);
  if (uai) await assertUaiFree(trx, programmeId, uai, null, lang);
  if (input.communeInsee) await assertCommuneOfProgramme(trx, programmeId, input.communeInsee, lang);
  const now = nowIso();
  const id = newId();
  await insertOrganisation(trx, {
    id,
    programme_id: programmeId,
    kind: input.kind,
    name: input.name.trim(),
    uai,
    address_line: input.addressLine ?? null,
    postal_code: input.postalCode ?? null,
    commune_insee: input.communeInsee ?? null,
    email: input.email?.toLowerCase() ?? null,
    phone: input.phone ?? null,
    siret,
    donor_category: donorCategory,
    school_sector: schoolSector,
    priority_area: priorityArea,
    archived_at: null,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'organisation',
    entityId: id,
    action: 'created',
    summary: {
      kind: input.kind,
      name: input.name.trim(),
      uai,
      communeInsee: input.communeInsee ?? null,
      ...(input.kind === 'donor' ? { siret, donorCategory } : {}),
      ...(input.kind === 'school' ? { schoolSector, priorityArea: priorityArea === 1 } : {}),
    },
  });
  return getOrganisation(trx, programmeId, id);
}

/** Changes an organisation after checking the actor may (see authoriseOrganisationUpdate). */
export async function updateOrganisation(
  trx: Executor,
  programmeId: string,
  actor: UserActor,
  id: string,
  changes: OrganisationChanges,
  lang: Language = defaultLanguage,
): Promise<Organisation> {
  const current = await getOrganisation(trx, programmeId, id);
  const auditActor = authoriseOrganisationUpdate(actor, programmeId, id, changes, lang);
  return applyOrganisationChanges(trx, programmeId, auditActor, current, changes, lang);
}

/** The update without the policy check: for trusted callers (seed, command line). */
export async function applyOrganisationChanges(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  current: Organisation,
  changes: OrganisationChanges,
  lang: Language = defaultLanguage,
): Promise<Organisation> {
  const uai = changes.uai === undefined ? current.uai : checkUai(current.kind, changes.uai, lang);
  const siret = changes.siret === undefined ? current.siret : checkSiret(current.kind, changes.siret, lang);
  const donorCategory =
    changes.donorCategory === undefined
      ? current.donorCategory
      : checkDonorCategory(current.kind, changes.donorCategory, lang);
  const currentPriorityArea = current.priorityArea === null ? null : current.priorityArea ? 1 : 0;
  const schoolSector =
    changes.schoolSector === undefined
      ? current.schoolSector
      : checkSchoolSector(current.kind, changes.schoolSector, lang);
  const priorityArea =
    changes.priorityArea === undefined
      ? currentPriorityArea
      : checkPriorityArea(current.kind, changes.priorityArea, lang);
  if (uai && uai !== current.uai) await assertUaiFree(trx, programmeId, uai, current.id, lang);
  if (changes.communeInsee) await assertCommuneOfProgramme(trx, programmeId, changes.communeInsee, lang);
  const next = {
    name: changes.name?.trim() ?? current.name,
    uai,
    address_line: changes.addressLine === undefined ? current.addressLine : changes.addressLine,
    postal_code: changes.postalCode === undefined ? current.postalCode : changes.postalCode,
    commune_insee: changes.communeInsee === undefined ? current.communeInsee : changes.communeInsee,
    email: changes.email === undefined ? current.email : (changes.email?.toLowerCase() ?? null),
    phone: changes.phone === undefined ? current.phone : changes.phone,
    siret,
    donor_category: donorCategory,
    school_sector: schoolSector,
    priority_area: priorityArea,
  };
  const before = {
    name: current.name,
    uai: current.uai,
    address_line: current.addressLine,
    postal_code: current.postalCode,
    commune_insee: current.communeInsee,
    email: current.email,
    phone: current.phone,
    siret: current.siret,
    donor_category: current.donorCategory,
    school_sector: current.schoolSector,
    priority_area: currentPriorityArea,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k]);
  if (changed.length === 0) return current;
  await updateOrganisationRow(trx, programmeId, current.id, { ...next, updated_at: nowIso() });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'organisation',
    entityId: current.id,
    action: 'updated',
    summary: { changes: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: next[k] }])) },
  });
  return getOrganisation(trx, programmeId, current.id);
}

/** Archives an organisation (it leaves lists, its history stays). Archiving twice changes nothing. */
export async function archiveOrganisation(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
): Promise<Organisation> {
  const current = await getOrganisation(trx, programmeId, id);
  if (current.archivedAt) return current;
  const now = nowIso();
  await updateOrganisationRow(trx, programmeId, id, { archived_at: now, updated_at: now });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'organisation',
    entityId: id,
    action: 'archived',
    summary: { name: current.name },
  });
  return getOrganisation(trx, programmeId, id);
}
