import type { Kysely } from 'kysely';
import { MYSQL_DIALECT, type UpsertStyle } from '../sql/sql-dialect.js';
import { createDriverStateStore, historyOptions, historyRetentionOf, type StateHistoryOptions } from './create-driver-state-store.js';
import { createSqlStateDriver, type SqlStateDriverOptions } from './sql-state-driver.js';
import type { StateStore } from './state-store.js';

/** Options for a kysely-backed state store. */
export interface KyselyStateStoreOptions extends SqlStateDriverOptions, StateHistoryOptions {
  /**
   * The upsert syntax of the database; `'on-duplicate-key'` means MySQL.
   * @deprecated Give `dialect`, or let the driver tell it from the kysely instance.
   */
  upsertStyle?: UpsertStyle;
}

/**
 * A state store on any kysely instance of SQLite, PostgreSQL or MySQL: `createSqlStateDriver`
 * under the engine's state store. `createSqliteStateStore` and the others open one for a URL.
 *
 * @example
 * ```ts
 * const state = await createKyselyStateStore(new Kysely({ dialect: new SqliteDialect({ database }) }))
 * ```
 */
export async function createKyselyStateStore(database: Kysely<any>, options: KyselyStateStoreOptions = {}): Promise<StateStore> {
  const { upsertStyle, historyRetention: _retention, now: _now, ...driver } = options;
  historyRetentionOf(options);
  const dialect = driver.dialect ?? (upsertStyle === 'on-duplicate-key' ? MYSQL_DIALECT : undefined);
  const sql = await createSqlStateDriver(database, { ...driver, ...(dialect ? { dialect } : {}) });
  return createDriverStateStore(sql, historyOptions(options));
}
