import type { Kysely } from 'kysely';
import type { StreamWriter, WriteContext, WriteResult, WriterContext } from '@syncengine/engine';
import { createBatchWriter, type Written } from './_sql-batch-writer.js';
import { createTableEvolution } from './_sql-evolve.js';
import { runHooks } from './_sql-hooks.js';
import { RowsRefused } from './_sql-isolate.js';
import { openReplaceWriter } from './_sql-replace-writer.js';
import { prepareTable } from './_sql-table.js';
import type { SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { SqlSinkOptions } from './sql-schema.js';

/** Where the sink's database is, to recognise a state store in the same database. */
export interface SqlWriterTarget {
  /** Identity of the sink's database, in the state store's format (`postgres://host:5432/db`); see `StateStore.identity`. */
  identity?: string;
}

/**
 * Opens a writer for one stream on any SQL database; the dialect differences are confined to `adapter`.
 *
 * - `append`, `insert_new`, `upsert`: each batch is one transaction. When the engine's state store lives
 *   in the same database (`target.identity` equals the checkpoint's `stateIdentity`), the batch's cursor
 *   is written in that same transaction, so a batch and its cursor commit together or not at all.
 * - `replace`: one transaction for the whole stream: before hooks, empty the table, every batch,
 *   after hooks, commit in `finish()`. Readers see the old rows until then; `close()` without
 *   `finish()` rolls everything back.
 *
 * Without declared `columns`, the first batch creates the table from the records' values and later
 * batches add and widen columns, or refuse, drop or discard what does not fit (`schema`; _sql-evolve.ts).
 *
 * Records the database refuses (a type, range, length or constraint violation, by error code) do not
 * fail the batch: a value its column cannot hold is refused before any SQL, and when a statement fails on
 * the data the batch is written again (in a new transaction, or from the batch's savepoint in `replace`),
 * this time splitting the rows in halves under savepoints until each refused row is alone. The others and
 * the cursor commit; the refused ones come back in `WriteResult.rejected` with the database's message.
 * Any other error (connection lost, deadlock, lock timeout, disk full) fails the batch as before.
 *
 * Where a unique index covers the key, the database decides what a row is: `ON CONFLICT ... DO UPDATE
 * ... WHERE` the row differs (`ON DUPLICATE KEY UPDATE` on MySQL), counted from what the statement
 * returns or changed; the statement texts are built once per table and shape and reused. Otherwise the
 * stored rows of a batch are read and compared.
 *
 * @example
 * ```ts
 * const writer = await openSqlWriter(db, POSTGRES_ADAPTER, { table: 'orders', mode: 'upsert', key: ['id'], ... }, ctx)
 * await writer.write([{ id: 1, total: '12.50' }])
 * await writer.finish?.()
 * await writer.close?.()
 * ```
 */
export async function openSqlWriter(
  db: Kysely<any>,
  adapter: SqlDialectAdapter,
  options: SqlSinkOptions,
  ctx: WriterContext,
  target: SqlWriterTarget = {},
): Promise<StreamWriter> {
  const table = await prepareTable(db, adapter, options, ctx.render, ctx.logger);
  const writer = await createBatchWriter(db, adapter, table, options, ctx);
  const evolution = createTableEvolution(adapter, table, options, ctx.logger);
  const where = { tag: `[sink:${adapter.name}]`, table: table.name, logger: ctx.logger };
  if (options.mode === 'replace') return openReplaceWriter(db, adapter, options, writer, evolution, table, where);

  // A writer of one partition (another process owns the stream) leaves the stream's before and after statements to the owner.
  if (!ctx.share) await runHooks(db, options.before, 'before', where);
  return {
    // Writers in several processes at once need the table ready: a table inferred from the data is altered as batches come.
    shareable: table.declared,
    async write(records, writeCtx?: WriteContext): Promise<WriteResult> {
      const checkpoint = writeCtx?.checkpoint;
      const together = checkpoint !== undefined && target.identity !== undefined && checkpoint.stateIdentity === target.identity;
      const batch = writer.prepare(await evolution.screen(records, { create: db, alter: db }));
      // The happy path costs nothing extra; only when the database refused a row is the batch written again,
      // isolating the refused rows (a failed statement aborts a PostgreSQL transaction: it starts over).
      const attempt = (failed?: string) =>
        db.transaction().execute(async (trx) => {
          const written = await writer.write(trx, batch, failed);
          if (together) await checkpoint.writeWith(trx);
          return written;
        });
      let written: Written;
      try {
        written = await attempt();
      } catch (error) {
        if (!(error instanceof RowsRefused)) throw error;
        written = await attempt(error.reason);
      }
      return writer.result(written, records, together ? { checkpointed: true } : {});
    },
    async finish() {
      await runHooks(db, options.after, 'after', where);
      ctx.logger.info(writer.summary());
    },
  };
}
