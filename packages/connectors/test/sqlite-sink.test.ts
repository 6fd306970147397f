import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineConnector, createEngine, createSqliteStateStore, type SyncRecord } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '../src/index.js';
import { runYaml } from './_run.js';

/** Records for the source side of these tests, replaced per test. */
let records: SyncRecord[] = [];
const listSource = defineConnector<Record<string, never>, Record<string, never>>({
  name: 'list',
  description: 'Test source: the records of the current test.',
  connectionSchema: { type: 'object', additionalProperties: false, properties: {} },
  source: { streamSchema: { type: 'object', additionalProperties: false, properties: {} } },
  async connect() {
    return {
      async *read() {
        yield { records };
      },
    };
  },
});
const engine = createEngine({ connectors: { ...BUILTIN_CONNECTORS, list: async () => listSource } });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'syncengine-sqlite-'));
});

const yaml = (sink: string, batch = 100) => `
version: 1
defaults: { batch_size: ${batch} }
connections:
  src: { type: list }
  db: { type: sqlite, path: ./out.db }
streams:
  things:
    source: { connection: src }
    sink:
      connection: db
${sink}
`;

async function run(sink: string, input: SyncRecord[], batch = 100) {
  records = input;
  const pipeline = await engine.parse(yaml(sink, batch), { file: 't.yaml', baseDir: dir }, { env: {} });
  return engine.run(pipeline, { state: await createSqliteStateStore({ path: ':memory:' }) });
}

