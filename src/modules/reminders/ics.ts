/**
 * A calendar file (RFC 5545) with one event, for the e-mails of the workshops: a family opens
 * it and the workshop is in their phone's calendar. Times are written in UTC (a trailing Z), so
 * no time zone block is needed and a change of daylight saving time cannot shift the event.
 */
export interface CalendarEvent {
  /** Stable for one booking: a second file with the same UID updates the event instead of adding one. */
  uid: string;
  /** Raised when the event changes (0 at first; the cancellation notice sends 1). */
  sequence: number;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  /** When the file was made. */
  stamp: string;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  status?: 'CONFIRMED' | 'CANCELLED';
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 2026-03-29T08:00:00.000Z → 20260329T080000Z */
export function icsUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an instant: ${iso}`);
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT values: backslash, semicolon and comma are escaped, line breaks become \n (RFC 5545 3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 3.1): the next line
 * starts with one space. A UTF-8 character is never cut in two.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The whole file: METHOD:PUBLISH, one VEVENT, CRLF line ends. */
export function buildIcs(event: CalendarEvent, productId = '-//Cartable//Ateliers//FR'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** Unfolds and splits a file back into content lines (for tests and for reading one's own files). */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter((l) => l.length > 0);
}
