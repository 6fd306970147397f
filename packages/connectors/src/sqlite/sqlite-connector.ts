import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { defineConnector, type JsonSchema } from '@syncengine/engine';
import { encodeCommon, type SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';
import { SQL_SINK_SCHEMA, type SqlSinkOptions } from '../sql/sql-schema.js';
import { openSqlWriter } from '../sql/sql-writer.js';
import type { SqliteConnectionConfig } from './sqlite-types.generated.js';

export type { SqliteConnectionConfig } from './sqlite-types.generated.js';

const CONNECTION_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: { description: 'Database file, relative to the pipeline file; created when missing. `:memory:` for a throwaway database.', type: 'string', minLength: 1 },
  },
};

const SQLITE_TYPES: Record<string, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'integer',
  number: 'real',
  decimal: 'text',
  boolean: 'integer',
  json: 'text',
  timestamp: 'text',
  date: 'text',
};

/** SQLite: booleans as 0/1, JSON, dates and decimals as text (exact, sortable). */
export const SQLITE_ADAPTER: SqlDialectAdapter = {
  name: 'sqlite',
  upsertStyle: 'on-conflict',
  maxParameters: 32766,
  columnType: (column) => SQLITE_TYPES[column.type] ?? 'text',
  encode(value, column) {
    if (typeof value === 'boolean') return value ? 1 : 0;
    return encodeCommon(value, column);
  },
};

/** Writes to a SQLite database file. */
export default defineConnector<SqliteConnectionConfig, never, SqlSinkOptions>({
  name: 'sqlite',
  description: 'A SQLite database file (embedded, no server).',
  connectionSchema: CONNECTION_SCHEMA,
  sink: { streamSchema: SQL_SINK_SCHEMA },
  async connect(config, ctx) {
    const path = config.path === ':memory:' || isAbsolute(config.path) ? config.path : resolve(ctx.baseDir, config.path);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 5000');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) });
    return {
      openWriter: (options, writerCtx) => openSqlWriter(db, SQLITE_ADAPTER, options, writerCtx),
      close: () => db.destroy(),
    };
  },
});
