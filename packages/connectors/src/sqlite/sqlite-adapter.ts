import { sql } from 'kysely';
import { bindCommon, encodeCommon, type SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';

const SQLITE_TYPES: Record<string, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'integer',
  number: 'real',
  decimal: 'text',
  boolean: 'integer',
  json: 'text',
  timestamp: 'text',
  date: 'text',
};

/**
 * SQLite's result codes for a row the database refuses: NOT NULL, UNIQUE, PRIMARY KEY, CHECK, FOREIGN KEY,
 * a wrong type in a STRICT table or an INTEGER PRIMARY KEY, a value over the length limit. A trigger's
 * `RAISE()` (SQLITE_CONSTRAINT_TRIGGER) is not among them: like an exception raised by a trigger on the
 * other databases, it fails the batch.
 */
const SQLITE_DATA_CODES = new Set([
  'SQLITE_CONSTRAINT_NOTNULL',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  'SQLITE_CONSTRAINT_CHECK',
  'SQLITE_CONSTRAINT_FOREIGNKEY',
  'SQLITE_CONSTRAINT_DATATYPE',
  'SQLITE_MISMATCH',
  'SQLITE_TOOBIG',
]);

/** SQLite: booleans as 0/1; JSON, instants (ISO 8601 UTC, sortable) and decimals (exact) as text. */
export const SQLITE_ADAPTER: SqlDialectAdapter = {
  name: 'sqlite',
  upsertStyle: 'on-conflict',
  maxParameters: 32766,
  transactionalTruncate: false,
  backslashEscapes: false,
  dollarQuotes: false,
  columnType: (column) => SQLITE_TYPES[column.type] ?? 'text',
  encode(value, column) {
    const encoded = encodeCommon(value, column);
    return typeof encoded === 'boolean' ? (encoded ? 1 : 0) : encoded;
  },
  refusal(error) {
    const e = error as { code?: unknown; message?: unknown };
    return typeof e.code === 'string' && SQLITE_DATA_CODES.has(e.code) ? String(e.message) : undefined;
  },
  bindParameter: (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : bindCommon(value)),
  async tableColumns(db, table) {
    const found = await sql<{ type: string }>`select type from sqlite_master where name = ${table} and type in ('table', 'view')`.execute(
      db,
    );
    if (!found.rows.length) return undefined;
    const columns = await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${table})`.execute(db);
    return columns.rows.map((c) => ({ name: c.name, dataType: c.type.toLowerCase() }));
  },
};
