import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStateStore, createStateStore, type StateStore, type SyncRecord } from '@syncengine/engine';
import { adminDb, checkDatabase, testUrl, uniqueName } from '../../engine/test/_databases.js';
import { feed, listEngine } from './_list-source.js';

/**
 * Records a SQL database refuses go to the quarantine; the rest of the batch and the cursor commit.
 * Run against real SQLite, PostgreSQL and MariaDB: the fixtures differ (SQLite enforces no varchar
 * length, so a CHECK stands in), and so do the databases' messages; the behaviour asserted does not.
 */
type Dialect = 'sqlite' | 'postgres' | 'mysql';

const dir = mkdtempSync(join(tmpdir(), 'syncengine-refusals-'));
const sqliteFile = join(dir, 'sink.db');
const sourceFile = join(dir, 'source.db');

interface Target {
  dialect: Dialect;
  run: boolean;
  require(): void;
  connection(extra?: string): string;
  open(): Kysely<any>;
  /** A table with a 10-character NOT NULL `name`, a REAL `price`, a CHECK `qty >= 0` and `id` as primary key. */
  createTable(name: string): string;
  /** The database's reasons for: a too long name, a NULL name, a duplicate id 7, a negative qty. */
  messages(table: string): { long: RegExp; missing: RegExp; duplicate: RegExp; negative: RegExp };
  /** A before hook that makes the sink's connection give up waiting for a lock quickly. */
  lockTimeout: string;
}

const sqliteOpen = () => new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(sqliteFile) }) });

const TARGETS: Target[] = [
  {
    dialect: 'sqlite',
    run: true,
    require() {},
    connection: () => `{ type: sqlite, path: ${JSON.stringify(sqliteFile)} }`,
    open: sqliteOpen,
    createTable: (t) =>
      `create table ${t} (seq integer, id integer primary key, name varchar(10) not null check (length(name) <= 10), price real, qty integer check (qty >= 0))`,
    messages: (t) => ({
      long: /^CHECK constraint failed: length\(name\) <= 10$/,
      missing: new RegExp(`^NOT NULL constraint failed: ${t}\\.name$`),
      duplicate: new RegExp(`^UNIQUE constraint failed: ${t}\\.id$`),
      negative: /^CHECK constraint failed: qty >= 0$/,
    }),
    lockTimeout: 'pragma busy_timeout = 300',
  },
  ...(await Promise.all(
    (['postgres', 'mysql'] as const).map(async (dialect): Promise<Target> => {
      const availability = await checkDatabase(dialect);
      const pg = dialect === 'postgres';
      return {
        dialect,
        run: availability.run,
        require: () => availability.require(),
        connection: (extra = '') => `{ type: ${dialect}, url: ${JSON.stringify(testUrl(dialect))}${extra} }`,
        open: () => adminDb(dialect),
        createTable: (t) =>
          `create table ${t} (seq integer, id integer primary key, name varchar(10) not null, price ${pg ? 'double precision' : 'double'}, qty integer, constraint ${t}_qty check (qty >= 0))`,
        messages: (t) =>
          pg
            ? {
                long: /^value too long for type character varying\(10\)$/,
                missing: new RegExp(`^null value in column "name" of relation "${t}" violates not-null constraint$`),
                duplicate: new RegExp(
                  `^duplicate key value violates unique constraint "${t}_pkey": Key \\(id\\)=\\(7\\) already exists\\.$`,
                ),
                negative: new RegExp(`^new row for relation "${t}" violates check constraint "${t}_qty"$`),
              }
            : {
                long: /^Data too long for column 'name'$/,
                missing: /^Column 'name' cannot be null$/,
                duplicate: /^Duplicate entry '7' for key 'PRIMARY'$/,
                negative: new RegExp(`^CONSTRAINT \`${t}_qty\` failed for \`[^\`]+\`\\.\`${t}\`$`),
              },
        lockTimeout: pg ? "set lock_timeout = '300ms'" : 'set session innodb_lock_wait_timeout = 1',
      };
    }),
  )),
];

/** 275 source rows, 5 of them bad in a different way each; `id` is `seq` except row 200, which repeats id 7. */
const SOURCE_ROWS = Array.from({ length: 275 }, (_, i) => {
  const seq = i + 1;
  const row = { seq, id: seq === 200 ? 7 : seq, name: `n${seq}` as string | null, price: `${seq}.50`, qty: seq % 7 };
  if (seq === 40) row.price = 'n/a';
  if (seq === 90) row.name = 'much too long';
  if (seq === 150) row.name = null;
  if (seq === 250) row.qty = -1;
  return row;
});
const BAD_SEQS = [40, 90, 150, 200, 250];

