import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { isAppError } from '../errors.js';
import { findAttachment, storeAttachment } from './attachments.js';

let db: TestDatabase;
let programmeA: string;
let programmeB: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');
const limits = { allowed: ['application/pdf', 'image/png', 'image/jpeg'] as const, maxBytes: 1024 };

before(async () => {
  db = await createTestDatabase();
  programmeA = (await makeProgramme(db.db)).id;
  programmeB = (await makeProgramme(db.db)).id;
});
after(() => db.drop());

async function count(): Promise<number> {
  const row = await db.db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

test('a PDF is stored with its hash and its real type, and read back byte for byte in its programme only', async () => {
  const stored = await db.db.transaction().execute((trx) =>
    storeAttachment(trx, programmeA, {
      ...limits,
      ownerType: 'grant_claim',
      ownerId: 'claim-1',
      fileName: 'box.png',
      bytes: PDF,
      createdBy: 'Camille',
    }),
  );
  assert.equal(stored.mediaType, 'application/pdf');
  assert.equal(stored.size, PDF.length);
  assert.equal(stored.fileName, 'box.pdf');
  assert.match(stored.sha256, /^[0-9a-f]{64}$/);
  const found = await findAttachment(db.db, programmeA, stored.id);
  assert.ok(found);
  assert.ok(Buffer.isBuffer(found.content));
  assert.ok(found.content.equals(PDF));
  assert.equal(found.ownerType, 'grant_claim');
  assert.equal(await findAttachment(db.db, programmeB, stored.id), undefined);
});

test('an SVG, an empty file or a file over the limit is refused with a field error and nothing is stored', async () => {
  const before = await count();
  const cases: [Buffer, string, number][] = [
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'FILE_TYPE_NOT_ALLOWED', 415],
    [Buffer.concat([PDF, Buffer.alloc(1024)]), 'PAYLOAD_TOO_LARGE', 413],
    [Buffer.alloc(0), 'VALIDATION_FAILED', 400],
  ];
  for (const [bytes, code, status] of cases) {
    await assert.rejects(
      db.db.transaction().execute((trx) =>
        storeAttachment(trx, programmeA, {
          ...limits,
          ownerType: 'grant_claim',
          ownerId: 'claim-1',
          fileName: 'x',
          bytes,
          createdBy: 'Camille',
          lang: 'en',
        }),
      ),
      (e) => isAppError(e) && e.code === code && e.status === status && e.options.fields?.[0]?.field === 'body',
    );
  }
  assert.equal(await count(), before);
});

test('a PNG refused when only PDFs are allowed', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  await assert.rejects(
    db.db.transaction().execute((trx) =>
      storeAttachment(trx, programmeA, {
        allowed: ['application/pdf'],
        maxBytes: 1024,
        ownerType: 'x',
        ownerId: 'y',
        fileName: 'a.pdf',
        bytes: png,
        createdBy: 'Camille',
      }),
    ),
    (e) => isAppError(e) && e.code === 'FILE_TYPE_NOT_ALLOWED' && /un PDF/.test(e.options.detail ?? ''),
  );
});
