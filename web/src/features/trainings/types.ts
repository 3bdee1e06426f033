/**
 * Shapes of the venues, sessions, bookings, check-in and statements API, derived from
 * web/src/api/schema.d.ts (`npm run openapi` generates it from the server's zod schemas).
 */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export type CardSummary = Schemas['CardSummary'];
export type Room = Schemas['VenueRoom'];
export type Venue = Schemas['Venue'];
export type Theme = Schemas['TrainingTheme'];
export type Session = Schemas['TrainingSession'];
export type SessionDetail = Schemas['TrainingSessionDetail'];
export type Booking = Schemas['TrainingSessionBooking'];
export type BookingStatus = Booking['status'];
export type SeriesResult = Schemas['TrainingSeriesResult'];
export type Checkin = Schemas['Checkin'];
export type CheckinAnswer = Schemas['CheckinAnswer'];
export type StatementMonth = Schemas['VenueStatementSummary'];
export type BookingResult = {
  booking: Schemas['TrainingBooking'];
  waitlisted: boolean;
  card: CardSummary;
};

export interface SessionBody {
  venueId: string;
  roomId: string;
  themeId: string;
  date: string;
  startTime: string;
  trainerName?: string;
  seats: number;
  language: string;
}

export interface SeriesBody extends Omit<SessionBody, 'date'> {
  weekday: number;
  firstDate: string;
  lastDate: string;
}

/** What GET /programmes/:slug says that these pages need. */
export interface TrainingProgramme {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  settings: {
    hoursPerCredit?: number;
    venueHourlyRateMinor?: number;
    bookingCancelHoursBefore?: number;
    noShowCredit?: 'kept' | 'lost';
    checkInOpensMinutesBefore?: number;
    checkInClosesMinutesAfterEnd?: number;
  };
}
