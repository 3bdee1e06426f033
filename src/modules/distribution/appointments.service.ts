import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { findReservedAllocation } from '../campaigns/allocations.repository.js';
import { findCampaignHousehold, setCampaignHouseholdStatus } from '../campaigns/campaign-households.js';
import type { Programme } from '../programmes/programmes.model.js';
import {
  type AppointmentViewRow,
  findAppointmentView,
  findBookedAppointment,
  firstGuardianNames,
  insertAppointment,
  listAppointmentViews,
  updateBookedAppointment,
  wasInvited,
} from './appointments.repository.js';
import { requireBookableHousehold } from './bookable-household.js';
import { assertCampaignOpen, requireCampaign } from './campaign-guard.js';
import { distributionMessages } from './distribution.messages.js';
import type { appointmentStatuses } from './distribution.schemas.js';
import { claimSeat, findSlotById, releaseSeat } from './events.repository.js';
import { requireEvent } from './events.service.js';
import { toWallClock } from '../../platform/time/local-time.js';
import { type SchoolReach, reachesSchool } from './school-reach.js';

export type AppointmentStatus = (typeof appointmentStatuses)[number];

export interface Appointment {
  id: string;
  campaignId: string;
  householdId: string;
  householdReference: string;
  guardianName: string | null;
  schoolId: string;
  slotId: string;
  eventId: string;
  placeName: string;
  date: string;
  startsAt: string;
  endsAt: string;
  startTime: string;
  endTime: string;
  status: AppointmentStatus;
  createdAt: string;
  updatedAt: string;
}

function toAppointment(row: AppointmentViewRow, guardianName: string | null, timeZone: string): Appointment {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    householdId: row.household_id,
    householdReference: row.household_reference,
    guardianName,
    schoolId: row.school_id,
    slotId: row.slot_id,
    eventId: row.event_id,
    placeName: row.place_name,
    date: row.date,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    startTime: toWallClock(row.starts_at, timeZone).time,
    endTime: toWallClock(row.ends_at, timeZone).time,
    status: row.status as AppointmentStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function present(db: Executor, programme: Programme, rows: AppointmentViewRow[]): Promise<Appointment[]> {
  const names = await firstGuardianNames(
    db,
    programme.id,
    rows.map((r) => r.household_id),
  );
  return rows.map((r) => toAppointment(r, names.get(r.household_id) ?? null, programme.timeZone));
}

async function presentOne(db: Executor, programme: Programme, id: string): Promise<Appointment> {
  const row = await findAppointmentView(db, programme.id, id);
  if (!row) throw new AppError('APPOINTMENT_NOT_FOUND');
  const [appointment] = await present(db, programme, [row]);
  return appointment!;
}

/** A slot of the campaign the person reaches (another school's event: 404, like a missing slot). */
async function requireSlotOfCampaign(
  db: Executor,
  programmeId: string,
  slotId: string,
  campaignId: string,
  reach: SchoolReach,
  lang: Language,
): Promise<void> {
  const slot = await findSlotById(db, programmeId, slotId);
  if (!slot) throw new AppError('SLOT_NOT_FOUND');
  const event = await requireEvent(db, programmeId, slot.event_id, reach).catch(() => {
    throw new AppError('SLOT_NOT_FOUND');
  });
  if (event.campaign_id !== campaignId) {
    const message = distributionMessages(lang).slot_not_in_campaign;
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.slotId', code: 'slot_not_in_campaign', message }],
    });
  }
}

export interface BookAppointmentInput {
  campaignId: string;
  householdId: string;
  slotId: string;
}

/**
 * Books a seat for a household. The seat is taken first, with the conditional UPDATE (the first
 * write also takes SQLite's write lock, so a second process waits instead of reading a stale
 * state); any refusal after it rolls the whole transaction back and gives the seat back.
 */
export async function bookAppointment(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: SchoolReach,
  input: BookAppointmentInput,
  lang: Language,
): Promise<Appointment> {
  const claimed = await claimSeat(trx, programme.id, input.slotId);
  const campaign = await requireCampaign(trx, programme.id, input.campaignId, reach);
  assertCampaignOpen(campaign);
  await requireBookableHousehold(trx, programme.id, campaign.id, input.householdId, reach, lang);
  await requireSlotOfCampaign(trx, programme.id, input.slotId, campaign.id, reach, lang);
  const existing = await findBookedAppointment(trx, programme.id, campaign.id, input.householdId);
  if (existing) {
    const when = `${existing.date} ${toWallClock(existing.starts_at, programme.timeZone).time}, ${existing.place_name}`;
    throw new AppError('APPOINTMENT_EXISTS', { detail: format(distributionMessages(lang).already_booked, { when }) });
  }
  if (!claimed) throw new AppError('SLOT_FULL');
  const id = newId();
  const now = nowIso();
  await insertAppointment(trx, {
    id,
    programme_id: programme.id,
    campaign_id: campaign.id,
    household_id: input.householdId,
    slot_id: input.slotId,
    status: 'booked',
    booked_by: actor.label,
    created_at: now,
    updated_at: now,
  });
  await setCampaignHouseholdStatus(trx, programme.id, campaign.id, input.householdId, 'booked');
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'appointment',
    entityId: id,
    action: 'booked',
    summary: { campaignId: campaign.id, householdId: input.householdId, slotId: input.slotId },
  });
  return presentOne(trx, programme, id);
}

