import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { configVariables } from '../src/platform/config.js';
import { DEMO_ACCOUNTS } from '../src/modules/demo/demo.seed.js';

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}`);
  assert.ok(start >= 0, `README has a "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README stays true to the code', () => {
  it('documents exactly the environment variables the configuration reads', () => {
    const documented = [...section('Configuration').matchAll(/^\|\s*`([A-Z_]+)`\s*\|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(documented, [...configVariables].sort());
  });

  it('gives the login of every demo account', () => {
    const logins = section('Demo logins');
    for (const account of DEMO_ACCOUNTS) {
      assert.ok(logins.includes(`\`${account.email}\``), `${account.email} is in the README`);
      assert.ok(logins.includes(`\`${account.password}\``), `the password of ${account.email} is in the README`);
    }
  });
});
