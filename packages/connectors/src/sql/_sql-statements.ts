import { sql, type Kysely, type RawBuilder } from 'kysely';
import { onStoredKey } from '@syncengine/engine';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';

/** What an INSERT does on a key that is stored already: fail, keep the stored row, or update it where it differs. */
export type OnKey = 'error' | 'ignore' | 'update';

/** The statement texts of one table and column set, built once per shape and then reused. */
export interface WriteStatements {
  /** An INSERT of `rows` rows (row-major parameters, in column order). PostgreSQL's upsert returns `inserted` per written row. */
  insert(rows: number, onKey: OnKey): string;
  /** `select count(*) as n` of the stored rows among `rows` keys (parameters: the key columns, row-major). */
  countStored(rows: number): string;
  /**
   * The stored rows among `rows` keys, every column, locked as an upsert would lock them (`for update`;
   * parameters: the key columns, row-major).
   */
  selectStored(rows: number): string;
  /** The upsert updates stored rows (there are columns besides the key); else it is `DO NOTHING` too. */
  readonly updates: boolean;
}

/** How many statements of each size cache at most; row counts come from a few sizes (see `chunkSizes`). */
const MAX_SHAPES = 64;

/**
 * Builds the write statements of a table with kysely, once per shape (row count and conflict handling),
 * with placeholder values; each batch then binds its own. The text is the same for every batch of a
 * shape, so SQLite can reuse its prepared statement and the servers get the same text every time.
 */
export function createWriteStatements(
  db: Kysely<any>,
  adapter: SqlDialectAdapter,
  table: string,
  columns: readonly ColumnSpec[],
  keys: readonly string[],
): WriteStatements {
  const cache = new Map<string, string>();
  const cached = (shape: string, expected: number, build: () => { sql: string; parameters: readonly unknown[] }) => {
    let text = cache.get(shape);
    if (text === undefined) {
      const compiled = build();
      // The batch's values are bound by position: the statement must have exactly one parameter per value.
      if (compiled.parameters.length !== expected) {
        throw new Error(`internal: ${shape} statement has ${compiled.parameters.length} parameters, expected ${expected}`);
      }
      text = compiled.sql;
      if (cache.size >= MAX_SHAPES) cache.delete(cache.keys().next().value!);
      cache.set(shape, text);
    }
    return text;
  };
  const placeholderRow = Object.fromEntries(columns.map((c) => [c.name, null]));
  const nonKeys = columns.filter((c) => !c.key);
  const ref = (name: string) => sql.ref(name);
  const stored = (name: string) => sql.ref(`${table}.${name}`);

  /** `key in (?, ...)` (or `(k1, k2) in ((?, ?), ...)`) for `rows` keys. */
  const keysIn = (rows: number) => {
    const tuple = () => sql`(${sql.join(keys.map(() => null))})`;
    return keys.length === 1
      ? sql<boolean>`${ref(keys[0]!)} in (${sql.join(Array.from({ length: rows }, () => null))})`
      : sql<boolean>`(${sql.join(keys.map(ref))}) in (${sql.join(Array.from({ length: rows }, tuple))})`;
  };

  const build = (rows: number, onKey: OnKey) => {
    let query = db.insertInto(table).values(Array.from({ length: rows }, () => placeholderRow));
    const ignore = onKey === 'ignore' || (onKey === 'update' && nonKeys.length === 0);
    if (ignore) query = onStoredKey(query, adapter, keys, 'ignore');
    if (adapter.upsertStyle === 'on-conflict') {
      if (onKey === 'update' && !ignore) {
        const set = Object.fromEntries(nonKeys.map((c) => [c.name, sql`excluded.${ref(c.name)}`]));
        const differs = nonKeys.map((c) => adapter.differs!(stored(c.name), sql`excluded.${ref(c.name)}`, c));
        query = query.onConflict((oc) =>
          oc
            .columns(keys as string[])
            .doUpdateSet(set)
            .where(sql<boolean>`${sql.join(differs, sql` or `)}`),
        );
      }
      if (onKey !== 'error' && adapter.insertedFlag)
        return query.returning(sql<boolean>`${sql.raw(adapter.insertedFlag)}`.as('inserted')).compile();
      return query.compile();
    }
    if (onKey === 'update' && !ignore) {
      const fresh = (c: ColumnSpec): RawBuilder<unknown> => sql`values(${ref(c.name)})`;
      const value = (c: ColumnSpec) => adapter.updateValue?.(sql`${ref(c.name)}`, fresh(c), c) ?? fresh(c);
      return query.onDuplicateKeyUpdate(Object.fromEntries(nonKeys.map((c) => [c.name, value(c)]))).compile();
    }
    return query.compile();
  };

  return {
    updates: nonKeys.length > 0,
    insert: (rows, onKey) => cached(`insert ${onKey} ${rows}`, rows * columns.length, () => build(rows, onKey)),
    countStored: (rows) =>
      cached(`count ${rows}`, rows * keys.length, () =>
        db
          .selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .where(keysIn(rows))
          .compile(),
      ),
    selectStored: (rows) =>
      cached(`select ${rows}`, rows * keys.length, () =>
        db
          .selectFrom(table)
          .select(columns.map((c) => (adapter.readBack ? adapter.readBack(ref(c.name), c).as(c.name) : c.name)))
          .where(keysIn(rows))
          .forUpdate()
          .compile(),
      ),
  };
}

/**
 * Splits `rows` rows into statement sizes: as many full statements of `perStatement` as fit, the rest
 * in powers of two, so that whatever the batch sizes, a table's statements come in a few shapes.
 */
export function chunkSizes(rows: number, perStatement: number): number[] {
  const sizes: number[] = [];
  let left = rows;
  while (left >= perStatement) {
    sizes.push(perStatement);
    left -= perStatement;
  }
  for (let size = 1 << Math.floor(Math.log2(Math.max(1, left))); left > 0; size >>= 1) {
    if (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}
