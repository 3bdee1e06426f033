import { crc32, inflateSync } from 'node:zlib';

/**
 * Checks a drawn signature before it is kept: a real PNG (signature bytes, chunks with valid
 * CRCs), of a sensible size, and not blank. A signature pad exports an 8-bit, non-interlaced
 * PNG with an alpha channel; the other 8-bit colour types are read too. "Blank" means no pixel
 * that is both visible (alpha above 0) and darker than near-white: an empty pad, or a white one.
 */
export const SIGNATURE_MAX_BYTES = 200 * 1024;
const MIN_SIDE = { width: 40, height: 16 };
const MAX_SIDE = 4000;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel for bit depth 8, by colour type: grey, RGB, grey+alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
/** A channel value at or above this is paper white, not ink. */
const INK_BELOW = 235;

export type SignatureCheck =
  | { ok: true; width: number; height: number }
  | { ok: false; reason: 'too_large' | 'not_png' | 'corrupt' | 'unsupported' | 'dimensions' | 'blank' };

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(bytes: Buffer): Chunk[] | null {
  const chunks: Chunk[] = [];
  let at = PNG_MAGIC.length;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    if (at + 12 + length > bytes.length) return null;
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    if (crc32(typeAndData) !== bytes.readUInt32BE(at + 8 + length)) return null;
    const type = typeAndData.subarray(0, 4).toString('latin1');
    chunks.push({ type, data: typeAndData.subarray(4) });
    at += 12 + length;
    if (type === 'IEND') return chunks;
  }
  return null;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters in place; false when a filter byte is not one of the five. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer | null {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const o = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const left = x >= bpp ? out[o + x - bpp]! : 0;
      const up = y > 0 ? out[o - stride + x]! : 0;
      const upLeft = y > 0 && x >= bpp ? out[o - stride + x - bpp]! : 0;
      const predictor =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : filter === 4
                  ? paeth(left, up, upLeft)
                  : -1;
      if (predictor < 0) return null;
      out[o + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return out;
}

function hasInk(pixels: Buffer, channels: number): boolean {
  const hasAlpha = channels === 2 || channels === 4;
  const colour = hasAlpha ? channels - 1 : channels;
  for (let i = 0; i < pixels.length; i += channels) {
    if (hasAlpha && pixels[i + colour]! === 0) continue;
    for (let c = 0; c < colour; c += 1) if (pixels[i + c]! < INK_BELOW) return true;
  }
  return false;
}

export function checkSignaturePng(bytes: Buffer): SignatureCheck {
  if (bytes.length > SIGNATURE_MAX_BYTES) return { ok: false, reason: 'too_large' };
  if (bytes.length < PNG_MAGIC.length || !PNG_MAGIC.equals(bytes.subarray(0, PNG_MAGIC.length))) {
    return { ok: false, reason: 'not_png' };
  }
  const chunks = readChunks(bytes);
  const header = chunks?.[0];
  if (!chunks || header?.type !== 'IHDR' || header.data.length !== 13) return { ok: false, reason: 'corrupt' };
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = header.data.subarray(8);
  const channels = CHANNELS[colourType!];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) return { ok: false, reason: 'unsupported' };
  if (width < MIN_SIDE.width || height < MIN_SIDE.height || width > MAX_SIDE || height > MAX_SIDE) {
    return { ok: false, reason: 'dimensions' };
  }
  const expected = (width * channels + 1) * height;
  let raw: Buffer;
  try {
    const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
    // The limit stops a small file that inflates to gigabytes.
    raw = inflateSync(idat, { maxOutputLength: expected });
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (raw.length !== expected) return { ok: false, reason: 'corrupt' };
  const pixels = unfilter(raw, width, height, channels);
  if (!pixels) return { ok: false, reason: 'corrupt' };
  if (!hasInk(pixels, channels)) return { ok: false, reason: 'blank' };
  return { ok: true, width, height };
}
