import { sql } from 'kysely';
import { MYSQL_DIALECT } from '@syncengine/engine';
import { comparable, mysqlDateTime } from '../sql/_sql-values.js';
import { bindCommon, encodeCommon, fastEncoder, type ColumnSpec, type SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * MySQL and MariaDB error numbers for a row the database refuses (besides any SQLSTATE of class 22 or 23):
 * NULL in a NOT NULL column (1048, 1263, 1364), duplicate key (1062, 1169, 1586), out of range (1264, 1690),
 * truncated or incorrect value (1265, 1292, 1366, 1367, 1411, 1300), too long (1406), foreign key (1216,
 * 1451, 1452), invalid JSON (3140), CHECK constraint (3819 MySQL, 4025 MariaDB).
 */
const MYSQL_DATA_ERRNOS = new Set([
  1048, 1062, 1169, 1216, 1263, 1264, 1265, 1292, 1300, 1364, 1366, 1367, 1406, 1411, 1451, 1452, 1586, 1690, 3140, 3819, 4025,
]);

const MYSQL_TYPES: Record<string, string> = {
  text: 'longtext',
  integer: 'int',
  bigint: 'bigint',
  number: 'double',
  boolean: 'boolean',
  json: 'json',
  timestamp: 'datetime(3)',
  date: 'date',
};

const NUMERIC = new Set(['integer', 'bigint', 'number', 'decimal']);

/**
 * Whether a value read back from MySQL is what writing `value` would store. mysql2 reads DECIMAL as its
 * text (`1.5000000000` for `1.5`), numbers and text as they are, `boolean` as true/false (a `timestamp`
 * column as its DATETIME text, see `readBack`): equal numbers are the same stored number. MySQL's JSON is read
 * parsed, and its binary JSON keeps a value equal in any key order; MariaDB's JSON is text, kept when it
 * is equal in any key order only where the upsert compares with `JSON_EQUALS` (`jsonText`).
 */
const sameStoredOn =
  (jsonText: 'equal' | 'exact') =>
  (stored: unknown, value: unknown, column: ColumnSpec): boolean => {
    if (stored === value) return true;
    if (stored === null || value === null) return false;
    if (column.type === 'json')
      return (typeof stored !== 'string' || jsonText === 'equal') && comparable(stored, column) === comparable(value, column);
    return NUMERIC.has(column.type) && comparable(stored, column) === comparable(value, column);
  };

/**
 * MySQL and MariaDB: `ON DUPLICATE KEY UPDATE`; `datetime(3)` holding UTC; `replace` empties the table
 * with `DELETE`, because `TRUNCATE` would commit the load transaction.
 */
export const MYSQL_ADAPTER: SqlDialectAdapter = {
  ...MYSQL_DIALECT,
  transactionalTruncate: false,
  transactionalDdl: false,
  backslashEscapes: true,
  dollarQuotes: false,
  tableOptions: 'default character set utf8mb4',
  columnType(column) {
    // A key must have a bounded length and compare exactly (the default collation ignores case).
    if (column.type === 'text' && column.key) return 'varchar(255) character set utf8mb4 collate utf8mb4_bin';
    if (column.type === 'decimal') return `decimal(${column.precision ?? 38}, ${column.scale ?? (column.precision ? 0 : 10)})`;
    return MYSQL_TYPES[column.type] ?? 'longtext';
  },
  encode: (value, column) => encodeCommon(value, column, mysqlDateTime, mysqlDateTime),
  encoder: (column) => fastEncoder(column, (value) => encodeCommon(value, column, mysqlDateTime, mysqlDateTime), mysqlDateTime),
  async widenColumn(db, table, column) {
    await sql`alter table ${sql.table(table)} modify column ${sql.ref(column.name)} ${sql.raw(MYSQL_ADAPTER.columnType(column))}`.execute(
      db,
    );
  },
  refusal(error) {
    const e = error as { errno?: unknown; sqlState?: unknown; sqlMessage?: unknown; message?: unknown };
    if (typeof e.errno !== 'number') return undefined;
    if (!MYSQL_DATA_ERRNOS.has(e.errno) && !/^2[23]/.test(String(e.sqlState ?? ''))) return undefined;
    // The row is alone in its statement by then: "at row 1" says nothing.
    return String(e.sqlMessage ?? e.message).replace(/ at row \d+$/, '');
  },
  bindParameter(value) {
    // MySQL rejects ISO 8601 with a zone as a DATETIME value: an instant is bound as its UTC DATETIME text.
    if (value instanceof Date) return mysqlDateTime(value);
    if (typeof value === 'string' && ISO_INSTANT.test(value)) return mysqlDateTime(new Date(value));
    return bindCommon(value);
  },
  async tableColumns(db, table) {
    const { rows } = await sql<{ name: string; column_type: string }>`
      select column_name as name, column_type from information_schema.columns
      where table_schema = database() and table_name = ${table} order by ordinal_position`.execute(db);
    return rows.length ? rows.map((c) => ({ name: c.name, dataType: String(c.column_type).toLowerCase() })) : undefined;
  },
  sameStored: sameStoredOn('exact'),
  // The text of a DATETIME is what the encoder writes (`2026-01-02 03:04:05.678` for `datetime(3)`), read
  // and written in the session's zone alike: equal texts are the same stored value, without a Date.
  readBack: (stored, column) => (column.type === 'timestamp' ? sql`cast(${stored} as char)` : stored),
  // mysql2 connects with CLIENT_FOUND_ROWS: a row ON DUPLICATE KEY UPDATE leaves as it was counts 1.
  foundRows: true,
  // MySQL's time limit of SELECTs, in milliseconds.
  readOnlyQuery: (ms) => ({
    before: [`set session max_execution_time = ${Math.max(1, Math.floor(ms))}`],
    after: ['set session max_execution_time = 0'],
  }),
  async hasUniqueKey(db, table, keys) {
    const { rows } = await sql<{ idx: string; col: string }>`
      select index_name as idx, column_name as col from information_schema.statistics
      where table_schema = database() and table_name = ${table} and non_unique = 0`.execute(db);
    const byIndex = new Map<string, string[]>();
    for (const r of rows) byIndex.set(r.idx, [...(byIndex.get(r.idx) ?? []), String(r.col).toLowerCase()]);
    const wanted = keys.map((k) => k.toLowerCase());
    return [...byIndex.values()].some((names) => names.length === wanted.length && wanted.every((k) => names.includes(k)));
  },
};

/**
 * MariaDB 10.7 and later: as MySQL, but a `json` column is text there, so an upsert keeps the stored JSON
 * when it equals the new one in any key order (`JSON_EQUALS`), and the row counts unchanged. (MySQL's
 * binary JSON compares equal in any key order by itself.)
 */
export const MARIADB_ADAPTER: SqlDialectAdapter = {
  ...MYSQL_ADAPTER,
  // MariaDB's time limit is another variable, in seconds.
  readOnlyQuery: (ms) => ({
    before: [`set session max_statement_time = ${Math.max(0.001, ms / 1000)}`],
    after: ['set session max_statement_time = 0'],
  }),
  updateValue: (stored, fresh, column) => (column.type === 'json' ? sql`if(json_equals(${stored}, ${fresh}), ${stored}, ${fresh})` : fresh),
  sameStored: sameStoredOn('equal'),
};
