import type { Language } from '../../platform/i18n/i18n.js';

/** Plain words of the Debian index loading; error titles are in platform/i18n. */
const fr = {
  invalid: 'Ligne {line} : {reason}. Rien n’a été chargé, l’index précédent reste en place.',
  reasons: {
    not_a_field: 'cette ligne n’est ni « Champ: valeur » ni la suite d’un champ',
    missing_field: 'un paquet est incomplet (le fichier est peut-être coupé)',
    bad_value: 'un nom, une version, une taille ou une somme de contrôle est invalide',
    empty: 'le fichier ne contient aucun paquet',
    not_gzip: 'le fichier compressé est coupé ou abîmé',
    too_large: 'le fichier décompressé dépasse {megabytes} Mo',
    wrong_architecture:
      'ce paquet est pour l’architecture « {found} », alors que le programme installe « {expected} » (ou « all ») : ce n’est pas l’index de la bonne architecture',
  },
  fetchStatus: 'Le miroir a répondu {status} pour {url}.',
  fetchNetwork: 'Le miroir {url} n’a pas pu être joint.',
  fetchTimeout: 'Le miroir {url} n’a pas répondu en {seconds} secondes.',
  fetchTooLarge: 'Le fichier du miroir {url} dépasse {megabytes} Mo.',
  uploadTooLarge: 'Le fichier Packages dépasse {megabytes} Mo.',
  uploadEmpty: 'Envoyez le fichier Packages (ou Packages.gz) comme corps de la requête.',
};

const en: typeof fr = {
  invalid: 'Line {line}: {reason}. Nothing was loaded; the previous index stays in place.',
  reasons: {
    not_a_field: 'this line is neither “Field: value” nor the continuation of a field',
    missing_field: 'a package is incomplete (the file may have been cut)',
    bad_value: 'a name, version, size or checksum is invalid',
    empty: 'the file holds no package',
    not_gzip: 'the compressed file is cut or damaged',
    too_large: 'the decompressed file is over {megabytes} MB',
    wrong_architecture:
      'this package is for the “{found}” architecture, while the programme installs “{expected}” (or “all”): this is the index of another architecture',
  },
  fetchStatus: 'The mirror answered {status} for {url}.',
  fetchNetwork: 'The mirror {url} could not be reached.',
  fetchTimeout: 'The mirror {url} did not answer within {seconds} seconds.',
  fetchTooLarge: 'The mirror’s file {url} is over {megabytes} MB.',
  uploadTooLarge: 'The Packages file is over {megabytes} MB.',
  uploadEmpty: 'Send the Packages (or Packages.gz) file as the request body.',
};

export type DebianIndexMessages = typeof fr;

export function debianIndexMessages(lang: Language): DebianIndexMessages {
  return lang === 'en' ? en : fr;
}
