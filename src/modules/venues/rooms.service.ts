import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import {
  type RoomRow,
  ensureVenueRow,
  findRoomRow,
  findVenueRow,
  insertRoomRow,
  listRoomRows,
  listUpcomingRoomSessions,
  updateRoomRow,
} from './venues.repository.js';
import { venueMessages } from './venues.messages.js';

export interface Room {
  id: string;
  venueId: string;
  name: string;
  capacity: number;
  computers: number;
  stepFree: boolean;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewRoom {
  name: string;
  capacity: number;
  computers?: number | undefined;
  stepFree?: boolean | undefined;
  active?: boolean | undefined;
}

export interface RoomChanges {
  name?: string | undefined;
  capacity?: number | undefined;
  computers?: number | undefined;
  stepFree?: boolean | undefined;
  active?: boolean | undefined;
}

export function toRoom(row: RoomRow): Room {
  return {
    id: row.id,
    venueId: row.venue_id,
    name: row.name,
    capacity: row.capacity,
    computers: row.computers,
    stepFree: row.step_free === 1,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function assertVenue(db: Executor, programmeId: string, venueId: string, lang: Language): Promise<void> {
  if (!(await findVenueRow(db, programmeId, venueId))) {
    throw new AppError('VENUE_NOT_FOUND', { detail: venueMessages(lang).not_a_venue });
  }
}

/** One room of a venue of the programme; ROOM_NOT_FOUND otherwise (sessions use it too). */
export async function getRoom(db: Executor, programmeId: string, venueId: string, roomId: string): Promise<Room> {
  const row = await findRoomRow(db, programmeId, venueId, roomId);
  if (!row) throw new AppError('ROOM_NOT_FOUND');
  return toRoom(row);
}

/** Room names are unique per venue, compared without case or surrounding spaces. */
async function assertNameFree(
  db: Executor,
  programmeId: string,
  venueId: string,
  name: string,
  exceptId: string | null,
  lang: Language,
): Promise<void> {
  const key = name.trim().toLocaleLowerCase('fr');
  const rooms = await listRoomRows(db, programmeId, [venueId]);
  if (rooms.some((r) => r.id !== exceptId && r.name.trim().toLocaleLowerCase('fr') === key)) {
    throw new AppError('CONFLICT', {
      fields: [
        {
          field: 'body.name',
          code: 'room_name_taken',
          message: format(venueMessages(lang).room_name_taken, { name: name.trim() }),
        },
      ],
    });
  }
}

export async function createRoom(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  venueId: string,
  input: NewRoom,
  lang: Language = defaultLanguage,
): Promise<Room> {
  await assertVenue(trx, programmeId, venueId, lang);
  await assertNameFree(trx, programmeId, venueId, input.name, null, lang);
  const now = nowIso();
  // A venue organisation made through the organisations API has no venues row yet.
  await ensureVenueRow(trx, programmeId, venueId, now);
  const id = newId();
  const row = {
    id,
    programme_id: programmeId,
    venue_id: venueId,
    name: input.name.trim(),
    capacity: input.capacity,
    computers: input.computers ?? 0,
    step_free: input.stepFree ? 1 : 0,
    active: input.active === false ? 0 : 1,
    created_at: now,
    updated_at: now,
  };
  await insertRoomRow(trx, row);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'venue_room',
    entityId: id,
    action: 'created',
    summary: {
      venueId,
      name: row.name,
      capacity: row.capacity,
      computers: row.computers,
      stepFree: row.step_free === 1,
      active: row.active === 1,
    },
  });
  return toRoom(row);
}

/**
 * A room that sessions still need cannot shrink below the largest of them, nor close:
 * ROOM_TOO_SMALL names the first such session's date so staff know what to move.
 */
async function assertFitsUpcomingSessions(
  db: Executor,
  programmeId: string,
  room: Room,
  next: { capacity: number; active: boolean },
  now: Date,
  lang: Language,
): Promise<void> {
  const shrinks = next.capacity < room.capacity;
  const closes = room.active && !next.active;
  if (!shrinks && !closes) return;
  const sessions = await listUpcomingRoomSessions(db, programmeId, room.id, now.toISOString());
  const m = venueMessages(lang);
  if (closes && sessions.length > 0) {
    const first = [...sessions].sort((a, b) => a.starts_at.localeCompare(b.starts_at))[0]!;
    throw new AppError('ROOM_TOO_SMALL', {
      fields: [
        {
          field: 'body.active',
          code: 'room_has_sessions',
          message: format(m.room_inactive_session, { date: first.local_date }),
        },
      ],
    });
  }
  const tooBig = sessions.find((s) => s.seats > next.capacity);
  if (shrinks && tooBig) {
    throw new AppError('ROOM_TOO_SMALL', {
      fields: [
        {
          field: 'body.capacity',
          code: 'room_too_small',
          message: format(m.room_needed_for_session, { date: tooBig.local_date, seats: tooBig.seats }),
        },
      ],
    });
  }
}

export async function updateRoom(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  venueId: string,
  roomId: string,
  changes: RoomChanges,
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<Room> {
  await assertVenue(trx, programmeId, venueId, lang);
  const room = await getRoom(trx, programmeId, venueId, roomId);
  const next = {
    name: changes.name?.trim() ?? room.name,
    capacity: changes.capacity ?? room.capacity,
    computers: changes.computers ?? room.computers,
    stepFree: changes.stepFree ?? room.stepFree,
    active: changes.active ?? room.active,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== room[k]);
  if (changed.length === 0) return room;
  if (next.name !== room.name) await assertNameFree(trx, programmeId, venueId, next.name, room.id, lang);
  await assertFitsUpcomingSessions(trx, programmeId, room, next, now, lang);
  const updatedAt = nowIso();
  await updateRoomRow(trx, programmeId, room.id, {
    name: next.name,
    capacity: next.capacity,
    computers: next.computers,
    step_free: next.stepFree ? 1 : 0,
    active: next.active ? 1 : 0,
    updated_at: updatedAt,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'venue_room',
    entityId: room.id,
    action: 'updated',
    summary: { venueId, changes: Object.fromEntries(changed.map((k) => [k, { from: room[k], to: next[k] }])) },
  });
  return getRoom(trx, programmeId, venueId, room.id);
}
