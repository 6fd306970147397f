import {
  isSafeIdentifier
} from "./chunk-3POCXQQ3.js";
import {
  hasTemplate,
  parseTemplate
} from "./chunk-GRVIXJDI.js";
import {
  driverErrorMessage
} from "./chunk-OTMD6KH5.js";
import {
  SinkError,
  SourceError,
  SyncError
} from "./chunk-RLQ4YVQZ.js";

// packages/connectors/dist/sql/sql-connection.js
import { sql as sql8 } from "kysely";

// packages/connectors/dist/sql/_sql-query-template.js
import { sql } from "kysely";
function compileQueryTemplate(query, values, dialect) {
  const pieces = [];
  let text = "";
  const used = /* @__PURE__ */ new Set();
  let state = { in: "code" };
  const bindValue = (value) => {
    if (text)
      pieces.push(sql.raw(text));
    text = "";
    pieces.push(values.bind(value));
  };
  for (const part of parseTemplate(query)) {
    if (typeof part !== "string") {
      if (state.in === "code")
        bindValue(values.render(part.raw));
      else if (state.in === "quote" || state.in === "dollar") {
        throw new SourceError(`${values.label ?? "query"}: ${part.raw} is inside a quoted string; remove the quotes, the value is sent as a bound parameter`);
      } else
        text += part.raw;
      continue;
    }
    let i = 0;
    const s = part;
    while (i < s.length) {
      const c = s[i];
      const next = s[i + 1];
      if (state.in === "code") {
        if (c === "'" || c === '"' || c === "`") {
          state = { in: "quote", close: c };
        } else if (c === "-" && next === "-") {
          state = { in: "line" };
        } else if (c === "/" && next === "*") {
          state = { in: "block" };
          text += "/*";
          i += 2;
          continue;
        } else if (c === "$" && dialect.dollarQuotes && !/[\w$]/.test(s[i - 1] ?? " ")) {
          const tag = /^\$([A-Za-z_]\w*)?\$/.exec(s.slice(i))?.[0];
          if (tag) {
            state = { in: "dollar", tag };
            text += tag;
            i += tag.length;
            continue;
          }
        } else if (c === ":" && next === ":") {
          text += "::";
          i += 2;
          continue;
        } else if (c === ":" && !/[\w:]/.test(s[i - 1] ?? " ")) {
          const name = /^[A-Za-z_]\w*/.exec(s.slice(i + 1))?.[0];
          if (name !== void 0 && Object.hasOwn(values.params, name)) {
            used.add(name);
            bindValue(values.params[name]);
            i += 1 + name.length;
            continue;
          }
        }
      } else if (state.in === "quote") {
        if (c === "\\" && dialect.backslashEscapes && state.close !== "`") {
          text += c + (next ?? "");
          i += 2;
          continue;
        }
        if (c === state.close) {
          if (next === state.close) {
            text += c + next;
            i += 2;
            continue;
          }
          state = { in: "code" };
        }
      } else if (state.in === "line") {
        if (c === "\n")
          state = { in: "code" };
      } else if (state.in === "block") {
        if (c === "*" && next === "/") {
          state = { in: "code" };
          text += "*/";
          i += 2;
          continue;
        }
      } else if (s.startsWith(state.tag, i)) {
        text += state.tag;
        i += state.tag.length;
        state = { in: "code" };
        continue;
      }
      text += c;
      i += 1;
    }
  }
  const unused = Object.keys(values.params).filter((name) => !used.has(name));
  if (unused.length) {
    throw new SourceError(`params ${unused.join(", ")} ${unused.length > 1 ? "are" : "is"} not used in the ${values.label ?? "query"}; write :${unused[0]} where the value belongs`);
  }
  if (text)
    pieces.push(sql.raw(text));
  return sql.join(pieces, sql.raw(""));
}

// packages/connectors/dist/sql/sql-source.js
import { SelectQueryNode } from "kysely";
async function* readSql(db, adapter, options, ctx) {
  const params = ctx.render(options.params ?? {}) ?? {};
  const compiled = compileQueryTemplate(options.query, { render: ctx.render, params, bind: adapter.bindParameter }, adapter).compile(db);
  const query = { ...compiled, query: SelectQueryNode.create() };
  const size = ctx.limit !== void 0 ? Math.min(options.batch_size, ctx.limit) : options.batch_size;
  let page = [];
  let read = 0;
  const describe = () => `query rows ${read - page.length + 1}-${read}`;
  for await (const result of db.getExecutor().stream(query, size)) {
    for (const row of result.rows) {
      page.push(toRecord(row));
      read += 1;
    }
    if (page.length >= size) {
      yield { records: page, description: describe() };
      page = [];
      if (ctx.signal.aborted || ctx.limit !== void 0 && read >= ctx.limit)
        return;
    }
  }
  if (page.length || read === 0)
    yield { records: page, description: read ? describe() : "query: no rows" };
}
function toRecord(row) {
  const record = {};
  for (const [name, value] of Object.entries(row))
    record[name] = plain(value);
  return record;
}
function plain(value) {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (Buffer.isBuffer(value))
    return value.toString("base64");
  return value;
}

// packages/connectors/dist/sql/_sql-apply.js
import { CompiledQuery } from "kysely";

