import { sql } from 'kysely';
import { mysqlDateTime } from '../sql/_sql-values.js';
import { bindCommon, encodeCommon, type SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

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

/**
 * MySQL and MariaDB: `ON DUPLICATE KEY UPDATE`; `datetime(3)` holding UTC; `replace` empties the table
 * with `DELETE`, because `TRUNCATE` would commit the load transaction.
 */
export const MYSQL_ADAPTER: SqlDialectAdapter = {
  name: 'mysql',
  upsertStyle: 'on-duplicate-key',
  maxParameters: 65535,
  transactionalTruncate: false,
  backslashEscapes: true,
  dollarQuotes: false,
  tableOptions: 'default character set utf8mb4',
  columnType(column) {
    // A key must have a bounded length and compare exactly (the default collation ignores case).
    if (column.type === 'text' && column.key) return 'varchar(255) character set utf8mb4 collate utf8mb4_bin';
    if (column.type === 'decimal') return `decimal(${column.precision ?? 38}, ${column.scale ?? (column.precision ? 0 : 10)})`;
    return MYSQL_TYPES[column.type] ?? 'longtext';
  },
  encode: (value, column) => encodeCommon(value, column, mysqlDateTime),
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
};
