import type { Kysely } from 'kysely';
import type { StateTable, StateTables } from './state-tables.js';

/**
 * A condition on one column: equal to a value, one of several values (an empty list matches
 * nothing), or at most a value (`{ atMost: 10 }`). Conditions never compare with null.
 */
export type RowCondition<V> = V | readonly V[] | { readonly atMost: V };

/** Conditions on columns, all of which a row must meet; an absent column is not tested. */
export type RowWhere<R> = { readonly [K in keyof R]?: RowCondition<R[K]> };

/** Which rows `list` returns, in which order, and how many. */
export interface RowQuery<R> {
  where?: RowWhere<R>;
  /** Sort columns, first the most significant. @default unspecified */
  orderBy?: readonly (readonly [keyof R & string, 'asc' | 'desc'])[];
  /** At most this many rows. @default all */
  limit?: number;
}

/**
 * Rows of the state tables (`StateTables`), read and written by key. Every method is atomic on its
 * own; `StateDriver.transaction` groups several.
 */
export interface StateRowAccess {
  /** The rows that match `query.where`, sorted and limited. */
  list<T extends StateTable>(table: T, query?: RowQuery<StateTables[T]>): Promise<StateTables[T][]>;
  /** Inserts rows, replacing a stored row with the same key (`STATE_TABLES[table].key`). */
  put<T extends StateTable>(table: T, rows: readonly StateTables[T][]): Promise<void>;
  /** Inserts a row unless one with the same key is stored; resolves whether it did. Two callers racing: one wins. */
  insert<T extends StateTable>(table: T, row: StateTables[T]): Promise<boolean>;
  /**
   * Sets `changes` on the rows that match `where`, as one compare-and-set: resolves with how many rows
   * matched (also those the changes leave as they were). Leases rely on it: of two callers updating
   * the row they read, only one may match.
   */
  update<T extends StateTable>(table: T, where: RowWhere<StateTables[T]>, changes: Partial<StateTables[T]>): Promise<number>;
  /** Deletes the rows that match `where`; resolves with how many there were. */
  delete<T extends StateTable>(table: T, where: RowWhere<StateTables[T]>): Promise<number>;
}

/**
 * Where a state store keeps its rows: a handful of row operations and transactions. The engine
 * builds everything else on it (`createStateStore(driver)`): cursors and their history and
 * rollback, run history, the quarantine, the crosswalk, key-value namespaces, and leases with
 * fencing numbers. Built in: `createSqlStateDriver` (SQLite, PostgreSQL, MySQL/MariaDB) and
 * `createMemoryStateDriver`. A new driver passes `testStateStore` from `@syncengine/testing`.
 *
 * @example
 * ```ts
 * const state = await createStateStore(createMemoryStateDriver())
 * ```
 */
export interface StateDriver extends StateRowAccess {
  /**
   * Runs `fn` as one transaction: its row operations (through `rows`, never through the driver
   * itself) commit together when it resolves and not at all when it throws; no other operation
   * sees them half done. A row `update` matched inside it stays as it is until the end (a cursor
   * write checks its lease that way).
   */
  transaction<R>(fn: (rows: StateRowAccess) => Promise<R>): Promise<R>;
  /** Releases the driver's connections; no call follows. */
  close(): Promise<void>;
  /**
   * Optional: identity of the database the rows live in (`sqlite:/abs/path.db`,
   * `postgres://host:5432/db`), for SQL sinks that commit a batch and its cursor together.
   */
  readonly identity?: string;
  /**
   * Optional: the same driver through a kysely connection or transaction the caller opened on the
   * same database, so that its row operations commit with the caller's work (with `identity`, a SQL
   * sink commits each batch and its cursor in one transaction this way).
   */
  join?(connection: Kysely<any>): StateDriver;
}
