import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createConsola } from 'consola';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  createRedactor,
  createSqliteStateStore,
  createStateStore,
  NO_METRICS,
  renderRuntime,
  type StateStore,
  type SyncRecord,
} from '@syncengine/engine';
import {
  BUILTIN_CONNECTORS,
  MYSQL_ADAPTER,
  POSTGRES_ADAPTER,
  SQLITE_ADAPTER,
  type SqlDialectAdapter,
  type SqlSinkOptions,
  type SqlSourceOptions,
} from '../src/index.js';
import { adminDb, checkDatabase, scratchDatabaseName, TEST_URLS, testUrl, uniqueName } from '../../engine/test/_databases.js';
import { feed, listEngine } from './_list-source.js';
import { COLUMNS } from './_sql-columns.js';
import { testSink } from '@syncengine/testing';

/**
 * The SQL sink conformance suite: every behaviour of the generic SQL sink, run against real SQLite,
 * PostgreSQL and MariaDB. The dialects differ only in the fixtures below (trigger and procedure
 * syntax, how a reader waits during `replace`), never in what is asserted.
 */
type Dialect = 'sqlite' | 'postgres' | 'mysql';

const dir = mkdtempSync(join(tmpdir(), 'syncengine-sql-'));
const sqliteFile = join(dir, 'sink.db');

interface Target {
  dialect: Dialect;
  adapter: SqlDialectAdapter;
  run: boolean;
  require(): void;
  /** The `connections.db` block of a pipeline, optionally for another database (MySQL) of the server. */
  connection(database?: string): string;
  /** A kysely instance on the sink's database (or another database of the server), for setup and assertions. */
  open(database?: string): Kysely<any>;
  /** SQL that makes inserts into `table` fail when `column` equals `value`. */
  failingTrigger(name: string, table: string, column: string, value: string): string[];
  /** A stored procedure that logs `('after', count(*) of table)`, and how to call it. */
  procedure(name: string, log: string, table: string): { setup: string[]; call: string; drop: string };
  /** What a reader sees while `replace` is loading: the old rows (MVCC, WAL), or it waits for the commit (PostgreSQL TRUNCATE lock). */
  replaceReaders: 'see-old-rows' | 'wait';
  /** The column types a created table gets, in the order of COLUMNS. */
  createdTypes: RegExp[];
}

const sqliteOpen = () => new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(sqliteFile) }) });
const LOG_INSERT = (log: string, table: string) => `insert into ${log} (event, n) select 'after', count(*) from ${table}`;

const TARGETS: Target[] = [
  {
    dialect: 'sqlite',
    adapter: SQLITE_ADAPTER,
    run: true,
    require() {},
    connection: () => `{ type: sqlite, path: ${JSON.stringify(sqliteFile)} }`,
    open: sqliteOpen,
    failingTrigger: (name, table, column, value) => [
      `create trigger ${name} before insert on ${table} when new.${column} = '${value}' begin select raise(abort, 'rejected by trigger'); end`,
    ],
    procedure: (_name, log, table) => ({ setup: [], call: LOG_INSERT(log, table), drop: 'select 1' }),
    replaceReaders: 'see-old-rows',
    createdTypes: [/^integer$/, /^text$/, /^text$/, /^boolean$/, /^json$/, /^timestamp$/, /^date$/],
  },
  ...(await Promise.all(
    (['postgres', 'mysql'] as const).map(async (dialect): Promise<Target> => {
      const availability = await checkDatabase(dialect);
      const pg = dialect === 'postgres';
      return {
        dialect,
        adapter: pg ? POSTGRES_ADAPTER : MYSQL_ADAPTER,
        run: availability.run,
        require: () => availability.require(),
        connection: (database) =>
          `{ type: ${dialect}, url: ${JSON.stringify(testUrl(dialect, database ? { database } : {}))}, pool_size: 4 }`,
        open: (database) => adminDb(dialect, database ? { database } : {}),
        failingTrigger: (name, table, column, value) =>
          pg
            ? [
                `create function ${name}() returns trigger language plpgsql as $$ begin if new.${column} = '${value}' then raise exception 'rejected by trigger'; end if; return new; end $$`,
                `create trigger ${name} before insert on ${table} for each row execute function ${name}()`,
              ]
            : [
                `create trigger ${name} before insert on ${table} for each row begin if new.${column} = '${value}' then signal sqlstate '45000' set message_text = 'rejected by trigger'; end if; end`,
              ],
        procedure: (name, log, table) =>
          pg
            ? {
                setup: [`create procedure ${name}() language plpgsql as $$ begin ${LOG_INSERT(log, table)}; end $$`],
                call: `call ${name}()`,
                drop: `drop procedure if exists ${name}`,
              }
            : {
                setup: [`create procedure ${name}() ${LOG_INSERT(log, table)}`],
                call: `call ${name}()`,
                drop: `drop procedure if exists ${name}`,
              },
        replaceReaders: pg ? 'wait' : 'see-old-rows',
        createdTypes: pg
          ? [/^integer$/, /^text$/, /^numeric$/, /^boolean$/, /^jsonb$/, /^timestamp with time zone$/, /^date$/]
          : [/^int/, /^longtext$/, /^decimal\(16,2\)$/, /^tinyint\(1\)$/, /^(json|longtext)$/, /^datetime\(3\)$/, /^date$/],
      };
    }),
  )),
];

