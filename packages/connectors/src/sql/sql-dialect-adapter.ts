import type { Kysely, RawBuilder } from 'kysely';
import type { SqlDialectBase } from '@syncengine/engine';
import type { ColumnType } from './sql-schema.js';
import { isCanonicalInstant, toBoolean, toDateOnly, toInstant, toNumeric } from './_sql-values.js';

/** A column the sink writes, normalised from `columns:` or read from the table. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** Part of the sink's `key`. */
  key?: boolean;
  precision?: number;
  scale?: number;
}

/** A column of an existing table, as the database describes it. */
export interface ExistingColumn {
  name: string;
  /** The database's type name, lower case, e.g. `timestamp with time zone`, `tinyint(1)`, `jsonb`. */
  dataType: string;
}

/**
 * What differs between SQL dialects, and nothing more: the generic SQL writer and source build every
 * query with kysely and ask the adapter only for these. The engine's `SqlDialectBase` (name, upsert
 * style, parameter limit, duplicate keys), shared with the state store, comes first; the rest is what
 * only a sink and a source need.
 */
export interface SqlDialectAdapter extends SqlDialectBase {
  /**
   * `TRUNCATE` can run inside the `replace` transaction (PostgreSQL). When false, `replace` empties
   * the table with `DELETE` (MySQL commits implicitly on `TRUNCATE`; SQLite has none).
   */
  readonly transactionalTruncate: boolean;
  /** `CREATE` and `ALTER TABLE` run inside a transaction without committing it (PostgreSQL, SQLite; not MySQL). */
  readonly transactionalDdl: boolean;
  /**
   * Changes the type of an existing column to `column.type`, keeping its values (converted), for a table
   * whose columns are inferred from the records; see `schema: evolve`.
   */
  widenColumn(db: Kysely<any>, table: string, column: ColumnSpec): Promise<void>;
  /** Backslash escapes a quote inside a string literal (MySQL); the query template scanner must know. */
  readonly backslashEscapes: boolean;
  /** `$tag$...$tag$` string literals exist (PostgreSQL); the query template scanner must know. */
  readonly dollarQuotes: boolean;
  /** Appended to `CREATE TABLE`, e.g. MySQL's `default character set utf8mb4`. */
  readonly tableOptions?: string;
  /** The column type to create for a declared column, e.g. `jsonb`, `datetime(3)`, `numeric(12, 2)`. */
  columnType(column: ColumnSpec): string;
  /** Converts a record value to what the driver binds for this column; throws `ValueRefused` for a value the column cannot hold. */
  encode(value: unknown, column: ColumnSpec): unknown;
  /**
   * `encode` for one column, built once per column set and called for every value of a batch: the
   * same results, faster (see `fastEncoder`). Without it, the writer calls `encode`.
   */
  encoder?(column: ColumnSpec): (value: unknown) => unknown;
  /**
   * The reason, when `error` is the database refusing the data of a row (a type, range, length,
   * encoding or constraint violation, told apart by the error code, never the text), with the column
   * when the database names it; undefined for anything else (a lost connection, a deadlock, a full disk).
   */
  refusal(error: unknown): string | undefined;
  /** Converts a value bound into a query or statement (`${cursor}`, `:name`) to what the driver binds. */
  bindParameter(value: unknown): unknown;
  /** The columns of a table in the connection's current schema, or undefined when there is no such table. */
  tableColumns(db: Kysely<any>, table: string): Promise<ExistingColumn[] | undefined>;
  /**
   * Whether a unique index (or the primary key) of `table` has exactly the columns `keys`, so that the
   * database itself can tell a new key from a stored one. Without it (or without this method) the writer
   * reads the stored rows of a batch and compares them in JavaScript.
   */
  hasUniqueKey?(db: Kysely<any>, table: string, keys: readonly string[]): Promise<boolean>;
  /**
   * `ON CONFLICT` dialects: an SQL condition true when the stored value of `column` differs from the one
   * an upsert brings, with the same notion of equal as `comparable` (JSON in any key order, `1.50` and
   * `1.5`, one instant in two zones). Without it, an upsert reads and compares.
   */
  differs?(stored: RawBuilder<unknown>, fresh: RawBuilder<unknown>, column: ColumnSpec): RawBuilder<unknown>;
  /**
   * `ON DUPLICATE KEY` dialects: what `ON DUPLICATE KEY UPDATE` sets `column` to, given the new value,
   * so that a row whose values are all equal stays as it is (and is counted unchanged); default the new value.
   */
  updateValue?(stored: RawBuilder<unknown>, fresh: RawBuilder<unknown>, column: ColumnSpec): RawBuilder<unknown>;
  /**
   * PostgreSQL: a `RETURNING` expression true for a row the statement inserted and false for one it
   * updated, e.g. `(xmax = 0)`; without it, the writer counts the stored keys of a batch first.
   */
  readonly insertedFlag?: string;
  /**
   * `ON DUPLICATE KEY` dialects: the affected rows of an upsert count 1 for a row found unchanged
   * (CLIENT_FOUND_ROWS, mysql2's default), besides 1 per insert and 2 per update.
   */
  readonly foundRows?: boolean;
  /**
   * `ON DUPLICATE KEY` dialects whose connection reports it: the rows of the last statement whose key
   * was stored (MySQL's "Duplicates"), read once; with it an upsert needs no count of the stored keys first.
   */
  readonly takeDuplicates?: () => number | undefined;
  /**
   * `ON DUPLICATE KEY` dialects where an upsert that finds a stored row unchanged costs the server more
   * than reading that row (MySQL and MariaDB find, lock and compare it): true only when `stored`, a value
   * read back from `column`, is certainly what writing `value` (encoded for `column`) would store, so
   * the row can be left alone. False is always safe: the row is then written and the database decides.
   * With it, an upsert whose last rows were mostly unchanged reads the next rows' stored values first and
   * writes only the rows that are new or may differ.
   */
  sameStored?(stored: unknown, value: unknown, column: ColumnSpec): boolean;
  /**
   * How that read selects `column`, so that its values come back in the form the encoder writes and
   * compare with `===` (MySQL: an instant as its DATETIME text); default the column as it is.
   */
  readBack?(stored: RawBuilder<unknown>, column: ColumnSpec): RawBuilder<unknown>;
  /**
   * Statements around a read-only query (`queries:`), run on its connection inside its read-only
   * transaction: a time limit, or SQLite's `query_only` (SQLite has no read-only transactions).
   */
  readOnlyQuery?(timeoutMs: number): { readonly before: readonly string[]; readonly after: readonly string[] };
}

