import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  OPENAPI_FILE,
  WEB_TYPES_FILE,
  formatOpenApi,
  generateOpenApi,
  generateWebTypes,
} from '../../../scripts/generate-openapi.js';
import { type TestApp, buildTestApp } from '../../../test/helpers/app.js';

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

describe('OpenAPI document', () => {
  let spec: Record<string, unknown>;
  let t: TestApp;
  before(async () => {
    spec = await generateOpenApi();
    t = await buildTestApp();
  });
  after(() => t.close());

  it('is OpenAPI 3.1.0 and every /api/v1 operation declares its success response schema', () => {
    assert.equal(spec.openapi, '3.1.0');
    const paths = spec.paths as Record<string, Record<string, Operation>>;
    const operations = Object.entries(paths)
      .filter(([p]) => p.startsWith('/api/v1/'))
      .flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${p}`, op })));
    assert.ok(operations.length > 0);
    const missing = operations
      .filter(({ op }) => {
        const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        if (success.length === 0) return true;
        // 204 has no body; every other success response must describe its body.
        return !success.every(
          ([status, r]) => status === '204' || Object.values(r.content ?? {}).some((c) => c.schema),
        );
      })
      .map(({ name }) => name);
    assert.deepEqual(missing, [], `operations without a 2xx response schema: ${missing.join(', ')}`);
  });

  it('equals the committed docs/openapi.json', () => {
    const expected = formatOpenApi(spec);
    const committed = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (committed === expected) return;
    const a = committed.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line += 1;
    assert.fail(
      `docs/openapi.json is out of date with the routes: run npm run openapi and commit the result ` +
        `(first difference at line ${line + 1}: committed ${JSON.stringify(a[line] ?? '<end of file>')}, ` +
        `generated ${JSON.stringify(b[line] ?? '<end of file>')})`,
    );
  });

  it("matches the web app's generated API types (web/src/api/schema.d.ts)", async () => {
    const committed = fs.existsSync(WEB_TYPES_FILE) ? fs.readFileSync(WEB_TYPES_FILE, 'utf8') : '';
    assert.ok(
      committed === (await generateWebTypes(spec)),
      'web/src/api/schema.d.ts is out of date: run npm run openapi',
    );
  });

  it('is served at /api/openapi.json, with a docs page at /api/docs', async () => {
    const json = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(json.statusCode, 200);
    assert.match(json.headers['content-type'] as string, /^application\/json/);
    assert.equal(formatOpenApi(json.json()), formatOpenApi(spec));

    const docs = await t.app.inject({ method: 'GET', url: '/api/docs', headers: { accept: 'text/html' } });
    const page =
      docs.statusCode >= 300 && docs.statusCode < 400
        ? await t.app.inject({
            method: 'GET',
            url: new URL(String(docs.headers.location), 'http://localhost/api/docs').pathname,
          })
        : docs;
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /^text\/html/);
    assert.match(page.body, /<html/i);
  });
});
