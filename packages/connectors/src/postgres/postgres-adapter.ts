import { sql } from 'kysely';
import { POSTGRES_DIALECT } from '@syncengine/engine';
import { bindCommon, encodeCommon, fastEncoder, type SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';

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
  ...POSTGRES_DIALECT,
  transactionalTruncate: true,
  transactionalDdl: true,
  backslashEscapes: false,
  dollarQuotes: true,
  columnType(column) {
    if (column.type === 'decimal') return column.precision ? `numeric(${column.precision}, ${column.scale ?? 0})` : 'numeric';
    return POSTGRES_TYPES[column.type] ?? 'text';
  },
  encode: (value, column) => encodeCommon(value, column),
  encoder: (column) => fastEncoder(column, (value) => encodeCommon(value, column)),
  async widenColumn(db, table, column) {
    const type = sql.raw(POSTGRES_ADAPTER.columnType(column));
    await sql`alter table ${sql.table(table)} alter column ${sql.ref(column.name)} type ${type} using ${sql.ref(column.name)}::${type}`.execute(
      db,
    );
  },
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
  // jsonb compares by value (key order aside); a `json` column has no equality, so both sides become jsonb.
  differs: (stored, fresh, column) =>
    column.type === 'json' ? sql`${stored}::jsonb is distinct from ${fresh}::jsonb` : sql`${stored} is distinct from ${fresh}`,
  // A row the statement inserted has no deleting transaction yet; an updated one has the upsert's own.
  insertedFlag: '(xmax = 0)',
  readOnlyQuery: (ms) => ({ before: [`set local statement_timeout = ${Math.max(1, Math.floor(ms))}`], after: [] }),
  async hasUniqueKey(db, table, keys) {
    const { rows } = await sql<{ cols: string[] }>`
      select array_agg(a.attname::text) as cols from pg_index i
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(${table}))
        and i.indisunique and i.indpred is null
      group by i.indexrelid`.execute(db);
    return rows.some((r) => r.cols.length === keys.length && keys.every((k) => r.cols.includes(k)));
  },
  async tableColumns(db, table) {
    const { rows } = await sql<{ name: string; data_type: string }>`
      select column_name as name, data_type from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db);
    return rows.length ? rows.map((c) => ({ name: c.name, dataType: c.data_type.toLowerCase() })) : undefined;
  },
};
