import { MysqlAdapter, PostgresAdapter, sql, type InsertQueryBuilder, type Kysely } from 'kysely';

/** The SQL databases syncengine keeps state in and reads and writes through its connectors. */
export type SqlDialectName = 'sqlite' | 'postgres' | 'mysql';

/** How "insert, or update the row with the same key" is written: `ON CONFLICT` or `ON DUPLICATE KEY`. */
export type UpsertStyle = 'on-conflict' | 'on-duplicate-key';

/**
 * What differs between the SQL dialects in every statement syncengine builds with kysely, the state
 * store's and the SQL connectors' alike (the connectors' `SqlDialectAdapter` extends it with what only
 * a sink needs: column types and value encoding). Values the state keeps need nothing more: JSON and
 * instants are stored as text, and numbers are read back with `Number()` (PostgreSQL returns `bigint` as text).
 */
export interface SqlDialectBase {
  /** Dialect name for messages and identities. */
  readonly name: SqlDialectName;
  /** How "insert or update on key" is written: `ON CONFLICT` (PostgreSQL, SQLite) or `ON DUPLICATE KEY` (MySQL). */
  readonly upsertStyle: UpsertStyle;
  /** Most bind parameters one statement may carry. */
  readonly maxParameters: number;
  /** Whether `error` is the database refusing a row because its primary or unique key is stored already. */
  isDuplicateKey(error: unknown): boolean;
}

/** SQLite: `ON CONFLICT`, at most 32,766 parameters. */
export const SQLITE_DIALECT: SqlDialectBase = {
  name: 'sqlite',
  upsertStyle: 'on-conflict',
  maxParameters: 32766,
  isDuplicateKey: (error) => /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(String((error as { code?: unknown }).code)),
};

/** PostgreSQL: `ON CONFLICT`, SQLSTATE 23505 for a stored key. */
export const POSTGRES_DIALECT: SqlDialectBase = {
  name: 'postgres',
  upsertStyle: 'on-conflict',
  maxParameters: 65535,
  isDuplicateKey: (error) => (error as { code?: unknown }).code === '23505',
};

/** MySQL and MariaDB: `ON DUPLICATE KEY UPDATE`, error 1062 for a stored key. */
export const MYSQL_DIALECT: SqlDialectBase = {
  name: 'mysql',
  upsertStyle: 'on-duplicate-key',
  maxParameters: 65535,
  isDuplicateKey: (error) => (error as { errno?: unknown }).errno === 1062,
};

/** The dialects by name. */
export const SQL_DIALECTS: Readonly<Record<SqlDialectName, SqlDialectBase>> = {
  sqlite: SQLITE_DIALECT,
  postgres: POSTGRES_DIALECT,
  mysql: MYSQL_DIALECT,
};

/** The dialect of a kysely instance, told by its adapter: PostgreSQL, MySQL, else SQLite. */
export function sqlDialectOf(db: Kysely<any>): SqlDialectBase {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return POSTGRES_DIALECT;
  if (adapter instanceof MysqlAdapter) return MYSQL_DIALECT;
  return SQLITE_DIALECT;
}

/**
 * What an INSERT does with a row whose key (`keys`) is stored already: `'ignore'` keeps the stored
 * row; a list of columns takes the new values of those columns (no columns: keeps the row).
 *
 * @example
 * ```ts
 * await onStoredKey(db.insertInto('kv').values(rows), POSTGRES_DIALECT, ['namespace', 'key'], ['value']).execute()
 * ```
 */
export function onStoredKey<O>(
  query: InsertQueryBuilder<any, any, O>,
  dialect: Pick<SqlDialectBase, 'upsertStyle'>,
  keys: readonly string[],
  update: 'ignore' | readonly string[],
): InsertQueryBuilder<any, any, O> {
  const columns = update === 'ignore' ? [] : update;
  if (dialect.upsertStyle === 'on-conflict') {
    return query.onConflict((oc) =>
      columns.length
        ? oc.columns(keys as string[]).doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql`excluded.${sql.ref(c)}`])))
        : oc.columns(keys as string[]).doNothing(),
    );
  }
  // Not MySQL's INSERT IGNORE: that would also turn real errors (bad values, NULL keys) into warnings.
  if (!columns.length) return query.onDuplicateKeyUpdate({ [keys[0]!]: sql.ref(keys[0]!) });
  return query.onDuplicateKeyUpdate(Object.fromEntries(columns.map((c) => [c, sql`values(${sql.ref(c)})`])));
}

/**
 * Runs an INSERT of one row unless its key is stored already; resolves whether it inserted. Inside a
 * transaction the transaction goes on either way (MySQL rolls back only the refused statement).
 */
export async function insertIfAbsent(
  query: InsertQueryBuilder<any, any, any>,
  dialect: SqlDialectBase,
  keys: readonly string[],
): Promise<boolean> {
  if (dialect.upsertStyle === 'on-conflict') {
    const result = await onStoredKey(query, dialect, keys, 'ignore').executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  // ON DUPLICATE KEY counts a stored row like an inserted one: tell them apart by the refusal instead.
  try {
    await query.execute();
    return true;
  } catch (error) {
    if (dialect.isDuplicateKey(error)) return false;
    throw error;
  }
}
