import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError, type ErrorCode } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { toWallClock } from '../../platform/time/local-time.js';
import { toCardSummaries } from '../cards/card-lookup.service.js';
import { findCardSummaryRows } from '../cards/cards.repository.js';
import type { Programme } from '../programmes/programmes.model.js';
import { type BookingViewRow, findBooking, listSessionBookings } from './bookings.repository.js';
import { promoteWaitingList, toBooking } from './bookings.service.js';
import { MAX_SERIES_SESSIONS, planSeries, sessionInstants } from './session-series.js';
import {
  type SessionRow,
  type SessionViewRow,
  findRoomForSession,
  findSession,
  findSessionView,
  findThemeForSession,
  findVenueForSession,
  insertSeries,
  insertSessions,
  listSessionViews,
  setSessionSeats,
  updateSession,
} from './sessions.repository.js';
import type {
  CreateSeriesInput,
  CreateSessionInput,
  PatchSessionInput,
  SessionListQuery,
  sessionDetailSchema,
  sessionSchema,
} from './trainings.schemas.js';
import { trainingsMessages } from './trainings.messages.js';
import type { z } from 'zod';

export type TrainingSession = z.infer<typeof sessionSchema>;
export type TrainingSessionDetail = z.infer<typeof sessionDetailSchema>;

/**
 * The venues a person reaches: undefined for a programme-wide role, else the venue staff's own
 * venue(s). Anything of another venue is answered 404, as if it did not exist.
 */
export type VenueReach = readonly string[] | undefined;

function inReach(reach: VenueReach, venueId: string): boolean {
  return reach === undefined || reach.includes(venueId);
}

function fieldError(code: ErrorCode, field: string, fieldCode: string, message: string): AppError {
  return new AppError(code, { detail: message, fields: [{ field, code: fieldCode, message }] });
}

function themeTitle(titlesJson: string, code: string, lang: Language): string {
  try {
    const titles = JSON.parse(titlesJson) as Record<string, string>;
    return titles[lang] ?? titles.fr ?? Object.values(titles)[0] ?? code;
  } catch {
    return code;
  }
}

export function toSession(row: SessionViewRow, timeZone: string, lang: Language): TrainingSession {
  const seats = Number(row.seats);
  const booked = Number(row.booked_count);
  return {
    id: row.id,
    venueId: row.venue_id,
    venueName: row.venue_name,
    roomId: row.room_id,
    roomName: row.room_name,
    themeId: row.theme_id,
    themeCode: row.theme_code,
    themeTitle: themeTitle(row.theme_titles, row.theme_code, lang),
    seriesId: row.series_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: row.local_date,
    startTime: toWallClock(row.starts_at, timeZone).time,
    endTime: toWallClock(row.ends_at, timeZone).time,
    trainerName: row.trainer_name,
    seats,
    bookedCount: booked,
    remaining: Math.max(0, seats - booked),
    waitingCount: Number(row.waiting_count),
    language: row.language,
    status: row.status as TrainingSession['status'],
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A session of the programme the person reaches, else TRAINING_SESSION_NOT_FOUND. */
export async function requireSessionInReach(
  db: Executor,
  programmeId: string,
  sessionId: string,
  reach: VenueReach,
): Promise<SessionRow> {
  const row = await findSession(db, programmeId, sessionId);
  if (!row || !inReach(reach, row.venue_id)) throw new AppError('TRAINING_SESSION_NOT_FOUND');
  return row;
}

/** A booking whose session the person reaches, else BOOKING_NOT_FOUND. */
export async function requireBookingInReach(
  db: Executor,
  programmeId: string,
  bookingId: string,
  reach: VenueReach,
): Promise<void> {
  const booking = await findBooking(db, programmeId, bookingId);
  const session = booking ? await findSession(db, programmeId, booking.session_id) : undefined;
  if (!session || !inReach(reach, session.venue_id)) throw new AppError('BOOKING_NOT_FOUND');
}

export async function getSession(
  db: Executor,
  programme: Programme,
  sessionId: string,
  reach: VenueReach,
  lang: Language,
): Promise<TrainingSession> {
  await requireSessionInReach(db, programme.id, sessionId, reach);
  const row = await findSessionView(db, programme.id, sessionId);
  if (!row) throw new AppError('TRAINING_SESSION_NOT_FOUND');
  return toSession(row, programme.timeZone, lang);
}

async function holderNames(db: Executor, programmeId: string, rows: readonly BookingViewRow[]) {
  // One query for every holder, not one per booking.
  const summaryRows = await findCardSummaryRows(db, programmeId, [...new Set(rows.map((r) => r.card_id))]);
  const summaries = await toCardSummaries(db, programmeId, summaryRows);
  return new Map(summaries.map((s) => [s.id, s.holderName]));
}

/** The session with its bookings and its waiting list in queue order. */
export async function getSessionDetail(
  db: Executor,
  programme: Programme,
  sessionId: string,
  reach: VenueReach,
  lang: Language,
): Promise<TrainingSessionDetail> {
  const session = await getSession(db, programme, sessionId, reach, lang);
  const rows = await listSessionBookings(db, programme.id, sessionId);
  const names = await holderNames(db, programme.id, rows);
  const waiting = rows
    .filter((r) => r.status === 'waiting')
    .sort((x, y) => (x.waitlisted_at ?? '').localeCompare(y.waitlisted_at ?? '') || x.id.localeCompare(y.id));
  const view = (row: BookingViewRow, position: number | null) => ({
    ...toBooking(row),
    holderName: names.get(row.card_id) ?? null,
    waitingPosition: position,
  });
  return {
    ...session,
    bookings: rows.filter((r) => r.status !== 'waiting').map((r) => view(r, null)),
    waitingList: waiting.map((r, i) => view(r, i + 1)),
  };
}

function encodeCursor(row: { starts_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.starts_at, row.id])).toString('base64url');
}