// packages/connectors/dist/sql/_sql-values.js
var DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
var HAS_ZONE = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
var DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;
var NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
var INTEGER_TEXT = /^[+-]?\d+$/;
var CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var TRUE_TEXT = /^(true|t|yes|y|on|1)$/i;
var FALSE_TEXT = /^(false|f|no|n|off|0)$/i;
var ValueRefused = class extends SinkError {
  constructor(column, value, expected) {
    super(`column "${column}": ${JSON.stringify(value)} is not ${expected}`);
    this.name = "ValueRefused";
  }
};
function toNumeric(value, column) {
  const integral = column.type === "integer" || column.type === "bigint";
  const expected = integral ? "an integer" : "a number";
  if (typeof value === "bigint")
    return String(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value) || integral && !Number.isInteger(value))
      throw new ValueRefused(column.name, value, expected);
    return column.type === "number" || column.type === "integer" ? value : String(value);
  }
  if (typeof value === "string") {
    const text = value.trim();
    if ((integral ? INTEGER_TEXT : NUMBER_TEXT).test(text))
      return text;
  }
  throw new ValueRefused(column.name, value, expected);
}
function toBoolean(value, column) {
  if (typeof value === "boolean")
    return value;
  if (value === 1 || value === 0)
    return value === 1;
  if (typeof value === "string") {
    const text = value.trim();
    if (TRUE_TEXT.test(text))
      return true;
    if (FALSE_TEXT.test(text))
      return false;
  }
  throw new ValueRefused(column.name, value, "a boolean");
}
function toInstant(value, column) {
  let date;
  if (value instanceof Date)
    date = value;
  else if (typeof value === "number")
    date = new Date(value);
  else if (typeof value === "string") {
    const text = value.trim();
    const iso = DATE_ONLY.test(text) ? `${text}T00:00:00Z` : HAS_ZONE.test(text) ? text.replace(" ", "T") : `${text.replace(" ", "T")}Z`;
    date = new Date(iso);
  }
  if (!date || Number.isNaN(date.getTime())) {
    throw new ValueRefused(column, value, "a date and time (use ISO 8601, e.g. 2026-01-31T12:00:00Z)");
  }
  return date;
}
function isCanonicalInstant(value) {
  if (typeof value !== "string" || value.length !== 24 || !CANONICAL_INSTANT.test(value))
    return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1)
    return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
  return day <= days && Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60 && Number(value.slice(17, 19)) < 60;
}
function toDateOnly(value, column) {
  if (typeof value === "string" && DATE_ONLY.test(value.trim()))
    return value.trim();
  return toInstant(value, column).toISOString().slice(0, 10);
}
function mysqlDateTime(instant) {
  const iso = typeof instant === "string" ? instant : instant.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}
