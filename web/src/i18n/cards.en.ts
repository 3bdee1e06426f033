import type { cardsFr } from './cards.fr.js';

/** English messages of the coordinator's workshop pages (same keys as French). */
export const cardsEn: Record<keyof typeof cardsFr, string> = {
  'nav.cards': 'Workshop cards',
  'nav.venues': 'Venues',
};
