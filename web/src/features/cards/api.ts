import { allPages } from '../../components/morePages';
import { enc, programmeUrl as url, request, withQuery, type Query } from '../families/http';
import type {
  CardDetail,
  CardSummary,
  Commune,
  CreatedCard,
  Figures,
  Page,
  Reissued,
  Room,
  Theme,
  Venue,
} from './types';

export interface VenueBody {
  name?: string;
  addressLine?: string | null;
  postalCode?: string | null;
  communeInsee?: string | null;
  stepFreeAccess?: boolean;
  accessibleToilets?: boolean;
  hearingLoop?: boolean;
  accessibilityNotes?: string | null;
  publicTransport?: string | null;
  openingHours?: string | null;
}

export interface RoomBody {
  name?: string;
  capacity?: number;
  computers?: number;
  stepFree?: boolean;
  active?: boolean;
}

export interface ThemeBody {
  code?: string;
  titles?: Record<string, string>;
  descriptions?: Record<string, string>;
  languages?: string[];
  position?: number;
  active?: boolean;
}

export interface CorrectionBody {
  credits: number;
  reason: string;
  reversesEntryId?: string;
}

export type FigureGroup = 'venue' | 'theme' | 'month';

const get = <T>(slug: string, rest: string, query: Query = {}) => request<T>('GET', withQuery(url(slug, rest), query));
const post = <T>(slug: string, rest: string, body?: unknown) => request<T>('POST', url(slug, rest), body ?? {});
const patch = <T>(slug: string, rest: string, body: unknown) => request<T>('PATCH', url(slug, rest), body);

export const cardsApi = {
  lookup: (slug: string, number: string) => get<CardSummary>(slug, 'cards/lookup', { number }),
  cards: (slug: string, q: { q?: string; status?: string; cursor?: string }) =>
    get<Page<CardSummary>>(slug, 'cards', q),
  card: (slug: string, id: string) => get<CardDetail>(slug, `cards/${enc(id)}`),
  createCard: (slug: string, householdId: string) => post<CreatedCard>(slug, 'cards', { householdId }),
  reportLost: (slug: string, id: string, reason: string) =>
    post<CardSummary>(slug, `cards/${enc(id)}/report-lost`, { reason }),
  reissue: (slug: string, id: string) => post<Reissued>(slug, `cards/${enc(id)}/reissue`),
  correct: (slug: string, id: string, body: CorrectionBody) =>
    post<unknown>(slug, `cards/${enc(id)}/corrections`, body),

  /** Every venue (all pages). */
  venues: (slug: string) =>
    allPages((page) => get<{ items: Venue[]; nextCursor: string | null }>(slug, 'venues', page)),
  venue: (slug: string, id: string) => get<Venue>(slug, `venues/${enc(id)}`),
  createVenue: (slug: string, body: VenueBody) => post<Venue>(slug, 'venues', body),
  updateVenue: (slug: string, id: string, body: VenueBody) => patch<Venue>(slug, `venues/${enc(id)}`, body),
  createRoom: (slug: string, venueId: string, body: RoomBody) => post<Room>(slug, `venues/${enc(venueId)}/rooms`, body),
  updateRoom: (slug: string, venueId: string, roomId: string, body: RoomBody) =>
    patch<Room>(slug, `venues/${enc(venueId)}/rooms/${enc(roomId)}`, body),
  communes: (slug: string) => get<{ items: Commune[] }>(slug, 'communes', { limit: 100 }),

  themes: (slug: string) => get<{ items: Theme[] }>(slug, 'training-themes'),
  createTheme: (slug: string, body: ThemeBody) => post<Theme>(slug, 'training-themes', body),
  updateTheme: (slug: string, id: string, body: ThemeBody) => patch<Theme>(slug, `training-themes/${enc(id)}`, body),

  figures: (slug: string, q: { from?: string; to?: string; groupBy: FigureGroup }) =>
    get<Figures>(slug, 'training-figures', q),
};

/** Addresses the browser opens itself (the session cookie goes with them). */
export const cardsFiles = {
  cardPdf: (slug: string, id: string) => url(slug, `cards/${enc(id)}/card.pdf`),
};
