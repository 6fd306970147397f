import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { StateError } from '../errors.js';
import { insertIfAbsent, onStoredKey, SQL_DIALECTS, sqlDialectOf, type SqlDialectBase, type SqlDialectName } from '../sql/sql-dialect.js';
import { driverErrorMessage } from './driver-error-message.js';
import { STATE_MIGRATIONS } from './_state-migrations.js';
import type { RowCondition, RowQuery, RowWhere, StateDriver, StateRowAccess } from './state-driver.js';
import { STATE_TABLES, type StateTable, type StateTables } from './state-tables.js';

/** The tables of the state store as kysely types them: `syncengine_` and the `StateTables` name. */
export type StateDatabase = { [T in StateTable as `syncengine_${T}`]: StateTables[T] };

/** Options of `createSqlStateDriver`. */
export interface SqlStateDriverOptions {
  /** The database's dialect. @default told by the kysely instance's adapter (PostgreSQL, MySQL, else SQLite) */
  dialect?: SqlDialectName | SqlDialectBase;
  /** Destroy the kysely instance on close (the driver owns it). @default true */
  ownsDatabase?: boolean;
  /** Identity of the database, see `StateStore.identity`. */
  identity?: string;
  /** Database schema (PostgreSQL) that holds the state tables; created when missing. @default the connection's current schema */
  schema?: string;
}

const provider: MigrationProvider = { getMigrations: async () => STATE_MIGRATIONS };

/**
 * Creates the state tables if needed and brings them to the latest version. Safe to run from
 * several processes at once: kysely's migrator takes a database lock.
 */
export async function migrateStateStore(db: Kysely<any>, options: { schema?: string } = {}): Promise<void> {
  const migrator = new Migrator({
    db: options.schema ? db.withSchema(options.schema) : db,
    provider,
    migrationTableName: 'syncengine_migrations',
    migrationLockTableName: 'syncengine_migrations_lock',
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StateError(`could not migrate the state store${failed ? ` (migration ${failed})` : ''}: ${driverErrorMessage(error)}`, {
      cause: error,
    });
  }
}

/**
 * The one SQL state driver, on any kysely instance of SQLite, PostgreSQL or MySQL/MariaDB: the
 * tables of migrations 0001-0007 (created and migrated here), statements built with kysely, and
 * the dialect's differences asked of its `SqlDialectBase`.
 *
 * @example
 * ```ts
 * const state = await createStateStore(await createSqlStateDriver(new Kysely({ dialect }), { identity }))
 * ```
 */
export async function createSqlStateDriver(database: Kysely<any>, options: SqlStateDriverOptions = {}): Promise<StateDriver> {
  const { schema } = options;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new StateError(`state store schema ${JSON.stringify(schema)} is not a plain identifier (letters, digits, "_")`);
  }
  await migrateStateStore(database, schema ? { schema } : {});
  const given = options.dialect;
  const dialect = given === undefined ? sqlDialectOf(database) : typeof given === 'string' ? SQL_DIALECTS[given] : given;
  const rows = (target: Kysely<any>) => rowsOn(schema ? target.withSchema(schema) : target, dialect);
  const on = (target: Kysely<any>, owned: boolean): StateDriver => ({
    ...rows(target),
    // A caller's transaction (`join`) is the transaction: the rows commit with its work.
    transaction: (fn) => (target.isTransaction ? fn(rows(target)) : target.transaction().execute((trx) => fn(rows(trx)))),
    async close() {
      if (owned) await target.destroy();
    },
    join: (connection) => on(connection, false),
    ...(options.identity !== undefined ? { identity: options.identity } : {}),
  });
  return on(database, options.ownsDatabase ?? true);
}

/** The row operations through one kysely instance or transaction. */
function rowsOn(db: Kysely<any>, dialect: SqlDialectBase): StateRowAccess {
  const name = (table: StateTable) => `syncengine_${table}`;
  return {
    async list(table, given = {}) {
      const query = given as unknown as RowQuery<Record<string, unknown>>;
      if (matchesNothing(query.where)) return [];
      let select = filtered(db.selectFrom(name(table)).selectAll(), query.where);
      for (const [column, direction] of query.orderBy ?? []) select = select.orderBy(column, direction);
      if (query.limit !== undefined) select = select.limit(query.limit);
      const rows = (await select.execute()) as Record<string, unknown>[];
      return rows.map((row) => readNumbers(table, row)) as never;
    },
    async put(table, rows) {
      const [first] = rows;
      if (!first) return;
      const { key } = STATE_TABLES[table] as { key: readonly string[] };
      const columns = Object.keys(first);
      const update = columns.filter((c) => !key.includes(c));
      const perStatement = Math.max(1, Math.floor(dialect.maxParameters / columns.length));
      for (let i = 0; i < rows.length; i += perStatement) {
        await onStoredKey(db.insertInto(name(table)).values(rows.slice(i, i + perStatement) as never), dialect, key, update).execute();
      }
    },
    insert: (table, row) => insertIfAbsent(db.insertInto(name(table)).values(row as never), dialect, STATE_TABLES[table].key),
    async update(table, where, changes) {
      if (matchesNothing(where)) return 0;
      const result = await filtered(db.updateTable(name(table)).set(changes as never), where).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async delete(table, where) {
      if (matchesNothing(where)) return 0;
      const result = await filtered(db.deleteFrom(name(table)), where).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

type Conditions = RowWhere<Record<string, unknown>> | undefined;

/** A query with `where(column, op, value)`, as selects, updates and deletes have. */
interface Filterable<Q> {
  where(column: any, op: any, value: any): Q;
}

function filtered<Q extends Filterable<Q>>(query: Q, where: Conditions): Q {
  for (const [column, condition] of Object.entries(where ?? {}) as [string, RowCondition<unknown>][]) {
    if (condition === undefined) continue;
    if (Array.isArray(condition)) query = query.where(column, 'in', condition);
    else if (isAtMost(condition)) query = query.where(column, '<=', condition.atMost);
    else query = query.where(column, '=', condition);
  }
  return query;
}

/** An empty `in` list: nothing matches (and `in ()` is no SQL). */
function matchesNothing(where: Conditions): boolean {
  return Object.values(where ?? {}).some((c) => Array.isArray(c) && c.length === 0);
}

function isAtMost(condition: unknown): condition is { atMost: unknown } {
  return typeof condition === 'object' && condition !== null && 'atMost' in condition;
}

/** Number columns as numbers: PostgreSQL returns `bigint` as text. */
function readNumbers(table: StateTable, row: Record<string, unknown>): Record<string, unknown> {
  for (const column of STATE_TABLES[table].numbers as readonly string[]) {
    if (row[column] !== null && row[column] !== undefined) row[column] = Number(row[column]);
  }
  return row;
}
