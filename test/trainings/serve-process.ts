import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { TestDatabase } from '../helpers/database.js';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** SIGTERM (graceful: in-flight requests finish) or SIGKILL (a crash); resolves at exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `cartable serve` from the TypeScript sources in a child process on the test database,
 * like test/serve-processes.http.test.ts does; resolves with its URL once it listens.
 */
export function startServe(db: TestDatabase): Promise<ServeProcess> {
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
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.on('data', () => {}); // keep draining the pipe
        resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1'), stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    void exited.then((code) => reject(new Error(`serve exited with ${String(code)}: ${output}`)));
  });
}
