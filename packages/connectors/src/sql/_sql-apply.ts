import { CompiledQuery, type Kysely } from 'kysely';
import type { WriteResult } from '@syncengine/engine';
import { keyParameters, rowParameters, type EncodedBatch } from './_sql-batch.js';
import { chunkSizes, type OnKey, type WriteStatements } from './_sql-statements.js';
import type { SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { WriteMode } from './sql-schema.js';

/** What happened to the rows of a write. */
export type Counts = Pick<WriteResult, 'inserted' | 'updated' | 'skipped'>;

/** Writes some rows of a batch inside a transaction and counts what happened to them. */
export type ApplyRows = (trx: Kysely<any>, batch: EncodedBatch, rows: readonly number[]) => Promise<Counts>;

/**
 * Writes rows with `mode`'s semantics where the database decides (a unique key covers the sink's key):
 * one statement per chunk (`INSERT ... ON CONFLICT DO NOTHING / DO UPDATE ... WHERE` the row differs,
 * or `ON DUPLICATE KEY UPDATE`), nothing read back. The counts come from the database: PostgreSQL
 * returns per written row whether it was inserted; MySQL reports the rows whose key was stored
 * ("Duplicates", see `takeDuplicates`); the rest comes from the statement's changes or affected rows.
 *
 * SQLite (and MySQL without that report) cannot tell an insert from an update in one statement. An upsert
 * there goes one of two ways, whichever the last chunk says is cheaper: where rows are new (a first load;
 * `expectNew` at the start, when the sink created the table), `INSERT ... DO NOTHING` (its changes are the
 * inserts), followed by the upsert only when some keys turn out stored; where keys are stored (a rerun),
 * a count of the chunk's stored keys, then the upsert. Either way the counts are exact.
 */
export function createDirectApply(
  adapter: SqlDialectAdapter,
  statements: WriteStatements,
  mode: WriteMode,
  perStatement: number,
  expectNew = false,
): ApplyRows {
  const onKey: OnKey = mode === 'upsert' ? 'update' : mode === 'insert_new' ? 'ignore' : 'error';
  const run = async (trx: Kysely<any>, text: string, parameters: unknown[]) => trx.executeQuery(CompiledQuery.raw(text, parameters));
  /** Whether the last chunk of an upsert that needed counting was all new rows. */
  let lastWasNew = expectNew;

  const chunk = async (trx: Kysely<any>, batch: EncodedBatch, rows: readonly number[], from: number, size: number): Promise<Counts> => {
    const to = from + size;
    if (onKey === 'error') {
      await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      return { inserted: size, updated: 0, skipped: 0 };
    }
    if (adapter.insertedFlag) {
      const result = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      let inserted = 0;
      for (const row of result.rows as { inserted: unknown }[]) if (row.inserted === true) inserted += 1;
      const updated = result.rows.length - inserted;
      return { inserted, updated, skipped: size - inserted - updated };
    }
    if (onKey === 'ignore' && adapter.upsertStyle === 'on-conflict') {
      const result = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      const inserted = Number(result.numAffectedRows ?? 0);
      return { inserted, updated: 0, skipped: size - inserted };
    }
    // A one-row INSERT reports no "Records: N  Duplicates: D" info.
    if (adapter.takeDuplicates && size > 1) {
      adapter.takeDuplicates();
      const result = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, to));
      const stored = adapter.takeDuplicates();
      if (stored !== undefined) return onDuplicateKeyCounts(adapter, onKey, size, stored, Number(result.numAffectedRows ?? 0));
      throw new Error(`${adapter.name}: the INSERT reported no "Duplicates" count`);
    }
    const parameters = rowParameters(batch, rows, from, to);
    if (onKey === 'update' && adapter.upsertStyle === 'on-conflict' && lastWasNew) {
      const inserted = Number((await run(trx, statements.insert(size, 'ignore'), parameters)).numAffectedRows ?? 0);
      lastWasNew = inserted === size;
      if (lastWasNew || !statements.updates) return { inserted, updated: 0, skipped: size - inserted };
      // The rows just inserted are stored now, and equal: the upsert changes only stored rows that differ
      // (at most the `size - inserted` rows that were stored before).
      const changed = Number((await run(trx, statements.insert(size, 'update'), parameters)).numAffectedRows ?? 0);
      const updated = Math.min(changed, size - inserted);
      return { inserted, updated, skipped: size - inserted - updated };
    }
    const counted = await run(trx, statements.countStored(size), keyParameters(batch, rows, from, to));
    const stored = Number((counted.rows[0] as { n: unknown }).n);
    lastWasNew = stored === 0;
    const result = await run(trx, statements.insert(size, onKey), parameters);
    return onDuplicateKeyCounts(adapter, onKey, size, stored, Number(result.numAffectedRows ?? 0));
  };

  /** Writes all `rows` in statements of `perStatement`; the sum of their changes or affected rows. */
  const writeAll = async (trx: Kysely<any>, batch: EncodedBatch, rows: readonly number[]): Promise<number> => {
    let affected = 0;
    let from = 0;
    for (const size of chunkSizes(rows.length, perStatement)) {
      const result = await run(trx, statements.insert(size, onKey), rowParameters(batch, rows, from, from + size));
      affected += Number(result.numAffectedRows ?? 0);
      from += size;
    }
    return affected;
  };

  /**
   * SQLite's changes count inserts and updates only: an upsert that changed nothing found every row stored
   * and equal, with no count needed. Where the last batch was so (an unchanged rerun), the next one is
   * written first, in a savepoint; only when it changed something is that undone and the batch counted.
   */
  const tryUnchanged = onKey === 'update' && adapter.upsertStyle === 'on-conflict';
  let lastUnchanged = false;
  const writeIfUnchanged = async (trx: Kysely<any>, batch: EncodedBatch, rows: readonly number[]): Promise<boolean> => {
    const undo = async () => {
      await run(trx, 'rollback to syncengine_unchanged', []);
      await run(trx, 'release syncengine_unchanged', []);
    };
    await run(trx, 'savepoint syncengine_unchanged', []);
    let changes: number;
    try {
      changes = await writeAll(trx, batch, rows);
    } catch (error) {
      await undo().catch(() => {});
      throw error;
    }
    if (changes > 0) {
      await undo();
      return false;
    }
    await run(trx, 'release syncengine_unchanged', []);
    return true;
  };

  /** Counts the stored keys of all `rows` (in as few statements as the parameter limit allows), then writes them. */
  const countThenWrite = async (trx: Kysely<any>, batch: EncodedBatch, rows: readonly number[]): Promise<Counts> => {
    if (tryUnchanged && lastUnchanged) {
      if (await writeIfUnchanged(trx, batch, rows)) return { inserted: 0, updated: 0, skipped: rows.length };
    }
    const keys = batch.columns.filter((c) => c.key).length;
    let stored = 0;
    let from = 0;
    for (const size of chunkSizes(rows.length, Math.max(1, Math.floor(adapter.maxParameters / keys)))) {
      const counted = await run(trx, statements.countStored(size), keyParameters(batch, rows, from, from + size));
      stored += Number((counted.rows[0] as { n: unknown }).n);
      from += size;
    }
    const affected = await writeAll(trx, batch, rows);
    lastWasNew = stored === 0;
    const counts = onDuplicateKeyCounts(adapter, onKey, rows.length, stored, affected);
    lastUnchanged = counts.skipped === rows.length;
    return counts;
  };
  /** Dialects that tell stored keys only by counting them first (SQLite; MySQL without the "Duplicates" report). */
  const countsFirst =
    onKey !== 'error' && !adapter.insertedFlag && !adapter.takeDuplicates && !(onKey === 'ignore' && adapter.upsertStyle === 'on-conflict');

  /** Upserts where reading a row costs less than the upsert's finding it unchanged (see `sameStored`). */
  const readsFirst = onKey === 'update' && statements.updates && adapter.sameStored !== undefined;
  /** Whether the last chunk's rows were mostly unchanged (a rerun): then the next chunk reads first. */
  let mostlyUnchanged = false;

  /** Reads the stored rows of `rows[from, from + size)`, then writes only those that are new or may differ. */
  const readThenWrite = async (
    trx: Kysely<any>,
    batch: EncodedBatch,
    rows: readonly number[],
    from: number,
    size: number,
  ): Promise<Counts> => {
    const found = await run(trx, statements.selectStored(size), keyParameters(batch, rows, from, from + size));
    const write = rowsThatMayDiffer(adapter, batch, rows, from, size, found.rows as Record<string, unknown>[]);
    const counts: Counts = { inserted: 0, updated: 0, skipped: size - write.length };
    let at = 0;
    for (const part of chunkSizes(write.length, perStatement)) {
      addTo(counts, await chunk(trx, batch, write, at, part));
      at += part;
    }
    return counts;
  };

  return async (trx, batch, rows) => {
    // Where keys are stored (a rerun), one count for the batch rather than one per statement.
    if (countsFirst && !lastWasNew) return countThenWrite(trx, batch, rows);
    const total: Counts = { inserted: 0, updated: 0, skipped: 0 };
    let from = 0;
    for (const size of chunkSizes(rows.length, perStatement)) {
      const counts =
        readsFirst && mostlyUnchanged ? await readThenWrite(trx, batch, rows, from, size) : await chunk(trx, batch, rows, from, size);
      if (readsFirst) mostlyUnchanged = counts.skipped * 2 >= size;
      addTo(total, counts);
      from += size;
    }
    return total;
  };
}