function decodeCursor(cursor: string, lang: Language): { startsAt: string; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return { startsAt: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through to the field error
  }
  const message = trainingsMessages(lang).invalid_cursor;
  throw fieldError('VALIDATION_FAILED', 'query.cursor', 'invalid_cursor', message);
}

/** Sessions in start order, one page; venue staff see their venue's only. */
export async function listSessions(
  db: Executor,
  programme: Programme,
  reach: VenueReach,
  query: SessionListQuery,
  lang: Language,
): Promise<{ items: TrainingSession[]; nextCursor: string | null }> {
  if (query.venueId && !inReach(reach, query.venueId)) {
    throw fieldError('VENUE_NOT_FOUND', 'query.venueId', 'not_found', trainingsMessages(lang).venue_not_found);
  }
  const rows = await listSessionViews(db, programme.id, {
    venueIds: query.venueId ? [query.venueId] : (reach ?? null),
    themeId: query.themeId,
    status: query.status,
    fromDate: query.from,
    toDate: query.to,
    after: query.cursor ? decodeCursor(query.cursor, lang) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => toSession(r, programme.timeZone, lang)),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

interface Placement {
  venueId: string;
  roomId: string;
  themeId: string;
  seats: number;
  language: string;
}

/** Venue (reached, not archived), room of that venue (in use, big enough), theme (offered, in that language). */
async function checkPlacement(
  db: Executor,
  programmeId: string,
  reach: VenueReach,
  input: Placement,
  lang: Language,
): Promise<void> {
  const m = trainingsMessages(lang);
  const venue = await findVenueForSession(db, programmeId, input.venueId);
  if (!venue || !inReach(reach, venue.id)) {
    throw fieldError('VENUE_NOT_FOUND', 'body.venueId', 'not_found', m.venue_not_found);
  }
  if (venue.archived_at) throw fieldError('VALIDATION_FAILED', 'body.venueId', 'venue_archived', m.venue_archived);
  const room = await findRoomForSession(db, programmeId, input.roomId);
  if (!room || room.venue_id !== venue.id) {
    throw fieldError('ROOM_NOT_FOUND', 'body.roomId', 'not_found', m.room_not_found);
  }
  if (!room.active) throw fieldError('VALIDATION_FAILED', 'body.roomId', 'room_inactive', m.room_inactive);
  if (input.seats > Number(room.capacity)) {
    const message = format(m.room_too_small, { room: room.name, capacity: Number(room.capacity) });
    throw fieldError('ROOM_TOO_SMALL', 'body.seats', 'room_too_small', message);
  }
  const theme = await findThemeForSession(db, programmeId, input.themeId);
  if (!theme) throw fieldError('THEME_NOT_FOUND', 'body.themeId', 'not_found', m.theme_not_found);
  if (!theme.active) throw fieldError('VALIDATION_FAILED', 'body.themeId', 'theme_inactive', m.theme_inactive);
  const languages = JSON.parse(theme.languages) as string[];
  if (!languages.includes(input.language)) {
    const message = format(m.language_not_offered, { languages: languages.join(', ') });
    throw fieldError('VALIDATION_FAILED', 'body.language', 'language_not_offered', message);
  }
}

function sessionRow(
  programmeId: string,
  actor: AuditActor,
  input: Placement & { trainerName?: string | null | undefined },
  occurrence: { date: string; startsAt: string; endsAt: string },
  seriesId: string | null,
  now: Date,
) {
  const at = now.toISOString();
  return {
    id: newId(now.getTime()),
    programme_id: programmeId,
    venue_id: input.venueId,
    room_id: input.roomId,
    theme_id: input.themeId,
    series_id: seriesId,
    starts_at: occurrence.startsAt,
    ends_at: occurrence.endsAt,
    local_date: occurrence.date,
    trainer_name: input.trainerName ?? null,
    seats: input.seats,
    booked_count: 0,
    language: input.language,
    status: 'scheduled',
    cancelled_at: null,
    cancel_reason: null,
    created_by: actor.label,
    created_at: at,
    updated_at: at,
  };
}

/**
 * Publishes one session: the local date and start time are read in the programme's time zone
 * (a time that does not exist that day is a field error), it lasts hoursPerCredit hours.
 */
export async function createSession(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: VenueReach,
  input: CreateSessionInput,
  lang: Language,
  now: Date = new Date(),
): Promise<TrainingSession> {
  const m = trainingsMessages(lang);
  await checkPlacement(trx, programme.id, reach, input, lang);
  const instants = sessionInstants(input.date, input.startTime, programme.timeZone, programme.settings.hoursPerCredit);
  if (!instants) {
    const message = format(m.time_does_not_exist, { time: input.startTime, date: input.date });
    throw fieldError('VALIDATION_FAILED', 'body.startTime', 'time_does_not_exist', message);
  }
  if (Date.parse(instants.startsAt) <= now.getTime()) {
    throw fieldError('VALIDATION_FAILED', 'body.date', 'date_in_past', m.date_in_past);
  }
  const row = sessionRow(programme.id, actor, input, { date: input.date, ...instants }, null, now);
  await insertSessions(trx, [row]);
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'training_session',
    entityId: row.id,
    action: 'created',
    summary: { venueId: row.venue_id, themeId: row.theme_id, startsAt: row.starts_at, seats: row.seats },
  });
  return getSession(trx, programme, row.id, reach, lang);
}

