import { crc32, deflateSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { InventoryInputError } from './inventory-input-error.js';

/** How the body travelled; the reply goes back the same way. */
export type PayloadEncoding = 'zlib' | 'gzip' | 'plain';
export type PayloadFormat = 'xml' | 'json';

export interface DecodedPayload {
  encoding: PayloadEncoding;
  format: PayloadFormat;
  /** The decompressed bytes, exactly as the client produced them (what we store and hash). */
  bytes: Buffer;
  /** The text without a byte-order mark. */
  text: string;
  /** A compressed body up to the end of its compressed stream (bytes after it are ignored); null when plain. */
  compressed: Buffer | null;
}

/** Compressed bodies accepted on the inventory routes (the app default is 1 MB). */
export const INVENTORY_BODY_LIMIT_BYTES = 16 * 1024 * 1024;
/** A decompressed inventory larger than this is refused without being allocated. */
export const INVENTORY_INFLATED_LIMIT_BYTES = 32 * 1024 * 1024;

function firstBytesHex(buf: Buffer): string {
  return [...buf.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** The format of plain text: first non-blank character after an optional UTF-8 BOM. */
export function sniffTextFormat(buf: Buffer): PayloadFormat | null {
  let i = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0a || buf[i] === 0x0d)) i += 1;
  if (buf[i] === 0x3c) return 'xml';
  // lshw -class … prints an array.
  if (buf[i] === 0x7b || buf[i] === 0x5b) return 'json';
  return null;
}

function inflate(body: Buffer, encoding: 'zlib' | 'gzip', maxBytes: number): { bytes: Buffer; compressed: Buffer } {
  try {
    // info: the engine tells how many bytes the stream took (zlib ignores what follows it).
    const options = { maxOutputLength: maxBytes, info: true };
    // @types/node has no overload for info: true, which returns the buffer and the engine.
    const { buffer, engine } = (encoding === 'zlib'
      ? inflateSync(body, options)
      : gunzipSync(body, options)) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    return { bytes: buffer, compressed: body.subarray(0, engine.bytesWritten) };
  } catch (error) {
    // Node stops inflating at maxOutputLength and throws ERR_BUFFER_TOO_LARGE: a bomb never lands in memory.
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InventoryInputError('PAYLOAD_TOO_LARGE', 'too_large', { maxMb: Math.round(maxBytes / 1024 / 1024) });
    }
    throw new InventoryInputError('INVENTORY_UNREADABLE', 'corrupt_compression', {
      encoding,
      message: (error as Error).message,
    });
  }
}

/**
 * Decides from the first bytes, never from Content-Type (agents label bodies inconsistently):
 * 78 → zlib, 1f 8b → gzip, < → XML, { (or [ for lshw) → JSON, after an optional BOM and blanks.
 */
export function decodePayload(body: Buffer, maxInflatedBytes = INVENTORY_INFLATED_LIMIT_BYTES): DecodedPayload {
  if (body.length === 0) throw new InventoryInputError('INVENTORY_UNREADABLE', 'empty');
  let encoding: PayloadEncoding = 'plain';
  let bytes = body;
  let compressed: Buffer | null = null;
  // 78 is the RFC 1950 header byte for deflate with a 32 KB window (78 01, 78 9c, 78 da).
  if (body[0] === 0x78) encoding = 'zlib';
  else if (body[0] === 0x1f && body[1] === 0x8b) encoding = 'gzip';
  if (encoding !== 'plain') {
    ({ bytes, compressed } = inflate(body, encoding, maxInflatedBytes));
  } else if (body.length > maxInflatedBytes) {
    throw new InventoryInputError('PAYLOAD_TOO_LARGE', 'too_large', {
      maxMb: Math.round(maxInflatedBytes / 1024 / 1024),
    });
  }
  const format = sniffTextFormat(bytes);
  if (!format) {
    throw new InventoryInputError(
      'INVENTORY_UNREADABLE',
      encoding === 'plain' ? 'unknown_format' : 'nested_compression',
      { bytes: firstBytesHex(bytes) },
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { encoding, format, bytes, text: bytes.subarray(bom).toString('utf8'), compressed };
}

/** gzip member header: magic, deflate, no flags, no mtime, no extra flags, OS unknown (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The payload as gzip without compressing it again, when the agent sent it compressed: a gzip
 * body as it came; a zlib body's deflate stream rewrapped in a gzip header and trailer (the
 * deflate data is the same in both formats, RFC 1950 vs 1952). null for a plain body.
 */
export function reusableGzip(payload: DecodedPayload): Buffer | null {
  const { compressed, encoding, bytes } = payload;
  if (!compressed) return null;
  if (encoding === 'gzip') return compressed;
  // RFC 1950: CMF, FLG [, DICTID when FDICT], deflate data, ADLER-32. A preset dictionary never inflates here.
  if (compressed.length < 6 || (compressed[1]! & 0x20) !== 0) return null;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(bytes), 0);
  trailer.writeUInt32LE(bytes.length % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, compressed.subarray(2, compressed.length - 4), trailer]);
}

/** The reply body and its Content-Type, in the encoding the request came in. */
export function encodeReply(
  text: string,
  encoding: PayloadEncoding,
  plainType: string,
): { body: Buffer; contentType: string } {
  const raw = Buffer.from(text, 'utf8');
  if (encoding === 'zlib') return { body: deflateSync(raw), contentType: 'application/x-compress-zlib' };
  if (encoding === 'gzip') return { body: gzipSync(raw), contentType: 'application/x-compress-gzip' };
  return { body: raw, contentType: plainType };
}
