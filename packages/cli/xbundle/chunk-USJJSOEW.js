import {
  bindCommon,
  encodeCommon,
  mysqlDateTime
} from "./chunk-WN2DRB5R.js";

// packages/connectors/dist/mysql/mysql-adapter.js
import { sql } from "kysely";
var ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
var MYSQL_DATA_ERRNOS = /* @__PURE__ */ new Set([
  1048,
  1062,
  1169,
  1216,
  1263,
  1264,
  1265,
  1292,
  1300,
  1364,
  1366,
  1367,
  1406,
  1411,
  1451,
  1452,
  1586,
  1690,
  3140,
  3819,
  4025
]);
var MYSQL_TYPES = {
  text: "longtext",
  integer: "int",
  bigint: "bigint",
  number: "double",
  boolean: "boolean",
  json: "json",
  timestamp: "datetime(3)",
  date: "date"
};
var MYSQL_ADAPTER = {
  name: "mysql",
  upsertStyle: "on-duplicate-key",
  maxParameters: 65535,
  transactionalTruncate: false,
  transactionalDdl: false,
  backslashEscapes: true,
  dollarQuotes: false,
  tableOptions: "default character set utf8mb4",
  columnType(column) {
    if (column.type === "text" && column.key)
      return "varchar(255) character set utf8mb4 collate utf8mb4_bin";
    if (column.type === "decimal")
      return `decimal(${column.precision ?? 38}, ${column.scale ?? (column.precision ? 0 : 10)})`;
    return MYSQL_TYPES[column.type] ?? "longtext";
  },
  encode: (value, column) => encodeCommon(value, column, mysqlDateTime, mysqlDateTime),
  async widenColumn(db, table, column) {
    await sql`alter table ${sql.table(table)} modify column ${sql.ref(column.name)} ${sql.raw(MYSQL_ADAPTER.columnType(column))}`.execute(db);
  },
  refusal(error) {
    const e = error;
    if (typeof e.errno !== "number")
      return void 0;
    if (!MYSQL_DATA_ERRNOS.has(e.errno) && !/^2[23]/.test(String(e.sqlState ?? "")))
      return void 0;
    return String(e.sqlMessage ?? e.message).replace(/ at row \d+$/, "");
  },
  bindParameter(value) {
    if (value instanceof Date)
      return mysqlDateTime(value);
    if (typeof value === "string" && ISO_INSTANT.test(value))
      return mysqlDateTime(new Date(value));
    return bindCommon(value);
  },
  async tableColumns(db, table) {
    const { rows } = await sql`
      select column_name as name, column_type from information_schema.columns
      where table_schema = database() and table_name = ${table} order by ordinal_position`.execute(db);
    return rows.length ? rows.map((c) => ({ name: c.name, dataType: String(c.column_type).toLowerCase() })) : void 0;
  },
  // mysql2 connects with CLIENT_FOUND_ROWS: a row ON DUPLICATE KEY UPDATE leaves as it was counts 1.
  foundRows: true,
  async hasUniqueKey(db, table, keys) {
    const { rows } = await sql`
      select index_name as idx, column_name as col from information_schema.statistics
      where table_schema = database() and table_name = ${table} and non_unique = 0`.execute(db);
    const byIndex = /* @__PURE__ */ new Map();
    for (const r of rows)
      byIndex.set(r.idx, [...byIndex.get(r.idx) ?? [], String(r.col).toLowerCase()]);
    const wanted = keys.map((k) => k.toLowerCase());
    return [...byIndex.values()].some((names) => names.length === wanted.length && wanted.every((k) => names.includes(k)));
  }
};
var MARIADB_ADAPTER = {
  ...MYSQL_ADAPTER,
  updateValue: (stored, fresh, column) => column.type === "json" ? sql`if(json_equals(${stored}, ${fresh}), ${stored}, ${fresh})` : fresh
};

export {
  MYSQL_ADAPTER,
  MARIADB_ADAPTER
};
