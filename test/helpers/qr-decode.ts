/**
 * A small QR code reader for tests, independent of the library that encoded the code: it reads
 * a clean module matrix (row-major, 1 = dark) the way ISO/IEC 18004 lays it out — format
 * information, mask, the zigzag of data modules — and decodes the numeric, alphanumeric and
 * byte segments. It does not correct errors (a printed-then-scanned image is not its job) and
 * only knows the versions and levels whose data are one block (1 and 2 at any level, 3 at L
 * and M): anything else throws.
 */

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

type Level = 'L' | 'M' | 'Q' | 'H';
/** Data codewords of the one block, by version then level. */
const DATA_CODEWORDS: Record<number, Partial<Record<Level, number>>> = {
  1: { L: 19, M: 16, Q: 13, H: 9 },
  2: { L: 34, M: 28, Q: 22, H: 16 },
  3: { L: 55, M: 44 },
};

const MASKS: ((row: number, col: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_r, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

export function decodeQr(qr: { size: number; modules: readonly number[] }): string {
  const n = qr.size;
  const version = (n - 17) / 4;
  if (!Number.isInteger(version) || !(version in DATA_CODEWORDS)) throw new Error(`QR: size ${n} not supported`);
  const dark = (row: number, col: number) => qr.modules[row * n + col] === 1;

  // Format information next to the top-left finder: 15 bits, masked with 0x5412.
  const formatCells: [number, number][] = [
    ...[0, 1, 2, 3, 4, 5].map((i): [number, number] => [i, 8]),
    [7, 8],
    [8, 8],
    [8, 7],
    ...[9, 10, 11, 12, 13, 14].map((i): [number, number] => [8, 14 - i]),
  ];
  let format = 0;
  formatCells.forEach(([row, col], i) => {
    if (dark(row, col)) format |= 1 << i;
  });
  format ^= 0x5412;
  const level = (['M', 'L', 'H', 'Q'] as const)[format >> 13]!;
  const dataCodewords = DATA_CODEWORDS[version]![level];
  if (!dataCodewords) throw new Error(`QR: version ${version} at level ${level} not supported`);
  const mask = MASKS[(format >> 10) & 7]!;

  const isFunction = (row: number, col: number): boolean => {
    if (row <= 8 && (col <= 8 || col >= n - 8)) return true; // finders, separators, format
    if (row >= n - 8 && col <= 8) return true;
    if (row === 6 || col === 6) return true; // timing
    if (version >= 2) {
      const at = n - 7; // the one alignment pattern of versions 2 to 6
      if (Math.abs(row - at) <= 2 && Math.abs(col - at) <= 2) return true;
    }
    return false;
  };

  const bits: number[] = [];
  for (let right = n - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < n; vert += 1) {
      const row = upward ? n - 1 - vert : vert;
      for (const col of [right, right - 1]) {
        if (isFunction(row, col)) continue;
        bits.push((dark(row, col) ? 1 : 0) ^ (mask(row, col) ? 1 : 0));
      }
    }
  }
  const dataBits = bits.slice(0, dataCodewords * 8);
  let pos = 0;
  const read = (count: number): number => {
    if (pos + count > dataBits.length) throw new Error('QR: data ends inside a segment');
    let v = 0;
    for (let i = 0; i < count; i += 1) v = (v << 1) | dataBits[pos + i]!;
    pos += count;
    return v;
  };

  let text = '';
  while (pos + 4 <= dataBits.length) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 1) {
      let count = read(10);
      for (; count >= 3; count -= 3) text += String(read(10)).padStart(3, '0');
      if (count === 2) text += String(read(7)).padStart(2, '0');
      if (count === 1) text += String(read(4));
    } else if (mode === 2) {
      let count = read(9);
      for (; count >= 2; count -= 2) {
        const v = read(11);
        text += ALPHANUMERIC[Math.floor(v / 45)]! + ALPHANUMERIC[v % 45]!;
      }
      if (count === 1) text += ALPHANUMERIC[read(6)]!;
    } else if (mode === 4) {
      const count = read(8);
      const bytes = Buffer.from(Array.from({ length: count }, () => read(8)));
      text += bytes.toString('utf8');
    } else {
      throw new Error(`QR: segment mode ${mode} not supported`);
    }
  }
  return text;
}