describe.each(TARGETS)('$dialect SQL sink, refused rows', (target) => {
  describe.skipIf(!target.run)('conformance', () => {
    let db: Kysely<any>;
    const cleanup: string[] = [];
    const table = () => {
      const name = uniqueName('r');
      cleanup.push(`drop table if exists ${name}`);
      return name;
    };
    const ids = async (t: string) => (await db.selectFrom(t).select('id').orderBy('id').execute()).map((r) => Number(r.id));

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

    /** A state store in the sink's database where the dialect allows it here, so the cursor commits with the batch. */
    const openState = async (): Promise<{ state: StateStore; drop: () => Promise<void> }> => {
      if (target.dialect === 'sqlite') return { state: await createSqliteStateStore({ path: sqliteFile }), drop: async () => {} };
      if (target.dialect === 'postgres') {
        const schema = uniqueName('state');
        const state = await createStateStore(testUrl('postgres', { params: { schema } }));
        return { state, drop: async () => void (await sql`drop schema ${sql.id(schema)} cascade`.execute(db)) };
      }
      return { state: await createSqliteStateStore({ path: ':memory:' }), drop: async () => {} };
    };

    it('quarantines the rows the database refuses with its message and their key, commits the rest and the cursor; a rerun adds nothing', async () => {
      const source = uniqueName('src');
      const src = new Database(sourceFile);
      src.exec(`create table ${source} (seq integer, id integer, name text, price text, qty integer)`);
      const insert = src.prepare(`insert into ${source} values (@seq, @id, @name, @price, @qty)`);
      for (const row of SOURCE_ROWS) insert.run(row);
      src.close();
      const t = table();
      await sql.raw(target.createTable(t)).execute(db);

      const yaml = [
        'version: 1',
        'name: refusals',
        'defaults: { batch_size: 100 }',
        'connections:',
        `  src: { type: sqlite, path: ${JSON.stringify(sourceFile)} }`,
        `  db: ${target.connection()}`,
        'streams:',
        '  prices:',
        '    primary_key: [id]',
        `    source: { connection: src, query: "select seq, id, name, price, qty from ${source} where seq > \${cursor} order by seq" }`,
        '    incremental: { cursor_field: seq, ordered: true, initial: 0 }',
        // freeze: the table's types stay; a value a column cannot hold is refused (evolve would widen the column).
        `    sink: { connection: db, table: ${t}, mode: append, schema: freeze }`,
      ].join('\n');
      const pipeline = await listEngine.parse(yaml, { file: 'refusals.yaml', baseDir: dir }, { env: {} });
      const { state, drop } = await openState();
      try {
        const first = await listEngine.run(pipeline, { state });
        expect(first.status).toBe('succeeded');
        expect(first.streams[0]).toMatchObject({
          status: 'succeeded',
          recordsRead: 275,
          recordsWritten: 270,
          recordsRejected: 5,
          inserted: 270,
          updated: 0,
          skipped: 0,
          batches: 3,
          cursorAfter: 275,
        });
        const good = SOURCE_ROWS.filter((r) => !BAD_SEQS.includes(r.seq)).map((r) => r.id);
        expect(await ids(t)).toEqual(good);
        // Of the two rows with id 7, the first one read is the one written.
        expect((await db.selectFrom(t).select(['seq', 'name']).where('id', '=', 7).execute()).map((r) => [Number(r.seq), r.name])).toEqual([
          [7, 'n7'],
        ]);

        const entries = await state.quarantine.list({ pipeline: 'refusals', stream: 'prices', status: 'open' });
        const byKey = Object.fromEntries(entries.map((e) => [e.recordKey, e]));
        expect(Object.keys(byKey).sort()).toEqual(['150', '250', '40', '7', '90']);
        const m = target.messages(t);
        expect(byKey['40']!.reasons).toEqual(['column "price": "n/a" is not a number']);
        expect(byKey['90']!.reasons).toEqual([expect.stringMatching(m.long)]);
        expect(byKey['150']!.reasons).toEqual([expect.stringMatching(m.missing)]);
        expect(byKey['7']!.reasons).toEqual([expect.stringMatching(m.duplicate)]);
        expect(byKey['250']!.reasons).toEqual([expect.stringMatching(m.negative)]);
        // The record is stored as the source gave it.
        expect(byKey['7']!.record).toEqual({ seq: 200, id: 7, name: 'n200', price: '200.50', qty: 4 });
        expect(await state.getCursor({ pipeline: 'refusals', stream: 'prices' })).toBe(275);

        const rerun = await listEngine.run(pipeline, { state });
        expect(rerun.streams[0]).toMatchObject({ status: 'succeeded', recordsRead: 0, recordsWritten: 0, recordsRejected: 0 });
        expect(await ids(t)).toEqual(good);
        expect(await state.quarantine.list({ pipeline: 'refusals', stream: 'prices', status: 'open' })).toHaveLength(5);
      } finally {
        await state.close();
        await drop();
      }
    });

    /** Runs the `list` source's pages into `sink` on the target database. */
    const run = async (sink: Record<string, unknown>, pages: SyncRecord[][], options: { state?: StateStore; connection?: string } = {}) => {
      feed.pages = pages;
      feed.afterPage = undefined;
      const yaml = [
        'version: 1',
        'name: modes',
        'defaults: { batch_size: 100 }',
        'connections:',
        '  src: { type: list }',
        `  db: ${options.connection ?? target.connection()}`,
        'streams:',
        '  things:',
        '    primary_key: [id]',
        '    source: { connection: src }',
        '    incremental: { cursor_field: seq, ordered: true }',
        `    sink: ${JSON.stringify({ connection: 'db', schema: 'freeze', ...sink })}`,
      ].join('\n');
      const pipeline = await listEngine.parse(yaml, { file: 'modes.yaml', baseDir: dir }, { env: {} });
      const state = options.state ?? (await createSqliteStateStore({ path: ':memory:' }));
      try {
        const result = await listEngine.run(pipeline, { state });
        const reasons = Object.fromEntries(
          (await state.quarantine.list({ pipeline: 'modes', stream: 'things', status: 'open' })).map((e) => [e.recordKey, e.reasons]),
        );
        return { stream: result.streams[0]!, reasons, cursor: await state.getCursor({ pipeline: 'modes', stream: 'things' }) };
      } finally {
        if (!options.state) await state.close();
      }
    };
    const rec = (seq: number, id: number, name: string | null, extra: Record<string, unknown> = {}) => ({
      seq,
      id,
      name,
      qty: 1,
      ...extra,
    });

    it('upsert, insert_new and replace keep exact counts around the refused rows', async () => {
      const m = (t: string) => target.messages(t);
      // Row 2 is stored with seq 6, so the record (6, 2, 'two') below is unchanged.
      const existing = [rec(1, 1, 'one'), rec(2, 3, 'three'), rec(3, 4, 'four'), rec(6, 2, 'two')];

      const up = table();
      await sql.raw(target.createTable(up)).execute(db);
      await run({ table: up, mode: 'upsert', key: ['id'] }, [existing]);
      const upsert = await run({ table: up, mode: 'upsert', key: ['id'] }, [
        [
          rec(5, 1, 'ONE'),
          rec(6, 2, 'two'),
          rec(7, 3, null),
          rec(8, 5, 'first five'),
          rec(9, 5, 'five'),
          rec(10, 6, 'six', { price: 'n/a' }),
        ],
      ]);
      expect(upsert.stream).toMatchObject({
        status: 'succeeded',
        inserted: 1,
        updated: 1,
        skipped: 2,
        recordsRejected: 2,
        recordsWritten: 4,
      });
      expect(upsert.reasons).toEqual({ '3': [expect.stringMatching(m(up).missing)], '6': ['column "price": "n/a" is not a number'] });
      expect(upsert.cursor).toBe(10);
      const upRows = await db.selectFrom(up).select(['id', 'name']).orderBy('id').execute();
      expect(upRows.map((r) => [Number(r.id), r.name])).toEqual([
        [1, 'ONE'],
        [2, 'two'],
        [3, 'three'],
        [4, 'four'],
        [5, 'five'],
      ]);

      const ins = table();
      await sql.raw(target.createTable(ins)).execute(db);
      await run({ table: ins, mode: 'insert_new', key: ['id'] }, [existing]);
      const insertNew = await run({ table: ins, mode: 'insert_new', key: ['id'] }, [
        [rec(5, 1, 'again'), rec(6, 7, null), rec(7, 8, 'eight'), rec(8, 9, 'x', { qty: -5 })],
      ]);
      expect(insertNew.stream).toMatchObject({ status: 'succeeded', inserted: 1, updated: 0, skipped: 1, recordsRejected: 2 });
      expect(insertNew.reasons).toEqual({ '7': [expect.stringMatching(m(ins).missing)], '9': [expect.stringMatching(m(ins).negative)] });
      expect(await ids(ins)).toEqual([1, 2, 3, 4, 8]);

      const rep = table();
      await sql.raw(target.createTable(rep)).execute(db);
      await run({ table: rep, mode: 'replace' }, [existing]);
      const replace = await run({ table: rep, mode: 'replace' }, [
        [rec(1, 10, 'ten'), rec(2, 11, 'eleven'), rec(3, 11, 'dup')],
        [rec(4, 12, 'twelve'), rec(5, 13, 'thirteen is long')],
      ]);
      expect(replace.stream).toMatchObject({ status: 'succeeded', inserted: 3, recordsRejected: 2, recordsWritten: 3 });
      expect(Object.keys(replace.reasons).sort()).toEqual(['11', '13']);
      expect(replace.reasons['11']).toEqual([expect.stringMatching(/UNIQUE constraint failed|duplicate key|Duplicate entry/)]);
      expect(replace.reasons['13']).toEqual([expect.stringMatching(m(rep).long)]);
      expect(await ids(rep)).toEqual([10, 11, 12]);
    });

    it('refuses before any SQL the values their declared columns cannot hold, and converts the ones they can', async () => {
      const t = table();
      const columns = {
        id: 'integer',
        qty: 'integer',
        ok: 'boolean',
        at: 'timestamp',
        amount: { type: 'decimal', precision: 10, scale: 2 },
      };
      const { stream, reasons } = await run({ table: t, mode: 'upsert', key: ['id'], columns }, [
        [
          { seq: 1, id: 1, qty: ' 42 ', ok: 'yes', at: '2026-01-02T03:04:05Z', amount: 1e3 },
          { seq: 2, id: 2, qty: 12.5 },
          { seq: 3, id: 3, ok: 'maybe' },
          { seq: 4, id: 4, at: 'yesterday' },
          { seq: 5, id: 5, amount: '12,50' },
          { seq: 6, id: 6, qty: '7', ok: 'OFF', amount: '-0.5' },
        ],
      ]);
      expect(stream).toMatchObject({ status: 'succeeded', inserted: 2, recordsRejected: 4 });
      expect(reasons).toEqual({
        '2': ['column "qty": 12.5 is not an integer'],
        '3': ['column "ok": "maybe" is not a boolean'],
        '4': ['column "at": "yesterday" is not a date and time (use ISO 8601, e.g. 2026-01-31T12:00:00Z)'],
        '5': ['column "amount": "12,50" is not a number'],
      });
      const stored = await db.selectFrom(t).select(['id', 'qty', 'ok', 'amount']).orderBy('id').execute();
      expect(stored.map((r) => [Number(r.id), Number(r.qty), Boolean(Number(r.ok)), Number(r.amount)])).toEqual([
        [1, 42, true, 1000],
        [6, 7, false, -0.5],
      ]);
    });

    it('an error that is not about the data (a lock timeout) still fails the batch and leaves the cursor', async () => {
      const t = table();
      await sql.raw(target.createTable(t)).execute(db);
      // Another session holds a write lock: an uncommitted row with id 2 (SQLite: the whole database).
      const sqliteBlocker = target.dialect === 'sqlite' ? new Database(sqliteFile) : undefined;
      const blockerDb = target.dialect === 'sqlite' ? undefined : target.open();
      const serverBlocker = blockerDb ? await blockerDb.startTransaction().execute() : undefined;
      if (sqliteBlocker) sqliteBlocker.exec(`begin immediate; insert into ${t} (seq, id, name, qty) values (0, 2, 'held', 0)`);
      else await sql.raw(`insert into ${t} (seq, id, name, qty) values (0, 2, 'held', 0)`).execute(serverBlocker!);
      const state = await createSqliteStateStore({ path: ':memory:' });
      const sink = { table: t, mode: 'append', before: [target.lockTimeout] };
      const connection = target.dialect === 'sqlite' ? undefined : target.connection(', pool_size: 1');
      const pages = [[rec(1, 1, 'one'), rec(2, 2, 'two'), rec(3, 3, 'three', { price: 'n/a' })]];
      try {
        const blocked = await run(sink, pages, { state, ...(connection ? { connection } : {}) });
        expect(blocked.stream.status).toBe('failed');
        expect(blocked.stream.error).toMatch(
          /batch 1 \(3 records\) failed: .*(database is locked|canceling statement due to lock timeout|Lock wait timeout exceeded)/,
        );
        expect(blocked.stream.recordsRejected).toBe(0);
        expect(blocked.cursor).toBeUndefined();
        expect(blocked.reasons).toEqual({});
      } finally {
        sqliteBlocker?.exec('rollback');
        sqliteBlocker?.close();
        if (serverBlocker) {
          await serverBlocker.rollback().execute();
          await blockerDb!.destroy();
        }
      }
      expect(await ids(t)).toEqual([]);
      const after = await run(sink, pages, { state, ...(connection ? { connection } : {}) });
      expect(after.stream).toMatchObject({ status: 'succeeded', inserted: 2, recordsRejected: 1 });
      expect(after.cursor).toBe(3);
      expect(await ids(t)).toEqual([1, 2]);
      await state.close();
    });
  });
});
