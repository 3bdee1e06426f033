import { allPages } from '../../components/morePages';
import { enc, programmeUrl as url, request, withQuery, type Query } from '../families/http';
import type {
  BookingResult,
  CardSummary,
  CheckinAnswer,
  Page,
  SeriesResult,
  SeriesBody,
  Session,
  SessionBody,
  SessionDetail,
  StatementMonth,
  Theme,
  TrainingProgramme,
  Venue,
} from './types';

const get = <T>(slug: string, rest: string, query: Query = {}) => request<T>('GET', withQuery(url(slug, rest), query));
const post = <T>(slug: string, rest: string, body?: unknown) => request<T>('POST', url(slug, rest), body ?? {});

export interface SessionQuery {
  venueId?: string;
  from?: string;
  to?: string;
  status?: string;
  cursor?: string;
  limit?: number;
}

export interface CheckinBody {
  cardNumber: string;
  idempotencyKey: string;
  method: 'scan' | 'typed';
  stationLabel?: string;
}

export const trainingsApi = {
  programme: (slug: string) => request<TrainingProgramme>('GET', `/api/v1/programmes/${enc(slug)}`),
  /** Every venue (all pages), for the venue choices. */
  venues: (slug: string) => allPages((page) => get<Page<Venue>>(slug, 'venues', page)),
  venue: (slug: string, id: string) => get<Venue>(slug, `venues/${enc(id)}`),
  themes: (slug: string) => get<Page<Theme>>(slug, 'training-themes'),

  sessions: (slug: string, query: SessionQuery) => get<Page<Session>>(slug, 'training-sessions', { ...query }),
  session: (slug: string, id: string) => get<SessionDetail>(slug, `training-sessions/${enc(id)}`),
  createSession: (slug: string, body: SessionBody) => post<Session>(slug, 'training-sessions', body),
  createSeries: (slug: string, body: SeriesBody) => post<SeriesResult>(slug, 'training-series', body),
  cancelSession: (slug: string, id: string, reason: string) =>
    post<{ session: Session; released: number; waitingCancelled: number }>(
      slug,
      `training-sessions/${enc(id)}/cancel`,
      { reason },
    ),

  lookupCard: (slug: string, number: string) => get<CardSummary>(slug, 'cards/lookup', { number }),
  book: (slug: string, sessionId: string, cardNumber: string) =>
    post<BookingResult>(slug, `training-sessions/${enc(sessionId)}/bookings`, {
      cardNumber,
      channel: 'venue',
    }),
  cancelBooking: (slug: string, bookingId: string, body: { reason?: string; keepCredit?: boolean }) =>
    post<unknown>(slug, `training-bookings/${enc(bookingId)}/cancel`, body),
  markAbsent: (slug: string, bookingId: string) => post<unknown>(slug, `training-bookings/${enc(bookingId)}/absent`),

  checkin: (slug: string, sessionId: string, body: CheckinBody) =>
    post<CheckinAnswer>(slug, `training-sessions/${enc(sessionId)}/checkins`, body),

  statements: (slug: string, venueId: string) =>
    get<{ items: StatementMonth[] }>(slug, `venues/${enc(venueId)}/statements`),
  issueStatement: (slug: string, venueId: string, month: string) =>
    post<StatementMonth>(slug, `venues/${enc(venueId)}/statements/${enc(month)}/issue`),
  statementFileUrl: (slug: string, venueId: string, month: string, kind: 'pdf' | 'csv') =>
    url(slug, `venues/${enc(venueId)}/statements/${enc(month)}/statement.${kind}`),
};
