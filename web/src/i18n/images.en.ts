/** English messages of the profiles, versions and conformity pages (same keys as images.fr.ts). */
export const imagesEn = {
  'nav.profiles': 'This year’s software',
  'nav.conformity': 'Computer conformity',
};
