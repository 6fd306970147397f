import { Kysely, PostgresDialect } from 'kysely';
import { StateError } from '../errors.js';
import { openOrDestroy } from './_open-or-destroy.js';
import { databaseIdentity, describeDatabaseUrl, parseDatabaseUrl, sslFromParams, type ServerLocation } from './database-url.js';
import { createKyselyStateStore, historyOptions, type StateDatabase, type StateHistoryOptions } from './kysely-state-store.js';
import type { StateStore } from './state-store.js';

/** Options for the PostgreSQL state store. */
export interface PostgresStateStoreOptions extends StateHistoryOptions {
  /** `postgres://user:password@host:5432/database`; `?sslmode=require` and `?schema=name` are understood. */
  url: string;
  /** Schema of the state tables; created when missing. @default the URL's `schema`, else the user's current schema */
  schema?: string;
  /** Most connections the store opens. @default 4 */
  poolSize?: number;
}

/**
 * A state store in a PostgreSQL database, so that several processes share cursors and run history.
 * The tables are created and migrated on first use.
 *
 * @example
 * ```ts
 * const state = await createPostgresStateStore({ url: 'postgres://sync@db.internal/sync?schema=syncengine' })
 * ```
 */
export async function createPostgresStateStore(options: PostgresStateStoreOptions): Promise<StateStore> {
  const location = parseDatabaseUrl(options.url);
  if (location.dialect !== 'postgres') throw new StateError(`not a PostgreSQL URL: ${describeDatabaseUrl(options.url)}`);
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ ...poolConfig(location), max: options.poolSize ?? 4 });
  // An idle client can lose its server; without a listener that would crash the process.
  pool.on('error', () => {});
  const db = new Kysely<StateDatabase>({ dialect: new PostgresDialect({ pool }) });
  const schema = options.schema ?? location.params.schema;
  return openOrDestroy(db, location, () =>
    createKyselyStateStore(db, {
      ...historyOptions(options),
      upsertStyle: 'on-conflict',
      identity: databaseIdentity(location)!,
      ...(schema ? { schema } : {}),
    }),
  );
}

function poolConfig(location: ServerLocation) {
  const ssl = sslFromParams(location.params);
  return {
    host: location.host,
    port: location.port,
    database: location.database,
    ...(location.user !== undefined ? { user: location.user } : {}),
    ...(location.password !== undefined ? { password: location.password } : {}),
    ...(ssl !== undefined ? { ssl } : {}),
    connectionTimeoutMillis: 10_000,
  };
}