function rows(sql: string): unknown[] {
  const db = new Database(join(dir, 'out.db'), { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

const COLUMNS = `      columns:
        id: integer
        name: text
        price: { type: decimal, precision: 10, scale: 2 }
        active: boolean
        tags: json
        seen_at: timestamp`;

describe('sqlite sink', () => {
  it('creates the table from declared columns and round-trips types, unicode and NULLs', async () => {
    const result = await run(`      table: things\n      mode: append\n${COLUMNS}`, [
      { id: 1, name: 'Zürich ☕ 東京', price: '12.50', active: true, tags: ['a', { b: 1 }], seen_at: '2026-01-02T03:04:05.000Z' },
      { id: 2, name: null, price: null, active: false, tags: null },
    ]);
    expect(result.status).toBe('succeeded');
    expect(rows('select * from things order by id')).toEqual([
      { id: 1, name: 'Zürich ☕ 東京', price: '12.50', active: 1, tags: '["a",{"b":1}]', seen_at: '2026-01-02T03:04:05.000Z' },
      { id: 2, name: null, price: null, active: 0, tags: null, seen_at: null },
    ]);
    expect(rows("select name, type from pragma_table_info('things') order by cid")).toEqual([
      { name: 'id', type: 'INTEGER' },
      { name: 'name', type: 'TEXT' },
      { name: 'price', type: 'TEXT' },
      { name: 'active', type: 'boolean' },
      { name: 'tags', type: 'json' },
      { name: 'seen_at', type: 'timestamp' },
    ]);
  });

  it('upsert inserts new keys, updates changed rows and leaves unchanged ones alone', async () => {
    const sink = `      table: things\n      mode: upsert\n      key: [id]\n${COLUMNS}`;
    await run(sink, [
      { id: 1, name: 'one', price: '1.00', active: true },
      { id: 2, name: 'two', price: '2.00', active: true },
    ]);
    const second = await run(sink, [
      { id: 1, name: 'one', price: '1.00', active: true },
      { id: 2, name: 'TWO', price: '2.00', active: true },
      { id: 3, name: 'three', price: '3.00', active: false },
    ]);
    expect(second.streams[0]).toMatchObject({ inserted: 1, updated: 1, skipped: 1, recordsWritten: 3 });
    expect(rows('select id, name from things order by id')).toEqual([
      { id: 1, name: 'one' },
      { id: 2, name: 'TWO' },
      { id: 3, name: 'three' },
    ]);
  });

  it('a rerun counts exactly when unchanged batches are followed by changed, new and refused ones', async () => {
    const sink = `      table: things\n      mode: upsert\n      key: [id]\n      columns: { id: integer, name: text }`;
    const named = (ids: number[], name = (id: number) => `n${id}`) => ids.map((id) => ({ id, name: name(id) }));
    const db = new Database(join(dir, 'out.db'));
    db.exec("create table things (id integer primary key, name text check (name <> 'bad'))");
    db.close();
    await run(sink, named([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const again = new Database(join(dir, 'out.db'));
    again.exec(
      [
        'create table log (event text, id integer)',
        "create trigger log_insert after insert on things begin insert into log values ('insert', new.id); end",
        "create trigger log_update after update on things begin insert into log values ('update', new.id); end",
      ].join('; '),
    );
    again.close();
    // Batches of two: unchanged, unchanged, one changed and one new, unchanged, one refused, unchanged.
    const rename = (id: number) => (id === 6 ? 'six' : id === 9 ? 'bad' : `n${id}`);
    const rerun = await run(sink, named([1, 2, 3, 4, 6, 11, 7, 8, 9, 10], rename), 2);
    expect(rerun.streams[0]).toMatchObject({ status: 'succeeded', inserted: 1, updated: 1, skipped: 7, recordsRejected: 1 });
    expect(rows('select event, id from log order by rowid')).toEqual([
      { event: 'update', id: 6 },
      { event: 'insert', id: 11 },
    ]);
    expect(rows('select id, name from things where id in (6, 9, 11) order by id')).toEqual([
      { id: 6, name: 'six' },
      { id: 9, name: 'n9' },
      { id: 11, name: 'n11' },
    ]);
  });

  it('insert_new writes only keys that are not there yet, and the last duplicate in a batch never overwrites', async () => {
    const sink = `      table: things\n      mode: insert_new\n      key: [id]\n${COLUMNS}`;
    await run(sink, [{ id: 1, name: 'first' }]);
    const result = await run(sink, [
      { id: 1, name: 'changed' },
      { id: 2, name: 'new' },
      { id: 2, name: 'dup in batch' },
    ]);
    expect(result.streams[0]).toMatchObject({ inserted: 1, skipped: 2 });
    expect(rows('select id, name from things order by id')).toEqual([
      { id: 1, name: 'first' },
      { id: 2, name: 'new' },
    ]);
  });

  it('a composite key works for upsert', async () => {
    const sink = `      table: things\n      mode: upsert\n      key: [platform, id]\n      columns: { platform: text, id: integer, name: text }`;
    await run(sink, [
      { platform: 'a', id: 1, name: 'x' },
      { platform: 'b', id: 1, name: 'y' },
    ]);
    const result = await run(sink, [{ platform: 'b', id: 1, name: 'z' }]);
    expect(result.streams[0]).toMatchObject({ inserted: 0, updated: 1 });
    expect(rows('select platform, id, name from things order by platform')).toEqual([
      { platform: 'a', id: 1, name: 'x' },
      { platform: 'b', id: 1, name: 'z' },
    ]);
  });

  it('splits a batch over the parameter limit into several statements in one transaction', async () => {
    const many = Array.from({ length: 12000 }, (_, i) => ({ id: i, name: `n${i}`, price: '1.00', active: true, tags: [i], seen_at: null }));
    const result = await run(`      table: things\n      mode: upsert\n      key: [id]\n${COLUMNS}`, many, 12000);
    expect(result.status).toBe('succeeded');
    expect(rows('select count(*) as n from things')).toEqual([{ n: 12000 }]);
  });

  it('names the missing columns of an existing table', async () => {
    const db = new Database(join(dir, 'out.db'));
    db.exec('create table things (id integer primary key, name text)');
    db.close();
    const result = await run(`      table: things\n${COLUMNS}`, [{ id: 1 }]);
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      '[sink:sqlite] table "things" has no column "price", "active", "tags", "seen_at"; add them to the table or remove them from columns:',
    );
  });

  it('rejects a table name that is not a plain identifier, and runs no SQL with it', async () => {
    const result = await run(`      table: "things; drop table x"\n${COLUMNS}`, [{ id: 1 }]);
    expect(result.streams[0]!.error).toBe(
      '[sink:sqlite] table name "things; drop table x" is not a safe identifier: use letters, digits and "_", starting with a letter or "_"',
    );
    expect(rows("select name from sqlite_master where type = 'table'")).toEqual([]);
  });

  it('refuses a table name whose reference has no value instead of writing to a different table', async () => {
    const result = await run(`      table: "client_\${partition}_data"\n${COLUMNS}`, [{ id: 1 }]);
    expect(result.streams[0]!.error).toBe('[sink:sqlite] table "client_${partition}_data": ${partition} has no value in this run');
    expect(rows("select name from sqlite_master where type = 'table'")).toEqual([]);
  });

  it('a failing batch rolls back entirely', async () => {
    const db = new Database(join(dir, 'out.db'));
    db.exec(
      "create table things (id integer primary key, name text); create trigger no_bad before insert on things when new.name = 'bad' begin select raise(abort, 'bad row'); end;",
    );
    db.close();
    const result = await run(`      table: things\n      mode: append\n      columns: { id: integer, name: text }`, [
      { id: 1, name: 'ok' },
      { id: 2, name: 'bad' },
    ]);
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toContain('bad row');
    expect(rows('select * from things')).toEqual([]);
  });
});

describe('the page cache', () => {
  const cacheOf = async (connection: string) => {
    const { result, output } = await runYaml(
      `version: 1
connections:
  db: { type: sqlite, path: ./cache.db${connection} }
  out: { type: stdout }
streams:
  cache:
    source: { connection: db, query: "select cache_size from pragma_cache_size" }
    sink: { connection: out }
`,
      { dryRun: true, baseDir: dir },
    );
    expect(result.status).toBe('succeeded');
    return (JSON.parse(output.trim()) as { record: { cache_size: number } }).record.cache_size;
  };

  it('holds at most 2 MiB by default (negative cache_size: KiB), and cache_mib sets it', async () => {
    expect(await cacheOf('')).toBe(-2048);
    expect(await cacheOf(', cache_mib: 64')).toBe(-65536);
  });
});
