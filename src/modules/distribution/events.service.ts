import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import { assertCampaignOpen, requireCampaign } from './campaign-guard.js';
import { distributionMessages } from './distribution.messages.js';
import type { CreateEventInput } from './distribution.schemas.js';
import {
  type EventRow,
  type SlotRow,
  findEventById,
  insertEvent,
  insertSlots,
  listCampaignEvents,
  listEventSlots,
} from './events.repository.js';
import { toWallClock } from '../../platform/time/local-time.js';
import { type SchoolReach, reachesSchool } from './school-reach.js';
import { type SlotRequest, planSlots } from './slot-plan.js';

export interface Slot {
  id: string;
  eventId: string;
  startsAt: string;
  endsAt: string;
  startTime: string;
  endTime: string;
  capacity: number;
  booked: number;
  remaining: number;
}

export interface DistributionEvent {
  id: string;
  campaignId: string;
  schoolId: string | null;
  schoolName: string | null;
  placeName: string;
  addressLine: string | null;
  communeInsee: string | null;
  communeName: string | null;
  date: string;
  notes: string | null;
  capacity: number;
  booked: number;
  remaining: number;
  slotCount: number;
  createdAt: string;
  slots: Slot[];
}

export function toSlot(row: SlotRow, timeZone: string): Slot {
  return {
    id: row.id,
    eventId: row.event_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    startTime: toWallClock(row.starts_at, timeZone).time,
    endTime: toWallClock(row.ends_at, timeZone).time,
    capacity: row.capacity,
    booked: row.booked,
    remaining: Math.max(0, row.capacity - row.booked),
  };
}

function toEvent(row: EventRow, slots: readonly SlotRow[], timeZone: string): DistributionEvent {
  const capacity = slots.reduce((sum, s) => sum + s.capacity, 0);
  const booked = slots.reduce((sum, s) => sum + s.booked, 0);
  return {
    id: row.id,
    campaignId: row.campaign_id,
    schoolId: row.school_id,
    schoolName: row.school_name,
    placeName: row.place_name,
    addressLine: row.address_line,
    communeInsee: row.commune_insee,
    communeName: row.commune_name,
    date: row.date,
    notes: row.notes,
    capacity,
    booked,
    remaining: Math.max(0, capacity - booked),
    slotCount: slots.length,
    createdAt: row.created_at,
    slots: slots.map((s) => toSlot(s, timeZone)),
  };
}

async function withSlots(db: Executor, programme: Programme, rows: EventRow[]): Promise<DistributionEvent[]> {
  const slots = await listEventSlots(
    db,
    programme.id,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toEvent(
      row,
      slots.filter((s) => s.event_id === row.id),
      programme.timeZone,
    ),
  );
}

/** An event the person reaches (a director: her school's events only), else 404. */
export async function requireEvent(
  db: Executor,
  programmeId: string,
  eventId: string,
  reach: SchoolReach,
): Promise<EventRow> {
  const row = await findEventById(db, programmeId, eventId);
  if (!row || !reachesSchool(reach, row.school_id)) throw new AppError('EVENT_NOT_FOUND');
  return row;
}

export async function getEvent(
  db: Executor,
  programme: Programme,
  eventId: string,
  reach: SchoolReach,
): Promise<DistributionEvent> {
  const row = await requireEvent(db, programme.id, eventId, reach);
  const [event] = await withSlots(db, programme, [row]);
  return event!;
}

export async function listEvents(
  db: Executor,
  programme: Programme,
  campaignId: string,
  reach: SchoolReach,
): Promise<DistributionEvent[]> {
  await requireCampaign(db, programme.id, campaignId, reach);
  const rows = await listCampaignEvents(db, programme.id, campaignId, reach.all ? null : reach.schoolIds);
  return withSlots(db, programme, rows);
}

export async function createEvent(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: SchoolReach,
  campaignId: string,
  input: CreateEventInput,
  lang: Language,
): Promise<DistributionEvent> {
  const m = distributionMessages(lang);
  const campaign = await requireCampaign(trx, programme.id, campaignId, reach);
  assertCampaignOpen(campaign);
  let schoolId = input.schoolId ?? null;
  if (schoolId === null && !reach.all && reach.schoolIds.length === 1) schoolId = reach.schoolIds[0]!;
  if (schoolId === null && !reach.all) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.schoolId', code: 'required', message: m.school_required }],
    });
  }
  if (schoolId !== null && (!campaign.schoolIds.includes(schoolId) || !reachesSchool(reach, schoolId))) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.schoolId', code: 'school_not_in_campaign', message: m.school_not_in_campaign }],
    });
  }
  if (input.date < campaign.starts_on || input.date > campaign.ends_on) {
    const message = format(m.date_outside_campaign, { startsOn: campaign.starts_on, endsOn: campaign.ends_on });
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.date', code: 'date_outside_campaign', message }],
    });
  }
  const id = newId();
  await insertEvent(trx, {
    id,
    programme_id: programme.id,
    campaign_id: campaignId,
    school_id: schoolId,
    place_name: input.placeName,
    address_line: input.addressLine || null,
    commune_insee: input.communeInsee || null,
    date: input.date,
    notes: input.notes || null,
    created_at: nowIso(),
  });
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'distribution_event',
    entityId: id,
    action: 'created',
    summary: { campaignId, schoolId, placeName: input.placeName, date: input.date },
  });
  return getEvent(trx, programme, id, reach);
}

export async function addSlots(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: SchoolReach,
  eventId: string,
  input: SlotRequest,
  lang: Language,
): Promise<{ event: DistributionEvent; created: Slot[] }> {
  const event = await requireEvent(trx, programme.id, eventId, reach);
  const campaign = await requireCampaign(trx, programme.id, event.campaign_id, reach);
  assertCampaignOpen(campaign);
  const existing = await listEventSlots(trx, programme.id, [eventId]);
  const planned = planSlots(
    input,
    event.date,
    programme.timeZone,
    existing.map((s) => ({ startsAt: s.starts_at, endsAt: s.ends_at })),
    lang,
  );
  const rows = planned.map((slot) => ({
    id: newId(),
    programme_id: programme.id,
    event_id: eventId,
    starts_at: slot.startsAt,
    ends_at: slot.endsAt,
    capacity: input.capacity,
    booked: 0,
  }));
  await insertSlots(trx, rows);
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'distribution_event',
    entityId: eventId,
    action: 'slots_added',
    summary: { count: rows.length, capacity: input.capacity, first: rows[0]?.starts_at, last: rows.at(-1)?.ends_at },
  });
  const full = await getEvent(trx, programme, eventId, reach);
  const createdIds = new Set(rows.map((r) => r.id));
  return { event: full, created: full.slots.filter((s) => createdIds.has(s.id)) };
}
