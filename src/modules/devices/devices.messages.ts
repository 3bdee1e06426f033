import type { Language } from '../../platform/i18n/i18n.js';
import type { DeviceState } from './device-states.js';

/**
 * Plain-word details of the devices module's errors, French first. Kept next to the module
 * until the platform catalogue has a workshop section; the titles are in platform/i18n.
 */
const fr = {
  serial_taken: 'Ce numéro de série est déjà celui de l’appareil {assetTag}.',
  identity_needs_manage: 'Seul l’encadrement peut changer le type, la marque, le modèle ou le numéro de série.',
  lot_not_found: 'Ce lot n’existe pas dans ce programme.',
  lot_not_receiving:
    'Le lot {reference} est à l’étape « {status} » : on ajoute des appareils à un lot collecté ou reçu.',
  transition_forbidden: 'Un appareil à l’étape « {from} » ne peut pas passer à « {to} ».',
  later_module: 'L’étape « {to} » se fait dans le module de distribution.',
  check_only: 'Pour passer à « contrôlé », signez le contrôle final.',
  moved_meanwhile: 'Quelqu’un vient de changer l’étape de cet appareil (maintenant « {state} »). Scannez-le à nouveau.',
  not_inventoried: 'Faites d’abord l’inventaire de l’appareil.',
  disks_without_proof: 'Disques sans preuve d’effacement : {disks}.',
  no_disk_listed:
    'Le dernier inventaire ne montre aucun disque. Branchez le disque et refaites l’inventaire : un disque non vu ne peut pas être prouvé effacé.',
  image_missing: 'Indiquez le système installé (nom et version).',
  unfit: 'Cet appareil est classé « inapte » : envoyez-le aux pièces ou au recyclage.',
  no_passed_check: 'Aucun contrôle final réussi depuis la dernière réparation ou installation.',
  check_four_eyes: 'Vous avez {what} cet appareil : une autre personne doit signer le contrôle.',
  four_eyes_repaired: 'réparé',
  four_eyes_imaged: 'installé',
  check_wrong_state: 'Le contrôle se fait quand le système est installé (étape « installé »).',
  check_item_missing: 'Le point « {code} » du contrôle n’a pas de réponse.',
  check_item_unknown: 'Le point « {code} » ne fait pas partie du contrôle de ce programme.',
  undo_not_latest: 'Seule la dernière action sur cet appareil peut être annulée.',
  undo_not_yours: 'Seule la personne qui a fait l’action peut l’annuler.',
  undo_not_transition: 'Seul un changement d’étape peut être annulé.',
  undo_state_changed: 'L’appareil a changé d’étape depuis : l’action ne peut plus être annulée.',
  tag_format: 'Une étiquette ressemble à {example} : des lettres, 6 chiffres, une lettre de contrôle.',
  tag_check_letter: 'La lettre de contrôle ne correspond pas : la lettre attendue est {expected}.',
  invalid_cursor: 'Ce curseur de page n’est pas valide. Recommencez depuis la première page.',
  invalid_date: 'Date invalide : attendu une date ISO 8601, par exemple 2026-11-29T09:30:00Z.',
  started_after_now: 'L’heure de début est après l’heure de fin.',
  from_after_to: 'Le début de la période est après la fin.',
  period_too_long: 'La période dépasse un an.',
  states: {
    received: 'reçu',
    diagnosed: 'diagnostiqué',
    erased: 'effacé',
    repaired: 'réparé',
    imaged: 'installé',
    checked: 'contrôlé',
    ready: 'prêt',
    allocated: 'attribué',
    handed_over: 'remis',
    returned: 'rendu',
    for_parts: 'pour pièces',
    recycled: 'recyclé',
    in_school: 'à l’école',
  } satisfies Record<DeviceState, string>,
};

const en: typeof fr = {
  serial_taken: 'This serial number already belongs to device {assetTag}.',
  identity_needs_manage: 'Only supervisors can change the kind, make, model or serial number.',
  lot_not_found: 'This lot does not exist in this programme.',
  lot_not_receiving: 'Lot {reference} is at the “{status}” step: devices are added to a collected or received lot.',
  transition_forbidden: 'A device at the “{from}” step cannot go to “{to}”.',
  later_module: 'The “{to}” step is done in the distribution module.',
  check_only: 'To reach “checked”, sign the final check.',
  moved_meanwhile: 'Someone just changed this device’s step (now “{state}”). Scan it again.',
  not_inventoried: 'Take the device’s inventory first.',
  disks_without_proof: 'Disks without erasure proof: {disks}.',
  no_disk_listed:
    'The latest inventory shows no disk. Connect the disk and run the inventory again: a disk nobody saw cannot be proven erased.',
  image_missing: 'Say which system was installed (name and version).',
  unfit: 'This device is graded “unfit”: send it to parts or recycling.',
  no_passed_check: 'No passed final check since the last repair or installation.',
  check_four_eyes: 'You {what} this device: another person must sign the check.',
  four_eyes_repaired: 'repaired',
  four_eyes_imaged: 'installed',
  check_wrong_state: 'The check is done once the system is installed (“imaged” step).',
  check_item_missing: 'Check item “{code}” has no answer.',
  check_item_unknown: 'Item “{code}” is not part of this programme’s check.',
  undo_not_latest: 'Only the latest action on this device can be undone.',
  undo_not_yours: 'Only the person who did the action can undo it.',
  undo_not_transition: 'Only a change of step can be undone.',
  undo_state_changed: 'The device changed step since: the action can no longer be undone.',
  tag_format: 'A tag looks like {example}: letters, 6 digits, a check letter.',
  tag_check_letter: 'The check letter does not match: the expected letter is {expected}.',
  invalid_cursor: 'This page cursor is not valid. Start again from the first page.',
  invalid_date: 'Invalid date: expected ISO 8601, e.g. 2026-11-29T09:30:00Z.',
  started_after_now: 'The start time is after the end time.',
  from_after_to: 'The start of the period is after its end.',
  period_too_long: 'The period is longer than a year.',
  states: {
    received: 'received',
    diagnosed: 'diagnosed',
    erased: 'erased',
    repaired: 'repaired',
    imaged: 'imaged',
    checked: 'checked',
    ready: 'ready',
    allocated: 'allocated',
    handed_over: 'handed over',
    returned: 'returned',
    for_parts: 'for parts',
    recycled: 'recycled',
    in_school: 'at school',
  },
};

export type DeviceMessages = typeof fr;

export function deviceMessages(lang: Language): DeviceMessages {
  return lang === 'en' ? en : fr;
}
