import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { fromWallClock, toWallClock } from '../../platform/time/local-time.js';
import { createCardForHousehold } from '../cards/cards.service.js';
import { checkInOnce } from '../checkin/checkin.service.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { bookSession, cancelBooking, markAbsent } from '../trainings/bookings.service.js';
import { createSeries, createSession } from '../trainings/sessions.service.js';
import { createRoom } from '../venues/rooms.service.js';
import { createDefaultThemes } from '../venues/themes.service.js';
import { updateVenue } from '../venues/venues.service.js';

/**
 * The parents' workshops of the demo: both venues with their accessibility and rooms, the
 * default theme catalogue, workshop cards for a few more families, sessions last month (with
 * a check-in that redeemed a credit, a no-show and a cancellation, so the statements page
 * has a finished month to issue) and over the next weeks (a weekly series, and a full session
 * with a waiting list). Everything goes through the real services; the past is written by
 * calling them with an explicit `now` in the past.
 */
export interface TrainingsDemoPeople {
  coordinator: AuditActor;
  /** The demo venue staff account, held for the médiathèque. */
  venueStaff: AuditActor;
  mediathequeId: string;
  saintVitId: string;
}

export interface TrainingsDemoResult {
  rooms: number;
  themes: number;
  cards: number;
  sessions: number;
  bookings: number;
  checkins: number;
}

/** `date` (YYYY-MM-DD) moved by `days`. */
function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a date. */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The first day of the month before the one `date` is in. */
function firstOfPreviousMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 2, 1)).toISOString().slice(0, 10);
}

