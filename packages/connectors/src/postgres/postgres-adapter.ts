import { sql } from 'kysely';
import { bindCommon, encodeCommon, type SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';

const POSTGRES_TYPES: Record<string, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  number: 'double precision',
  boolean: 'boolean',
  json: 'jsonb',
  timestamp: 'timestamptz',
  date: 'date',
};

/** PostgreSQL: `jsonb`, `timestamptz`, exact `numeric`; `TRUNCATE` is transactional, so `replace` uses it. */
export const POSTGRES_ADAPTER: SqlDialectAdapter = {
  name: 'postgres',
  upsertStyle: 'on-conflict',
  maxParameters: 65535,
  transactionalTruncate: true,
  backslashEscapes: false,
  dollarQuotes: true,
  columnType(column) {
    if (column.type === 'decimal') return column.precision ? `numeric(${column.precision}, ${column.scale ?? 0})` : 'numeric';
    return POSTGRES_TYPES[column.type] ?? 'text';
  },
  encode: (value, column) => encodeCommon(value, column),
  refusal(error) {
    // SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation).
    const e = error as { code?: unknown; message?: unknown; column?: unknown; detail?: unknown };
    if (typeof e.code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(e.code)) return undefined;
    let reason = String(e.message);
    if (typeof e.column === 'string' && !reason.includes(`"${e.column}"`)) reason += ` (column "${e.column}")`;
    // "Key (id)=(5) already exists.", "Key (customer_id)=(9) is not present in table ...": the values, no other row data.
    if (typeof e.detail === 'string' && e.detail.startsWith('Key ')) reason += `: ${e.detail}`;
    return reason;
  },
  bindParameter: bindCommon,
  async tableColumns(db, table) {
    const { rows } = await sql<{ name: string; data_type: string }>`
      select column_name as name, data_type from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db);
    return rows.length ? rows.map((c) => ({ name: c.name, dataType: c.data_type.toLowerCase() })) : undefined;
  },
};
