import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { benchEnv, pgDatabaseName, sqliteDataDir } from '../bench/context.js';
import { RESULTS_DIR, type RunResult, readResults, renderMarkdown, writeResult } from '../bench/report.js';
import { parseArgs } from '../bench/run.js';

const result = (o: Partial<RunResult> = {}): RunResult => ({
  startedAt: '2026-11-29T10:00:00.000Z',
  size: 'small',
  db: 'sqlite',
  seed: 1,
  machine: { cores: 2, memoryGb: 4, cpuModel: 'test CPU', node: '20', os: 'Linux', dbVersion: 'SQLite' },
  data: {},
  generatedMs: 1_000,
  workloads: [
    {
      workload: 'checkin',
      measurements: [{ name: 'check-in', unit: 'redemptions/s', value: 12 }],
      checks: [{ name: 'ledger verify passes', ok: true }],
      notes: [],
    },
  ],
  skipped: [],
  durationMs: 2_000,
  ...o,
});

describe('the benchmark runner’s options', () => {
  it('measures, writes bench/results and the README by default', () => {
    const o = parseArgs(['--size', 'city', '--db', 'postgres']);
    assert.deepEqual(
      { size: o.size, db: o.db, readme: o.readme, build: o.build, smoke: o.smoke, resultsDir: o.resultsDir },
      { size: 'city', db: 'postgres', readme: true, build: true, smoke: false, resultsDir: undefined },
    );
  });

  it('makes a smoke run leave the README alone', () => {
    const o = parseArgs(['--size', 'small', '--db', 'sqlite', '--smoke']);
    assert.equal(o.smoke, true);
    assert.equal(o.readme, false);
    assert.equal(o.resultsDir, undefined, 'the runner picks a temporary directory');
  });

  it('refuses a smoke run written to bench/results/', () => {
    assert.throws(() => parseArgs(['--smoke', '--results-dir', RESULTS_DIR]), /never writes to bench\/results/);
  });

  it('writes elsewhere with --results-dir, and then leaves the README alone', () => {
    const o = parseArgs(['--results-dir', 'some/where', '--no-build']);
    assert.equal(o.resultsDir, path.resolve('some/where'));
    assert.equal(o.readme, false);
    assert.equal(o.build, false);
    assert.equal(parseArgs(['--results-dir', RESULTS_DIR]).readme, true);
  });

  it('refuses an unknown option or a --results-dir without a value', () => {
    assert.throws(() => parseArgs(['--smok', 'x']), /Unknown option --smok/);
    assert.throws(() => parseArgs(['--results-dir']), /needs a value/);
  });
});

describe('a smoke run’s places', () => {
  it('has databases of its own, apart from the measured runs’ data', () => {
    assert.equal(pgDatabaseName('small'), 'cartable_bench_small');
    assert.equal(pgDatabaseName('small', true), 'cartable_smoke_small');
    assert.notEqual(sqliteDataDir('small', true), sqliteDataDir('small'));
    assert.match(benchEnv('small', 'postgres', true).DATABASE_URL ?? '', /\/cartable_smoke_small$/);
    assert.equal(benchEnv('small', 'sqlite', true).CARTABLE_DATA_DIR, sqliteDataDir('small', true));
  });

  it('writes its result files in the directory it is given, and says it was a smoke run', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-bench-smoke-test-'));
    try {
      const before = fs.existsSync(RESULTS_DIR) ? fs.readdirSync(RESULTS_DIR) : [];
      const files = writeResult(result({ smoke: true }), dir);
      assert.equal(path.dirname(files.json), dir);
      assert.deepEqual(
        readResults(dir).map((r) => [r.size, r.db, r.smoke]),
        [['small', 'sqlite', true]],
      );
      assert.match(fs.readFileSync(files.md, 'utf8'), /^# Benchmark \(smoke run\): small on sqlite/);
      assert.deepEqual(fs.existsSync(RESULTS_DIR) ? fs.readdirSync(RESULTS_DIR) : [], before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('titles a measured run without the smoke mark', () => {
    assert.match(renderMarkdown(result()), /^# Benchmark: small on sqlite/);
  });
});
