import { Kysely } from 'kysely';
import type pg from 'pg';
import { createPostgresDialect, type Connection, type ConnectorContext } from '@syncengine/engine';
import { resolveServerConnection } from '../sql/sql-connection-schema.js';
import { createSqlConnection, verifyServer } from '../sql/sql-connection.js';
import type { SqlSinkOptions, SqlSourceOptions } from '../sql/sql-schema.js';
import { POSTGRES_ADAPTER } from './postgres-adapter.js';
import type { PostgresConnectionConfig } from './postgres-types.generated.js';

/**
 * How values come back: `numeric` as exact text (pg's default), `bigint` as a number when it fits
 * in 2^53, `date` as `YYYY-MM-DD`, `timestamp` without zone as UTC (not the machine's zone).
 */
function typeParsers(types: typeof pg.types) {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (format !== 'binary') {
        if (oid === types.builtins.INT8) return (v: string) => (Number.isSafeInteger(Number(v)) ? Number(v) : v);
        if (oid === types.builtins.DATE) return (v: string) => v;
        if (oid === types.builtins.TIMESTAMP) {
          return (v: string) => {
            const date = new Date(`${v.replace(' ', 'T')}Z`);
            return Number.isNaN(date.getTime()) ? v : date;
          };
        }
      }
      return types.getTypeParser(oid, format as 'text');
    },
  };
}

/** Opens the pool of a `type: postgres` connection (the connector's `connect`). */
export async function openPostgres(
  config: PostgresConnectionConfig,
  ctx: ConnectorContext,
): Promise<Connection<SqlSourceOptions, SqlSinkOptions>> {
  const server = resolveServerConnection(config, 'postgres');
  if (server.password) ctx.redactor.add(server.password);
  const dialect = await createPostgresDialect(
    {
      ...server,
      logger: ctx.logger,
      redact: ctx.redactor.redact,
      usedBy: 'the postgres connector',
    },
    {
      cursor: true,
      pool: (driver) => ({
        idleTimeoutMillis: 10_000,
        application_name: 'syncengine',
        types: typeParsers((driver as typeof pg).types),
      }),
    },
  );
  const db = new Kysely<any>({ dialect });
  await verifyServer(db, server);
  return createSqlConnection({ db, adapter: POSTGRES_ADAPTER, identity: server.identity });
}
