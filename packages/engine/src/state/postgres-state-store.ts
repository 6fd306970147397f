import { Kysely } from 'kysely';
import { createPostgresDialect, serverAddressOf } from '../sql/create-server-dialect.js';
import { StateError } from '../errors.js';
import { openOrDestroy } from './_open-or-destroy.js';
import { databaseIdentity, describeDatabaseUrl, parseDatabaseUrl, sslFromParams } from './database-url.js';
import { historyOptions, type StateHistoryOptions } from './create-driver-state-store.js';
import { createKyselyStateStore } from './kysely-state-store.js';
import type { StateDatabase } from './sql-state-driver.js';
import type { StateStore } from './state-store.js';

/** Options for the PostgreSQL state store. */
export interface PostgresStateStoreOptions extends StateHistoryOptions {
  /** `postgres://user:password@host:5432/database`; `?sslmode=require` and `?schema=name` are understood. */
  url: string;
  /** Schema of the state tables; created when missing. @default the URL's `schema`, else the user's current schema */
  schema?: string;
  /** Most connections the store opens. @default 4 */
  poolSize?: number;
  /** Where a pooled connection failing while idle is reported (it is replaced either way). @default nowhere */
  logger?: { warn(message: string): void };
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
  const ssl = sslFromParams(location.params);
  const dialect = await createPostgresDialect(
    {
      ...serverAddressOf(location),
      ...(ssl !== undefined ? { ssl } : {}),
      poolSize: options.poolSize ?? 4,
      logger: options.logger,
      usedBy: 'the PostgreSQL state store',
      code: 'STATE_FAILED',
    },
    // Named, so that operators tell the state store's connections from the connectors' (`syncengine`).
    { pool: () => ({ application_name: 'syncengine-state' }) },
  );
  const db = new Kysely<StateDatabase>({ dialect });
  const schema = options.schema ?? location.params.schema;
  return openOrDestroy(db, location, () =>
    createKyselyStateStore(db, {
      ...historyOptions(options),
      dialect: 'postgres',
      identity: databaseIdentity(location)!,
      ...(schema ? { schema } : {}),
    }),
  );
}
