import type { ConnectorRegistry } from '@syncengine/engine';

/**
 * The built-in connectors, by `type` name, loaded on first use. A test checks that this map
 * matches the connector files on disk.
 */
export const BUILTIN_CONNECTORS: ConnectorRegistry = {
  http: async () => (await import('./http/http-connector.js')).default,
  sqlite: async () => (await import('./sqlite/sqlite-connector.js')).default,
  stdout: async () => (await import('./stdout/stdout-connector.js')).default,
};

export type { HttpConnectionConfig, HttpSourceOptions } from './http/http-connector.js';
export type { SqliteConnectionConfig } from './sqlite/sqlite-connector.js';
export { SQLITE_ADAPTER } from './sqlite/sqlite-connector.js';
export type { StdoutConnectionConfig } from './stdout/stdout-connector.js';
export type { ColumnSpec, SqlDialectAdapter } from './sql/sql-dialect-adapter.js';
export { encodeCommon } from './sql/sql-dialect-adapter.js';
export { COLUMN_TYPES, SQL_SINK_SCHEMA, WRITE_MODES } from './sql/sql-schema.js';
export type { ColumnType, SqlSinkOptions, WriteMode } from './sql/sql-schema.js';
export { openSqlWriter } from './sql/sql-writer.js';
