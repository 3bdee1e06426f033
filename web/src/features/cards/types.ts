/**
 * Shapes of the cards, venues, themes and figures API, derived from web/src/api/schema.d.ts
 * (`npm run openapi` generates it from the server's zod schemas).
 */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export type CardSummary = Schemas['CardSummary'];
export type CardStatus = CardSummary['status'];
export const CARD_STATUSES: readonly CardStatus[] = ['active', 'lost', 'replaced', 'expired'];
export type CardDetail = Schemas['CardDetail'];
export type LedgerEntry = Schemas['LedgerEntry'];
export type CardBooking = CardDetail['bookings'][number];

export interface CreatedCard {
  card: CardSummary;
  /** Shown once: the server keeps only its hash. */
  pin: string;
}

export interface Reissued extends CreatedCard {
  /** The old card, now 'replaced'. */
  replaced: CardSummary;
}

export type Venue = Schemas['Venue'];
export type Room = Schemas['VenueRoom'];
export type Theme = Schemas['TrainingTheme'];
export type Commune = Schemas['Commune'];

export type Figures = Schemas['TrainingFigures'];
export type FigureCounts = Figures['totals'];
