import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';

/**
 * Why an inventory body was refused, in plain words. Parsers know nothing of the request's
 * language: they throw an InventoryInputError with a reason key, and the route translates it.
 */
const reasons = {
  empty: { fr: 'Le corps de la requête est vide.', en: 'The request body is empty.' },
  unknown_format: {
    fr: 'Le contenu commence par les octets {bytes} : ce n’est ni du zlib (78), ni du gzip (1f 8b), ni du XML (<), ni du JSON ({).',
    en: 'The body starts with the bytes {bytes}: it is neither zlib (78), gzip (1f 8b), XML (<) nor JSON ({).',
  },
  corrupt_compression: {
    fr: 'Les données compressées ({encoding}) sont abîmées : {message}.',
    en: 'The compressed data ({encoding}) is damaged: {message}.',
  },
  too_large: {
    fr: 'Une fois décompressé, l’inventaire dépasse {maxMb} Mo.',
    en: 'Once decompressed, the inventory is larger than {maxMb} MB.',
  },
  nested_compression: {
    fr: 'Le contenu décompressé n’est ni du XML ni du JSON (il commence par {bytes}).',
    en: 'The decompressed content is neither XML nor JSON (it starts with {bytes}).',
  },
  xml_doctype: {
    fr: 'Le XML contient une déclaration DOCTYPE ou ENTITY : refusée par sécurité.',
    en: 'The XML contains a DOCTYPE or ENTITY declaration: refused for safety.',
  },
  xml_malformed: {
    fr: 'Le XML est mal formé (ligne {line}) : {message}.',
    en: 'The XML is malformed (line {line}): {message}.',
  },
  xml_no_request: {
    fr: 'Le XML n’a pas d’élément racine <REQUEST>.',
    en: 'The XML has no <REQUEST> root element.',
  },
  xml_unknown_query: {
    fr: 'La requête QUERY « {query} » n’est pas prise en charge (PROLOG ou INVENTORY attendus).',
    en: 'The QUERY "{query}" is not supported (PROLOG or INVENTORY expected).',
  },
  xml_no_content: {
    fr: 'L’inventaire XML n’a pas d’élément <CONTENT>.',
    en: 'The XML inventory has no <CONTENT> element.',
  },
  json_malformed: {
    fr: 'Le JSON est mal formé ou tronqué : {message}.',
    en: 'The JSON is malformed or cut off: {message}.',
  },
  json_schema: {
    fr: 'Le champ {field} ne suit pas le format attendu : {message}.',
    en: 'The field {field} does not follow the expected format: {message}.',
  },
  json_unknown_action: {
    fr: 'L’action « {action} » n’est pas prise en charge (contact ou inventory attendues).',
    en: 'The action "{action}" is not supported (contact or inventory expected).',
  },
  json_not_inventory: {
    fr: 'Ce JSON n’est ni une sortie de lshw -json ni un inventaire GLPI (champ content attendu).',
    en: 'This JSON is neither lshw -json output nor a GLPI inventory (a content field is expected).',
  },
  lshw_no_system: {
    fr: 'La sortie de lshw ne contient aucun nœud de classe « system ».',
    en: 'The lshw output has no node of class "system".',
  },
} satisfies Record<string, Record<Language, string>>;

export type InventoryInputReason = keyof typeof reasons;

export class InventoryInputError extends Error {
  constructor(
    readonly code: 'INVENTORY_UNREADABLE' | 'INVENTORY_INVALID' | 'PAYLOAD_TOO_LARGE',
    readonly reason: InventoryInputReason,
    readonly params: Record<string, string | number> = {},
    /** Path of the offending field, e.g. "content.cpus.0.core". */
    readonly field?: string,
  ) {
    super(reason);
    this.name = 'InventoryInputError';
  }

  /** The plain-words explanation in the given language. */
  describe(lang: Language): string {
    return reasons[this.reason][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(this.params[key] ?? ''));
  }

  toAppError(lang: Language): AppError {
    const detail = this.describe(lang);
    return new AppError(this.code, {
      detail,
      ...(this.field ? { fields: [{ field: `body.${this.field}`, code: this.reason, message: detail }] } : {}),
    });
  }
}
