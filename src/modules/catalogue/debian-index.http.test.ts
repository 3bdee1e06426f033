import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type Programme, programmeSettingsSchema } from '../programmes/programmes.model.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { type TestApp, TestClient, buildTestApp } from '../../../test/helpers/app.js';

const extract = readFileSync(new URL('../../../test/fixtures/debian/bookworm-main-amd64-Packages', import.meta.url));
const extractSha256 = createHash('sha256').update(extract).digest('hex');
const INDEX_PATH = '/debian/dists/bookworm/main/binary-amd64/Packages.gz';

/** What the local mirror answers for the Packages.gz path (status and body), set per test. */
let mirrorAnswer: { status: number; body: Buffer } = { status: 200, body: gzipSync(extract) };
let mirrorRequests: string[] = [];

function syntheticIndex(count: number): Buffer {
  const stanzas: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `synthetic-package-${i}`;
    stanzas.push(
      `Package: ${name}\nVersion: 1.${i % 97}-${(i % 5) + 1}\nInstalled-Size: ${(i % 4000) + 12}\n` +
        `Architecture: amd64\nDescription: synthetic package number ${i}\n` +
        `Section: misc\nFilename: pool/main/s/${name}/${name}_1.0_amd64.deb\nSize: ${1000 + i}\n` +
        `SHA256: ${createHash('sha256').update(name).digest('hex')}\n`,
    );
  }
  return Buffer.from(stanzas.join('\n'), 'utf8');
}

