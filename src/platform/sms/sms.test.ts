import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createHttpSmsDriver, createSmsDriver } from './sms.js';

describe('SMS drivers', () => {
  const requests: { headers: http.IncomingHttpHeaders; body: string; url: string }[] = [];
  let status = 200;
  let server: http.Server;
  let base: string;
  before(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        requests.push({ headers: req.headers, body, url: req.url ?? '' });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'msg-42' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('logs neither the number nor the text with the default driver', async () => {
    const lines: unknown[] = [];
    const driver = createSmsDriver({ smsUrl: undefined }, { info: (o: unknown) => lines.push(o) });
    assert.equal(driver.kind, 'log');
    assert.deepEqual(await driver.send({ to: '+33612345678', text: 'Rappel : atelier', reference: 'r:1' }), {});
    const logged = JSON.stringify(lines);
    assert.ok(!logged.includes('+33612345678') && !logged.includes('Rappel'));
    assert.deepEqual(lines, [{ sms: { reference: 'r:1', characters: 16 } }]);
  });

  it('posts JSON to SMS_URL with the credentials in a Basic header and returns the provider id', async () => {
    const driver = createSmsDriver({ smsUrl: `http://relay:s%40cret@${base}/sms?account=7` }, { info() {} });
    assert.equal(driver.kind, 'http');
    const sent = await driver.send({ to: '+33612345678', text: 'Bonjour', reference: 'reminder:b1:c1' });
    assert.deepEqual(sent, { providerId: 'msg-42' });
    const request = requests.at(-1)!;
    assert.equal(request.url, '/sms?account=7');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers.authorization, `Basic ${Buffer.from('relay:s@cret').toString('base64')}`);
    assert.deepEqual(JSON.parse(request.body), { to: '+33612345678', text: 'Bonjour', reference: 'reminder:b1:c1' });
  });

  it('throws when the gateway refuses, so the job is retried', async () => {
    status = 503;
    try {
      await assert.rejects(
        createHttpSmsDriver(`http://${base}/sms`).send({ to: '+33612345678', text: 'x', reference: 'r' }),
        /SMS gateway answered 503/,
      );
    } finally {
      status = 200;
    }
  });
});
