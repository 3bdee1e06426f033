import type { Config } from '../platform/config.js';
import { BenchDataRefused, generateBenchData } from './generate.js';
import { type BenchDataSize, benchSizes } from './plan.js';

/** What the command line needs from cli.ts: its flag parser, error type and output. */
export interface BenchDataCli {
  flags: Record<string, string>;
  out(line: string): void;
  fail(message: string, exitCode: number): Error;
}

/**
 * `cartable bench-data --size small|city|country [--seed N]`: fills the configured, empty
 * database with the benchmark programme and prints `{"bench":{…counts…},"ms":…}` on its last
 * line. Run again with the same size and seed on that database, it reuses the data.
 */
export async function benchDataCommand(config: Config, cli: BenchDataCli): Promise<void> {
  if (config.env === 'production') throw cli.fail('bench-data is refused when NODE_ENV=production.', 2);
  const size = cli.flags.size;
  if (!size || !(benchSizes as readonly string[]).includes(size))
    throw cli.fail(`--size must be one of ${benchSizes.join(', ')}.`, 2);
  const seed = cli.flags.seed === undefined ? 1 : Number(cli.flags.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw cli.fail('--seed must be a whole number.', 2);
  const started = Date.now();
  try {
    const result = await generateBenchData({
      size: size as BenchDataSize,
      seed,
      databaseUrl: config.databaseUrl,
      sqliteFile: config.sqliteFile,
      log: (line) => cli.out(`[bench-data ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`),
    });
    const { marker } = result;
    if (result.reused)
      cli.out(`Bench data ${marker.size} (seed ${marker.seed}) already there, made on ${marker.madeOn}.`);
    cli.out(
      JSON.stringify({
        bench: marker.counts,
        size: marker.size,
        reused: result.reused,
        ms: result.reused ? 0 : marker.ms,
      }),
    );
  } catch (e) {
    if (e instanceof BenchDataRefused) throw cli.fail(e.message, 1);
    throw e;
  }
}
