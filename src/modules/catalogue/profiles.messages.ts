import type { Language } from '../../platform/i18n/i18n.js';

/**
 * Plain words of profiles, versions, their differences and their publication, French first;
 * error titles are in platform/i18n. The diff sentences are read by teachers: short, no jargon.
 */
const fr = {
  bands: { cycle2: 'Cycle 2', cycle3: 'Cycle 3' },
  bandTitles: { cycle2: 'Cycle 2 (CP, CE1, CE2)', cycle3: 'Cycle 3 (CM1, CM2)' },
  resource_not_accepted:
    'Cette ressource n’est pas acceptée dans le catalogue : elle ne peut pas entrer dans un profil.',
  school_year_not_found: 'Cette année scolaire n’existe pas dans ce programme.',
  against_not_found: 'La version à comparer n’existe pas dans ce programme.',
  package_missing: 'Le paquet {name} ({title}) est introuvable dans Debian {release} {architecture}.',
  package_too_heavy_ram:
    'Le paquet {name} ({title}) est trop lourd : il demande {need} Mo de mémoire, les ordinateurs du programme en ont {have}.',
  package_too_heavy_disk:
    'Le paquet {name} ({title}) est trop lourd : il demande {need} Mo de disque, la place prévue est de {have} Mo.',
  package_too_heavy_size:
    'Le paquet {name} ({title}) est trop lourd : il prend {need} Mo, la place prévue est de {have} Mo.',
  resource_too_heavy: '« {title} » est trop lourd pour les ordinateurs du programme.',
  over_budget: 'L’ensemble prend {total} Mo : la place prévue pour les logiciels est de {budget} Mo.',
  content_not_verified: 'Le fichier de « {title} » n’a pas encore été vérifié : vérifiez-le avant de publier.',
  manifest_value: 'Une valeur ne peut pas entrer dans l’image : {field}.',
  diff: {
    added: '{title} est ajouté.',
    removed: '{title} est retiré.',
    renamed: '« {before} » s’appelle maintenant « {after} ».',
    packageVersion: '{title} : le paquet passe de la version {before} à {after}.',
    namedPackageVersion: '{title} : le paquet {name} passe de la version {before} à {after}.',
    packageAdded: '{title} : le paquet {name} est ajouté.',
    packageRemoved: '{title} : le paquet {name} n’est plus installé.',
    content: '{title} : le contenu hors ligne change ({after} au lieu de {before}).',
    contentSameSize: '{title} : le contenu hors ligne change.',
    webUrl: '{title} : l’adresse change ({after}).',
    launchCommand: '{title} : le programme lancé depuis le menu change ({after}).',
    minRamMb: '{title} : demande maintenant {after} de mémoire (au lieu de {before}).',
    minDiskMb: '{title} : demande maintenant {after} de disque (au lieu de {before}).',
    grades: '{title} : les classes concernées changent ({after} au lieu de {before}).',
    noRequirement: 'rien',
    nothing: 'Rien ne change.',
  },
  units: { kb: 'ko', mb: 'Mo', gb: 'Go' },
};

const en: typeof fr = {
  bands: { cycle2: 'Cycle 2', cycle3: 'Cycle 3' },
  bandTitles: { cycle2: 'Cycle 2 (CP, CE1, CE2)', cycle3: 'Cycle 3 (CM1, CM2)' },
  resource_not_accepted: 'This resource is not accepted in the catalogue: it cannot go into a profile.',
  school_year_not_found: 'This school year does not exist in this programme.',
  against_not_found: 'The version to compare with does not exist in this programme.',
  package_missing: 'The package {name} ({title}) cannot be found in Debian {release} {architecture}.',
  package_too_heavy_ram:
    'The package {name} ({title}) is too heavy: it needs {need} MB of memory, the programme’s computers have {have}.',
  package_too_heavy_disk:
    'The package {name} ({title}) is too heavy: it needs {need} MB of disk, the space planned is {have} MB.',
  package_too_heavy_size:
    'The package {name} ({title}) is too heavy: it takes {need} MB, the space planned is {have} MB.',
  resource_too_heavy: '“{title}” is too heavy for the programme’s computers.',
  over_budget: 'The whole set takes {total} MB: the space planned for software is {budget} MB.',
  content_not_verified: 'The file of “{title}” has not been checked yet: check it before publishing.',
  manifest_value: 'A value cannot go into the image: {field}.',
  diff: {
    added: '{title} is added.',
    removed: '{title} is removed.',
    renamed: '“{before}” is now called “{after}”.',
    packageVersion: '{title}: the package goes from version {before} to {after}.',
    namedPackageVersion: '{title}: the package {name} goes from version {before} to {after}.',
    packageAdded: '{title}: the package {name} is added.',
    packageRemoved: '{title}: the package {name} is no longer installed.',
    content: '{title}: the offline content changes ({after} instead of {before}).',
    contentSameSize: '{title}: the offline content changes.',
    webUrl: '{title}: the address changes ({after}).',
    launchCommand: '{title}: the program started from the menu changes ({after}).',
    minRamMb: '{title}: now needs {after} of memory (instead of {before}).',
    minDiskMb: '{title}: now needs {after} of disk (instead of {before}).',
    grades: '{title}: the grades change ({after} instead of {before}).',
    noRequirement: 'nothing',
    nothing: 'Nothing changes.',
  },
  units: { kb: 'kB', mb: 'MB', gb: 'GB' },
};

export type ProfilesMessages = typeof fr;

export function profilesMessages(lang: Language): ProfilesMessages {
  return lang === 'en' ? en : fr;
}
