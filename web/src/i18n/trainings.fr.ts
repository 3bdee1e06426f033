/**
 * French messages of the parents' workshop pages at the venues: sessions, bookings, check-in,
 * statements. Spread into fr.ts. Plain words: venue staff read these at the desk.
 */
export const trainingsFr = {
  'nav.trainings': 'Ateliers parents',
  'nav.statements': 'Relevés',
};
