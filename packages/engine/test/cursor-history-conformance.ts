import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, rollbackCursor, type StateHistoryOptions, type StateStore } from '../src/index.js';
import { datasets, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });

const PIPELINE = `
version: 1
name: hist
defaults:
  batch_size: 10
connections:
  src: { type: memory, dataset: hist_rows }
  out: { type: memory_sink, name: hist_out }
streams:
  rows:
    primary_key: [id]
    source: { connection: src, page_size: 10, newer_than_cursor: updated }
    incremental: { cursor_field: updated, ordered: true }
    sink: { connection: out }
`;

const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, updated: 1000 + from + i }));
const KEY = { pipeline: 'hist', stream: 'rows' };

/** Options of `testCursorHistory`. */
export interface CursorHistorySuiteOptions {
  /** A second connection to the store's database, to commit a cursor in another transaction (SQL sinks do). */
  other?: (store: StateStore) => Kysely<any>;
}

/**
 * The cursor history every state store keeps: each commit with its run and actor, rollback to a run
 * or a time (and the next run reads from there), and retention. `create` returns a fresh, empty store.
 */
export function testCursorHistory(
  name: string,
  create: (options: StateHistoryOptions) => Promise<StateStore>,
  suite: CursorHistorySuiteOptions = {},
): void {
  describe(`cursor history: ${name}`, () => {
    let store: StateStore;
    let clock = Date.parse('2026-03-01T00:00:00.000Z');
    const at = (iso: string) => (clock = Date.parse(iso));
    const open = async (options: StateHistoryOptions = {}) => (store = await create({ now: () => new Date(clock), ...options }));
    const run = async () =>
      engine.run(await engine.parse(PIPELINE, { file: 'hist.yaml', baseDir: '/tmp' }, { env: {} }), { state: store, trigger: 'schedule' });

    beforeEach(() => {
      datasets.set('hist_rows', rows(1, 20));
      sinks.set('hist_out', { batches: [], calls: 0 });
      reads.length = 0;
    });
    afterEach(async () => {
      await store?.close();
    });

    it('keeps every cursor commit with its run and who made it, newest first', async () => {
      await open();
      at('2026-03-01T01:00:00.000Z');
      const result = await run();
      expect(result.status).toBe('succeeded');
      at('2026-03-01T02:00:00.000Z');
      await store.setCursor({ ...KEY, tenant: 't1', partition: 'p9' }, 7, { actor: 'cli:ana' });
      await store.setCursor(KEY, 1005, { actor: 'api:ops' });
      await store.deleteCursor(KEY, { actor: 'page:ops' });

      const history = await store.cursors!.history({ pipeline: 'hist', stream: 'rows', tenant: '', partition: '' });
      expect(history.map((e) => [e.value, e.action, e.actor, e.runId, e.at])).toEqual([
        [undefined, 'reset', 'page:ops', undefined, '2026-03-01T02:00:00.000Z'],
        [1005, 'set', 'api:ops', undefined, '2026-03-01T02:00:00.000Z'],
        [1020, 'commit', 'run:schedule', result.runId, '2026-03-01T01:00:00.000Z'],
        [1010, 'commit', 'run:schedule', result.runId, '2026-03-01T01:00:00.000Z'],
      ]);
      const other = await store.cursors!.history({ pipeline: 'hist', tenant: 't1' });
      expect(other).toMatchObject([{ stream: 'rows', tenant: 't1', partition: 'p9', value: 7, action: 'set', actor: 'cli:ana' }]);
      expect(await store.cursors!.list({ pipeline: 'hist' })).toEqual([
        { pipeline: 'hist', stream: 'rows', tenant: 't1', partition: 'p9', value: 7, updatedAt: '2026-03-01T02:00:00.000Z' },
      ]);
    });

    it('rolls a cursor back to a run or a time, and the next run reads again from there', async () => {
      await open();
      at('2026-03-01T01:00:00.000Z');
      const first = await run();
      datasets.set('hist_rows', rows(1, 30));
      at('2026-03-01T02:00:00.000Z');
      await run();
      expect(await store.getCursor(KEY)).toBe(1030);

      at('2026-03-01T03:00:00.000Z');
      const back = await rollbackCursor(store, KEY, { runId: first.runId }, 'cli:ana');
      expect(back.value).toBe(1020);
      expect(await store.getCursor(KEY)).toBe(1020);
      const [latest] = await store.cursors!.history({ ...KEY, limit: 1 });
      expect(latest).toMatchObject({ value: 1020, action: 'rollback', actor: 'cli:ana', note: `to run ${first.runId}` });

      sinks.set('hist_out', { batches: [], calls: 0 });
      await run();
      expect(reads.at(-1)?.cursor).toBe(1020);
      expect(
        sinks
          .get('hist_out')!
          .batches.flat()
          .map((r) => r.id),
      ).toEqual(rows(21, 30).map((r) => r.id));

      // Before the first commit there was no cursor: rolling back to then resets it, and the next run reads everything.
      await rollbackCursor(store, KEY, { time: '2026-03-01T00:30:00.000Z' }, 'api:ops');
      expect(await store.getCursor(KEY)).toBeUndefined();
      sinks.set('hist_out', { batches: [], calls: 0 });
      await run();
      expect(reads.at(-1)?.cursor).toBeUndefined();
      expect(sinks.get('hist_out')!.batches.flat()).toHaveLength(30);

      await rollbackCursor(store, KEY, { time: '2026-03-01T01:30:00.000Z' }, 'api:ops');
      expect(await store.getCursor(KEY)).toBe(1020);
      await expect(rollbackCursor(store, KEY, { runId: 'no-such-run' }, 'cli:ana')).rejects.toThrow(
        /the cursor history of rows has no commit by run no-such-run/,
      );
    });

    it('keeps at most historyRetention entries per cursor, and will not roll back past them', async () => {
      await open({ historyRetention: 3 });
      for (let i = 1; i <= 5; i++) {
        at(`2026-03-01T0${i}:00:00.000Z`);
        await store.setCursor(KEY, i, { actor: 'cli:ana' });
      }
      await store.setCursor({ ...KEY, tenant: 'other' }, 'x', { actor: 'cli:ana' });
      const history = await store.cursors!.history({ ...KEY, tenant: '', partition: '' });
      expect(history.map((e) => e.value)).toEqual([5, 4, 3]);
      expect(await store.cursors!.history({ ...KEY, tenant: 'other' })).toHaveLength(1);
      await expect(rollbackCursor(store, KEY, { time: '2026-03-01T01:30:00.000Z' }, 'cli:ana')).rejects.toThrow(
        'the cursor history of rows starts at 2026-03-01T03:00:00.000Z, after 2026-03-01T01:30:00.000Z; it cannot go back that far',
      );
      expect(await store.getCursor(KEY)).toBe(5);
    });

    // Registered only where it applies (a store with another connection to its database): a skipped test would read as a missing service.
    if (suite.other)
      it("records the history entry in the caller's transaction (a SQL sink's checkpoint)", async () => {
        await open();
        const other = suite.other!(store);
        try {
          await other
            .transaction()
            .execute(async (trx) => {
              await store.setCursorWith!(trx, KEY, 'rolled back', { runId: 'r1', actor: 'run:cli' });
              throw new Error('abort the transaction');
            })
            .catch(() => {});
          expect(await store.cursors!.history(KEY)).toEqual([]);
          await other.transaction().execute((trx) => store.setCursorWith!(trx, KEY, 'committed', { runId: 'r2', actor: 'run:cli' }));
          expect(await store.cursors!.history(KEY)).toMatchObject([{ value: 'committed', runId: 'r2', action: 'commit' }]);
        } finally {
          await other.destroy();
        }
      });
  });
}
