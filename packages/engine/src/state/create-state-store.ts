import { parseDatabaseUrl } from './database-url.js';
import { historyOptions } from './kysely-state-store.js';
import { createMysqlStateStore } from './mysql-state-store.js';
import { createPostgresStateStore } from './postgres-state-store.js';
import { createSqliteStateStore } from './sqlite-state-store.js';
import type { StateStore } from './state-store.js';

/** Options for `createStateStore`. */
export interface CreateStateStoreOptions {
  /** Directory that a relative SQLite path resolves against. @default process.cwd() */
  baseDir?: string;
  /** How many past values each cursor keeps in its history. @default 100 */
  historyRetention?: number;
  /** The clock of cursor times. @default () => new Date() */
  now?: () => Date;
}

/**
 * Opens the state store a URL names: a SQLite file (`path/to/state.db` or `sqlite:path/to/state.db`),
 * PostgreSQL (`postgres://user:password@host:5432/db`, optionally `?schema=name`) or MySQL/MariaDB
 * (`mysql://user:password@host:3306/db`). The schema is created and migrated by the store itself.
 *
 * @example
 * ```ts
 * const state = await createStateStore(process.env.SYNCENGINE_STATE ?? '.syncengine/state.db')
 * ```
 */
export async function createStateStore(url: string, options: CreateStateStoreOptions = {}): Promise<StateStore> {
  const location = parseDatabaseUrl(url, options.baseDir);
  const store = historyOptions(options);
  switch (location.dialect) {
    case 'sqlite':
      return createSqliteStateStore({ path: location.path, ...store });
    case 'postgres':
      return createPostgresStateStore({ url, ...store });
    case 'mysql':
      return createMysqlStateStore({ url, ...store });
  }
}
