/** English messages of the teachers' catalogue pages (same keys as catalogue.fr.ts). */
export const catalogueEn = {
  'nav.catalogue': 'Educational software',
  'nav.proposals': 'Proposals',
};
