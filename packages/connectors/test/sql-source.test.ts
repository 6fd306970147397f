import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStateStore, type RunOptions, type SyncRecord } from '@syncengine/engine';
import {
  BUILTIN_CONNECTORS,
  MYSQL_ADAPTER,
  POSTGRES_ADAPTER,
  SQLITE_ADAPTER,
  type ColumnSpec,
  type SqlDialectAdapter,
} from '../src/index.js';
import { adminDb, checkDatabase, testUrl, uniqueName } from '../../engine/test/_databases.js';
import { collected, listEngine } from './_list-source.js';
import { testSource } from '@syncengine/testing';

/** The SQL source (a query as a stream) on SQLite, PostgreSQL and MariaDB. */
const dir = mkdtempSync(join(tmpdir(), 'syncengine-sql-source-'));
const sqliteFile = join(dir, 'source.db');

interface Target {
  dialect: 'sqlite' | 'postgres' | 'mysql';
  adapter: SqlDialectAdapter;
  run: boolean;
  require(): void;
  connection: string;
  open(): Kysely<any>;
}

const TARGETS: Target[] = [
  {
    dialect: 'sqlite',
    adapter: SQLITE_ADAPTER,
    run: true,
    require() {},
    connection: `{ type: sqlite, url: ${JSON.stringify(`sqlite:${sqliteFile}`)} }`,
    open: () => new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(sqliteFile) }) }),
  },
  ...(await Promise.all(
    (['postgres', 'mysql'] as const).map(async (dialect): Promise<Target> => {
      const availability = await checkDatabase(dialect);
      return {
        dialect,
        adapter: dialect === 'postgres' ? POSTGRES_ADAPTER : MYSQL_ADAPTER,
        run: availability.run,
        require: () => availability.require(),
        connection: `{ type: ${dialect}, url: ${JSON.stringify(testUrl(dialect))}, pool_size: 3 }`,
        open: () => adminDb(dialect),
      };
    }),
  )),
];

const SOURCE_COLUMNS: ColumnSpec[] = [
  { name: 'id', type: 'integer', nullable: false, key: true },
  { name: 'name', type: 'text', nullable: true },
  { name: 'amount', type: 'decimal', nullable: true, precision: 12, scale: 2 },
  { name: 'active', type: 'boolean', nullable: true },
  { name: 'meta', type: 'json', nullable: true },
  { name: 'updated_at', type: 'timestamp', nullable: true },
  { name: 'big', type: 'bigint', nullable: true },
];
const ROWS = 2500;
const START = Date.parse('2026-01-01T00:00:00Z');
const sourceRow = (i: number): SyncRecord => ({
  id: i,
  name: `n${i}`,
  amount: `${i}.25`,
  active: i % 2 === 0,
  meta: { i, tags: ['a', 'ü'] },
  updated_at: new Date(START + i * 60_000).toISOString(),
  big: i === 1 ? '9007199254740993' : i,
});

const asJson = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const asBool = (v: unknown) => v === true || v === 1;

