import type { AuditActor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { type AgentMessage, parseAgentMessage } from './inventory-parsing.js';
import { type DecodedPayload, type PayloadEncoding, decodePayload, encodeReply } from './payload-decoding.js';
import { recordInventory } from './record-inventory.js';

/** Hours before the agent comes back on its own (agents run once from the live USB anyway). */
const PROLOG_FREQ_HOURS = 24;

/** Any RESPONSE other than SEND makes the agent skip the inventory. */
export const PROLOG_REPLY = `<?xml version="1.0" encoding="UTF-8"?>
<REPLY>
  <RESPONSE>SEND</RESPONSE>
  <PROLOG_FREQ>${PROLOG_FREQ_HOURS}</PROLOG_FREQ>
</REPLY>
`;

/** The agent only needs a document rooted at <REPLY>; this one asks for nothing more. */
export const INVENTORY_XML_REPLY = `<?xml version="1.0" encoding="UTF-8"?>
<REPLY>
  <RESPONSE>no_account_update</RESPONSE>
</REPLY>
`;

/**
 * glpi-agent's CONTACT: run the inventory task, and leave out the categories that describe the
 * donor's people and habits (processes, environment, users, local accounts).
 */
export const CONTACT_REPLY = {
  status: 'ok',
  expiration: PROLOG_FREQ_HOURS,
  tasks: {
    inventory: {
      server: 'glpi',
      version: '10.0.16',
      'no-category': 'process,environment,user,local_user,local_group',
    },
  },
};

export const JSON_INVENTORY_REPLY = { status: 'ok', expiration: PROLOG_FREQ_HOURS };

export interface AgentReply {
  status: number;
  body: Buffer;
  contentType: string;
}

export function xmlReply(xml: string, encoding: PayloadEncoding, status = 200): AgentReply {
  const { body, contentType } = encodeReply(xml, encoding, 'application/xml; charset=utf-8');
  return { status, body, contentType };
}

export function jsonReply(value: unknown, encoding: PayloadEncoding, status = 200): AgentReply {
  const { body, contentType } = encodeReply(JSON.stringify(value), encoding, 'application/json; charset=utf-8');
  return { status, body, contentType };
}

/** What the handler knows once the body is decoded: errors are answered in the agent's dialect. */
export interface AgentExchange {
  payload: DecodedPayload | null;
  message: AgentMessage | null;
}

/**
 * One request of the agent conversation. PROLOG (also with glpi-agent's GLPI-Agent-ID header) is
 * answered in XML, which keeps every agent on the XML protocol; glpi-agent's JSON protocol
 * (CONTACT, full and partial inventories) is answered in JSON when an agent is set up for it.
 */
export async function handleAgentBody(
  db: Db,
  programmeId: string,
  actor: AuditActor,
  body: Buffer,
  glpiAgentHeader: boolean,
  lang: Language,
  exchange: AgentExchange,
): Promise<AgentReply> {
  const payload = decodePayload(body);
  exchange.payload = payload;
  const message = parseAgentMessage(payload, glpiAgentHeader);
  exchange.message = message;
  if (message.kind === 'prolog') return xmlReply(PROLOG_REPLY, payload.encoding);
  if (message.kind === 'contact') return jsonReply(CONTACT_REPLY, payload.encoding);
  await recordInventory(db, programmeId, actor, { parsed: message.inventory, payload: payload.bytes }, lang);
  return message.dialect === 'xml'
    ? xmlReply(INVENTORY_XML_REPLY, payload.encoding)
    : jsonReply(JSON_INVENTORY_REPLY, payload.encoding);
}
