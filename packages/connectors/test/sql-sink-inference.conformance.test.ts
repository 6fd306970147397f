import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStateStore, type StateStore, type SyncRecord } from '@syncengine/engine';
import { adminDb, checkDatabase, testUrl, uniqueName } from '../../engine/test/_databases.js';
import { runYaml } from './_run.js';
import { json, startTestServer } from './_test-server.js';

/**
 * Tables from the data: a pipeline from a local HTTP server into a SQL sink that declares no columns,
 * on real SQLite, PostgreSQL and MariaDB. The table is created from the records, later runs add and
 * widen columns, and the `schema` policies decide what happens to records that do not fit.
 */
type Dialect = 'sqlite' | 'postgres' | 'mysql';

const dir = mkdtempSync(join(tmpdir(), 'syncengine-infer-'));
const sqliteFile = join(dir, 'sink.db');

interface Target {
  dialect: Dialect;
  run: boolean;
  require(): void;
  connection(): string;
  open(): Kysely<any>;
}

const TARGETS: Target[] = [
  {
    dialect: 'sqlite',
    run: true,
    require() {},
    connection: () => `{ type: sqlite, path: ${JSON.stringify(sqliteFile)} }`,
    open: () => new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(sqliteFile) }) }),
  },
  ...(await Promise.all(
    (['postgres', 'mysql'] as const).map(async (dialect): Promise<Target> => {
      const availability = await checkDatabase(dialect);
      return {
        dialect,
        run: availability.run,
        require: () => availability.require(),
        connection: () => `{ type: ${dialect}, url: ${JSON.stringify(testUrl(dialect))} }`,
        open: () => adminDb(dialect),
      };
    }),
  )),
];

/** The source's records: integers, numbers, booleans, ISO instants, text, nested objects and lists, nulls. */
const ITEMS: SyncRecord[] = [
  {
    id: 1,
    name: 'Anvil',
    price: 12.5,
    stock: 3,
    active: true,
    updatedAt: '2026-03-01T10:20:30.123Z',
    vendor: { vendorId: 7, name: 'Acme', tags: ['a', 'b'] },
    lines: [{ sku: 'x', qty: 2 }],
    note: null,
  },
  {
    id: 2,
    name: 'Bolt "M6"',
    price: 0.25,
    stock: 1200,
    active: false,
    updatedAt: '2026-03-02T00:00:00.000Z',
    vendor: { vendorId: 8, name: 'Bolts & Co', tags: [] },
    lines: [],
    note: 'ships in 2 days',
  },
];

/** Reads a row back the same way on every dialect: JSON parsed, instants as ISO UTC, booleans as booleans, numbers as numbers. */
function normalise(row: Record<string, unknown>, types: Record<string, 'json' | 'timestamp' | 'boolean' | 'number'>): SyncRecord {
  const out: SyncRecord = {};
  for (const [key, value] of Object.entries(row)) {
    const type = types[key];
    if (value === null) out[key] = null;
    else if (type === 'json') out[key] = typeof value === 'string' ? JSON.parse(value) : value;
    else if (type === 'timestamp')
      out[key] = new Date(
        value instanceof Date ? value : `${String(value).replace(' ', 'T')}${/Z|[+-]\d\d:?\d\d$/.test(String(value)) ? '' : 'Z'}`,
      ).toISOString();
    else if (type === 'boolean') out[key] = value === true || Number(value) === 1;
    else if (type === 'number') out[key] = Number(value);
    else out[key] = value;
  }
  return out;
}

const TYPES = {
  id: 'number',
  price: 'number',
  stock: 'number',
  active: 'boolean',
  updatedAt: 'timestamp',
  vendor: 'json',
  lines: 'json',
} as const;

