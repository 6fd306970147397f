import { createDriverStateStore, historyOptions } from './create-driver-state-store.js';
import { parseDatabaseUrl } from './database-url.js';
import { createMysqlStateStore } from './mysql-state-store.js';
import { createPostgresStateStore } from './postgres-state-store.js';
import { createSqliteStateStore } from './sqlite-state-store.js';
import type { StateDriver } from './state-driver.js';
import type { StateStore } from './state-store.js';

/** Options for `createStateStore`. */
export interface CreateStateStoreOptions {
  /** Directory that a relative SQLite path resolves against. @default process.cwd() */
  baseDir?: string;
  /** How many past values each cursor keeps in its history. @default 100 */
  historyRetention?: number;
  /** The clock of cursor times. @default () => new Date() */
  now?: () => Date;
  /** Where a PostgreSQL or MySQL store reports a pooled connection that failed while idle. @default nowhere */
  logger?: { warn(message: string): void };
}

/**
 * Opens the state store a URL names: a SQLite file (`path/to/state.db` or `sqlite:path/to/state.db`),
 * PostgreSQL (`postgres://user:password@host:5432/db`, optionally `?schema=name`) or MySQL/MariaDB
 * (`mysql://user:password@host:3306/db`). The schema is created and migrated by the store itself.
 * Given a `StateDriver` instead, builds the state store on it (see docs/library.md, "Writing a state driver").
 *
 * @example
 * ```ts
 * const state = await createStateStore(process.env.SYNCENGINE_STATE ?? '.syncengine/state.db')
 * const scratch = await createStateStore(createMemoryStateDriver())
 * ```
 */
export async function createStateStore(target: string | StateDriver, options: CreateStateStoreOptions = {}): Promise<StateStore> {
  const store = historyOptions(options);
  if (typeof target !== 'string') return createDriverStateStore(target, store);
  const location = parseDatabaseUrl(target, options.baseDir);
  const logger = options.logger ? { logger: options.logger } : {};
  switch (location.dialect) {
    case 'sqlite':
      return createSqliteStateStore({ path: location.path, ...store });
    case 'postgres':
      return createPostgresStateStore({ url: target, ...store, ...logger });
    case 'mysql':
      return createMysqlStateStore({ url: target, ...store, ...logger });
  }
}
