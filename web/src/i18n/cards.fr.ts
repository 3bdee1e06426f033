/**
 * French messages of the coordinator's pages for the parents' workshops: cards and their
 * ledger, venues and rooms, themes, figures. Spread into fr.ts.
 */
export const cardsFr = {
  'nav.cards': 'Cartes ateliers',
  'nav.venues': 'Lieux',
};
