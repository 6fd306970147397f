import {
  DEFAULT_PORTS,
  databaseIdentity,
  parseDatabaseUrl,
  sslFromParams
} from "./chunk-UFM4XGWW.js";
import {
  SyncError
} from "./chunk-RLQ4YVQZ.js";

// packages/connectors/dist/sql/sql-connection-schema.js
var URL_SCHEMES = { postgres: "postgres://, postgresql://", mysql: "mysql://, mariadb://" };
function serverConnectionSchema(dialect) {
  const example = dialect === "postgres" ? "postgres://app:${env.PG_PASSWORD}@db.example.com:5432/sync" : "mysql://app:${env.MYSQL_PASSWORD}@db.example.com:3306/sync";
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      url: {
        description: `Connection URL (${URL_SCHEMES[dialect]}), e.g. \`${example}\`. Fields given next to it override its parts. Percent-encode special characters in the password.`,
        type: "string",
        pattern: dialect === "postgres" ? "^postgres(ql)?://" : "^(mysql|mariadb)://",
        "x-secret": true
      },
      host: { description: "Server host name or address. Default `localhost`.", type: "string", minLength: 1 },
      port: { description: `Server port. Default ${DEFAULT_PORTS[dialect]}.`, type: "integer", minimum: 1, maximum: 65535 },
      user: { description: "User name.", type: "string", minLength: 1 },
      password: { description: "Password.", type: "string", "x-secret": true },
      database: { description: "Database name; required unless `url` names it.", type: "string", minLength: 1 },
      ssl: {
        description: "`true`: encrypt and verify the server certificate; `no-verify`: encrypt without verifying (self-signed or private-CA servers); `false`: plain. Default: what the URL says (`sslmode`), else plain.",
        type: ["boolean", "string"],
        enum: [true, false, "no-verify"]
      },
      pool_size: { description: "Most connections held open at once.", type: "integer", minimum: 1, maximum: 100, default: 10 }
    },
    allOf: [{ if: { not: { required: ["url"] } }, then: { required: ["database"] } }]
  };
}
function resolveServerConnection(options, dialect) {
  let base = {};
  let ssl;
  if (options.url) {
    const parsed = parseDatabaseUrl(options.url);
    if (parsed.dialect !== dialect)
      throw new SyncError("CONFIG_INVALID", `url: not a ${dialect} URL`);
    base = parsed;
    ssl = sslFromParams(parsed.params);
  }
  if (options.ssl !== void 0)
    ssl = options.ssl === false ? false : { rejectUnauthorized: options.ssl === true };
  const database = options.database ?? base.database;
  if (!database)
    throw new SyncError("CONFIG_INVALID", "no database: set `database` or name it in `url`");
  const location = {
    dialect,
    host: options.host ?? base.host ?? "localhost",
    port: options.port ?? base.port ?? DEFAULT_PORTS[dialect],
    database,
    params: base.params ?? {},
    ...(options.user ?? base.user) !== void 0 ? { user: options.user ?? base.user } : {},
    ...(options.password ?? base.password) !== void 0 ? { password: options.password ?? base.password } : {}
  };
  return {
    host: location.host,
    port: location.port,
    database: location.database,
    ...location.user !== void 0 ? { user: location.user } : {},
    ...location.password !== void 0 ? { password: location.password } : {},
    ...ssl !== void 0 ? { ssl } : {},
    poolSize: options.pool_size,
    identity: databaseIdentity(location)
  };
}

export {
  serverConnectionSchema,
  resolveServerConnection
};
