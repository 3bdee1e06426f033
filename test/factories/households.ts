import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { emailKey, nameKey, phoneKey } from '../../src/modules/households/contact-keys.js';
import { newHouseholdReference } from '../../src/modules/households/household-reference.js';

let counter = 0;

/**
 * A school year of the programme, "2026-2027" by default (1 September to 31 August). Calling it
 * again with the same code returns the same year.
 */
export async function makeSchoolYear(
  db: Executor,
  programmeId: string,
  code = '2026-2027',
): Promise<{ id: string; code: string; startsOn: string; endsOn: string }> {
  const existing = await db
    .selectFrom('school_years')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (existing) return { id: existing.id, code, startsOn: existing.starts_on, endsOn: existing.ends_on };
  const first = Number(/^(\d{4})/.exec(code)?.[1] ?? 2026);
  const row = {
    id: newId(),
    programme_id: programmeId,
    code,
    starts_on: `${first}-09-01`,
    ends_on: `${first + 1}-08-31`,
    created_at: nowIso(),
  };
  await db.insertInto('school_years').values(row).execute();
  return { id: row.id, code, startsOn: row.starts_on, endsOn: row.ends_on };
}

export interface HouseholdOverrides {
  guardians?: { firstName?: string | null; lastName: string }[];
  /** Phones are keyed as French numbers; a value that is not a phone or e-mail keeps itself as key. */
  contacts?: { kind: 'phone' | 'email'; value: string }[];
  addressLine?: string | null;
  postalCode?: string | null;
  communeInsee?: string | null;
  preferredLanguage?: string | null;
  noComputerAtHome?: boolean;
  priorityNeighbourhood?: boolean;
  registeredAt?: string;
  declinedAt?: string | null;
  declineReason?: string | null;
  mergedIntoId?: string | null;
  anonymisedAt?: string | null;
}

/** A household with its guardians and contacts, inserted directly (no audit event). */
export async function makeHousehold(
  db: Executor,
  programmeId: string,
  o: HouseholdOverrides = {},
): Promise<{ id: string; reference: string }> {
  counter += 1;
  const now = nowIso();
  const id = newId();
  const reference = await newHouseholdReference(db, programmeId);
  await db
    .insertInto('households')
    .values({
      id,
      programme_id: programmeId,
      reference,
      address_line: o.addressLine === undefined ? `${counter} rue des Tilleuls` : o.addressLine,
      postal_code: o.postalCode === undefined ? '25000' : o.postalCode,
      commune_insee: o.communeInsee ?? null,
      preferred_language: o.preferredLanguage === undefined ? 'fr' : o.preferredLanguage,
      no_computer_at_home: o.noComputerAtHome ? 1 : 0,
      priority_neighbourhood: o.priorityNeighbourhood ? 1 : 0,
      registered_at: o.registeredAt ?? now,
      declined_at: o.declinedAt ?? null,
      decline_reason: o.declineReason ?? null,
      merged_into_id: o.mergedIntoId ?? null,
      anonymised_at: o.anonymisedAt ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const guardians = o.guardians ?? [{ firstName: 'Camille', lastName: `Famille${counter}` }];
  for (const [i, g] of guardians.entries()) {
    await db
      .insertInto('household_guardians')
      .values({
        id: newId(),
        programme_id: programmeId,
        household_id: id,
        position: i + 1,
        first_name: g.firstName ?? null,
        last_name: g.lastName,
        created_at: now,
      })
      .execute();
  }
  for (const [i, c] of (o.contacts ?? []).entries()) {
    const key = (c.kind === 'phone' ? phoneKey(c.value, 'FR') : emailKey(c.value)) ?? c.value;
    await db
      .insertInto('household_contacts')
      .values({
        id: newId(),
        programme_id: programmeId,
        household_id: id,
        kind: c.kind,
        value: c.value,
        value_key: key,
        created_at: new Date(Date.parse(now) + i).toISOString(),
      })
      .execute();
  }
  return { id, reference };
}

export interface PupilOptions {
  schoolId: string;
  schoolYearId: string;
  householdId?: string | null;
  firstName?: string;
  lastName?: string;
  grade?: string;
  className?: string | null;
  birthDate?: string | null;
  /** Unique per programme, year and school; derived from the names and a counter by default. */
  matchKey?: string;
}

/** A pupil, inserted directly (no audit event). */
export async function makePupil(
  db: Executor,
  programmeId: string,
  o: PupilOptions,
): Promise<{ id: string; firstName: string; lastName: string }> {
  counter += 1;
  const now = nowIso();
  const firstName = o.firstName ?? `Élève${counter}`;
  const lastName = o.lastName ?? `Nom${counter}`;
  const id = newId();
  await db
    .insertInto('pupils')
    .values({
      id,
      programme_id: programmeId,
      school_year_id: o.schoolYearId,
      school_id: o.schoolId,
      household_id: o.householdId ?? null,
      first_name: firstName,
      last_name: lastName,
      birth_date: o.birthDate ?? null,
      grade: o.grade ?? 'CE2',
      class_name: o.className === undefined ? 'CE2 A' : o.className,
      match_key: o.matchKey ?? `${nameKey(lastName)}|${nameKey(firstName)}|${counter}`,
      row_hash: `factory-${counter}`,
      last_import_id: null,
      anonymised_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, firstName, lastName };
}

/**
 * A campaign of the school year and a handover of a handed-over device to the household:
 * the minimum that ties a household to a campaign (inserted directly).
 */
export async function makeHandoverFor(
  db: Executor,
  programmeId: string,
  o: { householdId: string; schoolYearId: string },
): Promise<{ campaignId: string; handoverId: string; deviceId: string }> {
  const now = nowIso();
  const campaignId = newId();
  await db
    .insertInto('campaigns')
    .values({
      id: campaignId,
      programme_id: programmeId,
      school_year_id: o.schoolYearId,
      name: 'Campagne de test',
      cohort_grade: 'CE2',
      starts_on: '2026-09-01',
      ends_on: '2026-12-20',
      status: 'open',
      priority_rules: '["registered_at"]',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const deviceId = newId();
  const tag = `HH-${String(counter).padStart(6, '0')}-${deviceId.slice(-4)}`;
  await db
    .insertInto('devices')
    .values({
      id: deviceId,
      programme_id: programmeId,
      asset_tag: tag,
      kind: 'laptop',
      make: null,
      model: null,
      serial: null,
      hardware_uuid: null,
      lot_id: null,
      holder_organisation_id: null,
      location: null,
      grade: null,
      grade_reasons: null,
      state: 'handed_over',
      state_since: now,
      latest_inventory_id: null,
      image_name: null,
      image_version: null,
      image_hash: null,
      outcome: null,
      manufactured_year: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const handoverId = newId();
  await db
    .insertInto('handovers')
    .values({
      id: handoverId,
      programme_id: programmeId,
      campaign_id: campaignId,
      household_id: o.householdId,
      pupil_id: null,
      device_id: deviceId,
      swap_reason: null,
      signer_name: 'Signataire',
      signature_kind: 'typed',
      signature_attachment_id: null,
      consent_text_version: '2026-1',
      agreement_pdf: Buffer.from('%PDF-1.4 test'),
      agreement_sha256: '0'.repeat(64),
      handed_over_by: 'factory',
      handed_over_at: now,
    })
    .execute();
  return { campaignId, handoverId, deviceId };
}
