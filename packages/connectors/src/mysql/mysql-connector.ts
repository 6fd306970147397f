import { Kysely, sql } from 'kysely';
import type { Pool, TypeCastField, TypeCastNext } from 'mysql2';
import { createMysqlDialect, defineConnector } from '@syncengine/engine';
import { resolveServerConnection, serverConnectionSchema } from '../sql/sql-connection-schema.js';
import { createSqlConnection, verifyServer } from '../sql/sql-connection.js';
import { MARIADB_ADAPTER, MYSQL_ADAPTER } from './mysql-adapter.js';
import { withDuplicateCounts } from './_mysql-duplicates.js';
import { SQL_SINK_SCHEMA, SQL_SOURCE_SCHEMA, type SqlSinkOptions, type SqlSourceOptions } from '../sql/sql-schema.js';
import type { MysqlConnectionConfig } from './mysql-types.generated.js';

export type { MysqlConnectionConfig } from './mysql-types.generated.js';

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

/** Reads from and writes to a MySQL or MariaDB database (also Cloud SQL for MySQL, RDS, PlanetScale...). */
export default defineConnector<MysqlConnectionConfig, SqlSourceOptions, SqlSinkOptions>({
  name: 'mysql',
  description: 'A MySQL or MariaDB database: SQL query source and table sink (append, insert_new, upsert, replace).',
  connectionSchema: serverConnectionSchema('mysql'),
  source: { streamSchema: SQL_SOURCE_SCHEMA },
  sink: { streamSchema: SQL_SINK_SCHEMA },
  async connect(config, ctx) {
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
  },
});
