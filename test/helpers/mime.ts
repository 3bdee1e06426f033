/**
 * A small reader of the e-mails tests receive (from the smtp-server package): headers with
 * RFC 2047 encoded words, multipart bodies, base64 and quoted-printable. Enough to assert what a
 * family would read and what is attached; not a general MIME parser.
 */
export interface MimePart {
  headers: Record<string, string>;
  contentType: string;
  filename: string | null;
  /** The decoded body as UTF-8 text (leaves only). */
  body: string;
  parts: MimePart[];
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bqBQ])\?([^?]*)\?=/g, (_whole, _charset: string, enc: string, text: string) => {
      if (enc.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => `%${h}`);
      return decodeURIComponent(bytes);
    });
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return headers;
}

function param(header: string, name: string): string | null {
  const match = new RegExp(`${name}\\*?=("([^"]*)"|[^;\\s]+)`, 'i').exec(header);
  return match ? (match[2] ?? match[1] ?? null) : null;
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const soft = body.replace(/=\r\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i += 1) {
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
        bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

export function parseMime(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const headers = parseHeaders(split < 0 ? raw : raw.slice(0, split));
  const body = split < 0 ? '' : raw.slice(split + 4);
  const contentType = headers['content-type'] ?? 'text/plain';
  const disposition = headers['content-disposition'] ?? '';
  const filename = param(disposition, 'filename') ?? param(contentType, 'name');
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(contentType, 'boundary');
    if (!boundary) throw new Error('multipart without boundary');
    const chunks = body.split(`--${boundary}`).slice(1);
    const parts = chunks
      .filter((c) => !c.startsWith('--'))
      .map((c) => parseMime(c.replace(/^\r\n/, '').replace(/\r\n$/, '')));
    return { headers, contentType: type, filename, body: '', parts };
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  return { headers, contentType: type, filename, body: decodeBody(body, encoding), parts: [] };
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(leaves);
}
