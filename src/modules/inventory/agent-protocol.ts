import type { AuditActor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { GradingRules } from './grading.js';
import { type AgentMessage, parseAgentMessage } from './inventory-parsing.js';
import {
  type DecodedPayload,
  type PayloadEncoding,
  decodePayload,
  encodeReply,
  reusableGzip,
} from './payload-decoding.js';
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

/**
 * The fixed replies, encoded once per encoding: compressing the same few bytes again for every
 * agent is a zlib stream set up and torn down per request. Immutable, so safe to share.
 */
function fixedReply(make: (encoding: PayloadEncoding) => AgentReply): (encoding: PayloadEncoding) => AgentReply {
  const encoded = new Map<PayloadEncoding, AgentReply>();
  return (encoding) => {
    let reply = encoded.get(encoding);
    if (!reply) {
      reply = Object.freeze(make(encoding));
      encoded.set(encoding, reply);
    }
    return reply;
  };
}

const prologReply = fixedReply((encoding) => xmlReply(PROLOG_REPLY, encoding));
const contactReply = fixedReply((encoding) => jsonReply(CONTACT_REPLY, encoding));
const inventoryXmlReply = fixedReply((encoding) => xmlReply(INVENTORY_XML_REPLY, encoding));
const inventoryJsonReply = fixedReply((encoding) => jsonReply(JSON_INVENTORY_REPLY, encoding));

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
  scope: { programmeId: string; auditActor: AuditActor; gradingRules?: GradingRules | undefined },
  body: Buffer,
  glpiAgentHeader: boolean,
  lang: Language,
  exchange: AgentExchange,
): Promise<AgentReply> {
  const payload = decodePayload(body);
  exchange.payload = payload;
  const message = parseAgentMessage(payload, glpiAgentHeader);
  exchange.message = message;
  if (message.kind === 'prolog') return prologReply(payload.encoding);
  if (message.kind === 'contact') return contactReply(payload.encoding);
  await recordInventory(
    db,
    scope.programmeId,
    scope.auditActor,
    { parsed: message.inventory, payload: payload.bytes, payloadGzip: reusableGzip(payload) },
    lang,
    { gradingRules: scope.gradingRules },
  );
  return message.dialect === 'xml' ? inventoryXmlReply(payload.encoding) : inventoryJsonReply(payload.encoding);
}
