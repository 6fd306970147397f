import { sql, SelectQueryNode, type Kysely } from 'kysely';
import { compileQueryTemplate } from './_sql-query-template.js';
import { driverErrorMessage, SourceError, SyncError, type Connection, type SyncRecord } from '@syncengine/engine';
import type { SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { SqlSinkOptions, SqlSourceOptions } from './sql-schema.js';
import { readSql, toRecord } from './sql-source.js';
import { openSqlWriter } from './sql-writer.js';

/** What a SQL connector hands to `createSqlConnection`. */
export interface SqlConnectionOptions {
  /** The connection's kysely instance; destroyed on close. */
  db: Kysely<any>;
  adapter: SqlDialectAdapter;
  /** Identity of the database in the state store's format, for batch-and-cursor transactions. */
  identity?: string;
  /**
   * A separate kysely instance for one read, when reads must not share `db`'s connection (SQLite has
   * one connection; a stream reading and writing the same file would wait on itself). Destroyed after the read.
   */
  openReader?: () => Kysely<any>;
}

/**
 * The `Connection` every SQL connector returns over one kysely instance: a source (`read`), a sink
 * (`openWriter`), and `execute` for single statements such as a tenant's write-back, whose runtime
 * references are bound parameters.
 */
export function createSqlConnection(options: SqlConnectionOptions): Connection<SqlSourceOptions, SqlSinkOptions> {
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
    openWriter: (sinkOptions, ctx) => openSqlWriter(db, adapter, sinkOptions, ctx, identity !== undefined ? { identity } : {}),
    async execute(statement, ctx) {
      const query = compileQueryTemplate(
        statement,
        { render: ctx.render, params: {}, bind: adapter.bindParameter, label: 'statement' },
        adapter,
      );
      const result = await query.execute(db);
      return { rows: Number(result.numAffectedRows ?? result.rows.length) };
    },
    async executeMany(statements, ctx) {
      const compile = (statement: string) =>
        compileQueryTemplate(statement, { render: ctx.render, params: {}, bind: adapter.bindParameter, label: 'statement' }, adapter);
      const queries = statements.map(compile);
      const rows: number[] = [];
      await db.transaction().execute(async (trx) => {
        for (const query of queries) {
          const result = await query.execute(trx);
          rows.push(Number(result.numAffectedRows ?? result.rows.length));
        }
      });
      return { rows };
    },
    async query(text, params, { maxRows, timeoutMs }) {
      const refuse = (value: unknown) => {
        throw new SourceError(`query: ${String(value)}: a query takes :name parameters only, no \${...} references`);
      };
      const compiled = compileQueryTemplate(text, { render: refuse, params, bind: adapter.bindParameter, label: 'query' }, adapter);
      const around = adapter.readOnlyQuery?.(timeoutMs) ?? { before: [], after: [] };
      return db.connection().execute((conn) =>
        conn
          .transaction()
          .setAccessMode('read only')
          .execute(async (trx) => {
            for (const statement of around.before) await sql.raw(statement).execute(trx);
            try {
              // Streamed and cut at one row past the limit: memory holds at most maxRows + 1 rows.
              const query = { ...compiled.compile(trx), query: SelectQueryNode.create() };
              const rows: SyncRecord[] = [];
              for await (const result of trx.getExecutor().stream(query, Math.min(maxRows + 1, 500))) {
                for (const row of result.rows) rows.push(toRecord(row as Record<string, unknown>));
                if (rows.length > maxRows) break;
              }
              return rows.slice(0, maxRows + 1);
            } finally {
              for (const statement of around.after) await sql.raw(statement).execute(trx);
            }
          }),
      );
    },
    async check() {
      await sql`select 1`.execute(db);
      return `${adapter.name} answers`;
    },
    close: () => db.destroy(),
  };
}

/**
 * Proves a new pool reaches its server (`select 1`) before any stream uses it; on failure the pool
 * is closed and the error names the server and user, never the password.
 */
export async function verifyServer(db: Kysely<any>, server: { identity: string; user?: string | undefined }): Promise<void> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new SyncError(
      'SOURCE_FAILED',
      `cannot reach ${server.identity}${server.user ? ` as ${server.user}` : ''}: ${driverErrorMessage(error)}`,
      {
        cause: error,
      },
    );
  }
}
