import { agentVersionOf, type Content, contentToFacts, upperCaseKeys } from './agent-content-facts.js';
import { type AgentXmlRequest, parseAgentXml } from './agent-xml.js';
import { type GlpiJsonRequest, parseGlpiJson, parseJsonText } from './glpi-json.js';
import { InventoryInputError } from './inventory-input-error.js';
import type { InventoryFacts, InventorySource } from './inventory-facts.js';
import { isLshwJson, lshwToFacts } from './lshw-facts.js';
import type { DecodedPayload } from './payload-decoding.js';

export { type InventorySource, inventorySources } from './inventory-facts.js';

/** An inventory ready to store: its facts and what the sender said about itself. */
export interface ParsedInventory {
  source: InventorySource;
  facts: InventoryFacts;
  isPartial: boolean;
  /** Upper-case CONTENT section names a partial inventory carries (the others are kept). */
  sections: Set<string>;
  agentDeviceId: string | null;
  agentVersion: string | null;
  tag: string | null;
}

/** What an agent asked for. */
export type AgentMessage =
  | { kind: 'prolog'; dialect: 'xml'; deviceId: string | null }
  | { kind: 'contact'; dialect: 'json'; deviceId: string | null }
  | { kind: 'inventory'; dialect: 'xml' | 'json'; inventory: ParsedInventory };

function fromXmlContent(request: AgentXmlRequest, glpiAgentHeader: boolean): ParsedInventory {
  if (!request.content) throw new InventoryInputError('INVENTORY_INVALID', 'xml_no_content', {}, 'REQUEST.CONTENT');
  const agentVersion = agentVersionOf(request.content);
  const glpi = glpiAgentHeader || /glpi-agent/i.test(agentVersion ?? '');
  return {
    source: glpi ? 'glpi-xml' : 'fusioninventory-xml',
    facts: contentToFacts(request.content),
    isPartial: false,
    sections: new Set(Object.keys(request.content)),
    agentDeviceId: request.deviceId,
    agentVersion,
    tag: request.tag,
  };
}

function fromGlpiJson(request: GlpiJsonRequest, source: 'glpi-json' | 'glpi-json-file'): ParsedInventory {
  if (!request.content) throw new InventoryInputError('INVENTORY_INVALID', 'json_not_inventory', {}, 'content');
  const content: Content = upperCaseKeys(request.content);
  return {
    source,
    facts: contentToFacts(content),
    isPartial: request.partial === true,
    sections: new Set(Object.keys(content)),
    agentDeviceId: request.deviceid ?? null,
    agentVersion: agentVersionOf(content),
    tag: request.tag ?? null,
  };
}

/** A body posted by an agent (FusionInventory, glpi-agent, OCS family), XML or glpi JSON. */
export function parseAgentMessage(payload: DecodedPayload, glpiAgentHeader: boolean): AgentMessage {
  if (payload.format === 'xml') {
    const request = parseAgentXml(payload.text);
    if (request.query === 'PROLOG') return { kind: 'prolog', dialect: 'xml', deviceId: request.deviceId };
    if (request.query === 'INVENTORY') {
      return { kind: 'inventory', dialect: 'xml', inventory: fromXmlContent(request, glpiAgentHeader) };
    }
    throw new InventoryInputError(
      'INVENTORY_INVALID',
      'xml_unknown_query',
      { query: request.query || '—' },
      'REQUEST.QUERY',
    );
  }
  const request = parseGlpiJson(parseJsonText(payload.text));
  const action = request.action?.toLowerCase();
  if (action === 'contact') return { kind: 'contact', dialect: 'json', deviceId: request.deviceid ?? null };
  if (action === 'inventory') {
    return { kind: 'inventory', dialect: 'json', inventory: fromGlpiJson(request, 'glpi-json') };
  }
  throw new InventoryInputError(
    'INVENTORY_INVALID',
    'json_unknown_action',
    { action: request.action ?? '—' },
    'action',
  );
}

/**
 * A file a person uploads for a device: `lshw -json` output (object or array), a glpi JSON
 * inventory file, or an agent's XML inventory (`fusioninventory-agent --local`).
 */
export function parseUploadedInventory(payload: DecodedPayload): ParsedInventory {
  if (payload.format === 'xml') {
    const request = parseAgentXml(payload.text);
    if (request.query !== 'INVENTORY') {
      throw new InventoryInputError(
        'INVENTORY_INVALID',
        'xml_unknown_query',
        { query: request.query || '—' },
        'REQUEST.QUERY',
      );
    }
    return fromXmlContent(request, false);
  }
  const json = parseJsonText(payload.text);
  if (isLshwJson(json)) {
    return {
      source: 'lshw-json',
      facts: lshwToFacts(json),
      isPartial: false,
      sections: new Set(),
      agentDeviceId: null,
      agentVersion: null,
      tag: null,
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('content' in json)) {
    throw new InventoryInputError('INVENTORY_INVALID', 'json_not_inventory');
  }
  return fromGlpiJson(parseGlpiJson(json), 'glpi-json-file');
}