/**
 * Publishes a weekly series: one session per `weekday` from firstDate to lastDate (at most 52),
 * each date converted on its own so the local start time holds across clock changes. Dates whose
 * time does not exist (clock change) or has passed are left out and reported.
 */
export async function createSeries(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: VenueReach,
  input: CreateSeriesInput,
  lang: Language,
  now: Date = new Date(),
): Promise<{
  seriesId: string;
  sessions: TrainingSession[];
  skipped: { date: string; reason: 'time_does_not_exist' | 'in_past' }[];
}> {
  const m = trainingsMessages(lang);
  await checkPlacement(trx, programme.id, reach, input, lang);
  if (input.lastDate < input.firstDate) {
    throw fieldError('VALIDATION_FAILED', 'body.lastDate', 'last_before_first', m.last_before_first);
  }
  const plan = planSeries(input, programme.timeZone, programme.settings.hoursPerCredit, now);
  if (plan.dates.length > MAX_SERIES_SESSIONS) {
    const message = format(m.series_too_long, { max: MAX_SERIES_SESSIONS, count: plan.dates.length });
    throw fieldError('VALIDATION_FAILED', 'body.lastDate', 'series_too_long', message);
  }
  if (plan.occurrences.length === 0) {
    throw fieldError('VALIDATION_FAILED', 'body.firstDate', 'series_empty', m.series_empty);
  }
  const seriesId = newId(now.getTime());
  await insertSeries(trx, {
    id: seriesId,
    programme_id: programme.id,
    venue_id: input.venueId,
    theme_id: input.themeId,
    room_id: input.roomId,
    weekday: input.weekday,
    start_time: input.startTime,
    first_date: input.firstDate,
    last_date: input.lastDate,
    created_by: actor.label,
    created_at: now.toISOString(),
  });
  const rows = plan.occurrences.map((o) => sessionRow(programme.id, actor, input, o, seriesId, now));
  await insertSessions(trx, rows);
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'training_series',
    entityId: seriesId,
    action: 'created',
    summary: {
      venueId: input.venueId,
      themeId: input.themeId,
      weekday: input.weekday,
      startTime: input.startTime,
      sessions: rows.length,
      skipped: plan.skipped,
    },
  });
  const views = await listSessionViews(trx, programme.id, { venueIds: null, seriesId, limit: MAX_SERIES_SESSIONS });
  return { seriesId, sessions: views.map((v) => toSession(v, programme.timeZone, lang)), skipped: plan.skipped };
}

