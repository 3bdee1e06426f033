/**
 * Reads an nwipe log (the file written with --logfile, or what nwipe printed on the console)
 * into facts: the disks it found, the options it ran with, and each wiped disk's outcome.
 * Pure: no decision about proof here (see nwipe-proof.ts), only what the log says.
 */

export type NwipeUnreadableReason = 'empty' | 'not_text' | 'not_nwipe' | 'no_disk' | 'no_summary' | 'no_result';

/** The log cannot be used as evidence; `reason` and `params` make the message. */
export class NwipeLogUnreadable extends Error {
  constructor(
    readonly reason: NwipeUnreadableReason,
    readonly params: Record<string, string> = {},
  ) {
    super(`nwipe log unreadable: ${reason} ${JSON.stringify(params)}`);
    this.name = 'NwipeLogUnreadable';
  }
}

/** nwipe's Drive Status column, always eight characters wide in the log. */
export type NwipeDriveStatus = 'erased' | 'failed' | 'aborted' | 'insanity';
export type NwipeVerify = 'none' | 'last' | 'all';

export interface NwipeDisk {
  /** As nwipe names it, e.g. /dev/sda. */
  devicePath: string;
  bus: string | null;
  model: string | null;
  serial: string | null;
  /** nwipe's own size text, e.g. "500 GB" (decimal units). */
  sizeText: string | null;
  /** Exact size from the "sect/blk/dev" line, when logged. */
  sizeBytes: number | null;
  status: NwipeDriveStatus;
  passErrors: number;
  verifyErrors: number;
  fsyncErrors: number;
  /** Overwrite passes that finished, the final blanking pass included. */
  passesDone: number;
  /** Instants as written in the log (no zone in the log: read as UTC), ISO-8601. */
  startedAt: string | null;
  endedAt: string | null;
  /** The options of the run that wiped this disk. */
  run: NwipeRun;
}

export interface NwipeRun {
  /** e.g. "nwipe 0.33" or a ShredOS banner. */
  banner: string | null;
  version: string | null;
  /** nwipe's label, e.g. "Fill With Zeros", "DoD Short", "Verify Zeros (0x00)". */
  method: string;
  rounds: number;
  prng: string | null;
  verify: NwipeVerify;
  /** The final blanking (zero) pass: true for B, false for NB. */
  blank: boolean;
}

export interface NwipeLog {
  /** Disks that were wiped (found but unselected disks are left out), in the order found. */
  disks: NwipeDisk[];
}

const TIMESTAMPED = /^\[(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})\]\s+(?:(\w+): )?(.*)$/;
/** nwipe's own line shape: "[2026/11/28 22:57:27]  notice: …", the level right-aligned to 8. */
const NWIPE_LEVEL_LINE =
  /^\[\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\] {1,8}(notice|warning|info|error|fatal|debug|sanity|nomem): /;
const FOUND = /^Found (\/dev\/\S+), (.*)$/;
const OPTION = /^\s*(banner|prng|method|rounds|verify)\s+= (.*)$/;
const TOTAL = /^Total Throughput .*?\/s, (.+), (\d+)R\+(NB|B)\+(NV|VL|VA)\s*$/;
const DRIVE_ROW = /^([! ])\s*(\S+) \|(.{8})\| (.*?) \| (\d+:\d\d:\d\d) \| (.*)$/;
const ERROR_ROW = /^([! ])\s*(\S+) \|\s+(\d+) \|\s+(\d+) \|\s+(\d+)\s*$/;
const STATUS_DEBUG = /^Status: (\S+), result=(-?\d+), pass_errors=(\d+), verify_errors=(\d+), fsync_errors=(\d+)/;

const driveStatuses: Record<string, NwipeDriveStatus> = {
  ' Erased ': 'erased',
  '-FAILED-': 'failed',
  UABORTED: 'aborted',
  INSANITY: 'insanity',
};
const verifyCodes: Record<string, NwipeVerify> = { NV: 'none', VL: 'last', VA: 'all' };

interface FoundDisk {
  devicePath: string;
  bus: string | null;
  model: string | null;
  serial: string | null;
  sizeText: string | null;
}

interface DiskTrace {
  invoked: boolean;
  firstAt: string | null;
  lastAt: string | null;
  passesDone: number;
  sizeBytes: number | null;
  debug: { pass: number; verify: number; fsync: number } | null;
}