describe.each(TARGETS)('$dialect SQL sink without declared columns', (target) => {
  describe.skipIf(!target.run)('tables from the data', () => {
    let db: Kysely<any>;
    let api: Awaited<ReturnType<typeof startTestServer>>;
    let served: SyncRecord[] = [];
    const cleanup: string[] = [];
    const table = () => {
      const name = uniqueName('inferred');
      cleanup.push(name);
      return name;
    };

    beforeAll(async () => {
      target.require();
      db = target.open();
      api = await startTestServer((_req, res) => json(res, 200, { items: served }));
    });
    afterAll(async () => {
      await api?.close();
      if (!db) return;
      for (const name of cleanup) await sql`drop table if exists ${sql.table(name)}`.execute(db).catch(() => {});
      await db.destroy();
    });

    const run = (sink: string, state?: StateStore) =>
      runYaml(
        [
          'version: 1',
          'connections:',
          `  api: { type: http, base_url: "${api.url}", retries: 0 }`,
          `  db: ${target.connection()}`,
          'streams:',
          '  items:',
          '    primary_key: [id]',
          '    source: { connection: api, path: /items, records_path: items }',
          `    sink: { connection: db, ${sink} }`,
        ].join('\n'),
        state ? { state } : {},
      );
    const read = async (name: string) =>
      ((await db.selectFrom(name).selectAll().orderBy('id').execute()) as Record<string, unknown>[]).map((r) => normalise(r, TYPES));

    it('creates the table from the records, every value equal to the source, and adds a column for a new field', async () => {
      const t = table();
      served = ITEMS;
      const first = await run(`table: ${t}, mode: upsert, key: [id]`);
      expect(first.result.streams[0]).toMatchObject({ status: 'succeeded', inserted: 2 });
      // `note` is null in the first record and text in the second; both rows read back as the source sent them.
      expect(await read(t)).toEqual(ITEMS);

      served = [
        { ...ITEMS[0]!, price: 13, barcode: '0042', stock: 4.5 },
        {
          id: 3,
          name: 'Chain',
          price: 'call us',
          stock: 2,
          active: true,
          updatedAt: 'soon',
          vendor: null,
          lines: null,
          note: null,
          barcode: 'X1',
        },
      ];
      const second = await run(`table: ${t}, mode: upsert, key: [id]`);
      expect(second.result.streams[0]).toMatchObject({ status: 'succeeded', inserted: 1, updated: 1 });
      const rows = await db.selectFrom(t).selectAll().orderBy('id').execute();
      // The new field has its column; price and stock widened (number -> text, integer -> number); updatedAt to text.
      expect(Object.keys(rows[0]!)).toContain('barcode');
      expect(rows.map((r) => [Number(r.id), r.barcode, String(r.price), Number(r.stock)])).toEqual([
        [1, '0042', '13', 4.5],
        [2, null, '0.25', 1200],
        [3, 'X1', 'call us', 2],
      ]);
      expect(rows[2]!.updatedAt).toBe('soon');
    });

    it('under freeze quarantines a record with a new field, naming the field, and writes the others', async () => {
      const t = table();
      served = ITEMS;
      const state = await createSqliteStateStore({ path: ':memory:' });
      try {
        await run(`table: ${t}, mode: upsert, key: [id], schema: freeze`, state);
        served = [
          { ...ITEMS[0]!, name: 'Anvil II' },
          { ...ITEMS[1]!, barcode: '0042' },
        ];
        const second = await run(`table: ${t}, mode: upsert, key: [id], schema: freeze`, state);
        expect(second.result.streams[0]).toMatchObject({ status: 'succeeded', updated: 1, recordsRejected: 1 });
        const quarantined = await state.quarantine.list({ stream: 'items' });
        expect(quarantined.map((q) => [q.record.id, q.reasons])).toEqual([
          [2, [`field "barcode" is not a column of table "${t}" (schema: freeze)`]],
        ]);
        const rows = await db.selectFrom(t).selectAll().orderBy('id').execute();
        expect(Object.keys(rows[0]!)).not.toContain('barcode');
        expect(rows.map((r) => r.name)).toEqual(['Anvil II', 'Bolt "M6"']);
      } finally {
        await state.close();
      }
    });

    it('discard_columns drops new fields and values that do not fit; discard_records drops such records', async () => {
      const columns = table();
      const records = table();
      served = ITEMS;
      await run(`table: ${columns}, mode: upsert, key: [id], schema: discard_columns`);
      await run(`table: ${records}, mode: upsert, key: [id], schema: discard_records`);
      served = [
        { ...ITEMS[0]!, stock: 'many' },
        { ...ITEMS[1]!, barcode: '0042' },
        { ...ITEMS[1]!, id: 5 },
      ];
      const kept = await run(`table: ${columns}, mode: upsert, key: [id], schema: discard_columns`);
      expect(kept.result.streams[0]).toMatchObject({ status: 'succeeded', inserted: 1, updated: 1 });
      const rows = await db.selectFrom(columns).selectAll().orderBy('id').execute();
      expect(Object.keys(rows[0]!)).not.toContain('barcode');
      expect(rows.map((r) => [Number(r.id), r.stock === null ? null : Number(r.stock)])).toEqual([
        [1, null],
        [2, 1200],
        [5, 1200],
      ]);
      const dropped = await run(`table: ${records}, mode: upsert, key: [id], schema: discard_records`);
      expect(dropped.result.streams[0]).toMatchObject({ status: 'succeeded', inserted: 1, skipped: 2, recordsRejected: 0 });
      expect((await db.selectFrom(records).select('id').orderBy('id').execute()).map((r) => Number(r.id))).toEqual([1, 2, 5]);
      expect(Number((await db.selectFrom(records).select('stock').where('id', '=', 1).executeTakeFirst())!.stock)).toBe(3);
    });

    it('replace mode creates the table from the first batch inside the load', async () => {
      const t = table();
      served = ITEMS;
      const first = await run(`table: ${t}, mode: replace`);
      expect(first.result.streams[0]).toMatchObject({ status: 'succeeded', inserted: 2 });
      expect(await read(t)).toEqual(ITEMS);
      const again = await run(`table: ${t}, mode: replace`);
      expect(again.result.streams[0]).toMatchObject({ status: 'succeeded', inserted: 2 });
      expect(await read(t)).toEqual(ITEMS);
    });
  });
});
