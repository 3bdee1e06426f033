import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type TestDatabase, createTestDatabase } from './helpers/database.js';
import { makeProgramme, makeUser, type TestUser } from './factories.js';

/** Starts `cartable serve` from the TypeScript sources in a child process; resolves with its URL. */
function startServe(db: TestDatabase): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    CARTABLE_DEMO: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
    ...(db.dialect === 'postgres' ? { DATABASE_URL: db.location } : { CARTABLE_DATA_DIR: path.dirname(db.location) }),
  };
  if (db.dialect !== 'postgres') delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1') });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

describe('two `cartable serve` processes on one database', () => {
  let db: TestDatabase;
  let user: TestUser;
  let slug: string;
  const servers: { child: ChildProcess; url: string }[] = [];
  before(async () => {
    db = await createTestDatabase();
    const programme = await makeProgramme(db.db);
    slug = programme.slug;
    user = await makeUser(db.db, { grants: [{ programmeId: programme.id, role: 'coordinator' }] });
    servers.push(await startServe(db), await startServe(db));
  });
  /** Sends SIGTERM to each process still running and resolves with their exit codes. */
  async function stopAll(): Promise<(number | null)[]> {
    return Promise.all(
      servers.map(async (s) => {
        if (s.child.exitCode !== null) return s.child.exitCode;
        s.child.removeAllListeners('exit');
        const exited = new Promise<number | null>((r) => s.child.once('exit', (code) => r(code)));
        s.child.kill('SIGTERM');
        return exited;
      }),
    );
  }
  after(async () => {
    await stopAll();
    await db.drop();
  });

  it('accepts on process 2 a session opened on process 1, and ends it everywhere at logout', async () => {
    const one = servers[0]!;
    const two = servers[1]!;
    const login = await fetch(`${one.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: one.url },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    assert.equal(login.status, 200);
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('cartable_session='))!
      .split(';')[0]!;

    const me = await fetch(`${two.url}/api/v1/programmes/${slug}`, { headers: { cookie } });
    assert.equal(me.status, 200);

    const logout = await fetch(`${two.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: two.url },
    });
    assert.equal(logout.status, 204);
    const afterLogout = await fetch(`${one.url}/api/v1/programmes/${slug}`, { headers: { cookie } });
    assert.equal(afterLogout.status, 401);
  });

  it('shares login throttling: failures on one process count on the other', async () => {
    const one = servers[0]!;
    const two = servers[1]!;
    const attempt = (url: string) =>
      fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ email: user.email, password: 'wrong password!' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(i % 2 === 0 ? one.url : two.url)).status);
    assert.ok(statuses.includes(401));
    assert.equal(statuses.at(-1), 429, `statuses: ${statuses.join(',')}`);
  });

  it('stops cleanly on SIGTERM (exit code 0)', async () => {
    assert.deepEqual(await stopAll(), [0, 0]);
  });
});