/** Reads values back the same way on every dialect: JSON parsed, instants as ISO UTC, booleans as booleans. */
const asJson = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const asInstant = (v: unknown) => (v === null ? null : new Date(v as string | Date).toISOString());
const asBool = (v: unknown) => (v === null ? null : v === true || Number(v) === 1);
const asDay = (v: unknown) => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

describe.each(TARGETS)('$dialect SQL sink', (target) => {
  describe.skipIf(!target.run)('conformance', () => {
    let db: Kysely<any>;
    const cleanup: string[] = [];
    const table = (prefix = 't') => {
      const name = uniqueName(prefix);
      cleanup.push(`drop table if exists ${name}`);
      return name;
    };
    const exec = async (statements: string[], on: Kysely<any> = db) => {
      for (const statement of statements) await sql.raw(statement).execute(on);
    };
    const rows = async (name: string, order = 'id') =>
      (await db.selectFrom(name).selectAll().orderBy(order).execute()) as Record<string, unknown>[];
    const count = async (name: string) =>
      Number((await sql<{ n: unknown }>`select count(*) as n from ${sql.table(name)}`.execute(db)).rows[0]!.n);

    /** Runs a pipeline: the `list` source yields `pages`, the stream writes to `sink` on the target database. */
    const run = async (
      sink: Record<string, unknown>,
      pages: SyncRecord[][],
      options: {
        batch?: number;
        state?: StateStore;
        incremental?: Record<string, unknown>;
        connection?: string;
        afterPage?: (n: number) => Promise<void>;
      } = {},
    ) => {
      feed.pages = pages;
      feed.afterPage = options.afterPage;
      const yaml = [
        'version: 1',
        `defaults: { batch_size: ${options.batch ?? 100} }`,
        'connections:',
        '  src: { type: list }',
        `  db: ${options.connection ?? target.connection()}`,
        'streams:',
        '  things:',
        '    source: { connection: src }',
        ...(options.incremental ? [`    incremental: ${JSON.stringify(options.incremental)}`] : []),
        `    sink: ${JSON.stringify({ connection: 'db', ...sink })}`,
      ].join('\n');
      const pipeline = await listEngine.parse(yaml, { file: 't.yaml', baseDir: dir }, { env: {} });
      const state = options.state ?? (await createSqliteStateStore({ path: ':memory:' }));
      try {
        const result = await listEngine.run(pipeline, { state });
        return { result, stream: result.streams[0]! };
      } finally {
        if (!options.state) await state.close();
      }
    };

    beforeAll(() => {
      target.require();
      db = target.open();
    });
    afterAll(async () => {
      if (!db) return;
      for (const statement of cleanup.reverse())
        await sql
          .raw(statement)
          .execute(db)
          .catch(() => {});
      await db.destroy();
    });

    it('creates the table from declared columns and round-trips JSON, instants, exact decimals, dates, booleans, unicode and NULLs', async () => {
      const t = table();
      const { stream } = await run({ table: t, mode: 'append', columns: COLUMNS }, [
        [
          {
            id: 1,
            name: 'Zürich ☕ 東京 😀 "quoted" \\ back',
            price: '12345678901234.56',
            active: true,
            tags: { nested: ['a', { b: 1.5 }], empty: null, text: 'ü' },
            seen_at: '2026-01-02T03:04:05.123+02:00',
            day: '2026-02-28',
          },
          { id: 2, name: null, price: null, active: false, tags: null, seen_at: '2026-07-01 12:00:00', day: null },
          { id: 3, price: '-0.50', tags: [1, 'two'], seen_at: new Date('2026-03-04T05:06:07.890Z') },
        ],
      ]);
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 3, updated: 0, skipped: 0 });
      const stored = (await rows(t)).map((r) => ({
        id: Number(r.id),
        name: r.name,
        price: r.price,
        active: asBool(r.active),
        tags: asJson(r.tags),
        seen_at: asInstant(r.seen_at),
        day: asDay(r.day),
      }));
      expect(stored).toEqual([
        {
          id: 1,
          name: 'Zürich ☕ 東京 😀 "quoted" \\ back',
          price: '12345678901234.56',
          active: true,
          tags: { nested: ['a', { b: 1.5 }], empty: null, text: 'ü' },
          seen_at: '2026-01-02T01:04:05.123Z',
          day: '2026-02-28',
        },
        { id: 2, name: null, price: null, active: false, tags: null, seen_at: '2026-07-01T12:00:00.000Z', day: null },
        { id: 3, name: null, price: '-0.50', active: null, tags: [1, 'two'], seen_at: '2026-03-04T05:06:07.890Z', day: null },
      ]);
      const types = (await target.adapter.tableColumns(db, t))!.map((c) => c.dataType);
      expect(types).toHaveLength(target.createdTypes.length);
      types.forEach((type, i) => expect(type).toMatch(target.createdTypes[i]!));
    });

    it('append inserts every record, again on a rerun', async () => {
      const t = table();
      const sink = { table: t, mode: 'append', columns: { id: 'integer', name: 'text' } };
      await run(sink, [
        [
          { id: 1, name: 'a' },
          { id: 2, name: 'b' },
        ],
      ]);
      const { stream } = await run(sink, [[{ id: 1, name: 'a' }]]);
      expect(stream).toMatchObject({ inserted: 1, updated: 0, skipped: 0 });
      expect(await count(t)).toBe(3);
    });

    it('insert_new writes only keys that are not there yet; the first record of a key in a batch wins', async () => {
      const t = table();
      const sink = { table: t, mode: 'insert_new', key: ['id'], columns: COLUMNS };
      await run(sink, [[{ id: 1, name: 'first' }]]);
      const { stream } = await run(sink, [
        [
          { id: 1, name: 'changed' },
          { id: 2, name: 'new' },
          { id: 2, name: 'dup in batch' },
        ],
      ]);
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 1, updated: 0, skipped: 2 });
      expect((await rows(t)).map((r) => [Number(r.id), r.name])).toEqual([
        [1, 'first'],
        [2, 'new'],
      ]);
      const again = await run(sink, [
        [
          { id: 1, name: 'x' },
          { id: 2, name: 'y' },
        ],
      ]);
      expect(again.stream).toMatchObject({ inserted: 0, skipped: 2 });
    });

    it('upsert inserts new keys, updates changed rows and counts equal values in another form as unchanged', async () => {
      const t = table();
      const sink = { table: t, mode: 'upsert', key: ['id'], columns: COLUMNS };
      await run(sink, [
        [
          {
            id: 1,
            name: 'one',
            price: '1.50',
            active: true,
            tags: { a: 1, b: [1, 2] },
            seen_at: '2026-01-01T00:00:00Z',
            day: '2026-01-01',
          },
          { id: 2, name: 'two', price: '2.00', active: false, tags: null, seen_at: null },
        ],
      ]);
      const { stream } = await run(sink, [
        [
          // Same values written differently: key order, a number for a decimal, another zone for the same instant.
          {
            id: 1,
            name: 'one',
            price: 1.5,
            active: true,
            tags: { b: [1, 2], a: 1 },
            seen_at: '2026-01-01T01:00:00+01:00',
            day: '2026-01-01',
          },
          { id: 2, name: 'TWO', price: '2.00', active: false, tags: null, seen_at: null },
          { id: 3, name: 'three', price: '3.00', active: true },
        ],
      ]);
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 1, updated: 1, skipped: 1, recordsWritten: 3 });
      expect((await rows(t)).map((r) => [Number(r.id), r.name, r.price])).toEqual([
        [1, 'one', '1.50'],
        [2, 'TWO', '2.00'],
        [3, 'three', '3.00'],
      ]);
      const rerun = await run(sink, [[{ id: 3, name: 'three', price: '3', active: true }]]);
      expect(rerun.stream).toMatchObject({ inserted: 0, updated: 0, skipped: 1 });
    });

    it('upsert counts right in a table it created, whether a batch is new rows, stored ones or both', async () => {
      const t = table();
      const sink = { table: t, mode: 'upsert', key: ['id'], columns: { id: 'integer', name: 'text' }, rows_per_statement: 2 };
      const named = (ids: number[], name = (id: number) => `n${id}`) => ids.map((id) => ({ id, name: name(id) }));
      const changed = (id: number) => (id === 3 ? 'changed' : `n${id}`);
      // Batches of three: new rows, then new and stored (one changed), then stored, then new and stored.
      const { stream } = await run(sink, [named([1, 2, 3]), named([3, 4, 2], changed), named([1, 2, 4]), named([5, 6, 3], changed)], {
        batch: 3,
      });
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 6, updated: 1, skipped: 5, recordsWritten: 12 });
      expect((await rows(t)).map((r) => [Number(r.id), r.name])).toEqual([
        [1, 'n1'],
        [2, 'n2'],
        [3, 'changed'],
        [4, 'n4'],
        [5, 'n5'],
        [6, 'n6'],
      ]);
    });

    it('upsert on a composite key, text keys compared exactly', async () => {
      const t = table();
      const sink = { table: t, mode: 'upsert', key: ['platform', 'id'], columns: { platform: 'text', id: 'integer', name: 'text' } };
      await run(sink, [
        [
          { platform: 'a', id: 1, name: 'x' },
          { platform: 'b', id: 1, name: 'y' },
        ],
      ]);
      const { stream } = await run(sink, [
        [
          { platform: 'b', id: 1, name: 'z' },
          { platform: 'B', id: 1, name: 'upper' },
        ],
      ]);
      expect(stream).toMatchObject({ inserted: 1, updated: 1, skipped: 0 });
      expect((await rows(t, 'name')).map((r) => [r.platform, Number(r.id), r.name])).toEqual([
        ['B', 1, 'upper'],
        ['a', 1, 'x'],
        ['b', 1, 'z'],
      ]);
    });

    it('replace swaps the whole table in one transaction: readers never see a half-loaded table', async () => {
      const t = table();
      const sink = { table: t, mode: 'replace', key: ['id'], columns: { id: 'integer', name: 'text' } };
      await run(sink, [
        [
          { id: 1, name: 'old' },
          { id: 2, name: 'old' },
          { id: 3, name: 'old' },
        ],
      ]);
      const seen: unknown[] = [];
      const reader = target.dialect === 'sqlite' ? sqliteOpen() : target.open();
      const { stream } = await run(
        sink,
        [
          [
            { id: 10, name: 'new' },
            { id: 11, name: 'new' },
          ],
          [
            { id: 12, name: 'new' },
            { id: 13, name: 'new' },
          ],
        ],
        {
          batch: 2,
          afterPage: async (page) => {
            if (page !== 1) return;
            // The first batch is in the table, uncommitted: another connection must not see it.
            if (target.replaceReaders === 'see-old-rows') {
              seen.push((await reader.selectFrom(t).select('name').orderBy('id').execute()).map((r) => r.name));
            } else {
              const peek = reader.transaction().execute(async (trx) => {
                await sql`set local lock_timeout = '200ms'`.execute(trx);
                return sql`select count(*) from ${sql.table(t)}`.execute(trx);
              });
              await expect(peek).rejects.toThrow(/lock timeout/);
              seen.push('waited');
            }
          },
        },
      );
      await reader.destroy();
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 4, updated: 0, skipped: 0, batches: 2 });
      expect(seen).toEqual([target.replaceReaders === 'see-old-rows' ? ['old', 'old', 'old'] : 'waited']);
      expect((await rows(t)).map((r) => Number(r.id))).toEqual([10, 11, 12, 13]);
    });

    it('replace rolls back on a failing batch and on a failing after hook: the old rows are still there', async () => {
      const t = table();
      const log = table('log');
      await exec([`create table ${log} (event varchar(20), n integer)`]);
      const sink = { table: t, mode: 'replace', key: ['id'], columns: { id: 'integer', name: 'text' } };
      await run(sink, [
        [
          { id: 1, name: 'old' },
          { id: 2, name: 'old' },
        ],
      ]);

      // A trigger's exception is not about the data of a row: it fails the batch (a refused row would not).
      await exec(target.failingTrigger(uniqueName('trg'), t, 'name', 'bad'));
      const failing = await run(
        { ...sink, before: [`insert into ${log} (event) values ('before')`] },
        [[{ id: 10 }, { id: 11 }], [{ id: 12, name: 'bad' }]],
        { batch: 2 },
      );
      expect(failing.stream.status).toBe('failed');
      expect(failing.stream.error).toMatch(/batch 2 \(1 records\) failed: .*rejected by trigger/);
      expect((await rows(t)).map((r) => [Number(r.id), r.name])).toEqual([
        [1, 'old'],
        [2, 'old'],
      ]);

      const badHook = await run(
        { ...sink, before: [`insert into ${log} (event) values ('before')`], after: ['select * from no_such_table_anywhere'] },
        [[{ id: 20 }]],
      );
      expect(badHook.stream.status).toBe('failed');
      expect(badHook.stream.error).toMatch(/after\[0\] failed/);
      expect((await rows(t)).map((r) => Number(r.id))).toEqual([1, 2]);
      // The before hooks ran inside the same transaction: rolled back too.
      expect(await count(log)).toBe(0);
    });

    it('runs before and after hooks: once per stream, after the data is committed, e.g. CALL procedure()', async () => {
      const t = table();
      const log = table('log');
      const proc = target.procedure(uniqueName('p'), log, t);
      cleanup.push(proc.drop);
      await exec([`create table ${log} (event varchar(20), n integer)`, ...proc.setup]);
      const sink = {
        table: t,
        mode: 'upsert',
        key: ['id'],
        columns: { id: 'integer' },
        before: [`insert into ${log} (event, n) values ('before', 0)`],
        after: [proc.call],
      };
      const { stream } = await run(sink, [[{ id: 1 }, { id: 2 }], [{ id: 3 }]], { batch: 2 });
      expect(stream).toMatchObject({ status: 'succeeded', batches: 2 });
      expect((await rows(log, 'event')).map((r) => [r.event, Number(r.n)])).toEqual([
        ['after', 3],
        ['before', 0],
      ]);
      const replaced = await run({ ...sink, mode: 'replace' }, [[{ id: 7 }]]);
      expect(replaced.stream.status).toBe('succeeded');
      expect((await rows(log, 'n')).map((r) => [r.event, Number(r.n)])).toEqual([
        ['before', 0],
        ['before', 0],
        ['after', 1],
        ['after', 3],
      ]);
    });

    it('renders templated table names and rejects an unsafe value before any SQL runs (an injection attempt)', async () => {
      const prefix = uniqueName('tpl');
      cleanup.push(`drop table if exists ${prefix}_things`);
      const viaEngine = await run({ table: `${prefix}_\${stream.name}`, columns: { id: 'integer' } }, [[{ id: 1 }]]);
      expect(viaEngine.stream.status).toBe('succeeded');
      expect(await count(`${prefix}_things`)).toBe(1);

      const victim = table('victim');
      await exec([`create table ${victim} (id integer)`]);
      const connector = await BUILTIN_CONNECTORS[target.dialect]!();
      const config = target.dialect === 'sqlite' ? { path: sqliteFile } : { url: TEST_URLS[target.dialect], pool_size: 2 };
      const scratch = await createSqliteStateStore({ path: ':memory:' });
      const connection = await connector.connect(config, {
        connectionName: 'db',
        logger: createConsola({ level: -999 }),
        redactor: createRedactor(),
        baseDir: dir,
        store: scratch.kv('t'),
        crosswalk: scratch.crosswalk(),
        signal: new AbortController().signal,
        metrics: NO_METRICS,
      });
      const options: SqlSinkOptions = {
        table: 'client_${tenant.id}_data',
        mode: 'append',
        columns: { id: 'integer' },
        schema: 'evolve',
        create_table: true,
        add_new_columns: false,
        rows_per_statement: 500,
        before: [],
        after: [],
      };
      const forTenant = (id: string) => ({
        stream: 's',
        logger: createConsola({ level: -999 }),
        render: (v: unknown) => renderRuntime(v, { tenant: { id } }),
      });
      try {
        const safe = uniqueName('c');
        cleanup.push(`drop table if exists client_${safe}_data`);
        const writer = await connection.openWriter!(options, forTenant(safe));
        await writer.write([{ id: 1 }]);
        await writer.finish?.();
        expect(await count(`client_${safe}_data`)).toBe(1);

        const attack = `1_data (id integer); drop table ${victim}; --`;
        await expect(connection.openWriter!(options, forTenant(attack))).rejects.toThrow(
          `[sink:${target.dialect}] table name ${JSON.stringify(`client_${attack}_data`)} is not a safe identifier: use letters, digits and "_", starting with a letter or "_"`,
        );
        await expect(connection.openWriter!(options, forTenant('x'.repeat(60)))).rejects.toThrow('is not a safe identifier');
      } finally {
        await connection.close?.();
        await scratch.close();
      }
      expect(await count(victim)).toBe(0);
    });

    it('names the columns an existing table lacks, and adds them with add_new_columns', async () => {
      const t = table();
      await db.schema
        .createTable(t)
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text')
        .execute();
      const sink = { table: t, mode: 'upsert', key: ['id'], columns: COLUMNS };
      const { stream } = await run(sink, [[{ id: 1 }]]);
      expect(stream.status).toBe('failed');
      expect(stream.error).toBe(
        `[sink:${target.dialect}] table "${t}" has no column "price", "active", "tags", "seen_at", "day"; add them to the table or remove them from columns:`,
      );
      const added = await run({ ...sink, add_new_columns: true }, [
        [{ id: 1, name: 'n', price: '9.99', tags: ['x'], seen_at: '2026-05-05T05:05:05Z' }],
      ]);
      expect(added.stream).toMatchObject({ status: 'succeeded', inserted: 1 });
      const [row] = await rows(t);
      expect([row!.price, asJson(row!.tags), asInstant(row!.seen_at)]).toEqual(['9.99', ['x'], '2026-05-05T05:05:05.000Z']);
    });

    it('without declared columns and with discard_columns writes the record fields the existing table has, leaving the others to their defaults', async () => {
      const t = table();
      await db.schema
        .createTable(t)
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'varchar(50)')
        .addColumn('note', 'varchar(50)', (c) => c.defaultTo('kept'))
        .execute();
      const sink = { table: t, mode: 'upsert', key: ['id'], schema: 'discard_columns' };
      await run(sink, [[{ id: 1, name: 'a', not_a_column: 'dropped' }]]);
      const { stream } = await run(sink, [
        [
          { id: 1, name: 'b' },
          { id: 2, name: 'c' },
        ],
      ]);
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 1, updated: 1 });
      expect((await rows(t)).map((r) => [Number(r.id), r.name, r.note])).toEqual([
        [1, 'b', 'kept'],
        [2, 'c', 'kept'],
      ]);
      const missing = await run({ table: uniqueName('nope'), mode: 'append', create_table: false }, [[{ id: 1 }]]);
      expect(missing.stream.error).toMatch(/table "nope_[0-9a-f]+" does not exist \(create_table is false\)/);
    });

    it('splits a batch over the parameter limit into several statements of one transaction', async () => {
      const t = table();
      // 10,000 rows x 7 columns = 70,000 parameters: over the limit of every dialect, in one batch.
      const many = Array.from({ length: 10_000 }, (_, i) => ({
        id: i,
        name: `n${i}`,
        price: '1.00',
        active: i % 2 === 0,
        tags: [i],
        seen_at: '2026-01-01T00:00:00Z',
        day: null,
      }));
      const { stream } = await run({ table: t, mode: 'upsert', key: ['id'], columns: COLUMNS, rows_per_statement: 100_000 }, [many], {
        batch: 10_000,
      });
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 10_000, batches: 1 });
      expect(await count(t)).toBe(10_000);
      const again = await run({ table: t, mode: 'upsert', key: ['id'], columns: COLUMNS, rows_per_statement: 100_000 }, [many], {
        batch: 10_000,
      });
      expect(again.stream).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, skipped: 10_000 });
    });

    it('a failing batch rolls back entirely; earlier batches stay', async () => {
      const t = table();
      await db.schema
        .createTable(t)
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'varchar(20)')
        .execute();
      await exec(target.failingTrigger(uniqueName('trg'), t, 'name', 'bad'));
      const { stream } = await run(
        { table: t, mode: 'append', columns: { id: 'integer', name: 'text' } },
        [
          [
            { id: 1, name: 'ok' },
            { id: 2, name: 'ok' },
          ],
          [
            { id: 3, name: 'ok' },
            { id: 4, name: 'bad' },
          ],
        ],
        { batch: 2 },
      );
      expect(stream.status).toBe('failed');
      expect(stream.error).toContain('rejected by trigger');
      expect((await rows(t)).map((r) => Number(r.id))).toEqual([1, 2]);
    });

    it('commits a batch and its cursor in one transaction when the state store is in the same database', async () => {
      // An isolated state namespace in the sink's database: the same file (SQLite), a schema (PostgreSQL), a database (MySQL).
      let state: StateStore;
      let stateDb: Kysely<any>;
      let connection: string | undefined;
      let cursorTable = 'syncengine_cursors';
      let drop: () => Promise<void>;
      if (target.dialect === 'sqlite') {
        state = await createSqliteStateStore({ path: sqliteFile });
        stateDb = db;
        drop = async () => {};
      } else if (target.dialect === 'postgres') {
        const schema = uniqueName('state');
        state = await createStateStore(testUrl('postgres', { params: { schema } }));
        stateDb = db;
        cursorTable = `${schema}.syncengine_cursors`;
        drop = async () => void (await sql`drop schema ${sql.id(schema)} cascade`.execute(db));
      } else {
        const database = scratchDatabaseName('mysql', 'eo');
        await sql`create database ${sql.id(database)} character set utf8mb4`.execute(db);
        state = await createStateStore(testUrl('mysql', { database }));
        stateDb = target.open(database);
        connection = target.connection(database);
        drop = async () => {
          await stateDb.destroy();
          await sql`drop database ${sql.id(database)}`.execute(db);
        };
      }
      const t = table();
      const trigger = uniqueName('cursor_fail');
      try {
        await exec(target.failingTrigger(trigger, cursorTable, 'value', '4'), stateDb);
        const records = [1, 2, 3, 4].map((seq) => ({ id: seq, seq }));
        const { result, stream } = await run(
          { table: t, mode: 'upsert', key: ['id'], columns: { id: 'integer', seq: 'integer' } },
          [records],
          {
            batch: 2,
            state,
            incremental: { cursor_field: 'seq', ordered: true },
            ...(connection ? { connection } : {}),
          },
        );
        // Batch 2 inserted rows 3 and 4, then writing its cursor failed in the same transaction: neither is kept.
        expect(stream.status).toBe('failed');
        expect(stream.error).toContain('rejected by trigger');
        expect(stream.cursorAfter).toBe(2);
        expect(await state.getCursor({ pipeline: result.pipeline, stream: 'things' })).toBe(2);
        const sinkRows = await stateDb.selectFrom(t).select('id').orderBy('id').execute();
        expect(sinkRows.map((r) => Number(r.id))).toEqual([1, 2]);
      } finally {
        if (target.dialect === 'sqlite') await exec([`drop trigger if exists ${trigger}`], stateDb).catch(() => {});
        await state.close();
        if (target.dialect === 'mysql') await sql`drop table if exists ${sql.table(t)}`.execute(stateDb).catch(() => {});
        await drop();
      }
    });

    it.each(['upsert', 'insert_new'])(
      '%s is idempotent: a crash between the batch commit and the cursor save duplicates nothing',
      async (mode) => {
        const t = table();
        const sink = { table: t, mode, key: ['id'], columns: { id: 'integer', seq: 'integer' } };
        const records = [1, 2, 3, 4].map((seq) => ({ id: seq, seq }));
        const real = await createSqliteStateStore({ path: ':memory:' });
        const crashing: StateStore = {
          ...real,
          setCursor: async () => {
            throw new Error('process killed before the cursor was saved');
          },
        };
        const first = await run(sink, [records], { batch: 2, state: crashing, incremental: { cursor_field: 'seq', ordered: true } });
        expect(first.stream.status).toBe('failed');
        expect(await count(t)).toBe(2);
        const second = await run(sink, [records], { batch: 2, state: real, incremental: { cursor_field: 'seq', ordered: true } });
        expect(second.stream).toMatchObject({ status: 'succeeded', inserted: 2, skipped: 2 });
        expect(await count(t)).toBe(4);
        await real.close();
      },
    );
  });
});