function comparable(value, column) {
  if (value === null || value === void 0)
    return "\0null";
  switch (column.type) {
    case "json":
      return stableJson(typeof value === "string" ? parseJson(value) : value);
    case "timestamp":
      try {
        return String(toInstant(value, column.name).getTime());
      } catch {
        return String(value);
      }
    case "date":
      try {
        return toDateOnly(value, column.name);
      } catch {
        return String(value);
      }
    case "boolean":
      return value === true || value === 1 || value === "1" || value === "t" || value === "true" ? "1" : "0";
    case "integer":
    case "bigint":
    case "number":
    case "decimal":
      return canonicalNumber(value);
    default:
      if (value instanceof Date)
        return value.toISOString();
      if (Buffer.isBuffer(value))
        return value.toString("base64");
      return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}
function canonicalNumber(value) {
  const text = typeof value === "number" ? String(value) : String(value).trim();
  const m = DECIMAL.exec(text);
  if (!m || m[2] === "" && (m[3] ?? "") === "")
    return text;
  const whole = (m[2] ?? "").replace(/^0+(?=\d)/, "") || "0";
  const fraction = (m[3] ?? "").replace(/0+$/, "");
  const digits = fraction ? `${whole}.${fraction}` : whole;
  return m[1] === "-" && digits !== "0" ? `-${digits}` : digits;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function stableJson(value) {
  if (Array.isArray(value))
    return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// packages/connectors/dist/sql/_sql-batch.js
function encodeBatch(records, columns, adapter, dedupe, skip) {
  const width = columns.length;
  const names = columns.map((c) => c.name);
  const values = [];
  const record = [];
  const refused = [];
  let discarded = 0;
  for (let index = 0; index < records.length; index++) {
    const source = records[index];
    if (skip?.has(index)) {
      const reason = skip.get(index);
      if (reason === void 0)
        discarded += 1;
      else
        refused.push({ index, reason });
      continue;
    }
    const start = values.length;
    try {
      for (let j = 0; j < width; j++)
        values.push(adapter.encode(source[names[j]], columns[j]));
      record.push(index);
    } catch (error) {
      if (!(error instanceof ValueRefused))
        throw error;
      values.length = start;
      refused.push({ index, reason: error.message });
    }
  }
  const count = record.length;
  const all = Array.from({ length: count }, (_, i) => i);
  if (!dedupe)
    return { columns, width, values, record, rows: all, refused, superseded: discarded };
  const positions = columns.flatMap((c, j) => c.key ? [j] : []);
  const byKey = /* @__PURE__ */ new Map();
  for (let row = 0; row < count; row++) {
    const key = keyOf(values, row * width, positions, columns);
    if (dedupe === "last" || !byKey.has(key))
      byKey.set(key, row);
  }
  if (byKey.size === count)
    return { columns, width, values, record, rows: all, refused, superseded: discarded };
  const rows = [...byKey.values()].sort((a, b) => a - b);
  return { columns, width, values, record, rows, refused, superseded: discarded + count - rows.length };
}
function keyOf(values, base, positions, columns) {
  if (positions.length === 1)
    return keyPart(values[base + positions[0]], columns[positions[0]]);
  let key = "";
  for (const p of positions)
    key += `${keyPart(values[base + p], columns[p])}`;
  return key;
}
function keyPart(value, column) {
  if (column.type === "text")
    return typeof value === "string" ? value : comparable(value, column);
  if (typeof value === "number" && Number.isSafeInteger(value))
    return value;
  const text = comparable(value, column);
  return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
}
function rowParameters(batch, rows, from, to) {
  const { values, width } = batch;
  const parameters = new Array((to - from) * width);
  let k = 0;
  for (let i = from; i < to; i++) {
    const base = rows[i] * width;
    for (let j = 0; j < width; j++)
      parameters[k++] = values[base + j];
  }
  return parameters;
}
function keyParameters(batch, rows, from, to) {
  const positions = batch.columns.flatMap((c, j) => c.key ? [j] : []);
  const parameters = [];
  for (let i = from; i < to; i++) {
    const base = rows[i] * batch.width;
    for (const p of positions)
      parameters.push(batch.values[base + p]);
  }
  return parameters;
}

// packages/connectors/dist/sql/_sql-statements.js
import { sql as sql2 } from "kysely";
var MAX_SHAPES = 64;
function createWriteStatements(db, adapter, table, columns, keys) {
  const cache = /* @__PURE__ */ new Map();
  const cached = (shape, expected, build2) => {
    let text = cache.get(shape);
    if (text === void 0) {
      const compiled = build2();
      if (compiled.parameters.length !== expected) {
        throw new Error(`internal: ${shape} statement has ${compiled.parameters.length} parameters, expected ${expected}`);
      }
      text = compiled.sql;
      if (cache.size >= MAX_SHAPES)
        cache.delete(cache.keys().next().value);
      cache.set(shape, text);
    }
    return text;
  };
  const placeholderRow = Object.fromEntries(columns.map((c) => [c.name, null]));
  const nonKeys = columns.filter((c) => !c.key);
  const ref = (name) => sql2.ref(name);
  const stored = (name) => sql2.ref(`${table}.${name}`);
  const build = (rows, onKey) => {
    let query = db.insertInto(table).values(Array.from({ length: rows }, () => placeholderRow));
    const ignore = onKey === "ignore" || onKey === "update" && nonKeys.length === 0;
    if (adapter.upsertStyle === "on-conflict") {
      if (ignore)
        query = query.onConflict((oc) => oc.columns(keys).doNothing());
      else if (onKey === "update") {
        const set = Object.fromEntries(nonKeys.map((c) => [c.name, sql2`excluded.${ref(c.name)}`]));
        const differs = nonKeys.map((c) => adapter.differs(stored(c.name), sql2`excluded.${ref(c.name)}`, c));
        query = query.onConflict((oc) => oc.columns(keys).doUpdateSet(set).where(sql2`${sql2.join(differs, sql2` or `)}`));
      }
      if (onKey !== "error" && adapter.insertedFlag)
        return query.returning(sql2`${sql2.raw(adapter.insertedFlag)}`.as("inserted")).compile();
      return query.compile();
    }
    if (ignore)
      return query.onDuplicateKeyUpdate({ [keys[0]]: ref(keys[0]) }).compile();
    if (onKey === "update") {
      const fresh = (c) => sql2`values(${ref(c.name)})`;
      const value = (c) => adapter.updateValue?.(sql2`${ref(c.name)}`, fresh(c), c) ?? fresh(c);
      return query.onDuplicateKeyUpdate(Object.fromEntries(nonKeys.map((c) => [c.name, value(c)]))).compile();
    }
    return query.compile();
  };
  return {
    insert: (rows, onKey) => cached(`insert ${onKey} ${rows}`, rows * columns.length, () => build(rows, onKey)),
    countStored: (rows) => cached(`count ${rows}`, rows * keys.length, () => {
      const tuple = () => sql2`(${sql2.join(keys.map(() => null))})`;
      const where = keys.length === 1 ? sql2`${ref(keys[0])} in (${sql2.join(Array.from({ length: rows }, () => null))})` : sql2`(${sql2.join(keys.map(ref))}) in (${sql2.join(Array.from({ length: rows }, tuple))})`;
      return db.selectFrom(table).select(sql2`count(*)`.as("n")).where(where).compile();
    })
  };
}
function chunkSizes(rows, perStatement) {
  const sizes = [];
  let left = rows;
  while (left >= perStatement) {
    sizes.push(perStatement);
    left -= perStatement;
  }
  for (let size = 1 << Math.floor(Math.log2(Math.max(1, left))); left > 0; size >>= 1) {
    if (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

// packages/connectors/dist/sql/_sql-apply.js
function createDirectApply(adapter, statements, mode, perStatement) {
  const onKey = mode === "upsert" ? "update" : mode === "insert_new" ? "ignore" : "error";
  const run = async (trx, text, parameters) => trx.executeQuery(CompiledQuery.raw(text, parameters));
  const chunk = async (trx, batch, rows, from, size) => {
    const to = from + size;
    if (onKey === "error") {
      await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      return { inserted: size, updated: 0, skipped: 0 };
    }
    if (adapter.insertedFlag) {
      const result2 = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      let inserted = 0;
      for (const row of result2.rows)
        if (row.inserted === true)
          inserted += 1;
      const updated = result2.rows.length - inserted;
      return { inserted, updated, skipped: size - inserted - updated };
    }
    if (onKey === "ignore" && adapter.upsertStyle === "on-conflict") {
      const result2 = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      const inserted = Number(result2.numAffectedRows ?? 0);
      return { inserted, updated: 0, skipped: size - inserted };
    }
    if (adapter.takeDuplicates && size > 1) {
      adapter.takeDuplicates();
      const result2 = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      const stored2 = adapter.takeDuplicates();
      if (stored2 !== void 0)
        return onDuplicateKeyCounts(adapter, onKey, size, stored2, Number(result2.numAffectedRows ?? 0));
      throw new Error(`${adapter.name}: the INSERT reported no "Duplicates" count`);
    }
    const counted = await run(trx, statements.countStored(size), keyParameters(batch, rows, from, to));
    const stored = Number(counted.rows[0].n);
    const result = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
    return onDuplicateKeyCounts(adapter, onKey, size, stored, Number(result.numAffectedRows ?? 0));
  };
  return async (trx, batch, rows) => {
    const total = { inserted: 0, updated: 0, skipped: 0 };
    let from = 0;
    for (const size of chunkSizes(rows.length, perStatement)) {
      const counts = await chunk(trx, batch, rows, from, size);
      total.inserted += counts.inserted;
      total.updated += counts.updated;
      total.skipped += counts.skipped;
      from += size;
    }
    return total;
  };
}
function onDuplicateKeyCounts(adapter, onKey, size, stored, affected) {
  const inserted = size - stored;
  if (onKey === "ignore")
    return { inserted, updated: 0, skipped: stored };
  const updated = adapter.upsertStyle === "on-conflict" ? affected - inserted : adapter.foundRows ? affected - size : (affected - inserted) / 2;
  return { inserted, updated, skipped: stored - updated };
}

// packages/connectors/dist/sql/_sql-compare-apply.js
import { sql as sql3 } from "kysely";
function createCompareApply(table, adapter, options, perStatement) {
  const keys = options.key ?? [];
  const keyOf2 = (row, keyColumns) => keyColumns.map((c) => comparable(row[c.name], c)).join("");
  const insert = async (trx, rows, columns, onKey) => {
    const nonKeys = columns.filter((c) => !c.key);
    let written = 0;
    for (let i = 0; i < rows.length; i += perStatement) {
      let query = trx.insertInto(table).values(rows.slice(i, i + perStatement));
      if (onKey === "ignore" || nonKeys.length === 0) {
        query = adapter.upsertStyle === "on-conflict" ? query.onConflict((oc) => oc.columns(keys).doNothing()) : query.onDuplicateKeyUpdate({ [keys[0]]: sql3.ref(keys[0]) });
      } else {
        query = adapter.upsertStyle === "on-conflict" ? query.onConflict((oc) => oc.columns(keys).doUpdateSet(Object.fromEntries(nonKeys.map((c) => [c.name, sql3`excluded.${sql3.ref(c.name)}`])))) : query.onDuplicateKeyUpdate(Object.fromEntries(nonKeys.map((c) => [c.name, sql3`values(${sql3.ref(c.name)})`])));
      }
      const result = await query.executeTakeFirst();
      written += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return written;
  };
  const storedRows = async (trx, rows, columns) => {
    const found = /* @__PURE__ */ new Map();
    const keyColumns = keys.map((k) => columns.find((c) => c.name === k));
    const perQuery = Math.max(1, Math.floor(adapter.maxParameters / keys.length));
    for (let i = 0; i < rows.length; i += perQuery) {
      const chunk = rows.slice(i, i + perQuery);
      const where = keys.length === 1 ? sql3`${sql3.ref(keys[0])} in (${sql3.join(chunk.map((r) => r[keys[0]]))})` : sql3`(${sql3.join(keys.map((k) => sql3.ref(k)))}) in (${sql3.join(chunk.map((r) => sql3`(${sql3.join(keys.map((k) => r[k]))})`))})`;
      const selected = await trx.selectFrom(table).select(columns.map((c) => c.name)).where(where).execute();
      for (const row of selected)
        found.set(keyOf2(row, keyColumns), row);
    }
    return found;
  };
  return async (trx, batch, which) => {
    const { columns } = batch;
    const flat = rowParameters(batch, which, 0, which.length);
    const rows = which.map((_, i) => Object.fromEntries(columns.map((c, j) => [c.name, flat[i * batch.width + j]])));
    const keyColumns = keys.map((k) => columns.find((c) => c.name === k));
    const stored = await storedRows(trx, rows, columns);
    const fresh = rows.filter((r) => !stored.has(keyOf2(r, keyColumns)));
    if (options.mode === "insert_new") {
      const inserted = fresh.length ? await insert(trx, fresh, columns, "ignore") : 0;
      return { inserted, updated: 0, skipped: rows.length - inserted };
    }
    const nonKeys = columns.filter((c) => !c.key);
    const changed = rows.filter((r) => {
      const old = stored.get(keyOf2(r, keyColumns));
      return old !== void 0 && nonKeys.some((c) => comparable(old[c.name], c) !== comparable(r[c.name], c));
    });
    if (fresh.length || changed.length)
      await insert(trx, [...fresh, ...changed], columns, "update");
    return { inserted: fresh.length, updated: changed.length, skipped: rows.length - fresh.length - changed.length };
  };
}

// packages/connectors/dist/sql/_sql-isolate.js
import { sql as sql4 } from "kysely";
var RowsRefused = class extends Error {
  reason;
  constructor(reason, options) {
    super(reason, options);
    this.reason = reason;
    this.name = "RowsRefused";
  }
};
async function isolateRefused(trx, items, failed, write, refusal) {
  const found = { results: [], refused: [], attempts: 0 };
  const attempt = async (part) => {
    const savepoint = sql4.raw(`syncengine_isolate_${++found.attempts}`);
    await sql4`savepoint ${savepoint}`.execute(trx);
    try {
      found.results.push(await write(part));
    } catch (error) {
      const reason = refusal(error);
      if (reason === void 0)
        throw error;
      await sql4`rollback to savepoint ${savepoint}`.execute(trx);
      await sql4`release savepoint ${savepoint}`.execute(trx);
      return reason;
    }
    await sql4`release savepoint ${savepoint}`.execute(trx);
    return void 0;
  };
  const split = async (part, reason) => {
    if (part.length === 1) {
      found.refused.push({ item: part[0], reason });
      return;
    }
    const middle = Math.ceil(part.length / 2);
    for (const half of [part.slice(0, middle), part.slice(middle)]) {
      const refused = await attempt(half);
      if (refused !== void 0)
        await split(half, refused);
    }
  };
  await split(items, failed);
  return found;
}

// packages/connectors/dist/sql/_sql-batch-writer.js
async function createBatchWriter(db, adapter, table, options, ctx) {
  const tag = `[sink:${adapter.name}]`;
  const keys = options.key ?? [];
  const keyed = options.mode === "insert_new" || options.mode === "upsert";
  const unique = !keyed || table.created || (await adapter.hasUniqueKey?.(db, table.name, keys) ?? false);
  const direct = unique && (options.mode !== "upsert" || (adapter.upsertStyle === "on-conflict" ? !!adapter.differs : true));
  if (keyed && !direct)
    ctx.logger.debug(`table ${table.name}: no unique index on (${keys.join(", ")}): stored rows are read and compared`);
  const totals = { inserted: 0, updated: 0, skipped: 0, refused: 0, batches: 0 };
  const appliers = /* @__PURE__ */ new Map();
  const columnsFor = ({ records, skip }) => {
    if (table.declared)
      return table.columns;
    const present = /* @__PURE__ */ new Set();
    records.forEach((record, index) => {
      if (!skip.has(index))
        for (const field of Object.keys(record))
          present.add(field);
    });
    const columns = table.columns.filter((c) => present.has(c.name) || c.key);
    if (!columns.length && skip.size < records.length) {
      throw new SinkError(`${tag} no record field matches a column of "${table.name}" (columns: ${table.columns.map((c) => c.name).join(", ")})`);
    }
    return columns;
  };
  const applierFor = (columns) => {
    const shape = columns.map((c) => `${c.name} ${c.type}`).join(",");
    let apply = appliers.get(shape);
    if (!apply) {
      const perStatement = Math.max(1, Math.min(options.rows_per_statement, Math.floor(adapter.maxParameters / columns.length)));
      apply = direct ? createDirectApply(adapter, createWriteStatements(db, adapter, table.name, columns, keys), options.mode, perStatement) : createCompareApply(table.name, adapter, options, perStatement);
      appliers.set(shape, apply);
    }
    return apply;
  };
  const add = (a, b) => ({
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    skipped: a.skipped + b.skipped
  });
  return {
    prepare: (screened) => encodeBatch(screened.records, columnsFor(screened), adapter, keyed ? options.mode === "upsert" ? "last" : "first" : void 0, screened.skip),
    async write(trx, batch, failed) {
      const superseded = { inserted: 0, updated: 0, skipped: batch.superseded };
      if (!batch.rows.length)
        return { counts: superseded, refused: batch.refused };
      const apply = applierFor(batch.columns);
      if (failed === void 0) {
        try {
          return { counts: add(superseded, await apply(trx, batch, batch.rows)), refused: batch.refused };
        } catch (error) {
          const reason = adapter.refusal(error);
          throw reason === void 0 ? error : new RowsRefused(reason, { cause: error });
        }
      }
      const found = await isolateRefused(trx, batch.rows, failed, (part) => apply(trx, batch, part), adapter.refusal);
      ctx.logger.debug(`table ${table.name}: isolated ${found.refused.length} refused row(s) in ${found.attempts} savepoint(s)`);
      const refused = [...batch.refused, ...found.refused.map(({ item, reason }) => ({ index: batch.record[item], reason }))];
      return { counts: found.results.reduce(add, superseded), refused };
    },
    result(written, records, extra) {
      totals.inserted += written.counts.inserted;
      totals.updated += written.counts.updated;
      totals.skipped += written.counts.skipped;
      totals.refused += written.refused.length;
      totals.batches += 1;
      if (!written.refused.length)
        return { ...written.counts, ...extra };
      const refused = [...written.refused].sort((x, y) => x.index - y.index);
      ctx.logger.warn(`table ${table.name}: ${refused.length} of ${records.length} record(s) refused, the others are written`);
      return { ...written.counts, ...extra, rejected: refused.map(({ index, reason }) => ({ index, reasons: [reason] })) };
    },
    summary: () => `table ${table.name} (${options.mode}): ${totals.inserted} inserted, ${totals.updated} updated, ${totals.skipped} unchanged${totals.refused ? `, ${totals.refused} refused` : ""} in ${totals.batches} batch(es)`
  };
}

// packages/connectors/dist/sql/_sql-infer.js
var ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;
var INT32 = 2147483647;
var NUMERIC = ["integer", "bigint", "number"];
function inferType(value) {
  if (value === null || value === void 0)
    return void 0;
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return Number.isInteger(value) && Math.abs(value) <= INT32 ? "integer" : "number";
    case "string":
      return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value.replace(" ", "T"))) ? "timestamp" : "text";
    case "object":
      return value instanceof Date ? "timestamp" : Buffer.isBuffer(value) ? "text" : "json";
    default:
      return "text";
  }
}
function widenType(a, b) {
  if (a === b)
    return a;
  if (NUMERIC.includes(a) && NUMERIC.includes(b))
    return a === "number" || b === "number" ? "number" : "bigint";
  return "text";
}
function inferFields(records) {
  const fields = /* @__PURE__ */ new Map();
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      const type = inferType(value);
      const known = fields.get(field);
      if (type === void 0) {
        if (!fields.has(field))
          fields.set(field, void 0);
      } else
        fields.set(field, known === void 0 ? type : widenType(known, type));
    }
  }
  return fields;
}

// packages/connectors/dist/sql/_sql-table.js
import { sql as sql5 } from "kysely";

// packages/connectors/dist/sql/sql-dialect-adapter.js
function encodeCommon(value, column, formatInstant, formatCanonical) {
  if (value === void 0 || value === null)
    return null;
  switch (column.type) {
    case "json":
      return JSON.stringify(value);
    case "timestamp":
      if (isCanonicalInstant(value)) {
        if (formatCanonical)
          return formatCanonical(value);
        if (!formatInstant)
          return value;
      }
      return formatInstant ? formatInstant(toInstant(value, column.name)) : toInstant(value, column.name).toISOString();
    case "date":
      return toDateOnly(value, column.name);
    case "decimal":
    case "bigint":
    case "integer":
    case "number":
      return toNumeric(value, column);
    case "boolean":
      return toBoolean(value, column);
    case "text":
      if (typeof value === "number" || typeof value === "boolean")
        return String(value);
      break;
    default:
      break;
  }
  if (value instanceof Date)
    return value.toISOString();
  if (typeof value === "bigint")
    return String(value);
  if (typeof value === "object")
    return JSON.stringify(value);
  return value;
}
function bindCommon(value) {
  if (value === void 0 || value === null)
    return null;
  if (value instanceof Date)
    return value.toISOString();
  if (typeof value === "bigint")
    return String(value);
  if (typeof value === "object" && !Buffer.isBuffer(value))
    return JSON.stringify(value);
  return value;
}
function columnTypeOf(dataType) {
  const t = dataType.toLowerCase();
  if (t === "tinyint(1)" || t.startsWith("bool"))
    return "boolean";
  if (t.startsWith("json"))
    return "json";
  if (t.startsWith("timestamp") || t.startsWith("datetime"))
    return "timestamp";
  if (t === "date")
    return "date";
  if (t.startsWith("numeric") || t.startsWith("decimal"))
    return "decimal";
  if (t.startsWith("bigint") || t === "int8")
    return "bigint";
  if (/^(int|integer|smallint|mediumint|tinyint|int2|int4)\b/.test(t))
    return "integer";
  if (/^(real|double|float)/.test(t))
    return "number";
  return "text";
}

// packages/connectors/dist/sql/_sql-table.js
async function prepareTable(db, adapter, options, render, logger) {
  if (hasTemplate(options.table)) {
    for (const part of parseTemplate(options.table)) {
      if (typeof part === "string")
        continue;
      const value = render(part.raw);
      if (value === void 0 || value === null || value === "") {
        throw new SinkError(`[sink:${adapter.name}] table ${JSON.stringify(options.table)}: ${part.raw} has no value in this run`);
      }
    }
  }
  const rendered = render(options.table);
  const name = typeof rendered === "string" ? rendered : String(rendered ?? "");
  if (!isSafeIdentifier(name)) {
    throw new SinkError(`[sink:${adapter.name}] table name ${JSON.stringify(name)} is not a safe identifier: use letters, digits and "_", starting with a letter or "_"`);
  }
  const keys = options.key ?? [];
  const declared = declaredColumns(options);
  const existing = await adapter.tableColumns(db, name);
  let columns;
  let created = false;
  if (!existing) {
    if (!options.create_table)
      throw new SinkError(`[sink:${adapter.name}] table "${name}" does not exist (create_table is false)`);
    if (!declared)
      return { name, columns: [], declared: false, created: true, exists: false };
    await createTable(db, adapter, name, declared, keys);
    logger.info(`created table ${name} (${declared.map((c) => `${c.name} ${adapter.columnType(c)}`).join(", ")})`);
    columns = declared;
    created = true;
  } else if (declared) {
    const have = new Set(existing.map((c) => c.name));
    const missing = declared.filter((c) => !have.has(c.name));
    if (missing.length && !options.add_new_columns) {
      const names = missing.map((c) => `"${c.name}"`).join(", ");
      const them = missing.length > 1 ? "them" : "it";
      throw new SinkError(`[sink:${adapter.name}] table "${name}" has no column ${names}; add ${them} to the table or remove ${them} from columns:`);
    }
    const missingKeys = missing.filter((c) => c.key);
    if (missingKeys.length) {
      throw new SinkError(`[sink:${adapter.name}] table "${name}" has no key column ${missingKeys.map((c) => `"${c.name}"`).join(", ")}; add_new_columns cannot add key columns`);
    }
    for (const column of missing) {
      const added = { ...column, nullable: true };
      await addColumn(db, adapter, name, added);
      logger.info(`added column ${column.name} ${adapter.columnType(added)} to table ${name}`);
    }
    columns = declared;
  } else {
    columns = existing.map((c) => ({
      name: c.name,
      type: columnTypeOf(c.dataType),
      nullable: true,
      ...keys.includes(c.name) ? { key: true } : {}
    }));
  }
  const unknownKeys = keys.filter((k) => !columns.some((c) => c.name === k));
  if (unknownKeys.length)
    throw new SinkError(`[sink:${adapter.name}] key column ${unknownKeys.join(", ")} is not among the columns of "${name}"`);
  return { name, columns, declared: declared !== void 0, created, exists: true };
}
function declaredColumns(options) {
  if (!options.columns)
    return void 0;
  const keys = options.key ?? [];
  return Object.entries(options.columns).map(([name, spec]) => {
    const s = typeof spec === "string" ? { type: spec } : spec;
    const key = keys.includes(name);
    const column = { name, type: s.type, nullable: (s.nullable ?? true) && !key, ...key ? { key } : {} };
    if (s.precision !== void 0)
      column.precision = s.precision;
    if (s.scale !== void 0)
      column.scale = s.scale;
    return column;
  });
}
async function addColumn(db, adapter, table, column) {
  await db.schema.alterTable(table).addColumn(column.name, sql5.raw(adapter.columnType(column))).execute();
}
async function createTable(db, adapter, table, columns, keys) {
  let builder = db.schema.createTable(table).ifNotExists();
  for (const column of columns) {
    builder = builder.addColumn(column.name, sql5.raw(adapter.columnType(column)), (c) => column.nullable ? c : c.notNull());
  }
  if (keys.length)
    builder = builder.addPrimaryKeyConstraint(`${table}_pkey`.slice(0, 63), keys);
  if (adapter.tableOptions)
    builder = builder.modifyEnd(sql5.raw(adapter.tableOptions));
  await builder.execute();
}

// packages/connectors/dist/sql/_sql-evolve.js
var NOTHING = /* @__PURE__ */ new Map();
function surelyFits(inferred, column) {
  if (inferred === column || column === "text" || column === "json")
    return true;
  if (inferred === "integer")
    return column === "bigint" || column === "number" || column === "decimal";
  return inferred === "number" && column === "decimal";
}
function createTableEvolution(adapter, table, options, logger) {
  const tag = `[sink:${adapter.name}]`;
  const keys = options.key ?? [];
  const policy = options.schema ?? "evolve";
  const spec = (name, type) => keys.includes(name) ? { name, type, nullable: false, key: true } : { name, type, nullable: true };
  const create = async (records, db) => {
    const fields = inferFields(records);
    const absent = keys.filter((k) => !fields.has(k));
    if (absent.length)
      throw new SinkError(`${tag} table "${table.name}": key ${absent.map((k) => `"${k}"`).join(", ")} is not a field of the records`);
    const columns = [...fields].flatMap(([name, type]) => type || keys.includes(name) ? [spec(name, type ?? "text")] : []);
    await createTable(db, adapter, table.name, columns, keys);
    logger.info(`created table ${table.name} from the records (${columns.map((c) => `${c.name} ${adapter.columnType(c)}`).join(", ")})`);
    table.columns = columns;
    table.exists = true;
  };
  return {
    async screen(records, target) {
      if (table.declared || !records.length)
        return { records, skip: NOTHING };
      if (!table.exists) {
        await create(records, target.create);
        return { records, skip: NOTHING };
      }
      const byName = new Map(table.columns.map((c) => [c.name, c]));
      const fields = inferFields(records);
      const unknown = /* @__PURE__ */ new Map();
      for (const [name, type] of fields)
        if (type && !byName.has(name))
          unknown.set(name, type);
      const misfits = /* @__PURE__ */ new Map();
      for (const [name, type] of fields) {
        const column = byName.get(name);
        if (!type || !column || surelyFits(type, column.type))
          continue;
        records.forEach((record, index) => {
          const value = record[name];
          try {
            adapter.encode(value, column);
          } catch (error) {
            if (!(error instanceof ValueRefused))
              throw error;
            const found = misfits.get(name) ?? { rows: [], widened: column.type };
            found.rows.push(index);
            found.widened = widenType(found.widened, inferType(value) ?? column.type);
            misfits.set(name, found);
          }
        });
      }
      if (!unknown.size && !misfits.size)
        return { records, skip: NOTHING };
      if (policy === "evolve") {
        const changes = unknown.size + [...misfits.keys()].filter((name) => !byName.get(name).key).length;
        if (changes && !target.alter) {
          throw new SinkError(`${tag} table "${table.name}": ${adapter.name} cannot change a table inside a replace load (new or wider columns: ${[...unknown.keys(), ...misfits.keys()].join(", ")}); declare columns, or load once with another mode`);
        }
        for (const [name, type] of unknown) {
          const column = spec(name, type);
          await addColumn(target.alter, adapter, table.name, { ...column, nullable: true });
          logger.info(`added column ${name} ${adapter.columnType(column)} to table ${table.name}`);
          table.columns.push({ ...column, nullable: true });
        }
        for (const [name, { widened }] of misfits) {
          const column = byName.get(name);
          if (column.key)
            continue;
          const wider = { ...column, type: widened };
          await adapter.widenColumn(target.alter, table.name, wider);
          logger.info(`widened column ${name} of table ${table.name} from ${adapter.columnType(column)} to ${adapter.columnType(wider)}`);
          column.type = widened;
        }
        return { records, skip: NOTHING };
      }
      const skip = /* @__PURE__ */ new Map();
      const dropped = /* @__PURE__ */ new Map();
      const mark = (index, field, reason) => {
        if (policy === "discard_columns")
          dropped.set(index, (dropped.get(index) ?? /* @__PURE__ */ new Set()).add(field));
        else if (!skip.has(index))
          skip.set(index, policy === "freeze" ? reason : void 0);
      };
      records.forEach((record, index) => {
        for (const name of unknown.keys()) {
          const value = record[name];
          if (value !== void 0 && value !== null)
            mark(index, name, `field "${name}" is not a column of table "${table.name}" (schema: freeze)`);
        }
      });
      if (policy !== "freeze") {
        for (const [name, { rows }] of misfits) {
          if (!byName.get(name).key)
            for (const index of rows)
              mark(index, name, "");
        }
      }
      if (policy === "discard_records" && skip.size)
        logger.warn(`table ${table.name}: ${skip.size} record(s) discarded (schema: discard_records)`);
      if (!dropped.size)
        return { records, skip };
      const kept = records.map((record, index) => {
        const fields2 = dropped.get(index);
        if (!fields2)
          return record;
        const copy = { ...record };
        for (const field of fields2)
          delete copy[field];
        return copy;
      });
      return { records: kept, skip };
    }
  };
}

// packages/connectors/dist/sql/_sql-hooks.js
import { sql as sql6 } from "kysely";
async function runHooks(executor, statements, phase, where) {
  for (const [i, statement] of statements.entries()) {
    try {
      await sql6.raw(statement).execute(executor);
    } catch (error) {
      throw new SinkError(`${where.tag} ${phase}[${i}] failed: ${error.message}`, { cause: error });
    }
  }
  if (statements.length)
    where.logger.debug(`ran ${statements.length} ${phase} statement(s) on ${where.table}`);
}

// packages/connectors/dist/sql/_sql-replace-writer.js
import { sql as sql7 } from "kysely";
async function openReplaceWriter(db, adapter, options, writer, evolution, table, where) {
  const trx = await db.startTransaction().execute();
  let open = true;
  const rollback = async () => {
    if (!open)
      return;
    open = false;
    await trx.rollback().execute();
  };
  try {
    await runHooks(trx, options.before, "before", where);
    if (!table.exists) {
    } else if (adapter.transactionalTruncate)
      await sql7`truncate table ${sql7.table(where.table)}`.execute(trx);
    else
      await trx.deleteFrom(where.table).execute();
  } catch (error) {
    await rollback().catch(() => {
    });
    throw error;
  }
  return {
    async write(records) {
      const target = adapter.transactionalDdl ? { create: trx, alter: trx } : { create: db };
      const batch = writer.prepare(await evolution.screen(records, target));
      await sql7`savepoint syncengine_batch`.execute(trx);
      let written;
      try {
        written = await writer.write(trx, batch);
      } catch (error) {
        if (!(error instanceof RowsRefused))
          throw error;
        await sql7`rollback to savepoint syncengine_batch`.execute(trx);
        written = await writer.write(trx, batch, error.reason);
      }
      await sql7`release savepoint syncengine_batch`.execute(trx);
      return writer.result(written, records, { deferred: true });
    },
    async finish() {
      await runHooks(trx, options.after, "after", where);
      await trx.commit().execute();
      open = false;
      where.logger.info(writer.summary());
    },
    async close() {
      if (open)
        where.logger.warn(`table ${where.table}: the replace load did not finish; rolling back, the previous rows stay`);
      await rollback();
    }
  };
}

// packages/connectors/dist/sql/sql-writer.js
async function openSqlWriter(db, adapter, options, ctx, target = {}) {
  const table = await prepareTable(db, adapter, options, ctx.render, ctx.logger);
  const writer = await createBatchWriter(db, adapter, table, options, ctx);
  const evolution = createTableEvolution(adapter, table, options, ctx.logger);
  const where = { tag: `[sink:${adapter.name}]`, table: table.name, logger: ctx.logger };
  if (options.mode === "replace")
    return openReplaceWriter(db, adapter, options, writer, evolution, table, where);
  await runHooks(db, options.before, "before", where);
  return {
    async write(records, writeCtx) {
      const checkpoint = writeCtx?.checkpoint;
      const together = checkpoint !== void 0 && target.identity !== void 0 && checkpoint.stateIdentity === target.identity;
      const batch = writer.prepare(await evolution.screen(records, { create: db, alter: db }));
      const attempt = (failed) => db.transaction().execute(async (trx) => {
        const written2 = await writer.write(trx, batch, failed);
        if (together)
          await checkpoint.writeWith(trx);
        return written2;
      });
      let written;
      try {
        written = await attempt();
      } catch (error) {
        if (!(error instanceof RowsRefused))
          throw error;
        written = await attempt(error.reason);
      }
      return writer.result(written, records, together ? { checkpointed: true } : {});
    },
    async finish() {
      await runHooks(db, options.after, "after", where);
      ctx.logger.info(writer.summary());
    }
  };
}

// packages/connectors/dist/sql/sql-connection.js
function createSqlConnection(options) {
  const { db, adapter, identity } = options;
  return {
    async *read(sourceOptions, ctx) {
      const reader = options.openReader?.();
      try {
        yield* readSql(reader ?? db, adapter, sourceOptions, ctx);
      } finally {
        await reader?.destroy();
      }
    },
    openWriter: (sinkOptions, ctx) => openSqlWriter(db, adapter, sinkOptions, ctx, identity !== void 0 ? { identity } : {}),
    async execute(statement, ctx) {
      const query = compileQueryTemplate(statement, { render: ctx.render, params: {}, bind: adapter.bindParameter, label: "statement" }, adapter);
      const result = await query.execute(db);
      return { rows: Number(result.numAffectedRows ?? result.rows.length) };
    },
    async check() {
      await sql8`select 1`.execute(db);
      return `${adapter.name} answers`;
    },
    close: () => db.destroy()
  };
}
async function verifyServer(db, server) {
  try {
    await sql8`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new SyncError("SOURCE_FAILED", `cannot reach ${server.identity}${server.user ? ` as ${server.user}` : ""}: ${driverErrorMessage(error)}`, {
      cause: error
    });
  }
}

export {
  mysqlDateTime,
  comparable,
  encodeCommon,
  bindCommon,
  createSqlConnection,
  verifyServer
};
