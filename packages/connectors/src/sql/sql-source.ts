import { SelectQueryNode, type CompiledQuery, type Kysely } from 'kysely';
import type { ReadContext, SourcePage, SyncRecord } from '@syncengine/engine';
import { compileQueryTemplate } from './_sql-query-template.js';
import type { SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { SqlSourceOptions } from './sql-schema.js';

/**
 * Streams the rows of a query, `batch_size` rows per page, holding no more than one page in memory.
 * `${cursor}`-style references and `:name` params are bound parameters. Dates become ISO 8601 text
 * in UTC, integers beyond 2^53 decimal text, binary values base64, so records are plain JSON.
 *
 * @example
 * ```ts
 * for await (const page of readSql(db, POSTGRES_ADAPTER, { query: 'select * from t where id > :min', params: { min: 10 }, batch_size: 500 }, ctx)) {
 *   console.log(page.records.length)
 * }
 * ```
 */
export async function* readSql(
  db: Kysely<any>,
  adapter: SqlDialectAdapter,
  options: SqlSourceOptions,
  ctx: ReadContext,
): AsyncGenerator<SourcePage> {
  const params = (ctx.render(options.params ?? {}) ?? {}) as Record<string, unknown>;
  const compiled = compileQueryTemplate(options.query, { render: ctx.render, params, bind: adapter.bindParameter }, adapter).compile(db);
  // Kysely streams only queries it knows to be reads (its SQLite driver checks the node kind); a
  // source query is one, so it is marked as such.
  const query: CompiledQuery = { ...compiled, query: SelectQueryNode.create() };
  // A limit below the batch size (`check` reads one row, `run --limit n` n rows) fetches no more rows than that.
  const size = ctx.limit !== undefined ? Math.min(options.batch_size, ctx.limit) : options.batch_size;
  let page: SyncRecord[] = [];
  let read = 0;
  const describe = () => `query rows ${read - page.length + 1}-${read}`;
  for await (const result of db.getExecutor().stream(query, size)) {
    for (const row of result.rows) {
      page.push(toRecord(row as Record<string, unknown>));
      read += 1;
    }
    if (page.length >= size) {
      yield { records: page, description: describe() };
      page = [];
      // Leaving the loop closes the database cursor and returns the connection.
      if (ctx.signal.aborted || (ctx.limit !== undefined && read >= ctx.limit)) return;
    }
  }
  if (page.length || read === 0) yield { records: page, description: read ? describe() : 'query: no rows' };
}

/** A row as a plain JSON record: dates as ISO text, big integers as text, binary as base64. */
export function toRecord(row: Record<string, unknown>): SyncRecord {
  const record: SyncRecord = {};
  for (const [name, value] of Object.entries(row)) record[name] = plain(value);
  return record;
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return value;
}
