import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromWallClock } from '../../platform/time/local-time.js';
import { buildIcs, escapeIcsText, foldIcsLine, icsUtc, unfoldIcs } from './ics.js';

describe('calendar file (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    assert.equal(escapeIcsText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without cutting a UTF-8 character, and unfolds back', () => {
    const line = `DESCRIPTION:${'Médiathèque – accès sans marche, boucle magnétique. '.repeat(6)}`;
    const folded = foldIcsLine(line);
    const physical = folded.split('\r\n');
    assert.ok(physical.length > 3);
    for (const [i, p] of physical.entries()) {
      assert.ok(Buffer.byteLength(p) <= 75, `line ${i} has ${Buffer.byteLength(p)} octets`);
      if (i > 0) assert.ok(p.startsWith(' '));
      assert.ok(!p.includes('\uFFFD'));
    }
    assert.deepEqual(unfoldIcs(folded), [line]);
    assert.equal(foldIcsLine('SUMMARY:short'), 'SUMMARY:short');
    // Exactly 75 octets stays on one line; 76 folds.
    assert.equal(foldIcsLine('X'.repeat(75)), 'X'.repeat(75));
    assert.equal(foldIcsLine('X'.repeat(76)), `${'X'.repeat(75)}\r\n X`);
    // A two-octet character that would end at octet 76 moves whole to the next line.
    assert.equal(foldIcsLine(`${'X'.repeat(74)}é`), `${'X'.repeat(74)}\r\n é`);
  });

  it('writes instants in UTC on both sides of a change of daylight saving time', () => {
    // Paris moves from UTC+1 to UTC+2 on 29 March 2026 at 02:00.
    const saturday = fromWallClock('2026-03-28', '10:00', 'Europe/Paris')!;
    const sunday = fromWallClock('2026-03-29', '10:00', 'Europe/Paris')!;
    assert.equal(icsUtc(saturday), '20260328T090000Z');
    assert.equal(icsUtc(sunday), '20260329T080000Z');
    const autumn = fromWallClock('2026-10-25', '14:00', 'Europe/Paris')!;
    assert.equal(icsUtc(autumn), '20261025T130000Z');
  });

  it('builds a PUBLISH calendar with one event, CRLF line ends and escaped values', () => {
    const ics = buildIcs({
      uid: 'booking-123@cartable.example',
      sequence: 0,
      startsAt: '2026-03-29T08:00:00.000Z',
      endsAt: '2026-03-29T10:00:00.000Z',
      stamp: '2026-03-28T08:00:00.000Z',
      summary: 'Internet safety, parental controls – Médiathèque',
      location: 'Médiathèque; 27 rue de la République, 25000 Besançon',
    });
    assert.ok(ics.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
    const lines = unfoldIcs(ics);
    assert.deepEqual(lines.slice(0, 6), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Cartable//Ateliers//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    assert.ok(lines.includes('UID:booking-123@cartable.example'));
    assert.ok(lines.includes('DTSTART:20260329T080000Z'));
    assert.ok(lines.includes('DTEND:20260329T100000Z'));
    assert.ok(lines.includes('DTSTAMP:20260328T080000Z'));
    assert.ok(lines.includes('SUMMARY:Internet safety\\, parental controls – Médiathèque'));
    assert.ok(lines.includes('LOCATION:Médiathèque\\; 27 rue de la République\\, 25000 Besançon'));
    assert.ok(lines.includes('STATUS:CONFIRMED'));
    assert.deepEqual(lines.slice(-2), ['END:VEVENT', 'END:VCALENDAR']);
  });

  it('refuses an instant that is not one', () => {
    assert.throws(() => icsUtc('not a date'), RangeError);
  });
});
