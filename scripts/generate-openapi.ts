// Writes docs/openapi.json from the routes' zod schemas: `npm run openapi`.
// A test (src/platform/http/openapi.http.test.ts) fails when the committed file drifts from the code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config.js';
import { openSqlite } from '../src/platform/db/database.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
/** TypeScript types of the API for the web app, generated from the same document. */
export const WEB_TYPES_FILE = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

export async function generateWebTypes(spec: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(JSON.parse(formatOpenApi(spec)) as Parameters<typeof openapiTS>[0]);
  return `// Generated from docs/openapi.json by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`;
}

/** Object keys sorted at every depth below the top level, so the file only changes when the API does. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/** The document as committed: top-level keys in the usual order, the rest sorted; 2-space indent, final newline. */
export function formatOpenApi(spec: Record<string, unknown>): string {
  const top = ['openapi', 'info', 'servers', 'tags', 'security', 'paths', 'components'];
  const ordered: Record<string, unknown> = {};
  for (const key of [...top, ...Object.keys(spec).sort()]) {
    if (key in spec && !(key in ordered)) ordered[key] = sortKeys(spec[key]);
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Builds the app on a throwaway SQLite file (nothing is migrated or served) and returns its OpenAPI document. */
export async function generateOpenApi(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-openapi-'));
  const database = openSqlite(path.join(dir, 'openapi.sqlite'));
  const config = loadConfig({ NODE_ENV: 'test', CARTABLE_DATA_DIR: dir, PUBLIC_BASE_URL: 'http://localhost:3000' });
  try {
    const app = await buildApp({ config, database, webRoot: null });
    try {
      await app.ready();
      return app.swagger() as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const spec = await generateOpenApi();
  fs.mkdirSync(path.dirname(OPENAPI_FILE), { recursive: true });
  fs.writeFileSync(OPENAPI_FILE, formatOpenApi(spec));
  fs.writeFileSync(WEB_TYPES_FILE, await generateWebTypes(spec));
  console.log(
    `Wrote ${path.relative(process.cwd(), OPENAPI_FILE)} and ${path.relative(process.cwd(), WEB_TYPES_FILE)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
