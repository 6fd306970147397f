import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { encodeBatch, rowParameters } from '../src/sql/_sql-batch.js';
import { chunkSizes, createWriteStatements } from '../src/sql/_sql-statements.js';
import { isCanonicalInstant } from '../src/sql/_sql-values.js';
import { encodeCommon, POSTGRES_ADAPTER, SQLITE_ADAPTER, type ColumnSpec } from '../src/index.js';

const columns: ColumnSpec[] = [
  { name: 'id', type: 'integer', nullable: false, key: true },
  { name: 'tags', type: 'json', nullable: true },
];

describe('write statements', () => {
  it('splits rows into full statements and powers of two, so a table has few statement shapes', () => {
    expect(chunkSizes(1000, 500)).toEqual([500, 500]);
    expect(chunkSizes(999, 500)).toEqual([500, 256, 128, 64, 32, 16, 2, 1]);
    expect(chunkSizes(0, 500)).toEqual([]);
    expect(chunkSizes(3, 1)).toEqual([1, 1, 1]);
  });

  it('builds one upsert text per shape that leaves equal rows alone and reports inserted rows (PostgreSQL)', async () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
    const pg = createWriteStatements(db, POSTGRES_ADAPTER, 't', columns, ['id']);
    const text = pg.insert(2, 'update');
    expect(pg.insert(2, 'update')).toBe(text);
    expect(text).toContain(
      'on conflict ("id") do update set "tags" = excluded."tags" where "t"."tags"::jsonb is distinct from excluded."tags"::jsonb',
    );
    expect(text).toMatch(/returning \(xmax = 0\) as "inserted"$/);
    const sqlite = createWriteStatements(db, SQLITE_ADAPTER, 't', columns, ['id']);
    expect(sqlite.insert(2, 'update')).toContain('"t"."tags" is not excluded."tags" and not syncengine_same(\'json\'');
    expect(sqlite.countStored(3)).toBe('select count(*) as "n" from "t" where "id" in (?, ?, ?)');
    await db.destroy();
  });

  it('writes an instant already in canonical ISO text as it is, and parses any other form', () => {
    const column: ColumnSpec = { name: 'at', type: 'timestamp', nullable: true };
    expect(isCanonicalInstant('2026-01-02T03:04:05.678Z')).toBe(true);
    expect(isCanonicalInstant('2028-02-29T00:00:00.000Z')).toBe(true);
    // Not canonical: parsed as before (V8 rolls 30 February over to 2 March).
    expect(isCanonicalInstant('2026-02-30T00:00:00.000Z')).toBe(false);
    expect(isCanonicalInstant('2026-01-02T24:00:00.000Z')).toBe(false);
    expect(encodeCommon('2026-02-30T00:00:00.000Z', column)).toBe('2026-03-02T00:00:00.000Z');
    expect(encodeCommon('2026-01-02T05:04:05.678+02:00', column)).toBe('2026-01-02T03:04:05.678Z');
    expect(
      encodeCommon(
        '2026-01-02T03:04:05.678Z',
        column,
        (d) => `D${d.getTime()}`,
        (iso) => `T${iso}`,
      ),
    ).toBe('T2026-01-02T03:04:05.678Z');
  });

  it('keeps one row per key in any order: records in key order need no map, repeated keys keep the last (upsert) or first (insert_new)', () => {
    const idName: ColumnSpec[] = [
      { name: 'id', type: 'integer', nullable: false, key: true },
      { name: 'name', type: 'text', nullable: true },
    ];
    const batch = (ids: unknown[], dedupe: 'first' | 'last' = 'last', cols = idName) =>
      encodeBatch(
        ids.map((id, i) => ({ id, name: `r${i}` })),
        cols,
        SQLITE_ADAPTER,
        dedupe,
      );
    const kept = (b: ReturnType<typeof batch>) => b.rows.map((row) => b.values[row * b.width + 1]);
    expect(kept(batch([1, 2, 3]))).toEqual(['r0', 'r1', 'r2']);
    expect(kept(batch([3, 2, 1]))).toEqual(['r0', 'r1', 'r2']);
    // In key order but for one repeat at the end, or at the start of a falling run.
    expect(kept(batch([1, 2, 3, 3]))).toEqual(['r0', 'r1', 'r3']);
    expect(kept(batch([3, 3, 2, 1], 'first'))).toEqual(['r0', 'r2', 'r3']);
    expect(batch([1, 2, 3, 3]).superseded).toBe(1);
    // Equal keys in two forms are one key: `5` and "5" for an integer column.
    expect(kept(batch([4, 5, '5']))).toEqual(['r0', 'r2']);
    const text: ColumnSpec[] = [{ ...idName[0]!, type: 'text' }, idName[1]!];
    expect(kept(batch(['a', 'b', 'c'], 'last', text))).toEqual(['r0', 'r1', 'r2']);
    expect(kept(batch(['a', 'b', 'a'], 'last', text))).toEqual(['r1', 'r2']);
    // A batch written whole in one statement binds its values as they are; part of it, a copy of that part.
    const whole = batch([1, 2, 3]);
    expect(rowParameters(whole, whole.rows, 0, 3)).toBe(whole.values);
    expect(rowParameters(whole, whole.rows, 1, 3)).toEqual([2, 'r1', 3, 'r2']);
  });
});
