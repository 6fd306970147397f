import {
  SyncError
} from "./chunk-RLQ4YVQZ.js";

// packages/engine/dist/state/database-url.js
import { isAbsolute, resolve } from "node:path";
var DEFAULT_PORTS = { postgres: 5432, mysql: 3306 };
var SCHEMES = {
  sqlite: "sqlite",
  postgres: "postgres",
  postgresql: "postgres",
  mysql: "mysql",
  mariadb: "mysql"
};
var SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):/;
function isDatabaseUrl(text) {
  return SCHEME.test(text);
}
function parseDatabaseUrl(text, baseDir = process.cwd()) {
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === void 0)
    return { dialect: "sqlite", path: sqlitePath(text, baseDir) };
  const dialect = SCHEMES[scheme];
  if (!dialect)
    throw new SyncError("CONFIG_INVALID", `unsupported database URL scheme "${scheme}:"; use sqlite:, postgres:// or mysql://`);
  if (dialect === "sqlite") {
    const rest = text.slice(scheme.length + 1).replace(/^\/\/(?=.)/, "");
    if (!rest)
      throw new SyncError("CONFIG_INVALID", "sqlite: URL without a path; write sqlite:path/to/file.db");
    return { dialect, path: sqlitePath(rest, baseDir) };
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new SyncError("CONFIG_INVALID", `invalid ${dialect} URL; write ${scheme}://user:password@host:port/database, with special characters percent-encoded`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  const params = Object.fromEntries(url.searchParams.entries());
  const host = url.hostname ? decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, "$1") : params.host ?? "localhost";
  if (!database)
    throw new SyncError("CONFIG_INVALID", `${dialect} URL ${describeDatabaseUrl(text)} names no database; write ${scheme}://host:port/database`);
  return {
    dialect,
    host,
    port: url.port ? Number(url.port) : DEFAULT_PORTS[dialect],
    ...url.username ? { user: decodeURIComponent(url.username) } : {},
    ...url.password ? { password: decodeURIComponent(url.password) } : {},
    database,
    params
  };
}
function databaseIdentity(location) {
  if (location.dialect === "sqlite")
    return location.path === ":memory:" ? void 0 : `sqlite:${location.path}`;
  return `${location.dialect}://${location.host.toLowerCase()}:${location.port}/${location.database}`;
}
function describeDatabaseUrl(text) {
  return text.replace(/^([A-Za-z][A-Za-z0-9+.-]+:\/\/)[^@/?#]*@/, "$1");
}
function sqlitePath(path, baseDir) {
  if (path === ":memory:")
    return path;
  return isAbsolute(path) ? path : resolve(baseDir, path);
}
function sslFromParams(params) {
  const mode = (params.sslmode ?? params.ssl)?.toLowerCase();
  if (mode === void 0)
    return void 0;
  if (mode === "disable" || mode === "false" || mode === "0" || mode === "allow")
    return false;
  if (mode === "require" || mode === "prefer" || mode === "no-verify")
    return { rejectUnauthorized: false };
  if (mode === "verify-ca" || mode === "verify-full" || mode === "true" || mode === "1")
    return { rejectUnauthorized: true };
  throw new SyncError("CONFIG_INVALID", `unsupported TLS mode "${mode}"; use disable, require, no-verify, verify-ca or verify-full`);
}

export {
  DEFAULT_PORTS,
  isDatabaseUrl,
  parseDatabaseUrl,
  databaseIdentity,
  describeDatabaseUrl,
  sslFromParams
};