it('the SQL source options type is generated from SQL_SOURCE_SCHEMA, defaults applied', () => {
  expectTypeOf<SqlSourceOptions>().toEqualTypeOf<{ query: string; params?: { [k: string]: unknown }; batch_size: number }>();
});

// The exported conformance kit, as a third-party sink runs it, over every dialect.
for (const target of TARGETS) {
  let table = '';
  const created: string[] = [];
  afterAll(async () => {
    if (!target.run || !created.length) return;
    const db = target.open();
    for (const name of created) await db.schema.dropTable(name).ifExists().execute();
    await db.destroy();
  });
  testSink(`${target.dialect} sink`, {
    connector: BUILTIN_CONNECTORS[target.dialect]!,
    connection: target.dialect === 'sqlite' ? { path: sqliteFile } : { url: testUrl(target.dialect), pool_size: 4 },
    skip: !target.run,
    sink: () => {
      target.require();
      table = uniqueName('kit');
      created.push(table);
      return { table, mode: 'upsert', key: ['id'], columns: { id: 'integer', name: 'text', updated_at: 'text' } };
    },
    async readBack() {
      const db = target.open();
      try {
        return await db
          .selectFrom(table)
          .selectAll()
          .execute()
          .catch(() => []);
      } finally {
        await db.destroy();
      }
    },
  });
}
