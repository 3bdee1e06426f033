import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { refusalFor } from './grant-claim-states.js';
import { grantsMessages } from './grants.messages.js';
import { buildPaymentCsv, formatAmount, formatPaymentBatchReference } from './payment-csv.js';

test('amounts are written with a decimal comma and no thousands separator', () => {
  assert.equal(formatAmount(6000, 'EUR'), '60,00');
  assert.equal(formatAmount(5, 'EUR'), '0,05');
  assert.equal(formatAmount(123456, 'EUR'), '1234,56');
  assert.equal(formatAmount(0, 'EUR'), '0,00');
  assert.equal(formatAmount(20000, 'XOF'), '20000');
});

test('batch references read PAY-2026-0001', () => {
  assert.equal(formatPaymentBatchReference(2026, 1), 'PAY-2026-0001');
  assert.equal(formatPaymentBatchReference(2027, 12345), 'PAY-2027-12345');
});

test('the CSV has a BOM, a header, semicolons, CRLF, and the approval date in the programme’s time zone', () => {
  const csv = buildPaymentCsv(
    'PAY-2026-0003',
    [
      {
        claimId: 'c1',
        householdReference: 'F-000001',
        guardianName: 'Lou Martin',
        amountMinor: 6000,
        currency: 'EUR',
        // 23:30 UTC on 14 September is already 15 September in Paris.
        approvedAt: '2026-09-14T23:30:00.000Z',
        providerName: null,
      },
    ],
    grantsMessages('fr').csvColumns,
    'Europe/Paris',
  );
  const text = csv.toString('utf8');
  assert.ok(text.startsWith('\uFEFFLot de paiement;'));
  assert.ok(text.endsWith('\r\n'));
  const rows = parse(csv, { delimiter: ';', bom: true }) as string[][];
  assert.deepEqual(rows[1], ['PAY-2026-0003', 'c1', 'F-000001', 'Lou Martin', '60,00', 'EUR', '2026-09-15', '']);
});

test('the claim rules: a proof before approval, one decision, a new proof after a rejection', () => {
  assert.equal(refusalFor('approve', 'awaiting_proof'), 'GRANT_CLAIM_PROOF_MISSING');
  assert.equal(refusalFor('approve', 'submitted'), undefined);
  assert.equal(refusalFor('approve', 'rejected'), 'GRANT_CLAIM_ALREADY_DECIDED');
  assert.equal(refusalFor('reject', 'awaiting_proof'), undefined);
  assert.equal(refusalFor('reject', 'approved'), 'GRANT_CLAIM_ALREADY_DECIDED');
  assert.equal(refusalFor('proof', 'rejected'), undefined);
  assert.equal(refusalFor('proof', 'approved'), 'GRANT_CLAIM_ALREADY_DECIDED');
  assert.equal(refusalFor('proof', 'paid'), 'GRANT_CLAIM_ALREADY_DECIDED');
});
