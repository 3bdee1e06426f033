import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { buildStatementCsv } from './statement-csv.js';
import { type StatementDocument, formatMoney, formatStatementReference } from './statement-document.js';
import { creditAmountMinor, isMonthOver, monthEnd, monthOf, nextMonth } from './statement-month.js';
import { statementsMessages } from './statements.messages.js';

describe('statement amounts, months and files', () => {
  it('pays hours × rate rounded half up, on integers', () => {
    assert.equal(creditAmountMinor(2, 2500), 5000);
    assert.equal(creditAmountMinor(1.5, 2333), 3500); // 3499.5
    assert.equal(creditAmountMinor(1.5, 2331), 3497); // 3496.5 → 3497
    assert.equal(creditAmountMinor(1.15, 2500), 2875); // 1.15 * 2500 = 2874.9999… in floating point
    assert.equal(creditAmountMinor(0.75, 1), 1); // 0.75
    assert.equal(creditAmountMinor(0.5, 1), 1); // 0.5 → 1
  });

  it('ends a month at midnight in the programme’s zone, across daylight saving and years', () => {
    assert.equal(monthEnd('2026-10', 'Europe/Paris'), '2026-10-31T23:00:00.000Z'); // winter time from 25 Oct
    assert.equal(monthEnd('2026-09', 'Europe/Paris'), '2026-09-30T22:00:00.000Z');
    assert.equal(monthEnd('2026-12', 'America/Cayenne'), '2027-01-01T03:00:00.000Z');
    assert.equal(nextMonth('2026-12'), '2027-01');
    assert.equal(monthOf('2026-09-30T22:30:00Z', 'Europe/Paris'), '2026-10');
    assert.equal(isMonthOver('2026-09', 'Europe/Paris', new Date('2026-09-30T21:59:59Z')), false);
    assert.equal(isMonthOver('2026-09', 'Europe/Paris', new Date('2026-09-30T22:00:00Z')), true);
  });

  it('formats references and money for people', () => {
    assert.equal(formatStatementReference('2026-11', 3), 'REL-2026-11-0003');
    assert.equal(formatMoney(250000, 'EUR', 'fr-FR'), '2\u00a0500,00\u00a0€');
    assert.equal(formatMoney(-5000, 'EUR', 'fr-FR'), '-50,00\u00a0€');
    assert.equal(formatMoney(5000, 'XOF', 'fr-FR'), '5\u00a0000\u00a0F\u00a0CFA');
  });

  it('writes a CSV French spreadsheets read: BOM, semicolons, decimal commas, formulas as text, reversals as numbers', () => {
    const doc: StatementDocument = {
      programmeName: 'Grand Besançon',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      venue: { id: 'v', name: 'Médiathèque; "Centre"', address: [] },
      month: '2026-11',
      status: 'draft',
      reference: null,
      issuedAt: null,
      totalMinor: 0,
      lines: [
        {
          position: 1,
          kind: 'redemption',
          ledgerEntryId: 'a',
          reversesEntryId: null,
          bookingId: 'b',
          sessionId: 's',
          sessionDate: '2026-11-03',
          themeCode: 'email',
          themeTitle: '=HYPERLINK("http://x")',
          cardNumber: 'GB-1234-5678-K',
          hours: 1.5,
          hourlyRateMinor: 2500,
          amountMinor: 3750,
        },
        {
          position: 2,
          kind: 'reversal',
          ledgerEntryId: 'c',
          reversesEntryId: 'z',
          bookingId: 'b2',
          sessionId: 's2',
          sessionDate: '2026-10-03',
          themeCode: 'email',
          themeTitle: 'Courriel',
          cardNumber: 'GB-1234-5679-L',
          hours: 2,
          hourlyRateMinor: 2500,
          amountMinor: -5000,
        },
      ],
    };
    const bytes = buildStatementCsv(doc, statementsMessages('fr'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.ok(text.includes('\r\n'));
    const rows = parse(text.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
    assert.equal(rows[0]!['Relevé'], 'PROVISOIRE');
    assert.equal(rows[0]!['Lieu'], 'Médiathèque; "Centre"');
    assert.equal(rows[0]!['Atelier'], '\'=HYPERLINK("http://x")');
    assert.equal(rows[0]!['Heures'], '1,5');
    assert.equal(rows[0]!['Montant'], '37,50');
    assert.equal(rows[1]!['Type'], 'Annulation');
    assert.equal(rows[1]!['Montant'], '-50,00');
  });
});
