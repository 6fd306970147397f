import type { Pool, PoolConnection } from 'mysql2';
import type { SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';

/**
 * The `Duplicates: D` of the last `INSERT` a wrapped connection answered ("Records: N  Duplicates: D
 * Warnings: W" in the OK packet's info; D counts the rows whose key was already stored, updated or not).
 * kysely's MysqlDialect drops the info, so the connections record it here when their callback runs;
 * the writer reads it right after its `await` resolves, with only promise jobs in between (another
 * connection's answer is a later I/O event), so the value is that statement's own.
 */
let lastDuplicates: number | undefined;

const patched = new WeakSet<object>();

function recordInfo(connection: PoolConnection): PoolConnection {
  if (patched.has(connection)) return connection;
  patched.add(connection);
  const query = connection.query;
  connection.query = function (this: PoolConnection, ...args: unknown[]) {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown, fields: unknown) => {
        const info = (result as { info?: unknown } | undefined)?.info;
        const match = typeof info === 'string' ? /Duplicates: (\d+)/.exec(info) : null;
        lastDuplicates = match ? Number(match[1]) : undefined;
        (callback as (...a: unknown[]) => void)(error, result, fields);
      };
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as PoolConnection['query'];
  return connection;
}

/**
 * A view of `pool` for kysely's MysqlDialect whose connections record the duplicate count of each
 * statement, and `adapter` with `takeDuplicates` reading it: an upsert then needs no count of the
 * stored keys before it.
 */
export function withDuplicateCounts(pool: Pool, adapter: SqlDialectAdapter): { pool: Pool; adapter: SqlDialectAdapter } {
  const view = Object.create(pool) as Pool;
  view.getConnection = (callback) =>
    pool.getConnection((error, connection) => callback(error, error ? connection : recordInfo(connection)));
  return {
    pool: view,
    adapter: {
      ...adapter,
      takeDuplicates: () => {
        const value = lastDuplicates;
        lastDuplicates = undefined;
        return value;
      },
    },
  };
}
