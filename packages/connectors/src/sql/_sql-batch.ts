import type { SyncRecord } from '@syncengine/engine';
import { comparable, ValueRefused } from './_sql-values.js';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';

/** A record the sink or the database refused, by index in the batch. */
export interface Refusal {
  index: number;
  reason: string;
}

/**
 * A batch encoded for the database: every row's values in one flat array (row-major, `columns` order),
 * the record each row came from, and the rows to write (one per key, in record order).
 */
export interface EncodedBatch {
  columns: ColumnSpec[];
  /** `columns.length`. */
  width: number;
  /** The encoded values of every row, `width` per row. */
  values: unknown[];
  /** The record index (in the batch) of each encoded row. */
  record: number[];
  /** The encoded rows to write, ascending. */
  rows: number[];
  /** Records whose values their columns cannot hold, refused before any SQL. */
  refused: Refusal[];
  /** Records a later (upsert) or earlier (insert_new) record of the same key replaced, or the `schema` policy discarded. */
  superseded: number;
}

/**
 * Encodes `records` for `columns`: a value its column cannot hold refuses the record. With `dedupe`,
 * the rest is reduced to one row per key: the last record of a key wins (`last`, upsert) or the first
 * does (`first`, insert_new). `skip` names records not to encode: refused with a reason, or discarded.
 */
export function encodeBatch(
  records: readonly SyncRecord[],
  columns: ColumnSpec[],
  adapter: SqlDialectAdapter,
  dedupe?: 'first' | 'last',
  skip?: ReadonlyMap<number, string | undefined>,
): EncodedBatch {
  const width = columns.length;
  const encodeRow = rowEncoder(columns, adapter);
  // Sized once (the rows refused or skipped are cut off at the end): no copies while it grows.
  const values = new Array<unknown>(records.length * width);
  const record: number[] = [];
  const refused: Refusal[] = [];
  let discarded = 0;
  for (let index = 0; index < records.length; index++) {
    if (skip?.has(index)) {
      const reason = skip.get(index);
      if (reason === undefined) discarded += 1;
      else refused.push({ index, reason });
      continue;
    }
    try {
      // A refused row leaves values that the next row overwrites (and the end cuts off).
      encodeRow(records[index]!, values, record.length * width);
      record.push(index);
    } catch (error) {
      if (!(error instanceof ValueRefused)) throw error;
      refused.push({ index, reason: error.message });
    }
  }
  const count = record.length;
  if (values.length !== count * width) values.length = count * width;
  const all = ascending(count);
  if (!dedupe) return { columns, width, values, record, rows: all, refused, superseded: discarded };
  const positions = columns.flatMap((c, j) => (c.key ? [j] : []));
  if (positions.length === 1 && strictlyOrdered(values, count, width, positions[0]!, columns[positions[0]!]!)) {
    return { columns, width, values, record, rows: all, refused, superseded: discarded };
  }
  const byKey = new Map<string | number, number>();
  for (let row = 0; row < count; row++) {
    const key = keyOf(values, row * width, positions, columns);
    if (dedupe === 'last' || !byKey.has(key)) byKey.set(key, row);
  }
  if (byKey.size === count) return { columns, width, values, record, rows: all, refused, superseded: discarded };
  const rows = [...byKey.values()].sort((a, b) => a - b);
  return { columns, width, values, record, rows, refused, superseded: discarded + count - rows.length };
}

/** `[0, 1, ..., count - 1]`. */
function ascending(count: number): number[] {
  const rows = new Array<number>(count);
  for (let i = 0; i < count; i++) rows[i] = i;
  return rows;
}

/**
 * Whether the key column at `position` holds values that only rise (or only fall) from row to row, all
 * integers or all text: then no two rows share a key, and the batch needs no map of its keys. Most APIs
 * return records in key order; any other batch is deduplicated by `keyOf`.
 */
function strictlyOrdered(values: readonly unknown[], count: number, width: number, position: number, column: ColumnSpec): boolean {
  if (count < 2) return true;
  const first = values[position];
  const kind = typeof first;
  if (kind === 'number' ? !Number.isSafeInteger(first) : kind !== 'string' || column.type !== 'text') return false;
  const rising = (values[width + position] as number | string) > (first as number | string);
  let previous = first as number | string;
  for (let row = 1, at = width + position; row < count; row++, at += width) {
    const value = values[at];
    if (typeof value !== kind || (kind === 'number' && !Number.isSafeInteger(value))) return false;
    if (rising ? !((value as number | string) > previous) : !((value as number | string) < previous)) return false;
    previous = value as number | string;
  }
  return true;
}

