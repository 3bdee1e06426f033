import type { Language } from '../../platform/i18n/i18n.js';

/** Details of inventory errors shown to people (titles are in the platform catalogues). */
const fr = {
  unknown_machine_no_tag:
    'Aucun appareil ne correspond à cet ordinateur (numéro de série {serial}, UUID {uuid}). Relancez l’agent avec --tag et la référence du lot (par exemple LOT-2026-0012) ou l’étiquette de l’appareil.',
  unknown_machine_tag:
    'Aucun appareil ne correspond à cet ordinateur (numéro de série {serial}, UUID {uuid}) et l’étiquette « {tag} » ne désigne ni un lot ni un appareil de ce programme.',
  asset_tag_unknown: 'L’étiquette « {tag} » ne désigne aucun appareil de ce programme.',
  token_programme: 'Ce jeton appartient à un autre programme.',
  token_missing:
    'Authentification requise : donnez à l’agent --user (libre) et --password (le jeton d’inventaire de l’atelier).',
  payload_on_other_device: 'Cet inventaire est déjà enregistré pour l’appareil {assetTag}.',
  unknown: 'inconnu',
};

const en: typeof fr = {
  unknown_machine_no_tag:
    'No device matches this computer (serial {serial}, UUID {uuid}). Run the agent again with --tag and the lot reference (e.g. LOT-2026-0012) or the device’s asset tag.',
  unknown_machine_tag:
    'No device matches this computer (serial {serial}, UUID {uuid}) and the tag "{tag}" names neither a lot nor a device of this programme.',
  asset_tag_unknown: 'The tag "{tag}" names no device of this programme.',
  token_programme: 'This token belongs to another programme.',
  token_missing:
    'Authentication required: give the agent --user (any name) and --password (the workshop’s inventory token).',
  payload_on_other_device: 'This inventory is already recorded for device {assetTag}.',
  unknown: 'unknown',
};

export type InventoryMessages = typeof fr;

export function inventoryMessages(lang: Language): InventoryMessages {
  return lang === 'en' ? en : fr;
}
