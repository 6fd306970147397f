import { Kysely } from 'kysely';
import { createMysqlDialect, serverAddressOf } from '../sql/create-server-dialect.js';
import { StateError } from '../errors.js';
import { databaseIdentity, describeDatabaseUrl, parseDatabaseUrl, sslFromParams } from './database-url.js';
import { historyOptions, type StateHistoryOptions } from './create-driver-state-store.js';
import { createKyselyStateStore } from './kysely-state-store.js';
import type { StateDatabase } from './sql-state-driver.js';
import { openOrDestroy } from './_open-or-destroy.js';
import type { StateStore } from './state-store.js';

/** Options for the MySQL / MariaDB state store. */
export interface MysqlStateStoreOptions extends StateHistoryOptions {
  /** `mysql://user:password@host:3306/database`; `?ssl=true` is understood. */
  url: string;
  /** Most connections the store opens. @default 4 */
  poolSize?: number;
  /** Where a pooled connection failing while idle is reported (it is replaced either way). @default nowhere */
  logger?: { warn(message: string): void };
}

/**
 * A state store in a MySQL or MariaDB database, so that several processes share cursors and run
 * history. The tables are created and migrated on first use.
 *
 * @example
 * ```ts
 * const state = await createMysqlStateStore({ url: 'mysql://sync:secret@db.internal/sync' })
 * ```
 */
export async function createMysqlStateStore(options: MysqlStateStoreOptions): Promise<StateStore> {
  const location = parseDatabaseUrl(options.url);
  if (location.dialect !== 'mysql') throw new StateError(`not a MySQL URL: ${describeDatabaseUrl(options.url)}`);
  const ssl = sslFromParams(location.params);
  const dialect = await createMysqlDialect({
    ...serverAddressOf(location),
    ...(ssl ? { ssl } : {}),
    poolSize: options.poolSize ?? 4,
    logger: options.logger,
    usedBy: 'the MySQL state store',
    code: 'STATE_FAILED',
  });
  const db = new Kysely<StateDatabase>({ dialect });
  return openOrDestroy(db, location, () =>
    createKyselyStateStore(db, { ...historyOptions(options), dialect: 'mysql', identity: databaseIdentity(location)! }),
  );
}
