import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import {
  MAX_MAIL_ATTEMPTS,
  type MailTransport,
  createMailTransport,
  deliverPendingMail,
  enqueueMail,
} from './outbox.js';

const silent = { info() {}, warn() {}, error() {} };

function recordingTransport(kind: 'smtp' | 'log' = 'smtp', fail = false) {
  const sent: { to: string; subject: string; text: string }[] = [];
  const transport: MailTransport = {
    kind,
    async send(mail) {
      if (fail) throw new Error('connection refused');
      await new Promise((r) => setTimeout(r, 5));
      sent.push(mail);
    },
  };
  return { transport, sent };
}

describe('mail outbox', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.drop());

  it('writes nothing when the transaction rolls back, and sends what was committed', async () => {
    await assert.rejects(
      db.db.transaction().execute(async (trx) => {
        await enqueueMail(trx, {
          programmeId: null,
          to: 'rolled@example.test',
          subject: 'S',
          text: 'T',
          template: 'test',
        });
        throw new Error('rollback');
      }),
    );
    const id = await db.db.transaction().execute((trx) =>
      enqueueMail(trx, {
        programmeId: null,
        to: 'kept@example.test',
        subject: 'Hello',
        text: 'Body',
        template: 'test',
      }),
    );
    const { transport, sent } = recordingTransport('smtp');
    const report = await deliverPendingMail(db.db, transport, silent);
    assert.equal(report.sent, 1);
    assert.deepEqual(sent, [{ to: 'kept@example.test', subject: 'Hello', text: 'Body' }]);
    const row = await db.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 1);
    assert.ok(row.sent_at);
    assert.equal((await deliverPendingMail(db.db, transport, silent)).sent, 0, 'a sent mail is not sent again');
  });

  it('writes mails to the log without SMTP and marks them logged', async () => {
    const lines: unknown[] = [];
    const transport = createMailTransport(
      { smtpUrl: undefined, mailFrom: 'x <x@example.test>' },
      { ...silent, info: (o: unknown) => lines.push(o) },
    );
    assert.equal(transport.kind, 'log');
    const id = await enqueueMail(db.db, {
      programmeId: null,
      to: 'dev@example.test',
      subject: 'Dev',
      text: 'Link: http://x',
      template: 'test',
    });
    await deliverPendingMail(db.db, transport, silent);
    assert.deepEqual(lines, [{ mail: { to: 'dev@example.test', subject: 'Dev', text: 'Link: http://x' } }]);
    const row = await db.db.selectFrom('mail_outbox').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'logged');
  });

  it('names attachments in the log without writing their content', async () => {
    const lines: unknown[] = [];
    const transport = createMailTransport(
      { smtpUrl: undefined, mailFrom: 'x <x@example.test>' },
      { ...silent, info: (o: unknown) => lines.push(o) },
    );
    await transport.send({
      to: 'family@example.test',
      subject: 'Rappel',
      text: 'Texte',
      messageId: '<reminder-1@example.test>',
      attachments: [{ filename: 'atelier.ics', content: 'BEGIN:VCALENDAR\r\n', contentType: 'text/calendar' }],
    });
    assert.deepEqual(lines, [
      {
        mail: {
          to: 'family@example.test',
          subject: 'Rappel',
          text: 'Texte',
          messageId: '<reminder-1@example.test>',
          attachments: [{ filename: 'atelier.ics', bytes: 17 }],
        },
      },
    ]);
    assert.ok(!JSON.stringify(lines).includes('VCALENDAR'));
  });

  it('retries a failing mail later and gives up after five attempts', async () => {
    const id = await enqueueMail(db.db, {
      programmeId: null,
      to: 'down@example.test',
      subject: 'S',
      text: 'T',
      template: 'test',
    });
    const { transport } = recordingTransport('smtp', true);
    assert.equal((await deliverPendingMail(db.db, transport, silent)).retried, 1);
    let row = await db.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, 'connection refused');
    assert.ok(row.locked_until && Date.parse(row.locked_until) > Date.now(), 'not retried at once');
    assert.equal((await deliverPendingMail(db.db, transport, silent)).retried, 0);

    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      await db.db
        .updateTable('mail_outbox')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', id)
        .execute();
      await deliverPendingMail(db.db, transport, silent);
    }
    row = await db.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'failed');
    assert.equal(row.attempts, MAX_MAIL_ATTEMPTS);
  });

  it('sends each mail once when two workers run at the same time', async () => {
    for (let i = 0; i < 6; i += 1) {
      await enqueueMail(db.db, {
        programmeId: null,
        to: `race${i}@example.test`,
        subject: 'S',
        text: 'T',
        template: 'race',
      });
    }
    const first = recordingTransport('smtp');
    const second = recordingTransport('smtp');
    await Promise.all([
      deliverPendingMail(db.db, first.transport, silent),
      deliverPendingMail(db.db, second.transport, silent),
    ]);
    const sentTo = [...first.sent, ...second.sent].map((m) => m.to).sort();
    assert.deepEqual(
      sentTo,
      Array.from({ length: 6 }, (_, i) => `race${i}@example.test`),
    );
  });
});
