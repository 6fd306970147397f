import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StateError } from '../errors.js';
import { importDriver } from '../util/import-driver.js';
import { historyOptions, type StateHistoryOptions } from './create-driver-state-store.js';
import { createKyselyStateStore } from './kysely-state-store.js';
import type { StateDatabase } from './sql-state-driver.js';
import type { StateStore } from './state-store.js';

/** Options for the SQLite state store. */
export interface SqliteStateStoreOptions extends StateHistoryOptions {
  /** Database file; its directory is created if missing. `:memory:` for a throwaway store. */
  path: string;
}

/**
 * The default state store: one SQLite file (by default `.syncengine/state.db` next to the pipeline).
 *
 * @example
 * ```ts
 * const state = await createSqliteStateStore({ path: '.syncengine/state.db' })
 * ```
 */
export async function createSqliteStateStore(options: SqliteStateStoreOptions): Promise<StateStore> {
  const { default: Sqlite } = await importDriver('better-sqlite3', () => import('better-sqlite3'), {
    usedBy: 'the SQLite state store',
    code: 'STATE_FAILED',
  });
  let database: Database.Database;
  try {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    database = new Sqlite(options.path);
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new StateError(`cannot open the state store ${options.path}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<StateDatabase>({ dialect: new SqliteDialect({ database }) });
  const identity = options.path === ':memory:' ? undefined : `sqlite:${resolve(options.path)}`;
  return createKyselyStateStore(db, { ...historyOptions(options), dialect: 'sqlite', ...(identity ? { identity } : {}) });
}
