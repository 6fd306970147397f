import {
  POSTGRES_ADAPTER
} from "./chunk-UVMJULST.js";
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
  createPostgresDialect
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

// packages/connectors/dist/postgres/_open-postgres.js
import { Kysely } from "kysely";
function typeParsers(types) {
  return {
    getTypeParser(oid, format) {
      if (format !== "binary") {
        if (oid === types.builtins.INT8)
          return (v) => Number.isSafeInteger(Number(v)) ? Number(v) : v;
        if (oid === types.builtins.DATE)
          return (v) => v;
        if (oid === types.builtins.TIMESTAMP) {
          return (v) => {
            const date = /* @__PURE__ */ new Date(`${v.replace(" ", "T")}Z`);
            return Number.isNaN(date.getTime()) ? v : date;
          };
        }
      }
      return types.getTypeParser(oid, format);
    }
  };
}
async function openPostgres(config, ctx) {
  const server = resolveServerConnection(config, "postgres");
  if (server.password)
    ctx.redactor.add(server.password);
  const dialect = await createPostgresDialect({
    ...server,
    onIdleError: (error) => ctx.logger.warn(`idle connection to ${server.identity} failed: ${ctx.redactor.redact(driverErrorMessage(error))}`),
    usedBy: "the postgres connector"
  }, {
    cursor: true,
    pool: (driver) => ({
      idleTimeoutMillis: 1e4,
      application_name: "syncengine",
      types: typeParsers(driver.types)
    })
  });
  const db = new Kysely({ dialect });
  await verifyServer(db, server);
  return createSqlConnection({ db, adapter: POSTGRES_ADAPTER, identity: server.identity });
}
export {
  openPostgres
};
