import { sql, type ControlledTransaction, type Kysely } from 'kysely';
import { SinkError, type StreamWriter, type SyncRecord, type WriteContext, type WriteResult, type WriterContext } from '@syncengine/engine';
import { prepareTable } from './_sql-table.js';
import { comparable } from './_sql-values.js';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { SqlSinkOptions } from './sql-schema.js';

type Row = Record<string, unknown>;
type Counts = Pick<WriteResult, 'inserted' | 'updated' | 'skipped'>;

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
  const tag = `[sink:${adapter.name}]`;
  const table = await prepareTable(db, adapter, options, ctx.render, ctx.logger);
  const keys: string[] = options.key ?? [];
  const totals = { inserted: 0, updated: 0, skipped: 0, batches: 0 };

  /** The columns a batch writes: all declared ones, else the table's columns that the records have. */
  const columnsFor = (records: readonly SyncRecord[]): ColumnSpec[] => {
    if (table.declared) return table.columns;
    const present = new Set<string>();
    for (const record of records) for (const field of Object.keys(record)) present.add(field);
    const columns = table.columns.filter((c) => present.has(c.name) || c.key);
    if (!columns.length) {
      throw new SinkError(
        `${tag} no record field matches a column of "${table.name}" (columns: ${table.columns.map((c) => c.name).join(', ')})`,
      );
    }
    return columns;
  };

  const encode = (records: readonly SyncRecord[], columns: ColumnSpec[]): Row[] =>
    records.map((record) => {
      const row: Row = {};
      for (const column of columns) row[column.name] = adapter.encode(record[column.name], column);
      return row;
    });

  /** A row's key as text, equal for equal values in any driver representation. */
  const keyOf = (row: Row, keyColumns: ColumnSpec[]) => JSON.stringify(keyColumns.map((c) => comparable(row[c.name], c)));
  const keyColumnsOf = (columns: ColumnSpec[]) => keys.map((k) => columns.find((c) => c.name === k)!);

  /** INSERTs in statements that fit the dialect's parameter limit; returns the rows the database reports as written. */
  const insert = async (trx: Kysely<any>, rows: Row[], columns: ColumnSpec[], onKey: 'error' | 'ignore' | 'update'): Promise<number> => {
    const perStatement = Math.max(1, Math.min(options.rows_per_statement, Math.floor(adapter.maxParameters / columns.length)));
    const nonKeys = columns.filter((c) => !c.key);
    let written = 0;
    for (let i = 0; i < rows.length; i += perStatement) {
      let query = trx.insertInto(table.name).values(rows.slice(i, i + perStatement));
      const ignore = onKey === 'ignore' || (onKey === 'update' && nonKeys.length === 0);
      if (ignore) {
        // Not MySQL's INSERT IGNORE: that would also turn real errors (bad values, NULL keys) into warnings.
        query =
          adapter.upsertStyle === 'on-conflict'
            ? query.onConflict((oc) => oc.columns(keys).doNothing())
            : query.onDuplicateKeyUpdate({ [keys[0]!]: sql.ref(keys[0]!) });
      } else if (onKey === 'update') {
        query =
          adapter.upsertStyle === 'on-conflict'
            ? query.onConflict((oc) =>
                oc.columns(keys).doUpdateSet(Object.fromEntries(nonKeys.map((c) => [c.name, sql`excluded.${sql.ref(c.name)}`]))),
              )
            : query.onDuplicateKeyUpdate(Object.fromEntries(nonKeys.map((c) => [c.name, sql`values(${sql.ref(c.name)})`])));
      }
      const result = await query.executeTakeFirst();
      written += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return written;
  };

  /** The stored rows whose keys appear in `rows`, by key. */
  const storedRows = async (trx: Kysely<any>, rows: Row[], columns: ColumnSpec[]): Promise<Map<string, Row>> => {
    const found = new Map<string, Row>();
    const keyColumns = keyColumnsOf(columns);
    const perQuery = Math.max(1, Math.floor(adapter.maxParameters / keys.length));
    for (let i = 0; i < rows.length; i += perQuery) {
      const chunk = rows.slice(i, i + perQuery);
      const where =
        keys.length === 1
          ? sql<boolean>`${sql.ref(keys[0]!)} in (${sql.join(chunk.map((r) => r[keys[0]!]))})`
          : sql<boolean>`(${sql.join(keys.map((k) => sql.ref(k)))}) in (${sql.join(chunk.map((r) => sql`(${sql.join(keys.map((k) => r[k]))})`))})`;
      const selected = await trx
        .selectFrom(table.name)
        .select(columns.map((c) => c.name))
        .where(where)
        .execute();
      for (const row of selected as Row[]) found.set(keyOf(row, keyColumns), row);
    }
    return found;
  };

  /** Writes one batch with `mode`'s semantics inside `trx` and counts what happened. */
  const writeRows = async (trx: Kysely<any>, records: readonly SyncRecord[]): Promise<Counts> => {
    const columns = columnsFor(records);
    const rows = encode(records, columns);
    if (options.mode === 'append' || options.mode === 'replace') {
      await insert(trx, rows, columns, 'error');
      return { inserted: rows.length, updated: 0, skipped: 0 };
    }
    // Within one batch the last record for a key wins (upsert) or the first does (insert_new).
    const keyColumns = keyColumnsOf(columns);
    const byKey = new Map<string, Row>();
    for (const row of rows) {
      const k = keyOf(row, keyColumns);
      if (options.mode === 'upsert' || !byKey.has(k)) byKey.set(k, row);
    }
    const unique = [...byKey.values()];
    const stored = await storedRows(trx, unique, columns);
    const fresh = unique.filter((r) => !stored.has(keyOf(r, keyColumns)));
    if (options.mode === 'insert_new') {
      // ON CONFLICT DO NOTHING also covers a row another writer added since the SELECT.
      const inserted = await insert(trx, fresh, columns, 'ignore');
      return { inserted, updated: 0, skipped: rows.length - inserted };
    }
    const nonKeys = columns.filter((c) => !c.key);
    const changed = unique.filter((r) => {
      const old = stored.get(keyOf(r, keyColumns));
      return old !== undefined && nonKeys.some((c) => comparable(old[c.name], c) !== comparable(r[c.name], c));
    });
    await insert(trx, [...fresh, ...changed], columns, 'update');
    return { inserted: fresh.length, updated: changed.length, skipped: rows.length - fresh.length - changed.length };
  };

  const runHooks = async (executor: Kysely<any>, phase: 'before' | 'after') => {
    const statements = options[phase];
    for (const [i, statement] of statements.entries()) {
      try {
        await sql.raw(statement).execute(executor);
      } catch (error) {
        throw new SinkError(`${tag} ${phase}[${i}] failed: ${(error as Error).message}`, { cause: error });
      }
    }
    if (statements.length) ctx.logger.debug(`ran ${statements.length} ${phase} statement(s) on ${table.name}`);
  };

  const count = (counts: Counts) => {
    totals.inserted += counts.inserted;
    totals.updated += counts.updated;
    totals.skipped += counts.skipped;
    totals.batches += 1;
  };
  const summary = () =>
    `table ${table.name} (${options.mode}): ${totals.inserted} inserted, ${totals.updated} updated, ${totals.skipped} unchanged in ${totals.batches} batch(es)`;

  if (options.mode === 'replace') return openReplaceWriter();

  await runHooks(db, 'before');
  return {
    async write(records, writeCtx?: WriteContext): Promise<WriteResult> {
      const checkpoint = writeCtx?.checkpoint;
      const together = checkpoint !== undefined && target.identity !== undefined && checkpoint.stateIdentity === target.identity;
      const counts = await db.transaction().execute(async (trx) => {
        const written = await writeRows(trx, records);
        if (together) await checkpoint.writeWith(trx);
        return written;
      });
      count(counts);
      return together ? { ...counts, checkpointed: true } : counts;
    },
    async finish() {
      await runHooks(db, 'after');
      ctx.logger.info(summary());
    },
  };

  async function openReplaceWriter(): Promise<StreamWriter> {
    const trx: ControlledTransaction<any> = await db.startTransaction().execute();
    let open = true;
    const rollback = async () => {
      if (!open) return;
      open = false;
      await trx.rollback().execute();
    };
    try {
      await runHooks(trx, 'before');
      if (adapter.transactionalTruncate) await sql`truncate table ${sql.table(table.name)}`.execute(trx);
      else await trx.deleteFrom(table.name).execute();
    } catch (error) {
      await rollback().catch(() => {});
      throw error;
    }
    return {
      async write(records): Promise<WriteResult> {
        const counts = await writeRows(trx, records);
        count(counts);
        return { ...counts, deferred: true };
      },
      async finish() {
        await runHooks(trx, 'after');
        await trx.commit().execute();
        open = false;
        ctx.logger.info(summary());
      },
      async close() {
        if (open) ctx.logger.warn(`table ${table.name}: the replace load did not finish; rolling back, the previous rows stay`);
        await rollback();
      },
    };
  }
}