export async function seedTrainingsDemo(
  trx: Executor,
  programmeId: string,
  people: TrainingsDemoPeople,
  now: Date = new Date(),
): Promise<TrainingsDemoResult> {
  const { coordinator, venueStaff } = people;
  const programme = await getProgramme(trx, programmeId);
  const zone = programme.timeZone;
  const at = (date: string, time: string) => new Date(fromWallClock(date, time, zone)!);
  const minutes = (instant: string, n: number) => new Date(Date.parse(instant) + n * 60_000);

  // Venues: accessibility, transport, opening hours, rooms.
  await updateVenue(trx, programmeId, coordinator, people.mediathequeId, {
    stepFreeAccess: true,
    accessibleToilets: true,
    hearingLoop: true,
    accessibilityNotes: 'Entrée de plain-pied rue des Livres. Boucle magnétique à l’accueil (démo).',
    publicTransport: 'Tram 1 et 2, arrêt « République » (démo).',
    openingHours: 'Mardi, jeudi, vendredi 13 h–18 h ; mercredi et samedi 10 h–18 h (démo).',
  });
  await updateVenue(trx, programmeId, coordinator, people.saintVitId, {
    stepFreeAccess: true,
    accessibleToilets: false,
    hearingLoop: false,
    accessibilityNotes: 'La salle est au rez-de-chaussée. Les toilettes sont à l’étage, sans ascenseur (démo).',
    publicTransport: 'Bus 58, arrêt « Mairie de Saint-Vit » (démo).',
    openingHours: 'Lundi au vendredi 9 h–12 h et 14 h–17 h (démo).',
  });
  const multimedia = await createRoom(trx, programmeId, coordinator, people.mediathequeId, {
    name: 'Salle multimédia',
    capacity: 10,
    computers: 10,
    stepFree: true,
  });
  await createRoom(trx, programmeId, coordinator, people.mediathequeId, {
    name: 'Salle du conte',
    capacity: 6,
    computers: 0,
    stepFree: true,
  });
  const espace = await createRoom(trx, programmeId, coordinator, people.saintVitId, {
    name: 'Espace numérique',
    capacity: 8,
    computers: 8,
    stepFree: true,
  });
  // Closed for works: shows an inactive room.
  await createRoom(trx, programmeId, coordinator, people.saintVitId, {
    name: 'Salle de l’étage',
    capacity: 12,
    computers: 6,
    stepFree: false,
    active: false,
  });

  const themes = await createDefaultThemes(trx, programmeId, coordinator);
  const theme = (code: string) => themes.find((t) => t.code === code)!.id;

  // Cards: the handed-over family has one from the handover; four more families received
  // theirs from the coordinator at the start of last month (families of an earlier pilot).
  const today = toWallClock(now.toISOString(), zone).date;
  const lastMonth = firstOfPreviousMonth(today);
  const issuedAt = at(lastMonth, '09:00');
  const withCard = await trx
    .selectFrom('cards')
    .select(['id', 'household_id'])
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'active')
    .execute();
  const candidates = await trx
    .selectFrom('campaign_households')
    .select(['household_id'])
    .where('programme_id', '=', programmeId)
    .where('status', 'not in', ['declined', 'handed_over'])
    // By id (import order): the same families on SQLite and PostgreSQL, whose null ranks sort apart.
    .orderBy('household_id')
    .execute();
  const cardIds: string[] = [];
  for (const c of candidates.filter((r) => !withCard.some((w) => w.household_id === r.household_id)).slice(0, 4)) {
    const issued = await createCardForHousehold(
      trx,
      programmeId,
      coordinator,
      { householdId: c.household_id },
      'fr',
      issuedAt,
    );
    cardIds.push(issued.card.id);
  }
  const [c1, c2, c3, c4] = cardIds as [string, string, string, string];
  const handedOver = withCard[0]?.id;

  let sessions = 0;
  let bookings = 0;
  let checkins = 0;
  const book = async (
    actor: AuditActor,
    sessionId: string,
    cardId: string,
    channel: 'venue' | 'phone' | 'coordinator',
    when: Date,
  ) => {
    bookings += 1;
    return (await bookSession(trx, programmeId, actor, { sessionId, cardId, channel }, when)).booking;
  };
  const cardNumber = async (cardId: string) =>
    (await trx.selectFrom('cards').select('number').where('id', '=', cardId).executeTakeFirstOrThrow()).number;

  // Last month: two sessions, published on the 2nd, booked on the 3rd.
  const published = at(addDays(lastMonth, 1), '09:00');
  const booked = at(addDays(lastMonth, 2), '10:00');
  const pastFirstSteps = await createSession(
    trx,
    programme,
    venueStaff,
    [people.mediathequeId],
    {
      venueId: people.mediathequeId,
      roomId: multimedia.id,
      themeId: theme('first_steps'),
      date: addDays(lastMonth, 9),
      startTime: '14:00',
      trainerName: 'Nadia Benali (démo)',
      seats: 8,
      language: 'fr',
    },
    'fr',
    published,
  );
  const pastEmail = await createSession(
    trx,
    programme,
    coordinator,
    undefined,
    {
      venueId: people.saintVitId,
      roomId: espace.id,
      themeId: theme('email'),
      date: addDays(lastMonth, 16),
      startTime: '10:00',
      trainerName: 'Paul Girard (démo)',
      seats: 6,
      language: 'fr',
    },
    'fr',
    published,
  );
  sessions += 2;
  await book(venueStaff, pastFirstSteps.id, c1, 'venue', booked);
  await book(venueStaff, pastFirstSteps.id, c2, 'venue', booked);
  const absent = await book(venueStaff, pastFirstSteps.id, c3, 'phone', booked);
  await book(coordinator, pastEmail.id, c1, 'coordinator', booked);
  const cancelled = await book(coordinator, pastEmail.id, c4, 'phone', booked);
  // The family called a week before: cancelled in time, credit given back.
  await cancelBooking(
    trx,
    programmeId,
    coordinator,
    { bookingId: cancelled.id, reason: 'Rendez-vous médical ce jour-là (démo).', byFamily: false },
    at(addDays(lastMonth, 9), '11:00'),
  );
  // At the sessions: two check-ins by scan, one by typed number, one no-show.
  const checkInAt = async (
    sessionId: string,
    startsAt: string,
    cardId: string,
    method: 'scan' | 'typed',
    actor: AuditActor,
  ) => {
    await checkInOnce(
      trx,
      programmeId,
      actor,
      {
        sessionId,
        cardNumber: await cardNumber(cardId),
        idempotencyKey: `demo-checkin-${sessionId}-${cardId}`,
        method,
        stationLabel: 'Accueil (démo)',
      },
      minutes(startsAt, 5),
      {},
    );
    checkins += 1;
  };
  await checkInAt(pastFirstSteps.id, pastFirstSteps.startsAt, c1, 'scan', venueStaff);
  await checkInAt(pastFirstSteps.id, pastFirstSteps.startsAt, c2, 'typed', venueStaff);
  await markAbsent(trx, programmeId, venueStaff, { bookingId: absent.id }, minutes(pastFirstSteps.endsAt, 15));
  await checkInAt(pastEmail.id, pastEmail.startsAt, c1, 'scan', coordinator);

  // The next weeks: a weekly series at the médiathèque, and single sessions at both venues.
  const firstDate = addDays(today, 7);
  const series = await createSeries(
    trx,
    programme,
    venueStaff,
    [people.mediathequeId],
    {
      venueId: people.mediathequeId,
      roomId: multimedia.id,
      themeId: theme('school_services'),
      weekday: weekdayOf(firstDate),
      startTime: '14:00',
      firstDate,
      lastDate: addDays(firstDate, 21),
      seats: 8,
      trainerName: 'Nadia Benali (démo)',
      language: 'fr',
    },
    'fr',
    now,
  );
  const single = (
    actor: AuditActor,
    venueId: string,
    reach: string[] | undefined,
    input: {
      roomId: string;
      themeId: string;
      date: string;
      startTime: string;
      seats: number;
      language: string;
      trainerName: string;
    },
  ) => createSession(trx, programme, actor, reach, { venueId, ...input }, 'fr', now);
  const safety = await single(venueStaff, people.mediathequeId, [people.mediathequeId], {
    roomId: multimedia.id,
    themeId: theme('internet_safety'),
    date: addDays(today, 10),
    startTime: '17:30',
    seats: 10,
    language: 'fr',
    trainerName: 'Nadia Benali (démo)',
  });
  const firstSteps = await single(coordinator, people.saintVitId, undefined, {
    roomId: espace.id,
    themeId: theme('first_steps'),
    date: addDays(today, 5),
    startTime: '14:00',
    seats: 8,
    language: 'fr',
    trainerName: 'Paul Girard (démo)',
  });
  // A small group in Arabic: full, with a waiting list.
  const videoCalls = await single(coordinator, people.saintVitId, undefined, {
    roomId: espace.id,
    themeId: theme('video_calls'),
    date: addDays(today, 12),
    startTime: '10:00',
    seats: 2,
    language: 'ar',
    trainerName: 'Samira Haddad (démo)',
  });
  sessions += series.sessions.length + 3;

  // One second apart, so the waiting list keeps the order of the calls.
  let clock = now.getTime();
  const next = () => new Date((clock += 1000));
  await book(venueStaff, series.sessions[0]!.id, c1, 'venue', next());
  await book(venueStaff, series.sessions[0]!.id, c4, 'venue', next());
  await book(venueStaff, safety.id, c1, 'phone', next());
  await book(coordinator, firstSteps.id, c3, 'coordinator', next());
  await book(coordinator, videoCalls.id, c2, 'phone', next());
  if (handedOver) {
    await book(venueStaff, safety.id, handedOver, 'venue', next());
    await book(coordinator, videoCalls.id, handedOver, 'coordinator', next());
  } else {
    await book(coordinator, videoCalls.id, c4, 'coordinator', next());
  }
  // The session is full now: these two wait, in this order.
  await book(coordinator, videoCalls.id, c3, 'phone', next());
  await book(coordinator, videoCalls.id, handedOver ? c4 : c1, 'phone', next());

  return { rooms: 4, themes: themes.length, cards: cardIds.length, sessions, bookings, checkins };
}
