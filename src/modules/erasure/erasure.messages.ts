import type { Language } from '../../platform/i18n/i18n.js';
import type { NwipeUnreadableReason } from './nwipe-log.js';

/** Plain-word details of the erasure module's errors, French first; titles are in platform/i18n. */
const fr = {
  unreadable: {
    empty: 'Le fichier est vide.',
    not_text: 'Ce fichier n’est pas du texte : envoyez le journal nwipe (fichier .log ou texte affiché à l’écran).',
    not_nwipe: 'Ce fichier n’est pas un journal nwipe.',
    no_disk: 'Le journal ne nomme aucun disque (pas de ligne « Found /dev/… »).',
    no_summary: 'Journal coupé : aucun résultat pour {disk} (le tableau « Drive Status » de fin manque).',
    no_result: 'Journal coupé : aucun résultat pour {disk}.',
  } satisfies Record<NwipeUnreadableReason, string>,
  too_large: 'Le journal dépasse {megabytes} Mo.',
  other_device: 'Ce journal est déjà enregistré pour l’appareil {assetTag}. Vérifiez l’étiquette scannée.',
  device_not_found: 'Cet appareil n’existe pas dans ce programme.',
  supersedes_not_found: 'L’enregistrement à corriger n’existe pas pour cet appareil.',
  destroyed_needs_destroy:
    'Une destruction physique se note avec le résultat « destroyed » et le niveau « destroy », les deux ensemble.',
  disk_identity: 'Indiquez le numéro de série du disque ou, s’il n’en a pas, son nom (par exemple sda).',
  ended_before_started: 'La fin est avant le début.',
  in_future: 'Cette date est dans le futur.',
  evidence_not_found: 'Ce fichier de preuve n’existe pas dans ce programme.',
};

const en: typeof fr = {
  unreadable: {
    empty: 'The file is empty.',
    not_text: 'This file is not text: send the nwipe log (.log file or the text shown on screen).',
    not_nwipe: 'This file is not an nwipe log.',
    no_disk: 'The log names no disk (no “Found /dev/…” line).',
    no_summary: 'Log cut short: no result for {disk} (the closing “Drive Status” table is missing).',
    no_result: 'Log cut short: no result for {disk}.',
  },
  too_large: 'The log is larger than {megabytes} MB.',
  other_device: 'This log is already recorded for device {assetTag}. Check the scanned label.',
  device_not_found: 'This device does not exist in this programme.',
  supersedes_not_found: 'The record to correct does not exist for this device.',
  destroyed_needs_destroy:
    'Physical destruction is recorded with result “destroyed” and level “destroy”, both together.',
  disk_identity: 'Give the disk’s serial number or, when it has none, its name (for example sda).',
  ended_before_started: 'The end is before the start.',
  in_future: 'This date is in the future.',
  evidence_not_found: 'This evidence file does not exist in this programme.',
};

const catalogues: Record<Language, typeof fr> = { fr, en };

export function erasureMessages(lang: Language): typeof fr {
  return catalogues[lang] ?? fr;
}

/** The platform's placeholder filling, under the name this module's callers use. */
export { format as fill } from '../../platform/i18n/i18n.js';
