import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InventoryInputError } from './inventory-input-error.js';
import { text } from './fact-helpers.js';

/** An XML tree as fast-xml-parser gives it: text leaves, nested sections, arrays for repeats. */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/** CONTENT sections that are lists even when the agent sends one entry. */
const REPEATED_SECTIONS = new Set([
  'ACCOUNTINFO',
  'ANTIVIRUS',
  'BATTERIES',
  'CONTROLLERS',
  'CPUS',
  'DRIVES',
  'ENVS',
  'FIREWALL',
  'INPUTS',
  'LICENSEINFOS',
  'LOCAL_GROUPS',
  'LOCAL_USERS',
  'LOGICAL_VOLUMES',
  'MEMORIES',
  'MONITORS',
  'NETWORKS',
  'PHYSICAL_VOLUMES',
  'PORTS',
  'POWERSUPPLIES',
  'PRINTERS',
  'PROCESSES',
  'REMOTE_MGMT',
  'SLOTS',
  'SOFTWARES',
  'SOUNDS',
  'STORAGES',
  'USBDEVICES',
  'USERS',
  'VIDEOS',
  'VIRTUALMACHINES',
  'VOLUME_GROUPS',
]);

function decodeCharacterReferences(value: string): string {
  return value.replace(/&#(x[0-9a-f]+|\d+);/gi, (whole, ref: string) => {
    const code = ref[0] === 'x' || ref[0] === 'X' ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  // Only the five predefined entities; a DOCTYPE is refused before parsing, so none can be declared.
  processEntities: true,
  tagValueProcessor: (_name, value) => decodeCharacterReferences(value),
  isArray: (name, jPath) =>
    typeof jPath === 'string' && jPath === `REQUEST.CONTENT.${name}` && REPEATED_SECTIONS.has(name),
});

export interface AgentXmlRequest {
  /** PROLOG or INVENTORY (upper case). */
  query: string;
  deviceId: string | null;
  content: XmlNode | null;
  /** The agent's --tag, from ACCOUNTINFO KEYNAME=TAG. */
  tag: string | null;
}

/** Parses an agent's <REQUEST>; refuses DOCTYPE/ENTITY declarations (no entity is ever resolved). */
export function parseAgentXml(xml: string): AgentXmlRequest {
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(xml)) throw new InventoryInputError('INVENTORY_UNREADABLE', 'xml_doctype');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InventoryInputError('INVENTORY_UNREADABLE', 'xml_malformed', {
      line: valid.err.line,
      message: valid.err.msg,
    });
  }
  const doc = parser.parse(xml) as XmlNode;
  const request = doc.REQUEST;
  if (request === undefined || typeof request !== 'object' || Array.isArray(request)) {
    throw new InventoryInputError('INVENTORY_UNREADABLE', 'xml_no_request');
  }
  const query = (text(request.QUERY) ?? '').toUpperCase();
  const content =
    request.CONTENT && typeof request.CONTENT === 'object' && !Array.isArray(request.CONTENT) ? request.CONTENT : null;
  return { query, deviceId: text(request.DEVICEID), content, tag: content ? accountTag(content) : null };
}

function accountTag(content: XmlNode): string | null {
  for (const entry of sections(content, 'ACCOUNTINFO')) {
    if (text(entry.KEYNAME)?.toUpperCase() === 'TAG') return text(entry.KEYVALUE);
  }
  return null;
}

/** The entries of a repeated section (always a list, empty when absent). */
export function sections(content: XmlNode, name: string): XmlNode[] {
  const value = content[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is XmlNode => typeof v === 'object' && !Array.isArray(v));
}

/** A single section (BIOS, HARDWARE, OPERATINGSYSTEM); empty when absent or empty (<BIOS/>). */
export function section(content: XmlNode, name: string): XmlNode {
  const value = content[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' && !Array.isArray(first) ? first : {};
}
