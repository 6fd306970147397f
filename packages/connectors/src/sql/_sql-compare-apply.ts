import { sql, type Kysely } from 'kysely';
import type { ApplyRows, Counts } from './_sql-apply.js';
import { rowParameters, type EncodedBatch } from './_sql-batch.js';
import { comparable } from './_sql-values.js';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';
import { onStoredKey } from '@syncengine/engine';
import type { SqlSinkOptions } from './sql-schema.js';

type Row = Record<string, unknown>;

/**
 * Writes rows with `insert_new` or `upsert` semantics by reading the stored rows of their keys first and
 * comparing them in JavaScript: for a table whose key no unique index covers (the database cannot tell
 * a stored key), or a dialect that cannot decide "differs" itself.
 */
export function createCompareApply(table: string, adapter: SqlDialectAdapter, options: SqlSinkOptions, perStatement: number): ApplyRows {
  const keys: string[] = options.key ?? [];
  const keyOf = (row: Row, keyColumns: ColumnSpec[]) => keyColumns.map((c) => comparable(row[c.name], c)).join('\u0001');

  const insert = async (trx: Kysely<any>, rows: Row[], columns: ColumnSpec[], onKey: 'ignore' | 'update'): Promise<number> => {
    const nonKeys = columns.filter((c) => !c.key);
    let written = 0;
    for (let i = 0; i < rows.length; i += perStatement) {
      const query = trx.insertInto(table).values(rows.slice(i, i + perStatement));
      const update = onKey === 'ignore' ? 'ignore' : nonKeys.map((c) => c.name);
      const result = await onStoredKey(query, adapter, keys, update).executeTakeFirst();
      written += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return written;
  };

  /** The stored rows whose keys appear in `rows`, by key. */
  const storedRows = async (trx: Kysely<any>, rows: Row[], columns: ColumnSpec[]): Promise<Map<string, Row>> => {
    const found = new Map<string, Row>();
    const keyColumns = keys.map((k) => columns.find((c) => c.name === k)!);
    const perQuery = Math.max(1, Math.floor(adapter.maxParameters / keys.length));
    for (let i = 0; i < rows.length; i += perQuery) {
      const chunk = rows.slice(i, i + perQuery);
      const where =
        keys.length === 1
          ? sql<boolean>`${sql.ref(keys[0]!)} in (${sql.join(chunk.map((r) => r[keys[0]!]))})`
          : sql<boolean>`(${sql.join(keys.map((k) => sql.ref(k)))}) in (${sql.join(chunk.map((r) => sql`(${sql.join(keys.map((k) => r[k]))})`))})`;
      const selected = await trx
        .selectFrom(table)
        .select(columns.map((c) => c.name))
        .where(where)
        .execute();
      for (const row of selected as Row[]) found.set(keyOf(row, keyColumns), row);
    }
    return found;
  };

  return async (trx, batch: EncodedBatch, which): Promise<Counts> => {
    const { columns } = batch;
    const flat = rowParameters(batch, which, 0, which.length);
    const rows: Row[] = which.map((_, i) => Object.fromEntries(columns.map((c, j) => [c.name, flat[i * batch.width + j]])));
    const keyColumns = keys.map((k) => columns.find((c) => c.name === k)!);
    const stored = await storedRows(trx, rows, columns);
    const fresh = rows.filter((r) => !stored.has(keyOf(r, keyColumns)));
    if (options.mode === 'insert_new') {
      // ON CONFLICT DO NOTHING also covers a row another writer added since the SELECT.
      const inserted = fresh.length ? await insert(trx, fresh, columns, 'ignore') : 0;
      return { inserted, updated: 0, skipped: rows.length - inserted };
    }
    const nonKeys = columns.filter((c) => !c.key);
    const changed = rows.filter((r) => {
      const old = stored.get(keyOf(r, keyColumns));
      return old !== undefined && nonKeys.some((c) => comparable(old[c.name], c) !== comparable(r[c.name], c));
    });
    if (fresh.length || changed.length) await insert(trx, [...fresh, ...changed], columns, 'update');
    return { inserted: fresh.length, updated: changed.length, skipped: rows.length - fresh.length - changed.length };
  };
}