/**
 * Changes the seats, the trainer or the room of a session that is scheduled and not over.
 * Seats stay between the seats taken and the room's capacity; new seats go to the waiting list
 * at once.
 */
export async function patchSession(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: VenueReach,
  sessionId: string,
  input: PatchSessionInput,
  lang: Language,
  now: Date = new Date(),
): Promise<TrainingSession> {
  const m = trainingsMessages(lang);
  const at = now.toISOString();
  const session = await requireSessionInReach(trx, programme.id, sessionId, reach);
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
  if (session.ends_at <= at) throw new AppError('SESSION_IN_PAST');
  const roomId = input.roomId ?? session.room_id;
  const room = await findRoomForSession(trx, programme.id, roomId);
  if (!room || room.venue_id !== session.venue_id) {
    throw fieldError('ROOM_NOT_FOUND', 'body.roomId', 'not_found', m.room_not_found);
  }
  if (input.roomId && !room.active) {
    throw fieldError('VALIDATION_FAILED', 'body.roomId', 'room_inactive', m.room_inactive);
  }
  const seats = input.seats ?? Number(session.seats);
  if (seats > Number(room.capacity)) {
    const message = format(m.room_too_small, { room: room.name, capacity: Number(room.capacity) });
    throw fieldError(
      'ROOM_TOO_SMALL',
      input.seats !== undefined ? 'body.seats' : 'body.roomId',
      'room_too_small',
      message,
    );
  }
  if (input.seats !== undefined && input.seats !== Number(session.seats)) {
    if (!(await setSessionSeats(trx, programme.id, session.id, input.seats, at))) {
      const current = await findSession(trx, programme.id, session.id);
      const message = format(m.seats_below_booked, { booked: Number(current?.booked_count ?? 0) });
      throw fieldError('VALIDATION_FAILED', 'body.seats', 'seats_below_booked', message);
    }
  }
  const update: { trainer_name?: string | null; room_id?: string; updated_at: string } = { updated_at: at };
  if (input.trainerName !== undefined) update.trainer_name = input.trainerName;
  if (input.roomId !== undefined) update.room_id = input.roomId;
  await updateSession(trx, programme.id, session.id, update);
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'training_session',
    entityId: session.id,
    action: 'updated',
    summary: {
      ...(input.seats !== undefined ? { seats: { from: Number(session.seats), to: input.seats } } : {}),
      ...(input.roomId !== undefined ? { roomId: { from: session.room_id, to: input.roomId } } : {}),
      ...(input.trainerName !== undefined ? { trainerName: input.trainerName } : {}),
    },
  });
  if (input.seats !== undefined && input.seats > Number(session.seats)) {
    await promoteWaitingList(trx, programme.id, session.id, actor, now);
  }
  return getSession(trx, programme, session.id, reach, lang);
}
