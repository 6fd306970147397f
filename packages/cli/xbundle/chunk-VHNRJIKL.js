import {
  bindCommon,
  comparable,
  encodeCommon
} from "./chunk-WN2DRB5R.js";

// packages/connectors/dist/sqlite/sqlite-adapter.js
import { sql } from "kysely";
var SQLITE_SAME_FUNCTION = "syncengine_same";
function sqliteSame(type, a, b) {
  const column = { name: "", type, nullable: true };
  return comparable(a, column) === comparable(b, column) ? 1 : 0;
}
var CANONICAL_TYPES = /* @__PURE__ */ new Set(["json", "decimal", "timestamp", "date", "boolean"]);
var sameSet = (names, keys) => names.length === keys.length && keys.every((k) => names.includes(k));
var SQLITE_TYPES = {
  text: "text",
  integer: "integer",
  bigint: "integer",
  number: "real",
  decimal: "text",
  // Type names that read back as what they were created as (`columnTypeOf`); values keep their storage class.
  boolean: "boolean",
  json: "json",
  timestamp: "timestamp",
  date: "date"
};
var SQLITE_DATA_CODES = /* @__PURE__ */ new Set([
  "SQLITE_CONSTRAINT_NOTNULL",
  "SQLITE_CONSTRAINT_UNIQUE",
  "SQLITE_CONSTRAINT_PRIMARYKEY",
  "SQLITE_CONSTRAINT_CHECK",
  "SQLITE_CONSTRAINT_FOREIGNKEY",
  "SQLITE_CONSTRAINT_DATATYPE",
  "SQLITE_MISMATCH",
  "SQLITE_TOOBIG"
]);
var SQLITE_ADAPTER = {
  name: "sqlite",
  upsertStyle: "on-conflict",
  maxParameters: 32766,
  transactionalTruncate: false,
  transactionalDdl: true,
  backslashEscapes: false,
  dollarQuotes: false,
  columnType: (column) => SQLITE_TYPES[column.type] ?? "text",
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
    return typeof encoded === "boolean" ? encoded ? 1 : 0 : encoded;
  },
  refusal(error) {
    const e = error;
    return typeof e.code === "string" && SQLITE_DATA_CODES.has(e.code) ? String(e.message) : void 0;
  },
  bindParameter: (value) => typeof value === "boolean" ? value ? 1 : 0 : bindCommon(value),
  differs(stored, fresh, column) {
    if (!CANONICAL_TYPES.has(column.type))
      return sql`${stored} is not ${fresh}`;
    return sql`(${stored} is not ${fresh} and not ${sql.raw(SQLITE_SAME_FUNCTION)}(${sql.lit(column.type)}, ${stored}, ${fresh}))`;
  },
  async hasUniqueKey(db, table, keys) {
    const pk = await sql`select name from pragma_table_info(${table}) where pk > 0`.execute(db);
    if (sameSet(pk.rows.map((r) => r.name), keys))
      return true;
    const { rows } = await sql`
      select il.name as idx, ii.name as col from pragma_index_list(${table}) il join pragma_index_info(il.name) ii
      where il."unique" = 1 and il.partial = 0`.execute(db);
    const byIndex = /* @__PURE__ */ new Map();
    for (const r of rows)
      byIndex.set(r.idx, [...byIndex.get(r.idx) ?? [], r.col]);
    return [...byIndex.values()].some((names) => sameSet(names, keys));
  },
  async tableColumns(db, table) {
    const found = await sql`select type from sqlite_master where name = ${table} and type in ('table', 'view')`.execute(db);
    if (!found.rows.length)
      return void 0;
    const columns = await sql`select name, type from pragma_table_info(${table})`.execute(db);
    return columns.rows.map((c) => ({ name: c.name, dataType: c.type.toLowerCase() }));
  }
};

export {
  SQLITE_SAME_FUNCTION,
  sqliteSame,
  SQLITE_ADAPTER
};
