import type { Kysely } from 'kysely';
import { SinkError, type SyncRecord, type WriteResult, type WriterContext } from '@syncengine/engine';
import { createDirectApply, type ApplyRows, type Counts } from './_sql-apply.js';
import { encodeBatch, type EncodedBatch, type Refusal } from './_sql-batch.js';
import { createCompareApply } from './_sql-compare-apply.js';
import { isolateRefused, RowsRefused } from './_sql-isolate.js';
import { createWriteStatements } from './_sql-statements.js';
import type { Screened } from './_sql-evolve.js';
import type { PreparedTable } from './_sql-table.js';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { SqlSinkOptions } from './sql-schema.js';

/** What writing a batch did: the counts, and the records refused (while encoding or by the database). */
export interface Written {
  counts: Counts;
  refused: Refusal[];
}

/** Encodes and writes the batches of one stream into its table; see `openSqlWriter`. */
export interface BatchWriter {
  /**
   * Encodes a batch; records whose values their columns cannot hold are refused here, before any SQL,
   * and so are the records `screened.skip` names (the `schema` policy's refusals and discards).
   */
  prepare(screened: Screened): EncodedBatch;
  /**
   * Writes a prepared batch inside `trx`. Without `failed`, in one go: when the database refuses the data
   * of a row, throws `RowsRefused` (the caller undoes the attempt). With `failed` (the reason of that first
   * attempt), isolates the refused rows under savepoints and writes the others.
   */
  write(trx: Kysely<any>, batch: EncodedBatch, failed?: string): Promise<Written>;
  /** What the engine gets back for a batch: the counts, and the refused records by index, in order. */
  result(written: Written, records: readonly SyncRecord[], extra: Partial<WriteResult>): WriteResult;
  /** The stream's totals, for the log. */
  summary(): string;
}

/**
 * Prepares the writing of one stream: decides, per column set, whether the database can tell stored
 * keys and changed rows itself (a unique index on the key, a dialect that says "differs"), else the
 * batch's stored rows are read and compared.
 */
export async function createBatchWriter(
  db: Kysely<any>,
  adapter: SqlDialectAdapter,
  table: PreparedTable,
  options: SqlSinkOptions,
  ctx: WriterContext,
): Promise<BatchWriter> {
  const tag = `[sink:${adapter.name}]`;
  const keys: string[] = options.key ?? [];
  const keyed = options.mode === 'insert_new' || options.mode === 'upsert';
  const unique = !keyed || table.created || ((await adapter.hasUniqueKey?.(db, table.name, keys)) ?? false);
  const direct = unique && (options.mode !== 'upsert' || (adapter.upsertStyle === 'on-conflict' ? !!adapter.differs : true));
  if (keyed && !direct) ctx.logger.debug(`table ${table.name}: no unique index on (${keys.join(', ')}): stored rows are read and compared`);
  const totals = { inserted: 0, updated: 0, skipped: 0, refused: 0, batches: 0 };
  const appliers = new Map<string, ApplyRows>();

  /** The columns a batch writes: all declared ones, else the table's columns that the records have. */
  const columnsFor = ({ records, skip }: Screened): ColumnSpec[] => {
    if (table.declared) return table.columns;
    const present = new Set<string>();
    records.forEach((record, index) => {
      if (!skip.has(index)) for (const field of Object.keys(record)) present.add(field);
    });
    const columns = table.columns.filter((c) => present.has(c.name) || c.key);
    if (!columns.length && skip.size < records.length) {
      throw new SinkError(
        `${tag} no record field matches a column of "${table.name}" (columns: ${table.columns.map((c) => c.name).join(', ')})`,
      );
    }
    return columns;
  };

  /** The writer of a column set, built once: its statements are reused by every batch of that set. */
  const applierFor = (columns: ColumnSpec[]): ApplyRows => {
    // The types too: a column widened by the `schema: evolve` policy needs new statements.
    const shape = columns.map((c) => `${c.name} ${c.type}`).join(',');
    let apply = appliers.get(shape);
    if (!apply) {
      const perStatement = Math.max(1, Math.min(options.rows_per_statement, Math.floor(adapter.maxParameters / columns.length)));
      apply = direct
        ? createDirectApply(adapter, createWriteStatements(db, adapter, table.name, columns, keys), options.mode, perStatement, table.created)
        : createCompareApply(table.name, adapter, options, perStatement);
      appliers.set(shape, apply);
    }
    return apply;
  };

  const add = (a: Counts, b: Counts): Counts => ({
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    skipped: a.skipped + b.skipped,
  });

  return {
    prepare: (screened) =>
      encodeBatch(
        screened.records,
        columnsFor(screened),
        adapter,
        keyed ? (options.mode === 'upsert' ? 'last' : 'first') : undefined,
        screened.skip,
      ),
    async write(trx, batch, failed) {
      const superseded: Counts = { inserted: 0, updated: 0, skipped: batch.superseded };
      if (!batch.rows.length) return { counts: superseded, refused: batch.refused };
      const apply = applierFor(batch.columns);
      if (failed === undefined) {
        try {
          return { counts: add(superseded, await apply(trx, batch, batch.rows)), refused: batch.refused };
        } catch (error) {
          const reason = adapter.refusal(error);
          throw reason === undefined ? error : new RowsRefused(reason, { cause: error });
        }
      }
      const found = await isolateRefused(trx, batch.rows, failed, (part) => apply(trx, batch, part), adapter.refusal);
      ctx.logger.debug(`table ${table.name}: isolated ${found.refused.length} refused row(s) in ${found.attempts} savepoint(s)`);
      const refused = [...batch.refused, ...found.refused.map(({ item, reason }) => ({ index: batch.record[item]!, reason }))];
      return { counts: found.results.reduce(add, superseded), refused };
    },
    result(written, records, extra) {
      totals.inserted += written.counts.inserted;
      totals.updated += written.counts.updated;
      totals.skipped += written.counts.skipped;
      totals.refused += written.refused.length;
      totals.batches += 1;
      if (!written.refused.length) return { ...written.counts, ...extra };
      const refused = [...written.refused].sort((x, y) => x.index - y.index);
      ctx.logger.warn(`table ${table.name}: ${refused.length} of ${records.length} record(s) refused, the others are written`);
      return { ...written.counts, ...extra, rejected: refused.map(({ index, reason }) => ({ index, reasons: [reason] })) };
    },
    summary: () =>
      `table ${table.name} (${options.mode}): ${totals.inserted} inserted, ${totals.updated} updated, ${totals.skipped} unchanged${totals.refused ? `, ${totals.refused} refused` : ''} in ${totals.batches} batch(es)`,
  };
}