/** Encodes one record's values for `columns` into `values` from `base` on. */
type RowEncoder = (source: SyncRecord, values: unknown[], base: number) => void;

/** Row encoders by adapter and column set (name, type and the rest of each spec). */
const rowEncoders = new WeakMap<SqlDialectAdapter, Map<string, RowEncoder>>();
const MAX_ROW_ENCODERS = 64;

/**
 * The row encoder of a column set (built once per adapter and set, then reused by every batch): generated code
 * that reads each field by its name as a constant and calls that column's encoder (`adapter.encoder`),
 * so that every read and call site sees one field and one function (V8 keeps them monomorphic; a loop
 * over the names would read every field through one megamorphic site). The generated code holds the
 * column names only, as `JSON.stringify` quotes them; the encoders are passed in.
 */
function rowEncoder(columns: ColumnSpec[], adapter: SqlDialectAdapter): RowEncoder {
  let cache = rowEncoders.get(adapter);
  if (!cache) rowEncoders.set(adapter, (cache = new Map()));
  const shape = JSON.stringify(columns);
  let encode = cache.get(shape);
  if (!encode) {
    const encoders = columns.map((c) => adapter.encoder?.(c) ?? ((value: unknown) => adapter.encode(value, c)));
    const bind = columns.map((_, j) => `const e${j} = encoders[${j}];`).join(' ');
    const body = columns.map((c, j) => `values[base + ${j}] = e${j}(source[${JSON.stringify(c.name)}]);`).join(' ');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- see above: column names only, quoted
    encode = new Function('encoders', `${bind} return function encodeRow(source, values, base) { ${body} };`)(encoders) as RowEncoder;
    if (cache.size >= MAX_ROW_ENCODERS) cache.delete(cache.keys().next().value!);
    cache.set(shape, encode);
  }
  return encode;
}

/** A row's key, equal for equal values in any representation (`5` and `"5"` for an integer key). */
function keyOf(values: readonly unknown[], base: number, positions: readonly number[], columns: readonly ColumnSpec[]): string | number {
  if (positions.length === 1) return keyPart(values[base + positions[0]!], columns[positions[0]!]!);
  let key = '';
  for (const p of positions) key += `${keyPart(values[base + p], columns[p]!)}\u0001`;
  return key;
}

function keyPart(value: unknown, column: ColumnSpec): string | number {
  if (column.type === 'text') return typeof value === 'string' ? value : comparable(value, column);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  const text = comparable(value, column);
  // A canonical integer text is the same key as the number.
  return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
}

/** The bind parameters of rows `rows[from..to)` of a batch, all columns. */
export function rowParameters(batch: EncodedBatch, rows: readonly number[], from: number, to: number): unknown[] {
  const { values, width } = batch;
  // All the rows of a batch without duplicate keys: the values themselves, not a copy.
  if (from === 0 && to === rows.length && to * width === values.length && rows[to - 1] === to - 1) return values;
  // Rows are ascending: consecutive ones (a batch without duplicate keys) are one slice of the values.
  if (to > from && rows[to - 1]! - rows[from]! === to - 1 - from) return values.slice(rows[from]! * width, (rows[to - 1]! + 1) * width);
  const parameters = new Array<unknown>((to - from) * width);
  let k = 0;
  for (let i = from; i < to; i++) {
    const base = rows[i]! * width;
    for (let j = 0; j < width; j++) parameters[k++] = values[base + j];
  }
  return parameters;
}

/** The bind parameters of the key columns of rows `rows[from..to)`. */
export function keyParameters(batch: EncodedBatch, rows: readonly number[], from: number, to: number): unknown[] {
  const positions = batch.columns.flatMap((c, j) => (c.key ? [j] : []));
  const parameters: unknown[] = [];
  for (let i = from; i < to; i++) {
    const base = rows[i]! * batch.width;
    for (const p of positions) parameters.push(batch.values[base + p]);
  }
  return parameters;
}
