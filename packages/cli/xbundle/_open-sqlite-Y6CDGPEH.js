import {
  SQLITE_ADAPTER,
  SQLITE_SAME_FUNCTION,
  sqliteSame
} from "./chunk-VHNRJIKL.js";
import {
  createSqlConnection
} from "./chunk-WN2DRB5R.js";
import "./chunk-3POCXQQ3.js";
import "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import {
  databaseIdentity,
  parseDatabaseUrl
} from "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import {
  importDriver
} from "./chunk-PM2PRZKI.js";
import {
  SyncError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/connectors/dist/sqlite/_open-sqlite.js
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { Kysely, SqliteDialect } from "kysely";
async function openSqlite(config, ctx) {
  if (config.path !== void 0 && config.url !== void 0)
    throw new SyncError("CONFIG_INVALID", "set either path or url, not both");
  const location = config.url !== void 0 ? parseDatabaseUrl(config.url, ctx.baseDir) : void 0;
  if (location && location.dialect !== "sqlite")
    throw new SyncError("CONFIG_INVALID", "url: not a sqlite: URL");
  const path = location ? location.path : filePath(config.path, ctx.baseDir);
  const { default: Sqlite } = await importDriver("better-sqlite3", () => import("better-sqlite3"), {
    usedBy: "the sqlite connector"
  });
  const open = (file, readonly = false) => openDatabase(Sqlite, file, readonly);
  if (path !== ":memory:")
    mkdirSync(dirname(path), { recursive: true });
  const db = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(open(path)) }) });
  const identity = databaseIdentity({ dialect: "sqlite", path });
  return createSqlConnection({
    db,
    adapter: SQLITE_ADAPTER,
    ...identity ? { identity } : {},
    // SQLite has one connection per handle: a read streams through its own handle so that a
    // stream can read a file while writing to it (or to another table of it).
    ...path !== ":memory:" ? { openReader: () => new Kysely({ dialect: new SqliteDialect({ database: async () => open(path, true) }) }) } : {}
  });
}
function filePath(path, baseDir) {
  return path === ":memory:" || isAbsolute(path) ? path : resolve(baseDir, path);
}
function openDatabase(Sqlite, path, readonly) {
  const database = new Sqlite(path, { readonly, fileMustExist: readonly });
  if (!readonly)
    database.pragma("journal_mode = WAL");
  else
    database.defaultSafeIntegers(true);
  database.pragma("busy_timeout = 5000");
  database.function(SQLITE_SAME_FUNCTION, { deterministic: true }, sqliteSame);
  return database;
}
var STATEMENT_CACHE = 64;
function withStatementCache(database) {
  const cache = /* @__PURE__ */ new Map();
  return {
    close: () => database.close(),
    prepare(text) {
      const cached = cache.get(text);
      if (cached && !cached.busy) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = database.prepare(text);
      if (!cached) {
        cache.set(text, statement);
        if (cache.size > STATEMENT_CACHE)
          cache.delete(cache.keys().next().value);
      }
      return statement;
    }
  };
}
export {
  openSqlite
};
