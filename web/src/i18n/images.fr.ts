/**
 * French messages of the profiles, versions, Debian check, image manifests, school computers and
 * conformity pages. Spread into fr.ts. Teachers and the committee read the profile pages: say
 * "ajouté", "retiré", never "diff" or "package".
 */
export const imagesFr = {
  'nav.profiles': 'Logiciels de l’année',
  'nav.conformity': 'Conformité des ordinateurs',
};
