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
    if (typeof value === 'boolean') return value ? 1 : 0;
    return encodeCommon(value, column);
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
