import { defineConnector } from '@syncengine/engine/connector';
import { serverConnectionSchema } from '../sql/sql-connection-schema.js';
import { SQL_SINK_SCHEMA, SQL_SOURCE_SCHEMA, type SqlSinkOptions, type SqlSourceOptions } from '../sql/sql-schema.js';
import type { PostgresConnectionConfig } from './postgres-types.generated.js';
import { VALIDATORS } from './postgres-validators.generated.js';

export type { PostgresConnectionConfig } from './postgres-types.generated.js';

/** Reads from and writes to a PostgreSQL database (also Supabase, Cloud SQL, RDS, Neon...). */
export default defineConnector<PostgresConnectionConfig, SqlSourceOptions, SqlSinkOptions>({
  name: 'postgres',
  description: 'A PostgreSQL database: SQL query source and table sink (append, insert_new, upsert, replace).',
  connectionSchema: serverConnectionSchema('postgres'),
  source: { streamSchema: SQL_SOURCE_SCHEMA },
  sink: { streamSchema: SQL_SINK_SCHEMA },
  validators: VALIDATORS,
  // The driver, kysely and the SQL writer are loaded when a connection opens, not when a pipeline is validated.
  connect: async (config, ctx) => (await import('./_open-postgres.js')).openPostgres(config, ctx),
});
