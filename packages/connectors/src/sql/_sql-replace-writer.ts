import { sql, type ControlledTransaction, type Kysely } from 'kysely';
import type { ConsolaInstance } from 'consola';
import type { StreamWriter, WriteResult } from '@syncengine/engine';
import type { BatchWriter, Written } from './_sql-batch-writer.js';
import type { TableEvolution } from './_sql-evolve.js';
import { runHooks } from './_sql-hooks.js';
import { RowsRefused } from './_sql-isolate.js';
import type { PreparedTable } from './_sql-table.js';
import type { SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { SqlSinkOptions } from './sql-schema.js';

/**
 * The `replace` writer: one transaction for the whole stream: before hooks, empty the table, every
 * batch (each under a savepoint, so a refused row neither undoes nor aborts the load), after hooks,
 * commit in `finish()`. `close()` without `finish()` rolls everything back: the old rows stay.
 * A table created from the records is created inside the load where the dialect's DDL is transactional,
 * else (MySQL) before it, on another connection; MySQL cannot add or widen columns during the load.
 */
export async function openReplaceWriter(
  db: Kysely<any>,
  adapter: SqlDialectAdapter,
  options: SqlSinkOptions,
  writer: BatchWriter,
  evolution: TableEvolution,
  table: PreparedTable,
  where: { tag: string; table: string; logger: ConsolaInstance },
): Promise<StreamWriter> {
  const trx: ControlledTransaction<any> = await db.startTransaction().execute();
  let open = true;
  const rollback = async () => {
    if (!open) return;
    open = false;
    await trx.rollback().execute();
  };
  try {
    await runHooks(trx, options.before, 'before', where);
    if (!table.exists) {
      // Created from the first batch: nothing to empty.
    } else if (adapter.transactionalTruncate) await sql`truncate table ${sql.table(where.table)}`.execute(trx);
    else await trx.deleteFrom(where.table).execute();
  } catch (error) {
    await rollback().catch(() => {});
    throw error;
  }
  return {
    async write(records): Promise<WriteResult> {
      const target = adapter.transactionalDdl ? { create: trx, alter: trx } : { create: db };
      const batch = writer.prepare(await evolution.screen(records, target));
      await sql`savepoint syncengine_batch`.execute(trx);
      let written: Written;
      try {
        written = await writer.write(trx, batch);
      } catch (error) {
        if (!(error instanceof RowsRefused)) throw error;
        await sql`rollback to savepoint syncengine_batch`.execute(trx);
        written = await writer.write(trx, batch, error.reason);
      }
      await sql`release savepoint syncengine_batch`.execute(trx);
      return writer.result(written, records, { deferred: true });
    },
    async finish() {
      await runHooks(trx, options.after, 'after', where);
      await trx.commit().execute();
      open = false;
      where.logger.info(writer.summary());
    },
    async close() {
      if (open) where.logger.warn(`table ${where.table}: the replace load did not finish; rolling back, the previous rows stay`);
      await rollback();
    },
  };
}