describe('Debian index: upload, mirror, refusals', () => {
  let t: TestApp;
  let mirror: Server;
  let programme: Programme;
  let other: Programme;
  let manager: TestClient;
  let operator: TestClient;
  let stranger: TestClient;
  let url: string;
  let managerEmail: string;

  before(async () => {
    mirror = createServer((req, res) => {
      mirrorRequests.push(req.url ?? '');
      if (req.url !== INDEX_PATH) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(mirrorAnswer.status, { 'content-type': 'application/gzip' }).end(mirrorAnswer.body);
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    const port = (mirror.address() as AddressInfo).port;
    t = await buildTestApp();
    programme = await makeProgramme(t.db.db, {
      settings: programmeSettingsSchema.parse({ catalogue: { debianMirrorUrl: `http://127.0.0.1:${port}/debian/` } }),
    });
    other = await makeProgramme(t.db.db);
    url = `/api/v1/programmes/${programme.slug}/catalogue`;
    manager = new TestClient(t.app);
    const managerUser = await makeUser(t.db.db, { grants: [{ programmeId: programme.id, role: 'coordinator' }] });
    managerEmail = managerUser.email;
    await signIn(manager, t.db.db, managerUser);
    operator = new TestClient(t.app);
    await signIn(
      operator,
      t.db.db,
      await makeUser(t.db.db, { grants: [{ programmeId: programme.id, role: 'workshop_operator' }] }),
    );
    stranger = new TestClient(t.app);
    await signIn(stranger, t.db.db, await makeUser(t.db.db, { grants: [{ programmeId: other.id, role: 'admin' }] }));
  });
  after(async () => {
    await t.close();
    await new Promise((resolve) => mirror.close(resolve));
  });

  const upload = (client: TestClient, bytes: Buffer, type = 'application/octet-stream', fileName = 'Packages') =>
    client.request({
      method: 'POST',
      url: `${url}/debian-indexes?fileName=${encodeURIComponent(fileName)}`,
      payload: bytes,
      headers: { 'content-type': type },
    });
  const fromMirror = () => manager.post(`${url}/debian-indexes`, { source: 'mirror' });

  async function storedState() {
    const indexes = await t.db.db
      .selectFrom('debian_indexes')
      .select(['id', 'sha256', 'package_count'])
      .where('programme_id', '=', programme.id)
      .execute();
    const { n } = await t.db.db
      .selectFrom('debian_packages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('programme_id', '=', programme.id)
      .executeTakeFirstOrThrow();
    return { indexes, packages: Number(n) };
  }

  function assertInvalid(res: { statusCode: number; json(): unknown }, line: number) {
    assert.equal(res.statusCode, 422, JSON.stringify(res.json()));
    const problem = res.json() as { code: string; detail: string; errors: { field: string; code: string }[] };
    assert.equal(problem.code, 'DEBIAN_INDEX_INVALID');
    assert.deepEqual(
      problem.errors.map((e) => [e.field, e.code]),
      [['body', `line_${line}`]],
    );
    assert.match(problem.detail, new RegExp(`^Ligne ${line} :`));
  }

  it('refuses everything while no index is loaded', async () => {
    const res = await manager.get(`${url}/debian-packages?names=gcompris-qt`);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'CATALOGUE_NO_DEBIAN_INDEX');
    const list = await manager.get(`${url}/debian-indexes`);
    assert.deepEqual(list.json(), {
      items: [],
      target: {
        release: 'bookworm',
        component: 'main',
        architecture: 'amd64',
        mirrorUrl: programme.settings.catalogue.debianMirrorUrl,
      },
    });
  });

  it('loads the shipped extract uploaded as a plain file', async () => {
    const res = await upload(manager, extract, 'application/octet-stream', 'bookworm-Packages');
    assert.equal(res.statusCode, 201, res.body);
    const index = res.json();
    assert.equal(index.packageCount, 29);
    assert.equal(index.source, 'file');
    assert.equal(index.sourceLabel, 'bookworm-Packages');
    assert.equal(index.sha256, extractSha256);
    assert.equal(index.release, 'bookworm');
    assert.equal(index.architecture, 'amd64');
    assert.equal(index.loadedBy, managerEmail);
    const packages = await manager.get(`${url}/debian-packages?names=gcompris-qt,childsplay,tuxpaint`);
    assert.equal(packages.statusCode, 200);
    assert.deepEqual(
      packages.json().items.map((p: { name: string; version: string }) => [p.name, p.version]),
      [
        ['gcompris-qt', '3.1-2'],
        ['tuxpaint', '1:0.9.28-sdl2-1'],
      ],
    );
    assert.equal(packages.json().items[0].installedSizeKb, 727);
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('programme_id', '=', programme.id)
      .where('entity_type', '=', 'debian_index')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['loaded'],
    );
  });

  it('loads the same extract gzipped, replacing the first index (same sha256 of the text)', async () => {
    const before = await storedState();
    const res = await upload(manager, gzipSync(extract), 'application/gzip', 'Packages.gz');
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().sha256, extractSha256);
    assert.notEqual(res.json().id, before.indexes[0]!.id);
    const after = await storedState();
    assert.deepEqual(
      after.indexes.map((i) => i.id),
      [res.json().id],
    );
    assert.equal(after.packages, 29);
    const list = (await manager.get(`${url}/debian-indexes`)).json();
    assert.deepEqual(
      list.items.map((i: { id: string }) => i.id),
      [res.json().id],
    );
  });

  it('fetches Packages.gz from the programme’s mirror', async () => {
    mirrorRequests = [];
    mirrorAnswer = { status: 200, body: gzipSync(extract) };
    const res = await fromMirror();
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().source, 'mirror');
    assert.equal(res.json().sourceLabel.endsWith(INDEX_PATH), true, res.json().sourceLabel);
    assert.equal(res.json().packageCount, 29);
    assert.deepEqual(mirrorRequests, [INDEX_PATH]);
    assert.equal((await storedState()).indexes.length, 1);
  });

  it('refuses a corrupt index, naming the garbage line, and keeps the previous one', async () => {
    const before = await storedState();
    const lines = extract.toString('utf8').split('\n');
    lines.splice(40, 0, 'this line is garbage');
    const res = await upload(manager, Buffer.from(lines.join('\n')));
    assertInvalid(res, 41);
    assert.deepEqual(await storedState(), before);
    const en = await manager.request({
      method: 'POST',
      url: `${url}/debian-indexes`,
      payload: Buffer.from(lines.join('\n')),
      headers: { 'content-type': 'application/octet-stream', 'accept-language': 'en' },
    });
    assert.match(en.json().detail, /^Line 41: .*Nothing was loaded/);
  });

  it('refuses an index cut in the middle of a stanza, naming the stanza’s first line', async () => {
    const before = await storedState();
    const text = extract.toString('utf8');
    const start = text.indexOf('Package: tuxmath');
    const cut = text.slice(0, text.indexOf('Filename:', start));
    const stanzaLine = text.slice(0, start).split('\n').length;
    assertInvalid(await upload(manager, Buffer.from(cut)), stanzaLine);
    assert.deepEqual(await storedState(), before);
  });

  it('refuses a truncated gzip file, uploaded or from the mirror', async () => {
    const before = await storedState();
    const gz = gzipSync(extract);
    const truncated = gz.subarray(0, Math.floor(gz.length * 0.6));
    const res = await upload(manager, truncated, 'application/gzip');
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().code, 'DEBIAN_INDEX_INVALID');
    assert.match(res.json().errors[0].code, /^line_\d+$/);
    // Even a gzip file cut just before its 8-byte trailer (every stanza complete) is refused.
    assert.equal((await upload(manager, gz.subarray(0, gz.length - 8), 'application/gzip')).statusCode, 422);
    mirrorAnswer = { status: 200, body: truncated };
    const mirrored = await fromMirror();
    assert.equal(mirrored.statusCode, 422, mirrored.body);
    assert.equal(mirrored.json().code, 'DEBIAN_INDEX_INVALID');
    assert.deepEqual(await storedState(), before);
  });

  it('refuses the index of another architecture, naming the line, what it found and what it expected', async () => {
    const before = await storedState();
    // The same extract as an i386 index: its "all" stanzas would pass, its i386 ones must not.
    const text = extract.toString('utf8');
    const i386 = Buffer.from(text.replaceAll('Architecture: amd64', 'Architecture: i386'));
    const firstLine = text.split('\n').indexOf('Architecture: amd64') + 1;
    assert.ok(firstLine > 1);
    const res = await upload(manager, i386);
    assertInvalid(res, firstLine);
    assert.match(res.json().detail, /architecture « i386 », alors que le programme installe « amd64 »/);
    assert.deepEqual(await storedState(), before);
    const en = await manager.request({
      method: 'POST',
      url: `${url}/debian-indexes`,
      payload: gzipSync(i386),
      headers: { 'content-type': 'application/gzip', 'accept-language': 'en' },
    });
    assert.equal(en.statusCode, 422, en.body);
    assert.match(
      en.json().detail,
      new RegExp(
        `^Line ${firstLine}: this package is for the “i386” architecture, while the programme installs “amd64”`,
      ),
    );
    // One stray stanza deep in an otherwise right index is enough, and its own line is named.
    const lines = text.split('\n');
    const last = lines.lastIndexOf('Architecture: amd64');
    lines[last] = 'Architecture: arm64';
    assertInvalid(await upload(manager, Buffer.from(lines.join('\n'))), last + 1);
    // From the mirror too.
    mirrorAnswer = { status: 200, body: gzipSync(i386) };
    const mirrored = await fromMirror();
    assert.equal(mirrored.statusCode, 422, mirrored.body);
    assert.equal(mirrored.json().errors[0].code, `line_${firstLine}`);
    assert.deepEqual(await storedState(), before);
  });

  it('answers 502 when the mirror has no such file, and stores nothing', async () => {
    const before = await storedState();
    mirrorAnswer = { status: 404, body: Buffer.from('gone') };
    const res = await fromMirror();
    assert.equal(res.statusCode, 502, res.body);
    assert.equal(res.json().code, 'DEBIAN_INDEX_FETCH_FAILED');
    assert.match(res.json().detail, /404/);
    assert.deepEqual(await storedState(), before);
  });

  it('refuses an empty file and a JSON body other than the mirror', async () => {
    const before = await storedState();
    assertInvalid(await upload(manager, Buffer.alloc(0)), 1);
    const bad = await manager.post(`${url}/debian-indexes`, { source: 'file' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(await storedState(), before);
  });

  it('names a malformed package name in the package query', async () => {
    const res = await manager.get(`${url}/debian-packages?names=vlc,tux%20paint`);
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      res.json().errors.map((e: { field: string }) => e.field),
      ['query.names.1'],
    );
  });

  it('lets only catalogue managers load an index, and hides it from other programmes', async () => {
    const before = await storedState();
    assert.equal((await upload(operator, extract)).statusCode, 403);
    assert.equal((await operator.get(`${url}/debian-indexes`)).statusCode, 200);
    assert.equal((await upload(stranger, extract)).statusCode, 404);
    assert.equal((await stranger.get(`${url}/debian-indexes`)).statusCode, 404);
    const own = await stranger.get(`/api/v1/programmes/${other.slug}/catalogue/debian-indexes`);
    assert.deepEqual(own.json().items, []);
    assert.deepEqual(await storedState(), before);
  });

  it('loads a full-size synthetic index of 63,000 packages', async () => {
    const big = syntheticIndex(63_000);
    const res = await upload(manager, gzipSync(big), 'application/gzip', 'Packages.gz');
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().packageCount, 63_000);
    const state = await storedState();
    assert.equal(state.indexes.length, 1);
    assert.equal(state.packages, 63_000);
    const found = await manager.get(`${url}/debian-packages?names=synthetic-package-62999,gcompris-qt`);
    assert.deepEqual(
      found.json().items.map((p: { name: string }) => p.name),
      ['synthetic-package-62999'],
    );
  });
});
