import { createHash } from 'node:crypto';
import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { uaiCheckLetter } from '../../src/modules/territory/uai.js';
import { recordDeviceEvent } from '../../src/modules/devices/device-events.js';
import { makeDevice } from './devices.js';

/**
 * Rows of the campaign, distribution, handover, loan and grant tables for the schools and
 * privacy tests, inserted directly: those modules are built in parallel, and these tests are
 * about reading and erasing the rows, not about how they were made.
 */

let counter = 0;
const next = () => (counter += 1);

/** A school with a valid UAI (department 025), public, not in a priority area unless asked. */
export async function makeSchool(
  db: Executor,
  programmeId: string,
  o: { name?: string; sector?: 'public' | 'private' | null; priorityArea?: boolean; communeInsee?: string | null } = {},
): Promise<{ id: string; name: string; uai: string }> {
  const n = next();
  const digits = `025${String(n % 10000).padStart(4, '0')}`;
  const uai = `${digits}${uaiCheckLetter(digits)}`;
  const now = nowIso();
  const row = {
    id: newId(),
    programme_id: programmeId,
    kind: 'school',
    name: o.name ?? `École ${n}`,
    uai,
    address_line: null,
    postal_code: null,
    commune_insee: o.communeInsee ?? null,
    email: null,
    phone: null,
    school_sector: o.sector === undefined ? 'public' : o.sector,
    priority_area: o.priorityArea ? 1 : 0,
    archived_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('organisations').values(row).execute();
  return { id: row.id, name: row.name, uai };
}

export async function makeCampaign(
  db: Executor,
  programmeId: string,
  o: { schoolYearId: string; schoolIds: string[]; cohortGrade?: string; name?: string },
): Promise<{ id: string }> {
  const now = nowIso();
  const id = newId();
  await db
    .insertInto('campaigns')
    .values({
      id,
      programme_id: programmeId,
      school_year_id: o.schoolYearId,
      name: o.name ?? `Campagne ${next()}`,
      cohort_grade: o.cohortGrade ?? 'CE2',
      starts_on: '2026-09-01',
      ends_on: '2026-12-31',
      status: 'open',
      priority_rules: JSON.stringify(['no_computer_at_home', 'registered_at']),
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const schoolId of o.schoolIds) {
    await db
      .insertInto('campaign_schools')
      .values({ campaign_id: id, school_id: schoolId, programme_id: programmeId })
      .execute();
  }
  return { id };
}

export async function addToCampaign(
  db: Executor,
  programmeId: string,
  o: { campaignId: string; householdId: string; schoolId: string; status?: string },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('campaign_households')
    .values({
      id: newId(),
      programme_id: programmeId,
      campaign_id: o.campaignId,
      household_id: o.householdId,
      school_id: o.schoolId,
      status: o.status ?? 'eligible',
      rank: null,
      rank_reasons: null,
      invitation_code: `T${String(next()).padStart(7, '0')}`,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** A distribution event with one slot, and an appointment of the household in it. */
export async function makeAppointment(
  db: Executor,
  programmeId: string,
  o: { campaignId: string; householdId: string; startsAt?: string; status?: string; placeName?: string },
): Promise<{ id: string; startsAt: string }> {
  const now = nowIso();
  const eventId = newId();
  const slotId = newId();
  const startsAt = o.startsAt ?? '2026-10-03T08:00:00.000Z';
  const endsAt = new Date(Date.parse(startsAt) + 30 * 60_000).toISOString();
  await db
    .insertInto('distribution_events')
    .values({
      id: eventId,
      programme_id: programmeId,
      campaign_id: o.campaignId,
      school_id: null,
      place_name: o.placeName ?? 'Gymnase des Tilleuls',
      address_line: null,
      commune_insee: null,
      date: startsAt.slice(0, 10),
      notes: null,
      created_at: now,
    })
    .execute();
  await db
    .insertInto('distribution_slots')
    .values({
      id: slotId,
      programme_id: programmeId,
      event_id: eventId,
      starts_at: startsAt,
      ends_at: endsAt,
      capacity: 10,
      booked: 1,
    })
    .execute();
  const id = newId();
  await db
    .insertInto('appointments')
    .values({
      id,
      programme_id: programmeId,
      campaign_id: o.campaignId,
      household_id: o.householdId,
      slot_id: slotId,
      status: o.status ?? 'booked',
      booked_by: 'factory',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, startsAt };
}

export async function makeAttachment(
  db: Executor,
  programmeId: string,
  o: { ownerType: string; ownerId: string; bytes?: Buffer },
): Promise<{ id: string }> {
  const bytes = o.bytes ?? Buffer.from('%PDF-1.4 proof of subscription');
  const id = newId();
  await db
    .insertInto('attachments')
    .values({
      id,
      programme_id: programmeId,
      owner_type: o.ownerType,
      owner_id: o.ownerId,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      file_name: 'preuve.pdf',
      media_type: 'application/pdf',
      size: bytes.length,
      content: bytes,
      created_by: 'factory',
      created_at: nowIso(),
    })
    .execute();
  return { id };
}

export interface PackRows {
  deviceId: string;
  assetTag: string;
  handoverId: string;
  loanId: string;
  cardId: string;
  claimId: string;
  signatureAttachmentId: string;
  proofAttachmentId: string;
}

/**
 * What a handover leaves behind: a device handed over, the handover with its signed agreement
 * and drawn signature, a loan (active or ended), its events, a workshop card with its ledger,
 * and a grant claim with a proof.
 */
export async function makeHandedOverPack(
  db: Executor,
  programmeId: string,
  o: {
    campaignId: string;
    householdId: string;
    pupilId?: string | null;
    signerName: string;
    handedOverAt?: string;
    loan?: { status: string; endedAt: string | null };
  },
): Promise<PackRows> {
  const device = await makeDevice(db, programmeId, { state: 'handed_over' });
  const now = nowIso();
  const handoverId = newId();
  const signature = await makeAttachment(db, programmeId, {
    ownerType: 'handover_signature',
    ownerId: handoverId,
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
  });
  const agreement = Buffer.from(`%PDF-1.4 agreement signed by ${o.signerName}`);
  await db
    .insertInto('handovers')
    .values({
      id: handoverId,
      programme_id: programmeId,
      campaign_id: o.campaignId,
      household_id: o.householdId,
      pupil_id: o.pupilId ?? null,
      device_id: device.id,
      swap_reason: null,
      signer_name: o.signerName,
      signature_kind: 'drawn',
      signature_attachment_id: signature.id,
      consent_text_version: '2026-1',
      agreement_pdf: agreement,
      agreement_sha256: createHash('sha256').update(agreement).digest('hex'),
      handed_over_by: 'factory',
      handed_over_at: o.handedOverAt ?? now,
    })
    .execute();
  await recordDeviceEvent(db, programmeId, {
    deviceId: device.id,
    kind: 'transition',
    actor: { userId: null, label: 'factory', role: null },
    station: 'handover',
    fromState: 'allocated',
    toState: 'handed_over',
    details: { handoverId },
  });
  const loanId = newId();
  await db
    .insertInto('loans')
    .values({
      id: loanId,
      programme_id: programmeId,
      household_id: o.householdId,
      pupil_id: o.pupilId ?? null,
      device_id: device.id,
      handover_id: handoverId,
      status: o.loan?.status ?? 'active',
      starts_on: (o.handedOverAt ?? now).slice(0, 10),
      ends_on: '2029-07-04',
      ended_at: o.loan?.endedAt ?? null,
      end_reason: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('loan_events')
    .values({
      id: newId(),
      programme_id: programmeId,
      loan_id: loanId,
      kind: 'started',
      details: null,
      actor_label: 'factory',
      occurred_at: now,
    })
    .execute();
  const cardId = newId();
  await db
    .insertInto('cards')
    .values({
      id: cardId,
      programme_id: programmeId,
      household_id: o.householdId,
      handover_id: handoverId,
      number: `C${String(next()).padStart(9, '0')}`,
      pin_hash: 'scrypt$factory',
      hours_per_credit: 2,
      valid_until: '2028-10-03',
      status: 'active',
      replaced_by_id: null,
      replaces_id: null,
      credits_available: 6,
      credits_held: 0,
      ledger_entries: 1,
      lost_at: null,
      lost_reason: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('card_ledger')
    .values({
      id: newId(),
      programme_id: programmeId,
      card_id: cardId,
      sequence: 1,
      kind: 'issued',
      credits: 6,
      reference_id: handoverId,
      idempotency_key: null,
      note: null,
      actor_label: 'factory',
      created_at: now,
    })
    .execute();
  const claimId = newId();
  const proof = await makeAttachment(db, programmeId, { ownerType: 'grant_proof', ownerId: claimId });
  await db
    .insertInto('grant_claims')
    .values({
      id: claimId,
      programme_id: programmeId,
      handover_id: handoverId,
      household_id: o.householdId,
      amount_minor: 6000,
      currency: 'EUR',
      status: 'approved',
      proof_attachment_id: proof.id,
      provider_name: 'Fibre Comtoise',
      decision_reason: null,
      decided_by: 'factory',
      decided_at: now,
      payment_batch_id: null,
      paid_at: null,
      created_by: 'factory',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return {
    deviceId: device.id,
    assetTag: device.asset_tag,
    handoverId,
    loanId,
    cardId,
    claimId,
    signatureAttachmentId: signature.id,
    proofAttachmentId: proof.id,
  };
}
