import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parseDebianVersion } from './debian-version.js';
import { isPackageName } from './package-name.js';

/**
 * Reads a Debian `Packages` index (deb822 stanzas separated by blank lines, continuation lines
 * starting with a space or a tab) line by line, so the 50 MB index of a whole release never
 * sits in memory as one string. Only the fields the catalogue uses are kept.
 *
 * An index is refused as a whole (nothing of it is used) when a line is neither a field nor a
 * continuation, when a stanza lacks one of the fields every archive stanza has (a file cut in
 * the middle of a stanza ends with one), when a version or name is malformed, or — when the
 * caller says which architecture it installs — when a stanza is for another architecture
 * (neither that one nor `all`): the index of another architecture would make every check lie.
 */
export interface DebianPackage {
  name: string;
  version: string;
  architecture: string;
  /** Installed-Size, in KiB as the field says. */
  installedSizeKib: number;
  /** Size of the .deb to download, in bytes. */
  downloadBytes: number;
  filename: string;
  sha256: string | null;
  section: string | null;
  summary: string | null;
}

export class PackagesIndexError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'not_a_field' | 'missing_field' | 'bad_value' | 'empty' | 'not_gzip' | 'wrong_architecture',
    detail: string,
    /** What a message needs beyond the line (wrong_architecture: found and expected). */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`Packages index unreadable at line ${line}: ${detail}`);
  }
}

export interface ReadIndexOptions {
  /**
   * The architecture the programme installs (settings.catalogue.debianArchitecture). When given,
   * a stanza whose Architecture is neither this one nor `all` refuses the whole index.
   */
  architecture?: string;
}

const REQUIRED = ['Package', 'Version', 'Architecture', 'Filename', 'Size'] as const;

function toPackage(
  fields: Map<string, string>,
  line: number,
  fieldLines: Map<string, number>,
  options: ReadIndexOptions,
): DebianPackage {
  for (const f of REQUIRED) {
    if (!fields.has(f)) throw new PackagesIndexError(line, 'missing_field', `stanza without ${f}`);
  }
  const architecture = fields.get('Architecture')!;
  if (options.architecture !== undefined && architecture !== options.architecture && architecture !== 'all') {
    throw new PackagesIndexError(
      fieldLines.get('Architecture') ?? line,
      'wrong_architecture',
      `package ${fields.get('Package')} is for ${architecture}, not ${options.architecture}`,
      { found: architecture, expected: options.architecture },
    );
  }
  if (!fields.has('SHA256') && !fields.has('MD5sum')) {
    throw new PackagesIndexError(line, 'missing_field', 'stanza without a checksum');
  }
  const name = fields.get('Package')!;
  const version = fields.get('Version')!;
  if (!isPackageName(name)) throw new PackagesIndexError(line, 'bad_value', `bad package name ${JSON.stringify(name)}`);
  if (!parseDebianVersion(version)) throw new PackagesIndexError(line, 'bad_value', `bad version of ${name}`);
  const size = fields.get('Size')!;
  const installed = fields.get('Installed-Size') ?? '0';
  if (!/^\d+$/.test(size) || !/^\d+$/.test(installed)) {
    throw new PackagesIndexError(line, 'bad_value', `bad size of ${name}`);
  }
  const sha256 = fields.get('SHA256') ?? null;
  if (sha256 !== null && !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new PackagesIndexError(line, 'bad_value', `bad SHA256 of ${name}`);
  }
  return {
    name,
    version,
    architecture,
    installedSizeKib: Number(installed),
    downloadBytes: Number(size),
    filename: fields.get('Filename')!,
    sha256,
    section: fields.get('Section') ?? null,
    summary: fields.get('Description')?.split('\n')[0] ?? null,
  };
}

/** Yields each package of the index in order; throws PackagesIndexError on the first problem. */
export async function* readPackagesIndex(
  lines: AsyncIterable<string> | Iterable<string>,
  options: ReadIndexOptions = {},
): AsyncGenerator<DebianPackage> {
  let fields = new Map<string, string>();
  let fieldLines = new Map<string, number>();
  let last: string | null = null;
  let n = 0;
  let stanzaStart = 0;
  let count = 0;
  for await (const raw of lines) {
    n += 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      if (fields.size > 0) {
        yield toPackage(fields, stanzaStart, fieldLines, options);
        count += 1;
      }
      fields = new Map();
      fieldLines = new Map();
      last = null;
      continue;
    }
    if (fields.size === 0) stanzaStart = n;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (last === null) throw new PackagesIndexError(n, 'not_a_field', 'continuation line without a field');
      fields.set(last, `${fields.get(last)}\n${line.slice(1)}`);
      continue;
    }
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):\s*(.*)$/.exec(line);
    if (!m) throw new PackagesIndexError(n, 'not_a_field', 'a line that is not "Field: value"');
    last = m[1]!;
    fields.set(last, m[2]!.trim());
    fieldLines.set(last, n);
  }
  if (fields.size > 0) {
    yield toPackage(fields, stanzaStart, fieldLines, options);
    count += 1;
  }
  if (count === 0) throw new PackagesIndexError(n, 'empty', 'no package in the index');
}

/** Lines of an index given as bytes, gzip-compressed or not (sniffed from the magic bytes). */
export function indexLines(bytes: Buffer): AsyncIterable<string> {
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  const source = Readable.from([bytes]);
  const stream = gzipped ? source.pipe(createGunzip()) : source;
  if (gzipped) {
    source.on('error', (e) => stream.destroy(e));
  }
  return createInterface({ input: stream, crlfDelay: Infinity });
}

/**
 * The packages of an index, by name. When a name appears several times (several versions, or
 * `all` and the architecture), the highest version wins — the one apt would install.
 */
export async function loadPackagesIndex(
  lines: AsyncIterable<string> | Iterable<string>,
  compare: (a: string, b: string) => number,
  options: ReadIndexOptions = {},
): Promise<Map<string, DebianPackage>> {
  const byName = new Map<string, DebianPackage>();
  for await (const pkg of readPackagesIndex(lines, options)) {
    const known = byName.get(pkg.name);
    if (!known || compare(pkg.version, known.version) > 0) byName.set(pkg.name, pkg);
  }
  return byName;
}
