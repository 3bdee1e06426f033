import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { LightMyRequestResponse } from 'fastify';

/**
 * Counts the SQL statements the app runs, on both dialects, without mocking the database.
 *
 * A Kysely plugin sees every statement twice: when it is compiled (transformQuery) and when its
 * rows come back (transformResult). Only the second means the statement reached the database
 * (a query compiled and never run is not counted). Transactions keep the plugins of the
 * instance they were opened on, so statements inside `app.db.transaction()` count too; BEGIN
 * and COMMIT go through the driver, not the executor, and are not counted.
 *
 * buildTestApp({ queryCounter }) hands the app a `withPlugin` copy of the test database: the
 * factories write through the plain handle, so only the app's own statements are seen.
 */
export class QueryCounter implements KyselyPlugin {
  #recording = false;
  #count = 0;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#recording) this.#count += 1;
    return args.result;
  }

  /** Runs `fn` (one request, usually) and returns how many statements ran meanwhile. */
  async count<T>(fn: () => Promise<T>): Promise<{ queries: number; result: T }> {
    if (this.#recording) throw new Error('QueryCounter.count calls cannot overlap');
    this.#recording = true;
    this.#count = 0;
    try {
      const result = await fn();
      return { queries: this.#count, result };
    } finally {
      this.#recording = false;
    }
  }

  /** Counts the statements of one request and checks it answered 200. */
  async countRequest(fn: () => Promise<LightMyRequestResponse>): Promise<number> {
    const { queries, result } = await this.count(fn);
    if (result.statusCode !== 200) {
      throw new Error(`expected 200, got ${result.statusCode}: ${result.body.slice(0, 500)}`);
    }
    return queries;
  }
}
