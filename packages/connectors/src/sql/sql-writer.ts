import { sql, type ControlledTransaction, type Kysely } from 'kysely';
import { SinkError, type StreamWriter, type SyncRecord, type WriteContext, type WriteResult, type WriterContext } from '@syncengine/engine';
import { prepareTable } from './_sql-table.js';
import { isolateRefused, RowsRefused } from './_sql-isolate.js';
import { comparable, ValueRefused } from './_sql-values.js';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { SqlSinkOptions } from './sql-schema.js';

type Row = Record<string, unknown>;
type Counts = Pick<WriteResult, 'inserted' | 'updated' | 'skipped'>;
/** An encoded row and the index of its record in the batch. */
type Item = { row: Row; index: number };
/** A record the sink or the database refused, by index in the batch. */
type Refusal = { index: number; reason: string };
/** A batch ready to write: the rows, the records refused while encoding, and how many records a later one of the same key replaced. */
type Prepared = { columns: ColumnSpec[]; items: Item[]; refused: Refusal[]; superseded: number };
type Written = { counts: Counts; refused: Refusal[] };

const sum = (all: Counts[]): Counts =>
  all.reduce((a, b) => ({ inserted: a.inserted + b.inserted, updated: a.updated + b.updated, skipped: a.skipped + b.skipped }), {
    inserted: 0,
    updated: 0,
    skipped: 0,
  });

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
 * Records the database refuses (a type, range, length or constraint violation, by error code) do not
 * fail the batch: a value its column cannot hold is refused before any SQL, and when a statement fails on
 * the data the batch is written again (in a new transaction, or from the batch's savepoint in `replace`),
 * this time splitting the rows in halves under savepoints until each refused row is alone. The others and
 * the cursor commit; the refused ones come back in `WriteResult.rejected` with the database's message.
 * Any other error (connection lost, deadlock, lock timeout, disk full) fails the batch as before.
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
  const totals = { inserted: 0, updated: 0, skipped: 0, refused: 0, batches: 0 };

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

  /**
   * Encodes a batch: the records whose values their columns cannot hold are refused here, before any SQL.
   * With a key, the rest is reduced to one row per key: the last record of a key wins (upsert) or the first
   * does (insert_new); the others are `superseded`.
   */
  const prepare = (records: readonly SyncRecord[]): Prepared => {
    const columns = columnsFor(records);
    const encoded: Item[] = [];
    const refused: Refusal[] = [];
    for (const [index, record] of records.entries()) {
      try {
        const row: Row = {};
        for (const column of columns) row[column.name] = adapter.encode(record[column.name], column);
        encoded.push({ row, index });
      } catch (error) {
        if (!(error instanceof ValueRefused)) throw error;
        refused.push({ index, reason: error.message });
      }
    }
    if (options.mode === 'append' || options.mode === 'replace') return { columns, items: encoded, refused, superseded: 0 };
    const keyColumns = keyColumnsOf(columns);
    const byKey = new Map<string, Item>();
    for (const item of encoded) {
      const k = keyOf(item.row, keyColumns);
      if (options.mode === 'upsert' || !byKey.has(k)) byKey.set(k, item);
    }
    const items = [...byKey.values()].sort((x, y) => x.index - y.index);
    return { columns, items, refused, superseded: encoded.length - items.length };
  };

  /** Writes rows (one per key) with `mode`'s semantics inside `trx` and counts what happened to them. */
  const apply = async (trx: Kysely<any>, items: readonly Item[], columns: ColumnSpec[]): Promise<Counts> => {
    const rows = items.map((item) => item.row);
    if (options.mode === 'append' || options.mode === 'replace') {
      await insert(trx, rows, columns, 'error');
      return { inserted: rows.length, updated: 0, skipped: 0 };
    }
    const keyColumns = keyColumnsOf(columns);
    const stored = await storedRows(trx, rows, columns);
    const fresh = rows.filter((r) => !stored.has(keyOf(r, keyColumns)));
    if (options.mode === 'insert_new') {
      // ON CONFLICT DO NOTHING also covers a row another writer added since the SELECT.
      const inserted = await insert(trx, fresh, columns, 'ignore');
      return { inserted, updated: 0, skipped: rows.length - inserted };
    }
    const nonKeys = columns.filter((c) => !c.key);
    const changed = rows.filter((r) => {
      const old = stored.get(keyOf(r, keyColumns));
      return old !== undefined && nonKeys.some((c) => comparable(old[c.name], c) !== comparable(r[c.name], c));
    });
    await insert(trx, [...fresh, ...changed], columns, 'update');
    return { inserted: fresh.length, updated: changed.length, skipped: rows.length - fresh.length - changed.length };
  };

  /**
   * Writes a prepared batch inside `trx`. Without `failed`, in one go: when the database refuses the data
   * of a row, throws `RowsRefused` (the caller undoes the attempt). With `failed` (the reason of that first
   * attempt), isolates the refused rows under savepoints and writes the others.
   */
  const writeBatch = async (trx: Kysely<any>, batch: Prepared, failed?: string): Promise<Written> => {
    const superseded = { inserted: 0, updated: 0, skipped: batch.superseded };
    if (failed === undefined) {
      try {
        return { counts: sum([superseded, await apply(trx, batch.items, batch.columns)]), refused: batch.refused };
      } catch (error) {
        const reason = adapter.refusal(error);
        throw reason === undefined ? error : new RowsRefused(reason, { cause: error });
      }
    }
    const found = await isolateRefused(trx, batch.items, failed, (part) => apply(trx, part, batch.columns), adapter.refusal);
    ctx.logger.debug(`table ${table.name}: isolated ${found.refused.length} refused row(s) in ${found.attempts} savepoint(s)`);
    const refused = [...batch.refused, ...found.refused.map(({ item, reason }) => ({ index: item.index, reason }))];
    return { counts: sum([superseded, ...found.results]), refused };
  };

  /** What the engine gets back for a batch: the counts, and the refused records by index, in order. */
  const result = (written: Written, records: readonly SyncRecord[], extra: Partial<WriteResult>): WriteResult => {
    count(written.counts, written.refused.length);
    if (!written.refused.length) return { ...written.counts, ...extra };
    const refused = [...written.refused].sort((x, y) => x.index - y.index);
    ctx.logger.warn(`table ${table.name}: ${refused.length} of ${records.length} record(s) refused, the others are written`);
    return { ...written.counts, ...extra, rejected: refused.map(({ index, reason }) => ({ index, reasons: [reason] })) };
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

  const count = (counts: Counts, refused: number) => {
    totals.inserted += counts.inserted;
    totals.updated += counts.updated;
    totals.skipped += counts.skipped;
    totals.refused += refused;
    totals.batches += 1;
  };
  const summary = () =>
    `table ${table.name} (${options.mode}): ${totals.inserted} inserted, ${totals.updated} updated, ${totals.skipped} unchanged${totals.refused ? `, ${totals.refused} refused` : ''} in ${totals.batches} batch(es)`;

  if (options.mode === 'replace') return openReplaceWriter();

  await runHooks(db, 'before');
  return {
    async write(records, writeCtx?: WriteContext): Promise<WriteResult> {
      const checkpoint = writeCtx?.checkpoint;
      const together = checkpoint !== undefined && target.identity !== undefined && checkpoint.stateIdentity === target.identity;
      const batch = prepare(records);
      // The happy path costs nothing extra; only when the database refused a row is the batch written again,
      // isolating the refused rows (a failed statement aborts a PostgreSQL transaction: it starts over).
      const attempt = (failed?: string) =>
        db.transaction().execute(async (trx) => {
          const written = await writeBatch(trx, batch, failed);
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
      return result(written, records, together ? { checkpointed: true } : {});
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
        const batch = prepare(records);
        // One savepoint per batch: a refused row must not undo the whole load (nor abort it, on PostgreSQL).
        await sql`savepoint syncengine_batch`.execute(trx);
        let written: Written;
        try {
          written = await writeBatch(trx, batch);
        } catch (error) {
          if (!(error instanceof RowsRefused)) throw error;
          await sql`rollback to savepoint syncengine_batch`.execute(trx);
          written = await writeBatch(trx, batch, error.reason);
        }
        await sql`release savepoint syncengine_batch`.execute(trx);
        return result(written, records, { deferred: true });
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
