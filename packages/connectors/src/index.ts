import type { ConnectorRegistry } from '@syncengine/engine';

/**
 * The built-in connectors, by `type` name, loaded on first use. A test checks that this map
 * matches the connector files on disk.
 */
export const BUILTIN_CONNECTORS: ConnectorRegistry = {
  'amazon-sp': async () => (await import('./presets/amazon-sp-connector.js')).default,
  bitcram: async () => (await import('./presets/bitcram-connector.js')).default,
  catsy: async () => (await import('./presets/catsy-connector.js')).default,
  crosswalk: async () => (await import('./crosswalk/crosswalk-connector.js')).default,
  http: async () => (await import('./http/http-connector.js')).default,
  mysql: async () => (await import('./mysql/mysql-connector.js')).default,
  ploomes: async () => (await import('./presets/ploomes-connector.js')).default,
  postgres: async () => (await import('./postgres/postgres-connector.js')).default,
  servicetitan: async () => (await import('./presets/servicetitan-connector.js')).default,
  shopify: async () => (await import('./presets/shopify-connector.js')).default,
  sparklayer: async () => (await import('./presets/sparklayer-connector.js')).default,
  sqlite: async () => (await import('./sqlite/sqlite-connector.js')).default,
  stdout: async () => (await import('./stdout/stdout-connector.js')).default,
};

export type { HttpConnectionConfig, HttpSourceOptions } from './http/http-connector.js';
export { wrapHttpTransport } from './http/http-transport.js';
export type { HttpTransport, HttpTransportWrapper } from './http/http-transport.js';
export type { HttpRequest, HttpResponse } from './http/_http-client.js';
export type { SqliteConnectionConfig } from './sqlite/sqlite-connector.js';
export { SQLITE_ADAPTER } from './sqlite/sqlite-adapter.js';
export type { PostgresConnectionConfig } from './postgres/postgres-connector.js';
export { POSTGRES_ADAPTER } from './postgres/postgres-adapter.js';
export type { MysqlConnectionConfig } from './mysql/mysql-connector.js';
export { MYSQL_ADAPTER } from './mysql/mysql-adapter.js';
export type { StdoutConnectionConfig } from './stdout/stdout-connector.js';
export type { ColumnSpec, ExistingColumn, SqlDialectAdapter } from './sql/sql-dialect-adapter.js';
export { bindCommon, columnTypeOf, encodeCommon } from './sql/sql-dialect-adapter.js';
export { COLUMN_TYPES, IDENTIFIER_PATTERN, SQL_SINK_SCHEMA, SQL_SOURCE_SCHEMA, WRITE_MODES } from './sql/sql-schema.js';
export type { ColumnType, SqlSinkOptions, SqlSourceOptions, WriteMode } from './sql/sql-schema.js';
export { openSqlWriter } from './sql/sql-writer.js';
export type { SqlWriterTarget } from './sql/sql-writer.js';
export { readSql } from './sql/sql-source.js';
export { createSqlConnection } from './sql/sql-connection.js';
export type { SqlConnectionOptions } from './sql/sql-connection.js';
export { resolveServerConnection, serverConnectionSchema } from './sql/sql-connection-schema.js';
export type { ResolvedServerConnection, ServerConnectionOptions } from './sql/sql-connection-schema.js';
export { defineHttpPreset } from './http/define-http-preset.js';
export type { DeepPartial, HttpPresetSpec } from './http/define-http-preset.js';
export { HTTP_CONNECTION_SCHEMA, HTTP_SOURCE_SCHEMA } from './http/http-schema.js';
export { HTTP_SINK_SCHEMA } from './http/http-sink-schema.js';
