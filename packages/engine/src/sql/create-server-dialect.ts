import { MysqlDialect, PostgresDialect, type Dialect } from 'kysely';
import { databaseIdentity, type ServerLocation, type SslSetting } from '../state/database-url.js';
import { driverErrorMessage } from '../state/driver-error-message.js';
import { createRedactor } from '../logging/redactor.js';
import { importDriver } from '../util/import-driver.js';
import type { SyncErrorCode } from '../errors.js';

/** Where a database server is and how many connections to open to it. */
export interface ServerDialectOptions {
  host: string;
  port: number;
  database: string;
  user?: string | undefined;
  password?: string | undefined;
  ssl?: SslSetting | undefined;
  /** Most connections the pool opens. */
  poolSize: number;
  /**
   * Where a pooled connection that fails while idle (the server or a proxy dropped it) is reported,
   * as `idle connection to postgres://host:5432/db failed: ...`; the pool replaces it either way.
   * @default nowhere
   */
  logger?: { warn(message: string): void } | undefined;
  /** Masks secrets in that warning. @default masks `password` */
  redact?: ((text: string) => string) | undefined;
  /** What uses the pool, for the error when the driver is not installed, e.g. `the postgres connector`. */
  usedBy: string;
  /** Code of that error. @default 'CONFIG_INVALID' */
  code?: SyncErrorCode;
}

/** Connection attempts give up after this long. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The one pool factory for PostgreSQL, shared by the state store and the postgres connector: a
 * kysely dialect over a `pg` pool (loaded on first use). `extra` adds driver options such as type
 * parsers; `cursor` streams large reads through `pg-cursor`.
 *
 * @example
 * ```ts
 * const db = new Kysely<DB>({ dialect: await createPostgresDialect({ host, port, database, poolSize: 4, logger, usedBy: 'my service' }) })
 * ```
 */
export async function createPostgresDialect(
  options: ServerDialectOptions,
  extra: { pool?: (driver: { types: unknown }) => Record<string, unknown>; cursor?: boolean } = {},
): Promise<Dialect> {
  const load = { usedBy: options.usedBy, ...(options.code ? { code: options.code } : {}) };
  const { default: driver } = await importDriver('pg', () => import('pg'), load);
  const cursor = extra.cursor ? (await importDriver('pg-cursor', () => import('pg-cursor'), load)).default : undefined;
  const pool = new driver.Pool({
    host: options.host,
    port: options.port,
    database: options.database,
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.ssl !== undefined ? { ssl: options.ssl } : {}),
    max: options.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...extra.pool?.(driver),
  });
  pool.on('error', idleErrorWarning('postgres', options));
  return new PostgresDialect({ pool, ...(cursor ? { cursor } : {}) });
}

/**
 * The one pool factory for MySQL and MariaDB, shared by the state store and the mysql connector: a
 * kysely dialect over a `mysql2` pool (loaded on first use), UTC and utf8mb4. `extra` adds driver options.
 */
export async function createMysqlDialect(
  options: ServerDialectOptions,
  extra: Record<string, unknown> = {},
  /** Replaces the pool kysely sees, e.g. by a view whose connections record more of each result. */
  view: (pool: never) => unknown = (pool) => pool,
): Promise<Dialect> {
  const load = { usedBy: options.usedBy, ...(options.code ? { code: options.code } : {}) };
  const { createPool } = await importDriver('mysql2', () => import('mysql2'), load);
  const pool = createPool({
    host: options.host,
    port: options.port,
    database: options.database,
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.ssl ? { ssl: options.ssl } : {}),
    connectionLimit: options.poolSize,
    connectTimeout: CONNECT_TIMEOUT_MS,
    charset: 'utf8mb4',
    timezone: 'Z',
    ...extra,
  });
  const warn = idleErrorWarning('mysql', options);
  pool.on('connection', (connection) => connection.on('error', warn));
  return new MysqlDialect({ pool: view(pool as never) as typeof pool });
}

/**
 * The one handler of a pooled connection failing while idle, for every pool: a warning that names
 * the server, secrets masked. Without a listener such an error would crash the process.
 */
function idleErrorWarning(dialect: 'postgres' | 'mysql', options: ServerDialectOptions): (error: unknown) => void {
  const server = databaseIdentity({ dialect, host: options.host, port: options.port, database: options.database, params: {} });
  const redact = options.redact ?? createRedactor(options.password ? [options.password] : []).redact;
  return (error) => options.logger?.warn(`idle connection to ${server} failed: ${redact(driverErrorMessage(error))}`);
}

/** Host, port, database and credentials of a parsed database URL. */
export function serverAddressOf(location: ServerLocation) {
  return {
    host: location.host,
    port: location.port,
    database: location.database,
    ...(location.user !== undefined ? { user: location.user } : {}),
    ...(location.password !== undefined ? { password: location.password } : {}),
  };
}
