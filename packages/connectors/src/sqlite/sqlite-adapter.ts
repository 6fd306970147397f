import { sql } from 'kysely';
import { SQLITE_DIALECT } from '@syncengine/engine';
import { comparable } from '../sql/_sql-values.js';
import { bindCommon, encodeCommon, fastEncoder, type ColumnSpec, type SqlDialectAdapter } from '../sql/sql-dialect-adapter.js';
import type { ColumnType } from '../sql/sql-schema.js';

/**
 * The SQL function the SQLite connector registers on its connections, `syncengine_same(type, a, b)`:
 * 1 when two values of a column of `type` are equal in the sense of `comparable` (JSON in any key order,
 * `1.50` and `1.5`, one instant in two forms). An upsert calls it only for values whose text differs.
 */
export const SQLITE_SAME_FUNCTION = 'syncengine_same';

/** The implementation of `syncengine_same`; see `SQLITE_SAME_FUNCTION`. */
export function sqliteSame(type: unknown, a: unknown, b: unknown): number {
  const column = { name: '', type: type as ColumnType, nullable: true };
  return comparable(a, column) === comparable(b, column) ? 1 : 0;
}

/** Column types whose equal values may be stored in another form: compared with `syncengine_same` when the text differs. */
const CANONICAL_TYPES = new Set<ColumnType>(['json', 'decimal', 'timestamp', 'date', 'boolean']);
const sameSet = (names: readonly string[], keys: readonly string[]) => names.length === keys.length && keys.every((k) => names.includes(k));

const SQLITE_TYPES: Record<string, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'integer',
  number: 'real',
  decimal: 'text',
  // Type names that read back as what they were created as (`columnTypeOf`); values keep their storage class.
  boolean: 'boolean',
  json: 'json',
  timestamp: 'timestamp',
  date: 'date',
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
  ...SQLITE_DIALECT,
  readOnlyQuery: () => ({ before: ['pragma query_only = 1'], after: ['pragma query_only = 0'] }),
  transactionalTruncate: false,
  transactionalDdl: true,
  backslashEscapes: false,
  dollarQuotes: false,
  columnType: (column) => SQLITE_TYPES[column.type] ?? 'text',
  // SQLite cannot change a column's type: a new column takes the converted values and the name.
  async widenColumn(db, table, column) {
    const t = sql.table(table);
    const temp = `${column.name}__widened`.slice(-63);
    await sql`alter table ${t} add column ${sql.ref(temp)} ${sql.raw(SQLITE_ADAPTER.columnType(column))}`.execute(db);
    await sql`update ${t} set ${sql.ref(temp)} = ${sql.ref(column.name)}`.execute(db);
    await sql`alter table ${t} drop column ${sql.ref(column.name)}`.execute(db);
    await sql`alter table ${t} rename column ${sql.ref(temp)} to ${sql.ref(column.name)}`.execute(db);
  },
  encode(value, column) {
    const encoded = encodeCommon(value, column);
    return typeof encoded === 'boolean' ? (encoded ? 1 : 0) : encoded;
  },
  encoder: (column) => fastEncoder(column, (value) => SQLITE_ADAPTER.encode(value, column)),
  refusal(error) {
    const e = error as { code?: unknown; message?: unknown };
    return typeof e.code === 'string' && SQLITE_DATA_CODES.has(e.code) ? String(e.message) : undefined;
  },
  bindParameter: (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : bindCommon(value)),
  differs(stored, fresh, column: ColumnSpec) {
    if (!CANONICAL_TYPES.has(column.type)) return sql`${stored} is not ${fresh}`;
    return sql`(${stored} is not ${fresh} and not ${sql.raw(SQLITE_SAME_FUNCTION)}(${sql.lit(column.type)}, ${stored}, ${fresh}))`;
  },
  async hasUniqueKey(db, table, keys) {
    const pk = await sql<{ name: string }>`select name from pragma_table_info(${table}) where pk > 0`.execute(db);
    if (
      sameSet(
        pk.rows.map((r) => r.name),
        keys,
      )
    )
      return true;
    const { rows } = await sql<{ idx: string; col: string }>`
      select il.name as idx, ii.name as col from pragma_index_list(${table}) il join pragma_index_info(il.name) ii
      where il."unique" = 1 and il.partial = 0`.execute(db);
    const byIndex = new Map<string, string[]>();
    for (const r of rows) byIndex.set(r.idx, [...(byIndex.get(r.idx) ?? []), r.col]);
    return [...byIndex.values()].some((names) => sameSet(names, keys));
  },
  async tableColumns(db, table) {
    const found = await sql<{ type: string }>`select type from sqlite_master where name = ${table} and type in ('table', 'view')`.execute(
      db,
    );
    if (!found.rows.length) return undefined;
    const columns = await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${table})`.execute(db);
    return columns.rows.map((c) => ({ name: c.name, dataType: c.type.toLowerCase() }));
  },
};