/** The appointment, if its household's school is within reach; else 404. */
async function requireAppointment(
  db: Executor,
  programmeId: string,
  id: string,
  reach: SchoolReach,
): Promise<AppointmentViewRow> {
  const row = await findAppointmentView(db, programmeId, id);
  if (!row || !reachesSchool(reach, row.school_id)) throw new AppError('APPOINTMENT_NOT_FOUND');
  return row;
}

function notBooked(row: AppointmentViewRow, lang: Language): AppError {
  const m = distributionMessages(lang);
  return new AppError('APPOINTMENT_NOT_BOOKED', {
    detail: format(m.appointment_status, { status: m.statuses[row.status] ?? row.status }),
  });
}

/** Where the household stands again once its appointment is gone (cancelled, missed). */
async function statusWithoutAppointment(db: Executor, programmeId: string, campaignId: string, householdId: string) {
  if (await wasInvited(db, programmeId, campaignId, householdId)) return 'invited' as const;
  if (await findReservedAllocation(db, programmeId, campaignId, householdId)) return 'allocated' as const;
  return 'eligible' as const;
}

export type AppointmentChange = { slotId: string } | { status: 'cancelled' | 'attended' | 'no_show' };

/**
 * Moves a booked appointment to another slot (the new seat is taken before the old one is given
 * back, in the same transaction) or records its end: cancelled (the seat is freed), attended or
 * no_show (the seat was used). A household without an appointment any more goes back to
 * invited (or allocated, or eligible) in the campaign, so it can book again.
 */
export async function changeAppointment(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: SchoolReach,
  id: string,
  change: AppointmentChange,
  lang: Language,
): Promise<Appointment> {
  const claimed = 'slotId' in change ? await claimSeat(trx, programme.id, change.slotId) : false;
  const current = await requireAppointment(trx, programme.id, id, reach);
  const campaign = await requireCampaign(trx, programme.id, current.campaign_id, reach);
  assertCampaignOpen(campaign);
  if (current.status !== 'booked') throw notBooked(current, lang);
  const now = nowIso();
  if ('slotId' in change) {
    if (change.slotId === current.slot_id) {
      if (claimed) await releaseSeat(trx, programme.id, change.slotId);
      return presentOne(trx, programme, id);
    }
    await requireSlotOfCampaign(trx, programme.id, change.slotId, campaign.id, reach, lang);
    if (!claimed) throw new AppError('SLOT_FULL');
    if (!(await updateBookedAppointment(trx, programme.id, id, { slot_id: change.slotId, updated_at: now }))) {
      throw notBooked(current, lang);
    }
    await releaseSeat(trx, programme.id, current.slot_id);
    await recordAudit(trx, {
      programmeId: programme.id,
      actor,
      entityType: 'appointment',
      entityId: id,
      action: 'moved',
      summary: { fromSlotId: current.slot_id, toSlotId: change.slotId },
    });
    return presentOne(trx, programme, id);
  }
  if (!(await updateBookedAppointment(trx, programme.id, id, { status: change.status, updated_at: now }))) {
    throw notBooked(current, lang);
  }
  if (change.status === 'cancelled') await releaseSeat(trx, programme.id, current.slot_id);
  const standing = await findCampaignHousehold(trx, programme.id, campaign.id, current.household_id);
  if (change.status !== 'attended' && standing?.status === 'booked') {
    const back = await statusWithoutAppointment(trx, programme.id, campaign.id, current.household_id);
    await setCampaignHouseholdStatus(trx, programme.id, campaign.id, current.household_id, back);
  }
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'appointment',
    entityId: id,
    action: change.status,
    summary: { slotId: current.slot_id, householdId: current.household_id },
  });
  return presentOne(trx, programme, id);
}

export async function listAppointments(
  db: Executor,
  programme: Programme,
  reach: SchoolReach,
  campaignId: string,
  query: {
    eventId?: string | undefined;
    status?: AppointmentStatus | undefined;
    cursor?: string | undefined;
    limit: number;
  },
  lang: Language = defaultLanguage,
): Promise<{ items: Appointment[]; nextCursor: string | null }> {
  const after = decodeOptionalCursor(query.cursor, ['string', 'string', 'string'], lang);
  await requireCampaign(db, programme.id, campaignId, reach);
  if (query.eventId) await requireEvent(db, programme.id, query.eventId, reach);
  const filter = {
    campaignId,
    eventId: query.eventId,
    status: query.status,
    schoolIds: reach.all ? null : reach.schoolIds,
  };
  const rows = await listAppointmentViews(db, programme.id, filter, { after, limit: query.limit + 1 });
  const { rows: shown, nextCursor } = keysetPage(rows, query.limit, (r) => [r.starts_at, r.household_reference, r.id]);
  return { items: await present(db, programme, shown), nextCursor };
}
