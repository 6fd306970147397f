import { defineConnector } from '@syncengine/engine/connector';
import { serverConnectionSchema } from '../sql/sql-connection-schema.js';
import { SQL_SINK_SCHEMA, SQL_SOURCE_SCHEMA, type SqlSinkOptions, type SqlSourceOptions } from '../sql/sql-schema.js';
import type { MysqlConnectionConfig } from './mysql-types.generated.js';
import { VALIDATORS } from './mysql-validators.generated.js';

export type { MysqlConnectionConfig } from './mysql-types.generated.js';

/** Reads from and writes to a MySQL or MariaDB database (also Cloud SQL for MySQL, RDS, PlanetScale...). */
export default defineConnector<MysqlConnectionConfig, SqlSourceOptions, SqlSinkOptions>({
  name: 'mysql',
  description: 'A MySQL or MariaDB database: SQL query source and table sink (append, insert_new, upsert, replace).',
  connectionSchema: serverConnectionSchema('mysql'),
  source: { streamSchema: SQL_SOURCE_SCHEMA },
  sink: { streamSchema: SQL_SINK_SCHEMA },
  validators: VALIDATORS,
  // The driver, kysely and the SQL writer are loaded when a connection opens, not when a pipeline is validated.
  connect: async (config, ctx) => (await import('./_open-mysql.js')).openMysql(config, ctx),
});
