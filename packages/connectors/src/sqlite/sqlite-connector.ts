import type { JsonSchema } from '@syncengine/engine';
import { defineConnector } from '@syncengine/engine/connector';
import { SQL_SINK_SCHEMA, SQL_SOURCE_SCHEMA, type SqlSinkOptions, type SqlSourceOptions } from '../sql/sql-schema.js';
import type { SqliteConnectionConfig } from './sqlite-types.generated.js';
import { VALIDATORS } from './sqlite-validators.generated.js';

export type { SqliteConnectionConfig } from './sqlite-types.generated.js';

const CONNECTION_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    path: {
      description: 'Database file, relative to the pipeline file; created when missing. `:memory:` for a throwaway database.',
      type: 'string',
      minLength: 1,
    },
    url: {
      description: 'The database file as a URL instead of `path`: `sqlite:relative/or/absolute.db` (relative to the pipeline file).',
      type: 'string',
      pattern: '^sqlite:.',
    },
    cache_mib: {
      description:
        "Most memory, in MiB, the connection's page cache holds (SQLite's `cache_size`). A larger cache speeds up upserts of keys in random order into a table much larger than it; loads in key order need little.",
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 4096,
      default: 2,
    },
  },
  allOf: [{ if: { not: { required: ['url'] } }, then: { required: ['path'] } }],
};

/** Reads from and writes to a SQLite database file. */
export default defineConnector<SqliteConnectionConfig, SqlSourceOptions, SqlSinkOptions>({
  name: 'sqlite',
  description: 'A SQLite database file (embedded, no server): SQL query source and table sink.',
  connectionSchema: CONNECTION_SCHEMA,
  source: { streamSchema: SQL_SOURCE_SCHEMA },
  sink: { streamSchema: SQL_SINK_SCHEMA },
  validators: VALIDATORS,
  // The driver, kysely and the SQL writer are loaded when a connection opens, not when a pipeline is validated.
  connect: async (config, ctx) => (await import('./_open-sqlite.js')).openSqlite(config, ctx),
});
