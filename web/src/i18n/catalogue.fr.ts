/**
 * French messages of the teachers' catalogue pages: resources by grade and subject, proposals,
 * votes and comments, the committee's decisions. Spread into fr.ts. Plain words: teachers read
 * these, not IT staff.
 */
export const catalogueFr = {
  'nav.catalogue': 'Logiciels éducatifs',
  'nav.proposals': 'Propositions',
};