describe.each(TARGETS)('$dialect SQL source', (target) => {
  describe.skipIf(!target.run)('query', () => {
    let db: Kysely<any>;
    const src = uniqueName('src');
    const clients = uniqueName('client_api_credentials');
    const copy = uniqueName('copy');

    const insert = async (table: string, records: SyncRecord[]) => {
      for (let i = 0; i < records.length; i += 500) {
        const chunk = records
          .slice(i, i + 500)
          .map((r) => Object.fromEntries(SOURCE_COLUMNS.map((c) => [c.name, target.adapter.encode(r[c.name], c)])));
        await db.insertInto(table).values(chunk).execute();
      }
    };

    /** Runs a one-stream pipeline reading `source` options from the target into the `collect` sink (or `sink`). */
    const run = async (
      source: Record<string, unknown>,
      options: Partial<RunOptions> & {
        stream?: Record<string, unknown>;
        sink?: Record<string, unknown>;
        vars?: Record<string, unknown>;
        top?: Record<string, unknown>;
      } = {},
    ) => {
      const { stream: streamExtra, sink, vars, top, ...runOptions } = options;
      const yaml = [
        'version: 1',
        ...(vars ? [`vars: ${JSON.stringify(vars)}`] : []),
        ...Object.entries(top ?? {}).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
        'connections:',
        `  db: ${target.connection}`,
        '  out: { type: collect }',
        'streams:',
        '  rows:',
        `    source: ${JSON.stringify({ connection: 'db', ...source })}`,
        `    sink: ${JSON.stringify(sink ?? { connection: 'out' })}`,
        ...Object.entries(streamExtra ?? {}).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`),
      ].join('\n');
      const pipeline = await listEngine.parse(yaml, { file: 'source.yaml', baseDir: dir }, { env: {} });
      const state = runOptions.state ?? (await createSqliteStateStore({ path: ':memory:' }));
      try {
        const result = await listEngine.run(pipeline, { ...runOptions, state });
        return { result, stream: result.streams[0]!, records: collected.flat() };
      } finally {
        if (!runOptions.state) await state.close();
      }
    };

    beforeAll(async () => {
      target.require();
      db = target.open();
      let create = db.schema.createTable(src);
      for (const c of SOURCE_COLUMNS)
        create = create.addColumn(c.name, sql.raw(target.adapter.columnType(c)), (b) => (c.key ? b.primaryKey() : b));
      await create.execute();
      await insert(
        src,
        Array.from({ length: ROWS }, (_, i) => sourceRow(i + 1)),
      );
      await db.schema
        .createTable(clients)
        .addColumn('client_id', 'integer')
        .addColumn('api_key', 'varchar(40)')
        .addColumn('active', sql.raw(target.adapter.columnType({ name: 'active', type: 'boolean', nullable: true })))
        .execute();
      await db
        .insertInto(clients)
        .values([1, 2, 3].map((i) => ({ client_id: i, api_key: `key-${i}`, active: target.adapter.encode(i !== 2, SOURCE_COLUMNS[3]!) })))
        .execute();
    });
    beforeEach(() => {
      collected.length = 0;
    });
    afterAll(async () => {
      if (!db) return;
      for (const t of [src, clients, copy]) await db.schema.dropTable(t).ifExists().execute();
      await db.destroy();
    });

    it('streams rows in pages of batch_size, as plain JSON values', async () => {
      const { stream, records } = await run({ query: `select * from ${src} order by id`, batch_size: 1000 });
      expect(stream.error).toBeUndefined();
      expect(stream).toMatchObject({ status: 'succeeded', recordsRead: ROWS, pages: 3 });
      expect(records).toHaveLength(ROWS);
      const [first, second] = records;
      expect({ ...first, meta: asJson(first!.meta), active: asBool(first!.active) }).toEqual({
        id: 1,
        name: 'n1',
        amount: '1.25',
        active: false,
        meta: { i: 1, tags: ['a', 'ü'] },
        updated_at: '2026-01-01T00:01:00.000Z',
        big: '9007199254740993',
      });
      expect([second!.big, asBool(second!.active), second!.updated_at]).toEqual([2, true, '2026-01-01T00:02:00.000Z']);
    });

    it('binds ${cursor} as a parameter: an incremental stream reads only rows past the stored cursor', async () => {
      const state = await createSqliteStateStore({ path: join(dir, `${target.dialect}-state.db`) });
      const query = `select id, name, updated_at from ${src} where updated_at > \${cursor} order by updated_at`;
      const stream = { incremental: { cursor_field: 'updated_at', initial: '2026-01-02T17:00:00Z', ordered: true } };
      const first = await run({ query }, { state, stream });
      expect(first.stream).toMatchObject({ status: 'succeeded', recordsRead: 40, cursorAfter: '2026-01-02T17:40:00.000Z' });
      await insert(src, [sourceRow(ROWS + 1), sourceRow(ROWS + 2)]);
      collected.length = 0;
      const second = await run({ query }, { state, stream });
      expect(second.records.map((r) => r.id)).toEqual([ROWS + 1, ROWS + 2]);
      expect(second.stream.cursorAfter).toBe('2026-01-02T17:42:00.000Z');
      await db.deleteFrom(src).where('id', '>', ROWS).execute();
      await state.close();
    });

    it('binds :name params (from vars) and never splices a value into the SQL', async () => {
      const { records } = await run(
        {
          query: `select ':who' as quoted, :who as bound /* :who */ from ${src} where name = :who or id = :id -- :who`,
          params: { who: '${vars.who}', id: 7 },
        },
        { vars: { who: "x' or '1'='1" } },
      );
      expect(records).toEqual([{ quoted: ':who', bound: "x' or '1'='1" }]);
    });

    it('splices a reference that is a whole quoted identifier (a per-tenant table) only when it is a plain name', async () => {
      const q = target.dialect === 'mysql' ? '`' : '"';
      const query = `select count(*) as n from ${q}\${partition}${q}`;
      const named = await run({ query }, { stream: { partitions: { values: [src] } } });
      expect(named.stream.status, named.stream.error).toBe('succeeded');
      expect(Number(named.records[0]!.n)).toBeGreaterThan(0);
      const evil = await run({ query }, { stream: { partitions: { values: [`${src}; drop table x`] } } });
      expect(evil.stream.status).toBe('failed');
      expect(evil.stream.error).toContain('in a quoted identifier must be letters, digits and _');
    });

    it('rejects a reference inside a quoted string, and a param the query does not use', async () => {
      const quoted = await run({ query: `select * from ${src} where name = '\${cursor}'` });
      expect(quoted.stream.status).toBe('failed');
      expect(quoted.stream.error).toBe(
        '[source:db] query: ${cursor} is inside a quoted string; remove the quotes, the value is sent as a bound parameter',
      );
      const unused = await run({ query: `select * from ${src} where id = :id`, params: { id: 1, idd: 2 } });
      expect(unused.stream.error).toBe('[source:db] params idd is not used in the query; write :idd where the value belongs');
    });

    it('stops at --limit and gives the connection back (the run closes its pool)', async () => {
      const { stream } = await run({ query: `select id from ${src} order by id`, batch_size: 100 }, { limit: 10 });
      expect(stream).toMatchObject({ status: 'succeeded', recordsRead: 10, pages: 1 });
    });

    it('reads one table while writing another of the same database in one stream (DB-to-DB)', async () => {
      const sink = {
        connection: 'db',
        table: copy,
        mode: 'upsert',
        key: ['id'],
        columns: { id: 'integer', name: 'text', amount: { type: 'decimal', precision: 12, scale: 2 }, updated_at: 'timestamp' },
      };
      const first = await run({ query: `select id, name, amount, updated_at from ${src} order by id`, batch_size: 700 }, { sink });
      expect(first.stream).toMatchObject({ status: 'succeeded', inserted: ROWS });
      const again = await run({ query: `select id, name, amount, updated_at from ${src} order by id`, batch_size: 700 }, { sink });
      expect(again.stream).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, skipped: ROWS });
      const row = await db.selectFrom(copy).selectAll().where('id', '=', 2500).executeTakeFirstOrThrow();
      expect([row.name, row.amount, new Date(row.updated_at).toISOString()]).toEqual(['n2500', '2500.25', '2026-01-02T17:40:00.000Z']);
    });

    it("lists tenants from a client_api_credentials table and reads each tenant's rows (partitions from a SQL source)", async () => {
      const { stream, records } = await run(
        { query: `select id from ${src} where id % 10 = \${partition} and id <= 20 order by id` },
        {
          stream: {
            partitions: {
              from: {
                source: {
                  connection: 'db',
                  query: `select client_id, api_key from ${clients} where active = :active order by client_id`,
                  params: { active: true },
                },
              },
              key: 'client_id',
            },
          },
        },
      );
      expect(stream.status).toBe('succeeded');
      expect(records.map((r) => r.id)).toEqual([1, 11, 3, 13]);
    });
    it("reads tenants from a client_api_credentials table and records each tenant's result with a SQL write-back", async () => {
      const timestamp = sql.raw(target.adapter.columnType({ name: 'last_sync_at', type: 'timestamp', nullable: true }));
      await db.schema.alterTable(clients).addColumn('last_status', 'varchar(20)').execute();
      await db.schema.alterTable(clients).addColumn('last_sync_at', timestamp).execute();
      const before = Date.now();
      const { result, records } = await run(
        { query: `select id from ${src} where id % 10 = \${tenant.client_id} and id <= 20 order by id` },
        {
          top: {
            tenants: {
              source: {
                connection: 'db',
                query: `select client_id, api_key from ${clients} where active = :active order by client_id`,
                params: { active: true },
              },
              id: 'client_id',
              write_back: {
                connection: 'db',
                success: `update ${clients} set last_status = \${result.status}, last_sync_at = \${result.finished_at} where client_id = \${tenant.client_id}`,
              },
            },
          },
        },
      );
      expect(result.status).toBe('succeeded');
      expect(records.map((r) => r.id)).toEqual([1, 11, 3, 13]);
      const rows = await db.selectFrom(clients).select(['client_id', 'last_status', 'last_sync_at']).orderBy('client_id').execute();
      expect(rows.map((r) => [Number(r.client_id), r.last_status])).toEqual([
        [1, 'succeeded'],
        [2, null],
        [3, 'succeeded'],
      ]);
      const synced = new Date(rows[0]!.last_sync_at as string).getTime();
      expect(synced).toBeGreaterThanOrEqual(before - 1000);
      expect(synced).toBeLessThanOrEqual(Date.now() + 1000);
    });
  });
});

// The exported conformance kit, as a third-party source runs it, over every dialect.
for (const target of TARGETS) {
  const table = uniqueName('kit_src');
  testSource(`${target.dialect} source`, {
    connector: BUILTIN_CONNECTORS[target.dialect]!,
    connection: target.dialect === 'sqlite' ? { path: sqliteFile } : { url: testUrl(target.dialect), pool_size: 3 },
    skip: !target.run,
    source: { query: `select id, name, updated_at from ${table}` },
    incremental: {
      source: { query: `select id, name, updated_at from ${table} where id > \${cursor} order by id` },
      cursor_field: 'id',
      initial: 0,
    },
    async seed(records) {
      target.require();
      const db = target.open();
      try {
        await db.schema.dropTable(table).ifExists().execute();
        await db.schema
          .createTable(table)
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('name', 'varchar(100)')
          .addColumn('updated_at', 'varchar(40)')
          .execute();
        if (records.length) await db.insertInto(table).values(records).execute();
      } finally {
        await db.destroy();
      }
    },
  });
  afterAll(async () => {
    if (!target.run) return;
    const db = target.open();
    await db.schema.dropTable(table).ifExists().execute();
    await db.destroy();
  });
}
