import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { databaseIdentity, importDriver, parseDatabaseUrl, SyncError, type Connection, type ConnectorContext } from '@syncengine/engine';
import { createSqlConnection } from '../sql/sql-connection.js';
import type { SqlSinkOptions, SqlSourceOptions } from '../sql/sql-schema.js';
import { SQLITE_ADAPTER, SQLITE_SAME_FUNCTION, sqliteSame } from './sqlite-adapter.js';
import type { SqliteConnectionConfig } from './sqlite-types.generated.js';

/** Opens the database file of a `type: sqlite` connection (the connector's `connect`). */
export async function openSqlite(
  config: SqliteConnectionConfig,
  ctx: ConnectorContext,
): Promise<Connection<SqlSourceOptions, SqlSinkOptions>> {
  if (config.path !== undefined && config.url !== undefined) throw new SyncError('CONFIG_INVALID', 'set either path or url, not both');
  const location = config.url !== undefined ? parseDatabaseUrl(config.url, ctx.baseDir) : undefined;
  if (location && location.dialect !== 'sqlite') throw new SyncError('CONFIG_INVALID', 'url: not a sqlite: URL');
  const path = location ? location.path : filePath(config.path!, ctx.baseDir);
  const { default: Sqlite } = await importDriver('better-sqlite3', () => import('better-sqlite3'), {
    usedBy: 'the sqlite connector',
  });
  const open = (file: string, readonly = false) => openDatabase(Sqlite, file, readonly, config.cache_mib);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: withStatementCache(open(path)) }) });
  const identity = databaseIdentity({ dialect: 'sqlite', path });
  return createSqlConnection({
    db,
    adapter: SQLITE_ADAPTER,
    ...(identity ? { identity } : {}),
    // SQLite has one connection per handle: a read streams through its own handle so that a
    // stream can read a file while writing to it (or to another table of it).
    ...(path !== ':memory:'
      ? { openReader: () => new Kysely<any>({ dialect: new SqliteDialect({ database: async () => open(path, true) }) }) }
      : {}),
  });
}

function filePath(path: string, baseDir: string): string {
  return path === ':memory:' || isAbsolute(path) ? path : resolve(baseDir, path);
}

function openDatabase(Sqlite: typeof Database, path: string, readonly: boolean, cacheMib: number): Database.Database {
  const database = new Sqlite(path, { readonly, fileMustExist: readonly });
  if (!readonly) database.pragma('journal_mode = WAL');
  // Reads return integers beyond 2^53 exactly (the source turns them into text); others stay numbers.
  else database.defaultSafeIntegers(true);
  database.pragma('busy_timeout = 5000');
  // better-sqlite3 builds SQLite with a 16 MiB page cache: on a load larger than that the cache, and
  // the process, grow until it is full. `cache_mib` (default 2 MiB, SQLite's own default) caps it.
  database.pragma(`cache_size = ${-Math.round(cacheMib * 1024)}`);
  database.function(SQLITE_SAME_FUNCTION, { deterministic: true }, sqliteSame);
  return database;
}

/** How many prepared statements a connection keeps (the writer's statements come in a few shapes per table). */
const STATEMENT_CACHE = 64;

/**
 * The database as kysely's SQLite driver sees it, with prepared statements kept by text: a statement
 * run again (every batch's INSERT) is not compiled again. A statement still being iterated (a streaming
 * read) is not shared: another one is prepared.
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, { statement: Database.Statement; bound: SqliteStatement }>();
  return {
    close: () => database.close(),
    prepare(text) {
      const cached = cache.get(text);
      if (cached && !cached.statement.busy) {
        cache.delete(text);
        cache.set(text, cached);
        return cached.bound;
      }
      const statement = database.prepare(text);
      const bound = withArgumentBinding(statement);
      if (!cached) {
        cache.set(text, { statement, bound });
        if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      }
      return bound;
    },
  };
}

/** Most parameters passed as arguments (64 KiB of stack); a longer list (up to SQLite's 32766) is passed as the array, sparing the stack. */
const MAX_ARGUMENTS = 8192;

/**
 * better-sqlite3 binds parameters given as arguments about a fifth faster than the same values in one
 * (frozen, as kysely passes it) array, and a multi-row INSERT binds thousands per statement: the list is
 * spread, unless a value is an object other than a buffer (as an argument, better-sqlite3 would read it as
 * named parameters).
 */
function withArgumentBinding(statement: Database.Statement): SqliteStatement {
  // A plain loop: kysely freezes the parameter list, and `every` over a frozen array takes a slow path.
  const spread = (parameters: ReadonlyArray<unknown>) => {
    if (parameters.length > MAX_ARGUMENTS) return false;
    for (let i = 0; i < parameters.length; i++) {
      const v = parameters[i];
      if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) return false;
    }
    return true;
  };
  return {
    reader: statement.reader,
    all: (parameters) => (spread(parameters) ? statement.all(...parameters) : statement.all(parameters)),
    run: (parameters) => (spread(parameters) ? statement.run(...parameters) : statement.run(parameters)),
    iterate: (parameters) => (spread(parameters) ? statement.iterate(...parameters) : statement.iterate(parameters)),
  };
}
