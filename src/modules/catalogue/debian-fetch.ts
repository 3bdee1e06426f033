import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * Getting a Debian `Packages` index into lines: from a mirror (streamed, with a size cap and a
 * timeout) or from uploaded bytes, gzip or not (sniffed from the magic bytes, as indexLines in
 * debian-packages.ts does). The sha256 is taken of the decompressed text, so the same index has
 * the same sum whether it came plain, gzipped or from the mirror, and it can be compared with
 * the `Packages` line of the release's InRelease file.
 */

/** The download is refused beyond this many bytes (bookworm main amd64 Packages.gz is ~9 MB). */
export const DEBIAN_FETCH_MAX_BYTES = 200 * 1024 * 1024;
/** The whole download, headers and body, must finish within this time. */
export const DEBIAN_FETCH_TIMEOUT_MS = 5 * 60 * 1000;
/** Decompressed text beyond this is refused (the full bookworm main amd64 index is ~50 MB). */
export const DEBIAN_INDEX_MAX_TEXT_BYTES = 1024 * 1024 * 1024;

export type DebianFetchProblem = 'status' | 'network' | 'timeout' | 'too_large';

/** The mirror could not give the file: nothing about the index itself. */
export class DebianFetchError extends Error {
  constructor(
    readonly problem: DebianFetchProblem,
    readonly url: string,
    readonly status: number | null = null,
  ) {
    super(`Debian mirror ${url}: ${problem}${status === null ? '' : ` ${status}`}`);
  }
}

/** The decompressed text is larger than DEBIAN_INDEX_MAX_TEXT_BYTES. */
export class DebianIndexTooLargeError extends Error {
  constructor(readonly line: number) {
    super(`Packages index larger than ${DEBIAN_INDEX_MAX_TEXT_BYTES} bytes once decompressed`);
  }
}

export interface IndexTarget {
  debianMirrorUrl: string;
  debianRelease: string;
  debianComponent: string;
  debianArchitecture: string;
}

export function mirrorIndexUrl(target: IndexTarget): string {
  const base = target.debianMirrorUrl.replace(/\/+$/, '');
  return `${base}/dists/${target.debianRelease}/${target.debianComponent}/binary-${target.debianArchitecture}/Packages.gz`;
}

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

/**
 * Opens the download and returns its body as chunks. Every failure of the transfer (status,
 * network, timeout, size cap), before or while reading, is a DebianFetchError.
 */
export async function openMirrorIndex(url: string, options: FetchOptions = {}): Promise<AsyncIterable<Buffer>> {
  const maxBytes = options.maxBytes ?? DEBIAN_FETCH_MAX_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEBIAN_FETCH_TIMEOUT_MS);
  const failure = (e: unknown) =>
    e instanceof DebianFetchError
      ? e
      : new DebianFetchError(signal.aborted || (e as Error)?.name === 'TimeoutError' ? 'timeout' : 'network', url);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow' });
  } catch (e) {
    throw failure(e);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new DebianFetchError('status', url, response.status);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw new DebianFetchError('too_large', url);
  }
  // Node's web ReadableStream is async-iterable; the DOM typing seen by tsc does not say so.
  const body = response.body as unknown as AsyncIterable<Uint8Array>;
  return (async function* () {
    let received = 0;
    try {
      for await (const chunk of body) {
        received += chunk.byteLength;
        if (received > maxBytes) throw new DebianFetchError('too_large', url);
        yield Buffer.from(chunk);
      }
    } catch (e) {
      throw failure(e);
    }
  })();
}

export interface DecodedIndex {
  lines: AsyncIterable<string>;
  /** Lines read so far: the line a damaged gzip stream stopped at is the next one. */
  linesRead(): number;
  /** sha256 of the decompressed text; complete once `lines` is exhausted. */
  sha256(): string;
}

async function* decompressed(chunks: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = (async function* () {
    yield* chunks;
  })();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < 2) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  async function* all() {
    yield* head;
    if (!ended) yield* iterator;
  }
  const start = Buffer.concat(head);
  if (start.length < 2 || start[0] !== 0x1f || start[1] !== 0x8b) {
    yield* all();
    return;
  }
  const source = Readable.from(all());
  const gunzip = createGunzip();
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } finally {
    source.destroy();
  }
}

/** Lines of an index given as chunks of bytes (plain or gzip), hashed as they pass. */
export function decodeIndex(chunks: AsyncIterable<Buffer> | Iterable<Buffer>): DecodedIndex {
  const hash = createHash('sha256');
  let digest: string | null = null;
  let count = 0;
  async function* hashed() {
    let total = 0;
    for await (const chunk of decompressed(chunks)) {
      total += chunk.length;
      if (total > DEBIAN_INDEX_MAX_TEXT_BYTES) throw new DebianIndexTooLargeError(count + 1);
      hash.update(chunk);
      yield chunk;
    }
    digest = hash.digest('hex');
  }
  async function* lines() {
    const reader = createInterface({ input: Readable.from(hashed()), crlfDelay: Infinity });
    for await (const line of reader) {
      count += 1;
      yield line;
    }
  }
  return {
    lines: lines(),
    linesRead: () => count,
    sha256: () => {
      if (digest === null) throw new Error('the index has not been read to its end');
      return digest;
    },
  };
}
