import { format, type Language } from '../../platform/i18n/i18n.js';

/** Plain words of the catalogue's resources, French first; error titles are in platform/i18n. */
const fr = {
  package_too_short: 'Un nom de paquet Debian a au moins deux caractères.',
  package_too_long: 'Un nom de paquet Debian a au plus 100 caractères.',
  package_bad_first_character: 'Un nom de paquet Debian commence par une lettre minuscule ou un chiffre : « {name} ».',
  package_forbidden_character:
    'Un nom de paquet Debian ne contient que des minuscules, des chiffres et les signes + - . (pas d’espace, de majuscule ni de « _ ») : « {name} ».',
  package_duplicate: 'Ce paquet est déjà dans la liste : « {name} ».',
  url_not_http: 'Seule une adresse web commençant par http:// ou https:// est acceptée.',
  url_invalid: 'Cette adresse web n’est pas valide (pas d’espace ni de guillemet).',
  launch_command_invalid:
    'La commande est un nom de programme suivi éventuellement d’options simples (lettres, chiffres, . _ - = /), sans caractère spécial.',
  file_name_invalid: 'Le nom du fichier ne contient que des lettres, des chiffres et les signes . _ - (pas d’espace).',
  sha256_invalid: 'L’empreinte SHA-256 s’écrit avec 64 caractères 0-9 et a-f.',
  required_for_kind: 'Ce champ est obligatoire pour une ressource de type « {kind} ».',
  not_for_kind: 'Ce champ ne s’applique pas à une ressource de type « {kind} ».',
  duplicate_code: 'Cette valeur est en double : « {value} ».',
  not_content: 'Seul un contenu hors ligne a un fichier à vérifier.',
  checksum_mismatch: 'Empreinte annoncée : {expected}. Empreinte du fichier téléchargé : {actual}.',
  size_too_big:
    'Taille annoncée : {expected} octets. Le serveur en a envoyé davantage : le téléchargement a été arrêté.',
  size_mismatch: 'Taille annoncée : {expected} octets. Taille du fichier téléchargé : {actual} octets.',
  fetch_http_status: 'Le serveur a répondu {status} pour {url}.',
  fetch_network: 'Le serveur de {url} n’a pas pu être joint ou a coupé la connexion.',
  fetch_idle: 'Le serveur de {url} n’a plus rien envoyé pendant {seconds} secondes.',
  content_changed: 'Le fichier de cette ressource a été modifié pendant la vérification : vérifiez de nouveau.',
  nothing_to_change: 'Rien à modifier.',
  kind_software: 'logiciel',
  kind_content: 'contenu hors ligne',
  kind_web: 'site web',
};

const en: typeof fr = {
  package_too_short: 'A Debian package name has at least two characters.',
  package_too_long: 'A Debian package name has at most 100 characters.',
  package_bad_first_character: 'A Debian package name starts with a lower-case letter or a digit: “{name}”.',
  package_forbidden_character:
    'A Debian package name holds only lower-case letters, digits and + - . (no space, capital or “_”): “{name}”.',
  package_duplicate: 'This package is already in the list: “{name}”.',
  url_not_http: 'Only a web address starting with http:// or https:// is accepted.',
  url_invalid: 'This web address is not valid (no space or quote).',
  launch_command_invalid:
    'The command is a program name, optionally followed by simple options (letters, digits, . _ - = /), with no special character.',
  file_name_invalid: 'The file name holds only letters, digits and . _ - (no space).',
  sha256_invalid: 'A SHA-256 checksum is written with 64 characters 0-9 and a-f.',
  required_for_kind: 'This field is required for a resource of kind “{kind}”.',
  not_for_kind: 'This field does not apply to a resource of kind “{kind}”.',
  duplicate_code: 'This value appears twice: “{value}”.',
  not_content: 'Only an offline content has a file to verify.',
  checksum_mismatch: 'Announced checksum: {expected}. Checksum of the downloaded file: {actual}.',
  size_too_big: 'Announced size: {expected} bytes. The server sent more: the download was stopped.',
  size_mismatch: 'Announced size: {expected} bytes. Size of the downloaded file: {actual} bytes.',
  fetch_http_status: 'The server answered {status} for {url}.',
  fetch_network: 'The server of {url} could not be reached or closed the connection.',
  fetch_idle: 'The server of {url} sent nothing for {seconds} seconds.',
  content_changed: 'The file of this resource was changed during the check: verify it again.',
  nothing_to_change: 'Nothing to change.',
  kind_software: 'software',
  kind_content: 'offline content',
  kind_web: 'website',
};

export type ResourcesMessages = typeof fr;
export type ResourcesMessageKey = keyof ResourcesMessages;

export function resourcesMessages(lang: Language): ResourcesMessages {
  return lang === 'en' ? en : fr;
}

/** One message in both languages, for a zod refinement (the error handler picks the request's). */
export function bothLanguages(
  key: ResourcesMessageKey,
  params: Record<string, string | number> = {},
): { fr: string; en: string } {
  return { fr: format(fr[key], params), en: format(en[key], params) };
}

/** A message about a resource kind, the kind named in each language. */
export function bothLanguagesForKind(
  key: ResourcesMessageKey,
  kind: 'software' | 'content' | 'web',
): { fr: string; en: string } {
  return { fr: format(fr[key], { kind: fr[`kind_${kind}`] }), en: format(en[key], { kind: en[`kind_${kind}`] }) };
}
