import type { JsonSchema, ServerLocation, SslSetting } from '@syncengine/engine';
import { DEFAULT_PORTS, databaseIdentity, parseDatabaseUrl, sslFromParams } from '@syncengine/engine/database-url';
import { SyncError } from '@syncengine/engine/errors';

/** Connection options shared by the PostgreSQL and MySQL connectors (what their generated types contain). */
export interface ServerConnectionOptions {
  url?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  ssl?: boolean | 'no-verify';
  /** MySQL only: a Unix socket instead of host and port. */
  socket_path?: string;
  pool_size: number;
}

const URL_SCHEMES = { postgres: 'postgres://, postgresql://', mysql: 'mysql://, mariadb://' } as const;

/** The `connections.<name>` schema of a database server: a `url`, or fields, or a url with fields overriding parts of it. */
export function serverConnectionSchema(dialect: 'postgres' | 'mysql'): JsonSchema {
  const example =
    dialect === 'postgres'
      ? 'postgres://app:${env.PG_PASSWORD}@db.example.com:5432/sync'
      : 'mysql://app:${env.MYSQL_PASSWORD}@db.example.com:3306/sync';
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      url: {
        description: `Connection URL (${URL_SCHEMES[dialect]}), e.g. \`${example}\`. Fields given next to it override its parts. Percent-encode special characters in the password.`,
        type: 'string',
        pattern: dialect === 'postgres' ? '^postgres(ql)?://' : '^(mysql|mariadb)://',
        'x-secret': true,
      },
      host: { description: 'Server host name or address. Default `localhost`.', type: 'string', minLength: 1 },
      port: { description: `Server port. Default ${DEFAULT_PORTS[dialect]}.`, type: 'integer', minimum: 1, maximum: 65535 },
      user: { description: 'User name.', type: 'string', minLength: 1 },
      password: { description: 'Password.', type: 'string', 'x-secret': true },
      database: { description: 'Database name; required unless `url` names it.', type: 'string', minLength: 1 },
      ssl: {
        description:
          '`true`: encrypt and verify the server certificate; `no-verify`: encrypt without verifying (self-signed or private-CA servers); `false`: plain. Default: what the URL says (`sslmode`), else plain.',
        type: ['boolean', 'string'],
        enum: [true, false, 'no-verify'],
      },
      ...(dialect === 'mysql'
        ? {
            socket_path: {
              description:
                "Connect through this Unix socket instead of `host` and `port`, e.g. Cloud Run's `/cloudsql/<project:region:instance>` or a Cloud SQL Auth Proxy started with `--unix-socket`. Empty: host and port.",
              type: 'string',
            },
          }
        : {}),
      pool_size: { description: 'Most connections held open at once.', type: 'integer', minimum: 1, maximum: 100, default: 10 },
    },
    allOf: [{ if: { not: { required: ['url'] } }, then: { required: ['database'] } }],
  };
}

/** A server connection with the URL and fields merged. */
export interface ResolvedServerConnection {
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly password?: string;
  readonly database: string;
  readonly ssl?: SslSetting;
  /** MySQL: the Unix socket to connect through, instead of host and port. */
  readonly socketPath?: string;
  readonly poolSize: number;
  /** Same format as the state store's identity, without credentials (`postgres://host:5432/db`). */
  readonly identity: string;
}

/** Merges `url` and the separate fields (fields win) into what the driver needs. */
export function resolveServerConnection(options: ServerConnectionOptions, dialect: 'postgres' | 'mysql'): ResolvedServerConnection {
  let base: Partial<ServerLocation> = {};
  let ssl: SslSetting | undefined;
  if (options.url) {
    const parsed = parseDatabaseUrl(options.url);
    if (parsed.dialect !== dialect) throw new SyncError('CONFIG_INVALID', `url: not a ${dialect} URL`);
    base = parsed;
    ssl = sslFromParams(parsed.params);
  }
  if (options.ssl !== undefined) ssl = options.ssl === false ? false : { rejectUnauthorized: options.ssl === true };
  const database = options.database ?? base.database;
  if (!database) throw new SyncError('CONFIG_INVALID', 'no database: set `database` or name it in `url`');
  const location: ServerLocation = {
    dialect,
    host: options.host ?? base.host ?? 'localhost',
    port: options.port ?? base.port ?? DEFAULT_PORTS[dialect],
    database,
    params: base.params ?? {},
    ...((options.user ?? base.user) !== undefined ? { user: (options.user ?? base.user)! } : {}),
    ...((options.password ?? base.password) !== undefined ? { password: (options.password ?? base.password)! } : {}),
  };
  return {
    host: location.host,
    port: location.port,
    database: location.database,
    ...(location.user !== undefined ? { user: location.user } : {}),
    ...(location.password !== undefined ? { password: location.password } : {}),
    ...(ssl !== undefined ? { ssl } : {}),
    ...(options.socket_path ? { socketPath: options.socket_path } : {}),
    poolSize: options.pool_size,
    identity: databaseIdentity(location)!,
  };
}
