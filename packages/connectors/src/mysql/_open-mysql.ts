import { Kysely, sql } from 'kysely';
import type { Pool, TypeCastField, TypeCastNext } from 'mysql2';
import { createMysqlDialect, type Connection, type ConnectorContext } from '@syncengine/engine';
import { resolveServerConnection } from '../sql/sql-connection-schema.js';
import { createSqlConnection, verifyServer } from '../sql/sql-connection.js';
import type { SqlSinkOptions, SqlSourceOptions } from '../sql/sql-schema.js';
import { MARIADB_ADAPTER, MYSQL_ADAPTER } from './mysql-adapter.js';
import { withDuplicateCounts } from './_mysql-duplicates.js';
import type { MysqlConnectionConfig } from './mysql-types.generated.js';

/** `tinyint(1)` (what `boolean` creates) reads as true/false. */
function typeCast(field: TypeCastField, next: TypeCastNext): unknown {
  if (field.type === 'TINY' && field.length === 1) {
    const text = field.string();
    return text === null ? null : text === '1';
  }
  return next();
}

/** MariaDB 10.7 or later (`10.11.6-MariaDB-0+deb12u1`), which has `JSON_EQUALS`. */
export function hasJsonEquals(version: string): boolean {
  const m = /^(\d+)\.(\d+)\..*mariadb/i.exec(version);
  return m !== null && (Number(m[1]) > 10 || (Number(m[1]) === 10 && Number(m[2]) >= 7));
}

/** Opens the pool of a `type: mysql` connection (MySQL or MariaDB; the connector's `connect`). */
export async function openMysql(
  config: MysqlConnectionConfig,
  ctx: ConnectorContext,
): Promise<Connection<SqlSourceOptions, SqlSinkOptions>> {
  const server = resolveServerConnection(config, 'mysql');
  if (server.password) ctx.redactor.add(server.password);
  let counted: ReturnType<typeof withDuplicateCounts> | undefined;
  const dialect = await createMysqlDialect(
    {
      ...server,
      logger: ctx.logger,
      redact: ctx.redactor.redact,
      usedBy: 'the mysql connector',
    },
    // DATETIME values are UTC both ways; DATE stays `YYYY-MM-DD`; big integers are never rounded.
    {
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      typeCast,
      enableKeepAlive: true,
      // mysql2 ignores host and port when it has a socket path.
      ...(server.socketPath ? { socketPath: server.socketPath } : {}),
    },
    // Connections that record each statement's "Duplicates" count: upserts then need no count of the stored keys.
    (pool: Pool) => {
      counted = withDuplicateCounts(pool, MYSQL_ADAPTER);
      return counted.pool;
    },
  );
  const db = new Kysely<any>({ dialect });
  await verifyServer(db, server.socketPath ? { ...server, identity: `${server.identity} through the socket ${server.socketPath}` } : server);
  const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
  return createSqlConnection({
    db,
    adapter: { ...(hasJsonEquals(String(rows[0]?.v)) ? MARIADB_ADAPTER : MYSQL_ADAPTER), ...(counted?.adapter.takeDuplicates ? { takeDuplicates: counted.adapter.takeDuplicates } : {}) },
    identity: server.identity,
  });
}
