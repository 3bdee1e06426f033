import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeResource } from '../../../test/factories/catalogue.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import type { Programme } from '../programmes/programmes.model.js';

const file = randomBytes(300_000);
const fileSha = createHash('sha256').update(file).digest('hex');
/** What the endless route wrote before the client hung up, and the most it would write. */
const endless = { written: 0, cap: 64 * 1024 * 1024, clientLeft: false };

/** Writes `body` in small pieces, so the client reads a stream. */
function sendInPieces(res: ServerResponse, body: Buffer, headers: Record<string, string | number> = {}) {
  res.writeHead(200, { 'content-type': 'application/octet-stream', ...headers });
  for (let i = 0; i < body.length; i += 16_384) res.write(body.subarray(i, i + 16_384));
  res.end();
}

describe('verifying an offline content’s file', () => {
  let t: TestApp;
  let p: Programme;
  let manager: TestClient;
  let server: Server;
  let base: string;
  let onRace: (() => Promise<void>) | undefined;

  before(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case '/good.zim':
          return sendInPieces(res, file, { 'content-length': file.length });
        case '/chunked.zim':
          return sendInPieces(res, file);
        case '/other.zim': {
          const other = Buffer.from(file);
          other[1000] = other[1000]! ^ 0xff;
          return sendInPieces(res, other);
        }
        case '/truncated.zim':
          return sendInPieces(res, file.subarray(0, file.length - 1));
        case '/declared-longer.zim':
          res.writeHead(200, { 'content-length': file.length + 10 });
          return res.end(Buffer.concat([file, Buffer.alloc(10)]));
        case '/endless.zim': {
          // Keeps sending (up to the cap) until the client stops reading and closes.
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          const piece = Buffer.alloc(65_536, 1);
          res.on('close', () => {
            if (!res.writableFinished) endless.clientLeft = true;
          });
          const pump = () => {
            while (endless.written < endless.cap && !res.destroyed) {
              endless.written += piece.length;
              if (!res.write(piece)) return void res.once('drain', pump);
            }
            if (!res.destroyed) res.end();
          };
          return pump();
        }
        case '/race.zim':
          return void onRace!().then(() => sendInPieces(res, file));
        case '/moved.zim':
          res.writeHead(302, { location: '/good.zim' });
          return res.end();
        default:
          res.writeHead(404, { 'content-type': 'text/plain' });
          return res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await buildTestApp();
    p = await makeProgramme(t.db.db);
    const user = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'committee_member' }] });
    manager = new TestClient(t.app);
    await signIn(manager, t.db.db, user);
  });
  after(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const zim = (path: string, o: { sha256?: string; bytes?: number } = {}) =>
    makeResource(t.db.db, p.id, {
      kind: 'content',
      title: `Wikipédia ${path}`,
      content_file_name: 'wikipedia_fr.zim',
      content_url: `${base}${path}`,
      content_sha256: o.sha256 ?? fileSha,
      content_bytes: o.bytes ?? file.length,
    });
  const verify = (id: string, lang?: 'en') =>
    manager.request({
      method: 'POST',
      url: `/api/v1/programmes/${p.slug}/catalogue/resources/${id}/verify-content`,
      ...(lang ? { headers: { 'accept-language': lang } } : {}),
    });
  const rowOf = (id: string) =>
    t.db.db.selectFrom('catalogue_resources').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditCount = async (id: string) =>
    (await t.db.db.selectFrom('audit_events').select('id').where('entity_id', '=', id).execute()).length;

  /** A failed check: the status and code, and the resource exactly as it was, with no audit event. */
  async function failsAndChangesNothing(id: string, status: number, code: string) {
    const before = await rowOf(id);
    const res = await verify(id);
    assert.equal(res.statusCode, status, res.body);
    assert.equal(res.json().code, code);
    assert.deepEqual(await rowOf(id), before);
    assert.equal((await rowOf(id)).content_verified_at, null);
    assert.equal(await auditCount(id), 0);
    return res.json() as { detail?: string; title: string };
  }

  it('records the check when the size and the SHA-256 match (with or without Content-Length, after a redirect)', async () => {
    for (const path of ['/good.zim', '/chunked.zim', '/moved.zim']) {
      const r = await zim(path);
      const res = await verify(r.id);
      assert.equal(res.statusCode, 200, res.body);
      const verifiedAt = res.json().content.verifiedAt as string;
      assert.ok(verifiedAt && !Number.isNaN(Date.parse(verifiedAt)));
      assert.equal((await rowOf(r.id)).content_verified_at !== null, true);
      assert.equal(await auditCount(r.id), 1);
    }
  });

  it('refuses a file whose checksum does not match, giving both checksums', async () => {
    const r = await zim('/other.zim');
    const problem = await failsAndChangesNothing(r.id, 422, 'CATALOGUE_CONTENT_CHECKSUM_MISMATCH');
    assert.ok(problem.detail?.includes(fileSha), problem.detail);
    const other = Buffer.from(file);
    other[1000] = other[1000]! ^ 0xff;
    assert.ok(problem.detail?.includes(createHash('sha256').update(other).digest('hex')), problem.detail);
    const wrongSum = await zim('/good.zim', { sha256: 'c'.repeat(64) });
    await failsAndChangesNothing(wrongSum.id, 422, 'CATALOGUE_CONTENT_CHECKSUM_MISMATCH');
  });

  it('refuses a truncated file and a longer one', async () => {
    const truncated = await zim('/truncated.zim');
    const problem = await failsAndChangesNothing(truncated.id, 422, 'CATALOGUE_CONTENT_SIZE_MISMATCH');
    assert.match(problem.detail ?? '', new RegExp(`${file.length}.*${file.length - 1}`));
    const declared = await zim('/declared-longer.zim');
    await failsAndChangesNothing(declared.id, 422, 'CATALOGUE_CONTENT_SIZE_MISMATCH');
    const announcedBigger = await zim('/good.zim', { bytes: file.length + 1 });
    await failsAndChangesNothing(announcedBigger.id, 422, 'CATALOGUE_CONTENT_SIZE_MISMATCH');
  });

  it('stops downloading as soon as more bytes than announced arrive', async () => {
    const r = await zim('/endless.zim', { bytes: 1_000_000 });
    const problem = await failsAndChangesNothing(r.id, 422, 'CATALOGUE_CONTENT_SIZE_MISMATCH');
    assert.match(problem.detail ?? '', /1000000/);
    // The server notices the hang-up once its socket buffers are full; it never sends the whole.
    while (!endless.clientLeft && endless.written < endless.cap) await new Promise((r) => setImmediate(r));
    assert.ok(endless.written < endless.cap, `${endless.written} bytes written`);
  });

  it('reports a missing file (404) and an unreachable server as a failed download', async () => {
    const missing = await zim('/missing.zim');
    const problem = await failsAndChangesNothing(missing.id, 502, 'CATALOGUE_CONTENT_FETCH_FAILED');
    assert.match(problem.detail ?? '', /404/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await makeResource(t.db.db, p.id, {
      kind: 'content',
      content_file_name: 'x.zim',
      content_url: `http://127.0.0.1:${port}/x.zim`,
      content_sha256: fileSha,
      content_bytes: file.length,
    });
    const res = await failsAndChangesNothing(unreachable.id, 502, 'CATALOGUE_CONTENT_FETCH_FAILED');
    assert.match(res.detail ?? '', /n’a pas pu être joint/);
    const en = await verify(missing.id, 'en');
    assert.match(en.json().detail, /The server answered 404/);
  });

  it('does not mark a file changed during the download', async () => {
    const r = await zim('/race.zim');
    onRace = async () => {
      await t.db.db
        .updateTable('catalogue_resources')
        .set({ content_sha256: 'd'.repeat(64) })
        .where('id', '=', r.id)
        .execute();
    };
    const res = await verify(r.id);
    assert.equal(res.statusCode, 409, res.body);
    assert.equal((await rowOf(r.id)).content_verified_at, null);
  });

  it('refuses to verify a resource that is not an offline content', async () => {
    const software = await makeResource(t.db.db, p.id, { packageNames: ['tuxmath'] });
    await failsAndChangesNothing(software.id, 422, 'UNPROCESSABLE');
  });
});
