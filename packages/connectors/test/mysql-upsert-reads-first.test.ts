import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStateStore, type SyncRecord } from '@syncengine/engine';
import { adminDb, checkDatabase, testUrl, uniqueName } from '../../engine/test/_databases.js';
import { feed, listEngine } from './_list-source.js';
import { COLUMNS as SHARED_COLUMNS } from './_sql-columns.js';

/**
 * MySQL's upsert on a rerun: once a statement's rows came back mostly unchanged, the sink reads the next
 * rows' stored values and sends only the rows that are new or may differ. What a user sees: the same
 * rows and the same inserted / updated / unchanged counts as a write of every row, and a BEFORE INSERT
 * trigger (which MySQL fires for every row an INSERT sends, stored or not) firing only for those rows.
 */
const availability = await checkDatabase('mysql');

const COLUMNS = { ...SHARED_COLUMNS, score: 'number' } as const;

const record = (id: number): SyncRecord => ({
  id,
  name: `item ${id}`,
  price: `${id}.25`,
  active: id % 2 === 0,
  tags: { a: id, b: [id, 'x'] },
  seen_at: `2026-03-0${1 + (id % 9)}T10:00:00.${String(id).padStart(3, '0')}Z`,
  day: '2026-03-01',
  score: id / 8,
});

describe.skipIf(!availability.run)('MySQL upsert reads stored rows first on a rerun', () => {
  let db: Kysely<any>;
  const table = uniqueName('rf');
  const log = uniqueName('rf_log');

  const run = async (records: SyncRecord[]) => {
    feed.pages = [records];
    const yaml = [
      'version: 1',
      'defaults: { batch_size: 100 }',
      'connections:',
      '  src: { type: list }',
      `  db: { type: mysql, url: ${JSON.stringify(testUrl('mysql'))} }`,
      'streams:',
      '  things:',
      '    source: { connection: src }',
      `    sink: ${JSON.stringify({ connection: 'db', table, mode: 'upsert', key: ['id'], columns: COLUMNS, rows_per_statement: 10 })}`,
    ].join('\n');
    const pipeline = await listEngine.parse(yaml, { file: 't.yaml', baseDir: '.' }, { env: {} });
    const state = await createSqliteStateStore({ path: ':memory:' });
    try {
      return (await listEngine.run(pipeline, { state })).streams[0]!;
    } finally {
      await state.close();
    }
  };
  /** The ids the INSERTs since the last call sent, in order. */
  const sent = async () => {
    const { rows } = await sql<{ id: number }>`select id from ${sql.table(log)} order by seq`.execute(db);
    await sql`delete from ${sql.table(log)}`.execute(db);
    return rows.map((r) => Number(r.id));
  };
  const stored = async () =>
    (await db.selectFrom(table).selectAll().orderBy('id').execute()).map((r) => [
      Number(r.id),
      r.name,
      r.price,
      Boolean(r.active),
      typeof r.tags === 'string' ? JSON.parse(r.tags) : r.tags,
      (r.seen_at as Date).toISOString(),
      r.day instanceof Date ? r.day.toISOString().slice(0, 10) : r.day,
      r.score,
    ]);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  beforeAll(async () => {
    availability.require();
    db = adminDb('mysql');
  });
  afterAll(async () => {
    if (!db) return;
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
    await sql`drop table if exists ${sql.table(log)}`.execute(db);
    await db.destroy();
  });

  it('sends only new and changed rows, with exact counts, and the table as a full write leaves it', async () => {
    const first = await run(range(1, 30).map(record));
    expect(first).toMatchObject({ status: 'succeeded', inserted: 30, updated: 0, skipped: 0 });
    await sql`create table ${sql.table(log)} (seq int auto_increment primary key, id int)`.execute(db);
    await sql
      .raw(`create trigger ${table}_sent before insert on ${table} for each row insert into ${log} (id) values (new.id)`)
      .execute(db);

    // Statements of 10 rows: 1-10 unchanged (all sent: nothing read yet), 11-20 and 21-30 read first,
    // 31-40 new. Equal in another form, so not sent: 17's price as `17.250`, 28's JSON in another key
    // order, 19's instant in another zone.
    const second = range(1, 40).map((id) => {
      const r = record(id);
      if (id === 12) r.name = 'renamed';
      if (id === 17) r.price = '17.250';
      if (id === 19) r.seen_at = '2026-03-02T12:00:00.019+02:00';
      if (id === 25) r.seen_at = '2026-04-01T00:00:00.000Z';
      if (id === 28) r.tags = { b: [28, 'x'], a: 28 };
      if (id === 29) r.active = !r.active;
      if (id === 30) r.day = '2026-03-02';
      if (id === 26) r.score = null;
      return r;
    });
    const rerun = await run(second);
    expect(rerun).toMatchObject({ status: 'succeeded', inserted: 10, updated: 5, skipped: 25 });
    expect(await sent()).toEqual([...range(1, 10), 12, 25, 26, 29, 30, ...range(31, 40)]);
    const expected = second.map((r) => [
      r.id,
      r.name,
      Number(r.price).toFixed(2),
      r.active,
      r.tags,
      new Date(r.seen_at as string).toISOString(),
      r.day,
      r.score,
    ]);
    expect(await stored()).toEqual(expected);

    // Unchanged: only the first statement's rows are sent. A key in another form (the text "35" for the
    // integer 35) is not matched in JavaScript, so that row is sent and MySQL finds it unchanged.
    const third = await run(second.map((r) => (r.id === 35 ? { ...r, id: '35' } : r)));
    expect(third).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, skipped: 40 });
    expect(await sent()).toEqual([...range(1, 10), 35]);
    expect(await stored()).toEqual(expected);
  });
});
