import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import {
  type ContactInput,
  type HouseholdLanguage,
  checkCommune,
  distinctGuardians,
  keyContacts,
  validationFailed,
} from './household-input.js';
import { findCampaignHolds } from './household-holds.repository.js';
import {
  type HouseholdPatch,
  type HouseholdRow,
  findHouseholdById,
  replaceContacts,
  replaceGuardians,
  updateHouseholdRow,
} from './households.repository.js';
import { type HouseholdMessages, householdMessages } from './households.messages.js';
import { type Household, getHousehold, requireHouseholdRow } from './households.service.js';

export interface HouseholdChanges {
  guardians?: { firstName?: string | null | undefined; lastName: string }[] | undefined;
  contacts?: ContactInput[] | undefined;
  addressLine?: string | null | undefined;
  postalCode?: string | null | undefined;
  communeInsee?: string | null | undefined;
  preferredLanguage?: HouseholdLanguage | null | undefined;
  noComputerAtHome?: boolean | undefined;
  priorityNeighbourhood?: boolean | undefined;
}

/** A merged or erased household is read-only: 409 naming the household to change instead. */
export async function assertEditable(
  db: Executor,
  programmeId: string,
  row: HouseholdRow,
  m: HouseholdMessages,
): Promise<void> {
  if (row.anonymised_at) throw new AppError('CONFLICT', { detail: m.household_anonymised });
  if (row.merged_into_id) {
    const target = await findHouseholdById(db, programmeId, row.merged_into_id);
    throw new AppError('CONFLICT', { detail: format(m.household_merged, { reference: target?.reference ?? '?' }) });
  }
}

/**
 * Changes a household's guardians, contacts, address, language or flags. Guardians and contacts,
 * when given, replace the current ones. Every bad field is reported at once and nothing changes.
 * The audit trail records which fields changed, never their values (names, phones, addresses).
 */
export async function updateHousehold(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  changes: HouseholdChanges,
  lang: Language = defaultLanguage,
): Promise<Household> {
  const m = householdMessages(lang);
  const row = await requireHouseholdRow(trx, programmeId, id);
  await assertEditable(trx, programmeId, row, m);
  const programme = await getProgramme(trx, programmeId);
  const errors: FieldError[] = [];
  const contacts = changes.contacts && keyContacts(changes.contacts, programme.country, m, errors);
  const pick = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
  const next = {
    address_line: pick(changes.addressLine, row.address_line),
    postal_code: pick(changes.postalCode, row.postal_code),
    commune_insee: pick(changes.communeInsee, row.commune_insee),
    preferred_language: pick(changes.preferredLanguage, row.preferred_language),
    no_computer_at_home:
      changes.noComputerAtHome === undefined ? row.no_computer_at_home : Number(changes.noComputerAtHome),
    priority_neighbourhood:
      changes.priorityNeighbourhood === undefined ? row.priority_neighbourhood : Number(changes.priorityNeighbourhood),
  } satisfies HouseholdPatch;
  const changed: string[] = (Object.keys(next) as (keyof typeof next)[]).filter(
    (k) => next[k] !== row[k] && !(typeof row[k] === 'number' && Number(row[k]) === next[k]),
  );
  if (changed.includes('commune_insee') || changed.includes('postal_code')) {
    await checkCommune(trx, programmeId, { communeInsee: next.commune_insee, postalCode: next.postal_code }, m, errors);
  }
  if (errors.length > 0) throw validationFailed(errors);

  const now = nowIso();
  if (changes.guardians) {
    const guardians = distinctGuardians(changes.guardians);
    await replaceGuardians(
      trx,
      programmeId,
      id,
      guardians.map((g, i) => ({
        id: newId(),
        programme_id: programmeId,
        household_id: id,
        position: i + 1,
        first_name: g.firstName ?? null,
        last_name: g.lastName,
        created_at: now,
      })),
    );
    changed.push('guardians');
  }
  if (contacts) {
    await replaceContacts(
      trx,
      programmeId,
      id,
      // One millisecond apart: contacts are listed in the order the person gave them.
      contacts.map((c, i) => ({
        id: newId(),
        programme_id: programmeId,
        household_id: id,
        kind: c.kind,
        value: c.value,
        value_key: c.key,
        created_at: new Date(Date.parse(now) + i).toISOString(),
      })),
    );
    changed.push('contacts');
  }
  if (changed.length === 0) return getHousehold(trx, programmeId, id);
  await updateHouseholdRow(trx, programmeId, id, { ...next, updated_at: now });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household',
    entityId: id,
    action: 'updated',
    summary: {
      reference: row.reference,
      fields: changed,
      ...(changes.guardians ? { guardianCount: distinctGuardians(changes.guardians).length } : {}),
      ...(contacts ? { contactCount: contacts.length } : {}),
    },
  });
  return getHousehold(trx, programmeId, id);
}

/**
 * Records that the family does not want the pack (the campaigns module reads declined_at).
 * Refused once the pack was handed over, and while a device is reserved for the household (the
 * reservation is released first, by whoever manages the campaign). The reason stays with the
 * household; the audit trail only says that one was given.
 */
export async function declineHousehold(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  input: { reason: string },
  lang: Language = defaultLanguage,
): Promise<Household> {
  const m = householdMessages(lang);
  const row = await requireHouseholdRow(trx, programmeId, id);
  await assertEditable(trx, programmeId, row, m);
  if (row.declined_at) throw new AppError('HOUSEHOLD_DECLINED', { detail: m.already_declined });
  const holds = await findCampaignHolds(trx, programmeId, id);
  if (holds.handovers > 0) throw new AppError('HOUSEHOLD_ALREADY_SERVED', { detail: m.decline_after_handover });
  if (holds.reservedAllocations > 0) throw new AppError('CONFLICT', { detail: m.decline_with_reservation });
  const now = nowIso();
  await updateHouseholdRow(trx, programmeId, id, { declined_at: now, decline_reason: input.reason, updated_at: now });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household',
    entityId: id,
    action: 'declined',
    summary: { reference: row.reference, reasonGiven: input.reason.length > 0 },
  });
  return getHousehold(trx, programmeId, id);
}

/** The family wants the pack after all: the refusal and its reason are cleared. */
export async function undeclineHousehold(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  lang: Language = defaultLanguage,
): Promise<Household> {
  const m = householdMessages(lang);
  const row = await requireHouseholdRow(trx, programmeId, id);
  await assertEditable(trx, programmeId, row, m);
  if (!row.declined_at) throw new AppError('CONFLICT', { detail: m.not_declined });
  await updateHouseholdRow(trx, programmeId, id, { declined_at: null, decline_reason: null, updated_at: nowIso() });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household',
    entityId: id,
    action: 'undeclined',
    summary: { reference: row.reference },
  });
  return getHousehold(trx, programmeId, id);
}
