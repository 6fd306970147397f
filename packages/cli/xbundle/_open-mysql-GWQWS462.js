import {
  MARIADB_ADAPTER,
  MYSQL_ADAPTER
} from "./chunk-USJJSOEW.js";
import {
  createSqlConnection,
  verifyServer
} from "./chunk-WN2DRB5R.js";
import {
  resolveServerConnection
} from "./chunk-QNSC5OAB.js";
import "./chunk-3POCXQQ3.js";
import "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import {
  createMysqlDialect
} from "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import {
  driverErrorMessage
} from "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import "./chunk-RLQ4YVQZ.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/connectors/dist/mysql/_open-mysql.js
import { Kysely, sql } from "kysely";

// packages/connectors/dist/mysql/_mysql-duplicates.js
var lastDuplicates;
var patched = /* @__PURE__ */ new WeakSet();
function recordInfo(connection) {
  if (patched.has(connection))
    return connection;
  patched.add(connection);
  const query = connection.query;
  connection.query = function(...args) {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error, result, fields) => {
        const info = result?.info;
        const match = typeof info === "string" ? /Duplicates: (\d+)/.exec(info) : null;
        lastDuplicates = match ? Number(match[1]) : void 0;
        callback(error, result, fields);
      };
    }
    return query.apply(this, args);
  };
  return connection;
}
function withDuplicateCounts(pool, adapter) {
  const view = Object.create(pool);
  view.getConnection = (callback) => pool.getConnection((error, connection) => callback(error, error ? connection : recordInfo(connection)));
  return {
    pool: view,
    adapter: {
      ...adapter,
      takeDuplicates: () => {
        const value = lastDuplicates;
        lastDuplicates = void 0;
        return value;
      }
    }
  };
}

// packages/connectors/dist/mysql/_open-mysql.js
function typeCast(field, next) {
  if (field.type === "TINY" && field.length === 1) {
    const text = field.string();
    return text === null ? null : text === "1";
  }
  return next();
}
function hasJsonEquals(version) {
  const m = /^(\d+)\.(\d+)\..*mariadb/i.exec(version);
  return m !== null && (Number(m[1]) > 10 || Number(m[1]) === 10 && Number(m[2]) >= 7);
}
async function openMysql(config, ctx) {
  const server = resolveServerConnection(config, "mysql");
  if (server.password)
    ctx.redactor.add(server.password);
  let counted;
  const dialect = await createMysqlDialect(
    {
      ...server,
      onIdleError: (error) => ctx.logger.warn(`idle connection to ${server.identity} failed: ${ctx.redactor.redact(driverErrorMessage(error))}`),
      usedBy: "the mysql connector"
    },
    // DATETIME values are UTC both ways; DATE stays `YYYY-MM-DD`; big integers are never rounded.
    { dateStrings: ["DATE"], supportBigNumbers: true, typeCast, enableKeepAlive: true },
    // Connections that record each statement's "Duplicates" count: upserts then need no count of the stored keys.
    (pool) => {
      counted = withDuplicateCounts(pool, MYSQL_ADAPTER);
      return counted.pool;
    }
  );
  const db = new Kysely({ dialect });
  await verifyServer(db, server);
  const { rows } = await sql`select version() as v`.execute(db);
  return createSqlConnection({
    db,
    adapter: {
      ...hasJsonEquals(String(rows[0]?.v)) ? MARIADB_ADAPTER : MYSQL_ADAPTER,
      ...counted?.adapter.takeDuplicates ? { takeDuplicates: counted.adapter.takeDuplicates } : {}
    },
    identity: server.identity
  });
}
export {
  hasJsonEquals,
  openMysql
};
