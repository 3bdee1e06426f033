#!/usr/bin/env node
// Runs the test suite with Node's own test runner. Node 20 has no glob in `--test`, so the
// files are collected here. `npm test` runs everything on SQLite; with DATABASE_URL set, the same
// files run against PostgreSQL (each file creates and drops its own database).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const roots = ['src', 'test', 'migrations'];
const filter = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = [];
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.test.ts')) files.push(full);
  }
}
for (const r of roots) if (fs.existsSync(r)) walk(r);
const selected = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
selected.sort();
if (selected.length === 0) {
  console.error('No test file matched.');
  process.exit(1);
}
const dialect = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
console.log(`Running ${selected.length} test files on ${dialect}`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...selected],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