/** Adds `counts` to `total`. */
function addTo(total: Counts, counts: Counts): void {
  total.inserted += counts.inserted;
  total.updated += counts.updated;
  total.skipped += counts.skipped;
}

/**
 * The rows of `rows[from, from + size)` that are not certainly stored as they are: no stored row has
 * their key in the same representation (a number, a string), or a value differs by `adapter.sameStored`.
 * A row left out is one the upsert would have found unchanged; the others are written, and the database
 * tells which of them are new, updated or unchanged.
 */
function rowsThatMayDiffer(
  adapter: SqlDialectAdapter,
  batch: EncodedBatch,
  rows: readonly number[],
  from: number,
  size: number,
  stored: readonly Record<string, unknown>[],
): number[] {
  const { columns, values, width } = batch;
  const keyPositions = columns.flatMap((c, j) => (c.key ? [j] : []));
  const single = keyPositions.length === 1 ? keyPositions[0]! : -1;
  /** A key as one Map key: the value itself for one key column; JSON of the parts for several (numbers and strings stay apart). */
  const storedKey = (row: Record<string, unknown>): unknown =>
    single >= 0 ? row[columns[single]!.name] : JSON.stringify(keyPositions.map((j) => row[columns[j]!.name]));
  const freshKey = (base: number): unknown =>
    single >= 0 ? values[base + single] : JSON.stringify(keyPositions.map((j) => values[base + j]));
  // The stored rows come back in key order, as the batch's rows mostly are: matched in step, with a map only when not.
  let byKey: Map<unknown, Record<string, unknown>> | undefined;
  let next = 0;
  const same = adapter.sameStored!;
  const write: number[] = [];
  for (let i = from; i < from + size; i++) {
    const base = rows[i]! * width;
    const key = freshKey(base);
    let old: Record<string, unknown> | undefined;
    if (typeof key === 'number' || typeof key === 'string') {
      if (!byKey && next < stored.length && storedKey(stored[next]!) === key) old = stored[next++];
      else {
        byKey ??= new Map(stored.map((row) => [storedKey(row), row]));
        old = byKey.get(key);
      }
    }
    let unchanged = old !== undefined;
    for (let j = 0; unchanged && j < width; j++) {
      const column = columns[j]!;
      if (column.key) continue;
      const value = old![column.name];
      unchanged = value === values[base + j] || same(value, values[base + j], column);
    }
    if (!unchanged) write.push(rows[i]!);
  }
  return write;
}

/** The counts of a statement of `size` rows of which `stored` had their key stored, from its affected rows. */
function onDuplicateKeyCounts(adapter: SqlDialectAdapter, onKey: OnKey, size: number, stored: number, affected: number): Counts {
  const inserted = size - stored;
  if (onKey === 'ignore') return { inserted, updated: 0, skipped: stored };
  // SQLite's changes: 1 per insert or update. MySQL's affected rows: 1 per insert, 2 per update, and
  // with CLIENT_FOUND_ROWS 1 per row found unchanged.
  const updated =
    adapter.upsertStyle === 'on-conflict' ? affected - inserted : adapter.foundRows ? affected - size : (affected - inserted) / 2;
  return { inserted, updated, skipped: stored - updated };
}