interface Session {
  found: FoundDisk[];
  options: Partial<Record<'banner' | 'prng' | 'method' | 'rounds' | 'verify', string>>;
  traces: Map<string, DiskTrace>;
  errorRows: Map<string, { pass: number; verify: number; fsync: number }>;
  driveRows: Map<string, { status: string; modelSerial: string }>;
  sawDriveTable: boolean;
  total: { method: string; rounds: number; blank: boolean; verify: NwipeVerify; at: string } | null;
}

function newSession(): Session {
  return {
    found: [],
    options: {},
    traces: new Map(),
    errorRows: new Map(),
    driveRows: new Map(),
    sawDriveTable: false,
    total: null,
  };
}

/** "/dev/sda" → "sda": the summary tables name disks without their path. */
function shortName(devicePath: string): string {
  return devicePath.slice(devicePath.lastIndexOf('/') + 1);
}

function emptyToNull(s: string | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** "Found /dev/sda, ATA, <model, may hold commas>, 500 GB, S/N=<serial>" */
function parseFound(path: string, rest: string): FoundDisk {
  const parts = rest.split(', ');
  const serialPart = parts.at(-1)?.startsWith('S/N=') ? parts.pop()!.slice(4) : undefined;
  const sizeText = parts.length >= 3 ? parts.pop() : undefined;
  const bus = parts.shift();
  return {
    devicePath: path,
    bus: emptyToNull(bus),
    model: emptyToNull(parts.join(', ')),
    serial: emptyToNull(serialPart),
    sizeText: emptyToNull(sizeText),
  };
}

function traceOf(session: Session, devicePath: string): DiskTrace {
  let trace = session.traces.get(devicePath);
  if (!trace) {
    trace = { invoked: false, firstAt: null, lastAt: null, passesDone: 0, sizeBytes: null, debug: null };
    session.traces.set(devicePath, trace);
  }
  return trace;
}

/** A NUL byte never occurs in a text log; it does in PDFs, images and compressed archives. */
function isBinary(bytes: Buffer): boolean {
  return bytes.includes(0);
}

/** Which device path a timestamped message is about, among the found disks. */
function mentionedDisk(message: string, found: FoundDisk[]): string | null {
  for (const disk of found) {
    const i = message.indexOf(disk.devicePath);
    if (i < 0) continue;
    const next = message[i + disk.devicePath.length];
    // "/dev/sda" must not match inside "/dev/sda1" or "/dev/sdaa".
    if (next === undefined || !/[\w]/.test(next)) return disk.devicePath;
  }
  return null;
}

function readLine(session: Session, line: string): void {
  const stamped = TIMESTAMPED.exec(line);
  if (!stamped) {
    const row = session.sawDriveTable ? DRIVE_ROW.exec(line) : null;
    if (row) {
      session.driveRows.set(row[2]!, { status: row[3]!, modelSerial: row[6]! });
      return;
    }
    const errors = ERROR_ROW.exec(line);
    if (errors) {
      const [pass, verify, fsync] = [errors[3], errors[4], errors[5]].map(Number) as [number, number, number];
      session.errorRows.set(errors[2]!, { pass, verify, fsync });
      return;
    }
    if (line.includes('Drive Status')) session.sawDriveTable = true;
    return;
  }
  const [, y, mo, d, h, mi, s, , message = ''] = stamped;
  const at = `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
  const total = TOTAL.exec(message);
  if (total) {
    session.total = {
      method: total[1]!.trim(),
      rounds: Number(total[2]),
      blank: total[3] === 'B',
      verify: verifyCodes[total[4]!]!,
      at,
    };
    return;
  }
  const found = FOUND.exec(message);
  if (found) {
    session.found.push(parseFound(found[1]!, found[2]!));
    return;
  }
  const option = OPTION.exec(message);
  if (option) {
    session.options[option[1] as keyof Session['options']] = option[2]!.trim();
    return;
  }
  const debug = STATUS_DEBUG.exec(message);
  if (debug) {
    traceOf(session, debug[1]!).debug = { pass: Number(debug[3]), verify: Number(debug[4]), fsync: Number(debug[5]) };
  }
  const path = mentionedDisk(message, session.found);
  if (!path) return;
  const trace = traceOf(session, path);
  const geometry = / sect\/blk\/dev \d+\/\d+\/(\d+)$/.exec(message);
  if (geometry) trace.sizeBytes = Number(geometry[1]);
  if (message.startsWith('Invoking method')) trace.invoked = true;
  if (!trace.invoked) return;
  trace.firstAt ??= at;
  trace.lastAt = at;
  if (message.startsWith('Finished pass ') || message.startsWith('[SUCCESS] Blanked device')) trace.passesDone += 1;
}

/** "1 (last pass)" → last. */
function verifyOption(value: string | undefined): NwipeVerify | null {
  const code = value?.trim()[0];
  return code === '0' ? 'none' : code === '1' ? 'last' : code === '2' ? 'all' : null;
}

const verifyStrength: Record<NwipeVerify, number> = { none: 0, last: 1, all: 2 };

/** The summary line and the options block should agree; when they do not, the weaker one counts. */
function weakerVerify(summary: NwipeVerify, option: NwipeVerify | null): NwipeVerify {
  return option !== null && verifyStrength[option] < verifyStrength[summary] ? option : summary;
}

function sessionToDisks(session: Session): NwipeDisk[] {
  if (session.found.length === 0) throw new NwipeLogUnreadable('no_disk');
  const total = session.total;
  const wiped = session.found.filter(
    (d) => session.traces.get(d.devicePath)?.invoked || session.driveRows.has(shortName(d.devicePath)),
  );
  if (!total || !session.sawDriveTable || wiped.length === 0) {
    throw new NwipeLogUnreadable('no_summary', { disk: (wiped[0] ?? session.found[0]!).devicePath });
  }
  const banner = emptyToNull(session.options.banner);
  const run: NwipeRun = {
    banner,
    version: banner ? (/(\d+\.\d+(?:\.\d+)?)/.exec(banner)?.[1] ?? null) : null,
    method: total.method,
    rounds: total.rounds,
    prng: emptyToNull(session.options.prng),
    verify: weakerVerify(total.verify, verifyOption(session.options.verify)),
    blank: total.blank,
  };
  return wiped.map((found): NwipeDisk => {
    const row = session.driveRows.get(shortName(found.devicePath));
    if (!row) throw new NwipeLogUnreadable('no_result', { disk: found.devicePath });
    const trace = traceOf(session, found.devicePath);
    const errors = session.errorRows.get(shortName(found.devicePath));
    // The table's last column is "<model cut to 17 characters>/<serial>".
    const slash = row.modelSerial.lastIndexOf('/');
    return {
      devicePath: found.devicePath,
      bus: found.bus,
      model: found.model ?? emptyToNull(row.modelSerial.slice(0, Math.max(slash, 0))),
      serial: found.serial ?? (slash >= 0 ? emptyToNull(row.modelSerial.slice(slash + 1)) : null),
      sizeText: found.sizeText,
      sizeBytes: trace.sizeBytes,
      status: driveStatuses[row.status] ?? 'insanity',
      passErrors: Math.max(errors?.pass ?? 0, trace.debug?.pass ?? 0),
      verifyErrors: Math.max(errors?.verify ?? 0, trace.debug?.verify ?? 0),
      fsyncErrors: Math.max(errors?.fsync ?? 0, trace.debug?.fsync ?? 0),
      passesDone: trace.passesDone,
      startedAt: trace.firstAt,
      endedAt: trace.lastAt ?? total.at,
      run,
    };
  });
}

/**
 * Parses an nwipe log. A log can hold several runs (nwipe appends to its log file): each disk
 * keeps the outcome of the last run that wiped it, and the last run must be complete.
 * Throws NwipeLogUnreadable for anything that is not a whole nwipe log.
 */
export function parseNwipeLog(bytes: Buffer): NwipeLog {
  if (bytes.toString('utf8').trim() === '') throw new NwipeLogUnreadable('empty');
  if (isBinary(bytes)) throw new NwipeLogUnreadable('not_text');
  const lines = bytes.toString('utf8').split(/\r?\n/);
  if (!lines.some((l) => NWIPE_LEVEL_LINE.test(l))) {
    throw new NwipeLogUnreadable('not_nwipe');
  }
  const sessions: Session[] = [newSession()];
  for (const line of lines) {
    // A "Found" line after a finished summary starts the next run of nwipe in the same file.
    if (sessions.at(-1)!.total && / Found \/dev\//.test(line)) sessions.push(newSession());
    readLine(sessions.at(-1)!, line);
  }
  const byPath = new Map<string, NwipeDisk>();
  for (const session of sessions) for (const disk of sessionToDisks(session)) byPath.set(disk.devicePath, disk);
  return { disks: [...byPath.values()] };
}