/**
 * Encoding shared by every dialect: JSON text for `json` columns and structures, instants in UTC for
 * `timestamp`, `YYYY-MM-DD` for `date`, exact text for `decimal`, checked numbers and booleans, null
 * for undefined. A value the column cannot hold throws `ValueRefused`.
 * `formatInstant` writes a UTC instant the way the dialect stores it (default its ISO text), and
 * `formatCanonical` the same from an instant already in canonical ISO text (`2026-01-02T03:04:05.678Z`,
 * which is then not parsed; default: as it is when `formatInstant` is the default, else through it).
 */
export function encodeCommon(
  value: unknown,
  column: ColumnSpec,
  formatInstant?: (instant: Date) => string,
  formatCanonical?: (iso: string) => string,
): unknown {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'json':
      return JSON.stringify(value);
    case 'timestamp':
      if (isCanonicalInstant(value)) {
        if (formatCanonical) return formatCanonical(value);
        if (!formatInstant) return value;
      }
      return formatInstant ? formatInstant(toInstant(value, column.name)) : toInstant(value, column.name).toISOString();
    case 'date':
      return toDateOnly(value, column.name);
    case 'decimal':
    case 'bigint':
    case 'integer':
    case 'number':
      return toNumeric(value, column);
    case 'boolean':
      return toBoolean(value, column);
    case 'text':
      // The value's text, as the source wrote it: SQLite would store the number 13 as "13.0".
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      break;
    default:
      break;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/**
 * A column's encoder: `encode` (the adapter's own, for this column), with a fast path for the values most
 * of a load is made of and that `encodeCommon` passes through as they are: text for a `text` column, a
 * finite number for a `number` column (an integral one for `integer`), an instant already in canonical
 * ISO text for a `timestamp` column (then `canonicalInstant` of it, as the adapter's `formatCanonical`;
 * default the text itself). Anything else goes through `encode`, so the results are the same.
 */
export function fastEncoder(
  column: ColumnSpec,
  encode: (value: unknown) => unknown,
  canonicalInstant?: (iso: string) => unknown,
): (value: unknown) => unknown {
  switch (column.type) {
    case 'text':
      return (value) => (typeof value === 'string' ? value : encode(value));
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : encode(value));
    case 'integer':
      return (value) => (typeof value === 'number' && Number.isInteger(value) ? value : encode(value));
    case 'timestamp':
      if (canonicalInstant) return (value) => (isCanonicalInstant(value) ? canonicalInstant(value) : encode(value));
      return (value) => (isCanonicalInstant(value) ? value : encode(value));
    default:
      return encode;
  }
}

/** Parameter binding shared by every dialect: null for undefined, ISO text for dates, JSON text for lists and maps. */
export function bindCommon(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'object' && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value;
}

/** Maps a database type name to the column type used to encode values for it. */
export function columnTypeOf(dataType: string): ColumnType {
  const t = dataType.toLowerCase();
  if (t === 'tinyint(1)' || t.startsWith('bool')) return 'boolean';
  if (t.startsWith('json')) return 'json';
  if (t.startsWith('timestamp') || t.startsWith('datetime')) return 'timestamp';
  if (t === 'date') return 'date';
  if (t.startsWith('numeric') || t.startsWith('decimal')) return 'decimal';
  if (t.startsWith('bigint') || t === 'int8') return 'bigint';
  if (/^(int|integer|smallint|mediumint|tinyint|int2|int4)\b/.test(t)) return 'integer';
  if (/^(real|double|float)/.test(t)) return 'number';
  return 'text';
}
