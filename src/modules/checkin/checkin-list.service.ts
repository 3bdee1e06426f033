import type { Executor } from '../../platform/db/database.js';
import { listCheckinsOfSession } from './checkin.repository.js';
import { type CheckInMethod, type CheckInOptions, findVisibleSession } from './checkin.service.js';

export interface CheckinListItem {
  id: string;
  bookingId: string;
  cardId: string;
  cardNumber: string;
  householdReference: string;
  walkIn: boolean;
  method: CheckInMethod;
  stationLabel: string | null;
  checkedInBy: string;
  at: string;
}

/** A session's check-ins in the order they happened (the venue's own sessions for venue staff). */
export async function listCheckins(
  db: Executor,
  programmeId: string,
  sessionId: string,
  options: Pick<CheckInOptions, 'venueIds'> = {},
): Promise<{ items: CheckinListItem[] }> {
  await findVisibleSession(db, programmeId, sessionId, options.venueIds);
  const rows = await listCheckinsOfSession(db, programmeId, sessionId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      bookingId: r.booking_id,
      cardId: r.card_id,
      cardNumber: r.card_number,
      householdReference: r.household_reference,
      walkIn: Number(r.walk_in) === 1,
      method: r.method as CheckInMethod,
      stationLabel: r.station_label,
      checkedInBy: r.checked_in_by,
      at: r.created_at,
    })),
  };
}
