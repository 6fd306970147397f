import {
  databaseIdentity,
  describeDatabaseUrl,
  parseDatabaseUrl,
  sslFromParams
} from "./chunk-UFM4XGWW.js";
import {
  createKyselyStateStore,
  createSqliteStateStore,
  driverErrorMessage,
  historyOptions
} from "./chunk-OTMD6KH5.js";
import {
  importDriver
} from "./chunk-PM2PRZKI.js";
import {
  StateError
} from "./chunk-RLQ4YVQZ.js";

// packages/engine/dist/state/mysql-state-store.js
import { Kysely } from "kysely";

// packages/engine/dist/sql/create-server-dialect.js
import { MysqlDialect, PostgresDialect } from "kysely";
var CONNECT_TIMEOUT_MS = 1e4;
async function createPostgresDialect(options, extra = {}) {
  const load = { usedBy: options.usedBy, ...options.code ? { code: options.code } : {} };
  const { default: driver } = await importDriver("pg", () => import("pg"), load);
  const cursor = extra.cursor ? (await importDriver("pg-cursor", () => import("pg-cursor"), load)).default : void 0;
  const pool = new driver.Pool({
    host: options.host,
    port: options.port,
    database: options.database,
    ...options.user !== void 0 ? { user: options.user } : {},
    ...options.password !== void 0 ? { password: options.password } : {},
    ...options.ssl !== void 0 ? { ssl: options.ssl } : {},
    max: options.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...extra.pool?.(driver)
  });
  pool.on("error", (error) => options.onIdleError(error));
  return new PostgresDialect({ pool, ...cursor ? { cursor } : {} });
}
async function createMysqlDialect(options, extra = {}, view = (pool) => pool) {
  const load = { usedBy: options.usedBy, ...options.code ? { code: options.code } : {} };
  const { createPool } = await importDriver("mysql2", () => import("mysql2"), load);
  const pool = createPool({
    host: options.host,
    port: options.port,
    database: options.database,
    ...options.user !== void 0 ? { user: options.user } : {},
    ...options.password !== void 0 ? { password: options.password } : {},
    ...options.ssl ? { ssl: options.ssl } : {},
    connectionLimit: options.poolSize,
    connectTimeout: CONNECT_TIMEOUT_MS,
    charset: "utf8mb4",
    timezone: "Z",
    ...extra
  });
  pool.on("connection", (connection) => connection.on("error", (error) => options.onIdleError(error)));
  return new MysqlDialect({ pool: view(pool) });
}
function serverAddressOf(location) {
  return {
    host: location.host,
    port: location.port,
    database: location.database,
    ...location.user !== void 0 ? { user: location.user } : {},
    ...location.password !== void 0 ? { password: location.password } : {}
  };
}

// packages/engine/dist/state/_open-or-destroy.js
async function openOrDestroy(db, location, open) {
  try {
    return await open();
  } catch (error) {
    await db.destroy().catch(() => {
    });
    const where = databaseIdentity(location);
    throw new StateError(`cannot open the state store at ${where}: ${driverErrorMessage(error)}`, { cause: error });
  }
}

// packages/engine/dist/state/mysql-state-store.js
async function createMysqlStateStore(options) {
  const location = parseDatabaseUrl(options.url);
  if (location.dialect !== "mysql")
    throw new StateError(`not a MySQL URL: ${describeDatabaseUrl(options.url)}`);
  const ssl = sslFromParams(location.params);
  const dialect = await createMysqlDialect({
    ...serverAddressOf(location),
    ...ssl ? { ssl } : {},
    poolSize: options.poolSize ?? 4,
    onIdleError: () => {
    },
    usedBy: "the MySQL state store",
    code: "STATE_FAILED"
  });
  const db = new Kysely({ dialect });
  return openOrDestroy(db, location, () => createKyselyStateStore(db, { ...historyOptions(options), upsertStyle: "on-duplicate-key", identity: databaseIdentity(location) }));
}

// packages/engine/dist/state/postgres-state-store.js
import { Kysely as Kysely2 } from "kysely";
async function createPostgresStateStore(options) {
  const location = parseDatabaseUrl(options.url);
  if (location.dialect !== "postgres")
    throw new StateError(`not a PostgreSQL URL: ${describeDatabaseUrl(options.url)}`);
  const ssl = sslFromParams(location.params);
  const dialect = await createPostgresDialect({
    ...serverAddressOf(location),
    ...ssl !== void 0 ? { ssl } : {},
    poolSize: options.poolSize ?? 4,
    // The store has no logger: a dropped idle connection is replaced by the pool, and the next
    // query that cannot get one fails with its own error.
    onIdleError: () => {
    },
    usedBy: "the PostgreSQL state store",
    code: "STATE_FAILED"
  });
  const db = new Kysely2({ dialect });
  const schema = options.schema ?? location.params.schema;
  return openOrDestroy(db, location, () => createKyselyStateStore(db, {
    ...historyOptions(options),
    upsertStyle: "on-conflict",
    identity: databaseIdentity(location),
    ...schema ? { schema } : {}
  }));
}

// packages/engine/dist/state/create-state-store.js
async function createStateStore(url, options = {}) {
  const location = parseDatabaseUrl(url, options.baseDir);
  const store = historyOptions(options);
  switch (location.dialect) {
    case "sqlite":
      return createSqliteStateStore({ path: location.path, ...store });
    case "postgres":
      return createPostgresStateStore({ url, ...store });
    case "mysql":
      return createMysqlStateStore({ url, ...store });
  }
}

export {
  createPostgresDialect,
  createMysqlDialect,
  createMysqlStateStore,
  createPostgresStateStore,
  createStateStore
};
