import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { UnreadableReason } from './imports.messages.js';

export type FileEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';
export type Delimiter = ';' | ',' | '\t';

/** A file that is not a CSV table, with the reason in a word the messages turn into a sentence. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`unreadable import file: ${reason}`);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The encoding, from the bytes alone: a UTF-16 byte order mark (Excel's "Unicode text"), valid
 * UTF-8 (with or without BOM), otherwise Windows-1252 (what French Excel writes for "CSV"). A
 * zip (xlsx, ods), an old .xls, or bytes a text file never holds (NUL, most control characters:
 * a binary file or UTF-16 without its mark) are refused.
 */
export function detectEncoding(bytes: Buffer): FileEncoding {
  if (bytes.length === 0) throw new UnreadableFileError('empty');
  if (startsWith(bytes, ZIP)) throw new UnreadableFileError('spreadsheet');
  if (startsWith(bytes, OLE2)) throw new UnreadableFileError('old_spreadsheet');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (hasBinaryBytes(bytes)) throw new UnreadableFileError('binary');
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function hasBinaryBytes(bytes: Buffer): boolean {
  for (const byte of bytes) {
    // Tab, line feed, form feed and carriage return are text; the rest of C0 (and NUL) is not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return true;
  }
  return false;
}

/** The delimiter used most often on the header line (outside quotes): semicolon on a tie. */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  if (counts[best] === 0) throw new UnreadableFileError('no_columns');
  return counts[best] === counts[';'] ? ';' : best;
}

const SLICE_BYTES = 64 * 1024;

/** The text of the file, decoded slice by slice (a character cut between slices is kept whole). */
function* decodedSlices(bytes: Buffer, encoding: FileEncoding): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    const text = decoder.decode(bytes.subarray(start, start + SLICE_BYTES), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The first line of the file's text (the header line), for delimiter detection. */
export function firstLine(bytes: Buffer, encoding: FileEncoding): string {
  let text = '';
  for (const slice of decodedSlices(bytes, encoding)) {
    text += slice;
    const end = text.search(/\r|\n/);
    if (end >= 0) return text.slice(0, end).replace(/^\uFEFF/, '');
  }
  return text.replace(/^\uFEFF/, '');
}

export interface CsvRecord {
  /** Line of the file where the record ends (1 = the header line). */
  line: number;
  cells: string[];
}

/**
 * The records of the file one by one, header first, never the whole table in memory: the bytes
 * are decoded in 64 KB slices and csv-parse streams. Lines that are empty or hold only empty
 * cells (spreadsheets write ";;;;" at the end) are skipped; short or long rows are kept.
 */
export async function* readCsvRecords(
  bytes: Buffer,
  encoding: FileEncoding,
  delimiter: Delimiter,
): AsyncGenerator<CsvRecord> {
  const parser = Readable.from(decodedSlices(bytes, encoding)).pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }),
  );
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: item.info.lines, cells: item.record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      throw new UnreadableFileError('broken_csv', { line });
    }
    throw error;
  } finally {
    parser.destroy();
  }
}
