import { isAbsolute, resolve } from 'node:path';
import { SyncError } from '../errors.js';

/** A SQL database that syncengine can keep state in or write to, parsed from a URL or a file path. */
export type DatabaseLocation = SqliteLocation | ServerLocation;

/** A SQLite file (or `:memory:`). */
export interface SqliteLocation {
  readonly dialect: 'sqlite';
  /** Absolute path of the database file, or `:memory:`. */
  readonly path: string;
}

/** A PostgreSQL or MySQL/MariaDB database on a server. */
export interface ServerLocation {
  readonly dialect: 'postgres' | 'mysql';
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly password?: string;
  readonly database: string;
  /** Query parameters of the URL, e.g. `sslmode` or `schema`. */
  readonly params: Readonly<Record<string, string>>;
}

/** Default ports by dialect. */
export const DEFAULT_PORTS = { postgres: 5432, mysql: 3306 } as const;

const SCHEMES: Record<string, 'sqlite' | 'postgres' | 'mysql'> = {
  sqlite: 'sqlite',
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
};

/** A scheme of two or more letters, so that a Windows drive (`C:`) reads as a path. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):/;

/** True when `text` starts with a URL scheme (`postgres:`, `sqlite:`, ...) rather than being a plain path. */
export function isDatabaseUrl(text: string): boolean {
  return SCHEME.test(text);
}

/**
 * Parses `sqlite:path/to.db`, a plain file path, `postgres://user:pass@host:5432/db?sslmode=require`
 * or `mysql://user:pass@host:3306/db`. Relative SQLite paths resolve against `baseDir`.
 * Throws `SyncError` (`CONFIG_INVALID`) for anything else; the message never contains the password.
 *
 * @example
 * ```ts
 * parseDatabaseUrl('postgres://app@db.internal/sync') // { dialect: 'postgres', host: 'db.internal', port: 5432, ... }
 * ```
 */
export function parseDatabaseUrl(text: string, baseDir: string = process.cwd()): DatabaseLocation {
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return { dialect: 'sqlite', path: sqlitePath(text, baseDir) };
  const dialect = SCHEMES[scheme];
  if (!dialect) throw new SyncError('CONFIG_INVALID', `unsupported database URL scheme "${scheme}:"; use sqlite:, postgres:// or mysql://`);
  if (dialect === 'sqlite') {
    // sqlite:rel.db, sqlite:/abs.db, sqlite://rel.db and sqlite:///abs.db all work.
    const rest = text.slice(scheme.length + 1).replace(/^\/\/(?=.)/, '');
    if (!rest) throw new SyncError('CONFIG_INVALID', 'sqlite: URL without a path; write sqlite:path/to/file.db');
    return { dialect, path: sqlitePath(rest, baseDir) };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The text may hold a password: never quote it.
    throw new SyncError(
      'CONFIG_INVALID',
      `invalid ${dialect} URL; write ${scheme}://user:password@host:port/database, with special characters percent-encoded`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const params = Object.fromEntries(url.searchParams.entries());
  // A Unix socket directory may be given as ?host=/var/run/postgresql.
  const host = url.hostname ? decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1') : (params.host ?? 'localhost');
  if (!database)
    throw new SyncError(
      'CONFIG_INVALID',
      `${dialect} URL ${describeDatabaseUrl(text)} names no database; write ${scheme}://host:port/database`,
    );
  return {
    dialect,
    host,
    port: url.port ? Number(url.port) : DEFAULT_PORTS[dialect],
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    database,
    params,
  };
}

/**
 * Identity of the database a location points at, without credentials: `sqlite:/abs/path.db`,
 * `postgres://host:5432/db`, `mysql://host:3306/db`. Two connections with the same identity
 * reach the same database, so one transaction can cover both. Undefined for `:memory:`.
 */
export function databaseIdentity(location: DatabaseLocation): string | undefined {
  if (location.dialect === 'sqlite') return location.path === ':memory:' ? undefined : `sqlite:${location.path}`;
  return `${location.dialect}://${location.host.toLowerCase()}:${location.port}/${location.database}`;
}

/** A URL or path as it may be printed: user and password removed. */
export function describeDatabaseUrl(text: string): string {
  return text.replace(/^([A-Za-z][A-Za-z0-9+.-]+:\/\/)[^@/?#]*@/, '$1');
}

function sqlitePath(path: string, baseDir: string): string {
  if (path === ':memory:') return path;
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

/** TLS settings as the pg and mysql2 drivers take them. */
export type SslSetting = false | { rejectUnauthorized: boolean };

/**
 * TLS from a URL's `sslmode` (PostgreSQL style) or `ssl` parameter: `disable`/`false` off;
 * `require`/`prefer`/`no-verify` encrypted without checking the certificate;
 * `verify-ca`/`verify-full`/`true` encrypted and verified. Undefined when the URL says nothing.
 */
export function sslFromParams(params: Readonly<Record<string, string>>): SslSetting | undefined {
  const mode = (params.sslmode ?? params.ssl)?.toLowerCase();
  if (mode === undefined) return undefined;
  if (mode === 'disable' || mode === 'false' || mode === '0' || mode === 'allow') return false;
  if (mode === 'require' || mode === 'prefer' || mode === 'no-verify') return { rejectUnauthorized: false };
  if (mode === 'verify-ca' || mode === 'verify-full' || mode === 'true' || mode === '1') return { rejectUnauthorized: true };
  throw new SyncError('CONFIG_INVALID', `unsupported TLS mode "${mode}"; use disable, require, no-verify, verify-ca or verify-full`);
}
