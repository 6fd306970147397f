import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rollbackCursor, type StateStore } from '@syncengine/engine';

/**
 * The behaviour every state store must have. Each backend's test file calls this with a
 * factory that returns a fresh, empty store.
 */
export function testStateStore(name: string, create: () => Promise<StateStore>): void {
  describe(`state store: ${name}`, () => {
    let store: StateStore;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores cursors per pipeline, stream, tenant and partition, keeping their JSON type', async () => {
      const key = { pipeline: 'p', stream: 'orders' };
      expect(await store.getCursor(key)).toBeUndefined();
      await store.setCursor(key, '2026-01-01T00:00:00Z');
      await store.setCursor({ ...key, tenant: 't1' }, 17);
      await store.setCursor({ ...key, tenant: 't1', partition: 'warehouse-3' }, { page: 4 });
      expect(await store.getCursor(key)).toBe('2026-01-01T00:00:00Z');
      expect(await store.getCursor({ ...key, tenant: 't1' })).toBe(17);
      expect(await store.getCursor({ ...key, tenant: 't1', partition: 'warehouse-3' })).toEqual({ page: 4 });
      expect(await store.getCursor({ pipeline: 'p', stream: 'other' })).toBeUndefined();
    });

    it('replaces a cursor and forgets a deleted one', async () => {
      const key = { pipeline: 'p', stream: 's' };
      await store.setCursor(key, 'a');
      await store.setCursor(key, 'b');
      expect(await store.getCursor(key)).toBe('b');
      await store.deleteCursor(key);
      expect(await store.getCursor(key)).toBeUndefined();
    });

    it('keeps run history with per-stream counts, newest first, filterable', async () => {
      await store.startRun({ id: 'r1', pipeline: 'p', trigger: 'cli', startedAt: '2026-01-01T00:00:00.000Z' });
      await store.saveStreamRun({
        runId: 'r1',
        stream: 'orders',
        status: 'running',
        startedAt: '2026-01-01T00:00:00.000Z',
        recordsRead: 0,
        recordsWritten: 0,
        recordsRejected: 0,
      });
      await store.saveStreamRun({
        runId: 'r1',
        stream: 'orders',
        status: 'succeeded',
        startedAt: '2026-01-01T00:00:00.000Z',
        finishedAt: '2026-01-01T00:00:05.000Z',
        recordsRead: 10,
        recordsWritten: 9,
        recordsRejected: 1,
        cursorBefore: undefined,
        cursorAfter: '2026-01-01',
      });
      await store.finishRun('r1', { status: 'succeeded', finishedAt: '2026-01-01T00:00:06.000Z' });
      await store.startRun({ id: 'r2', pipeline: 'p', tenant: 'acme', trigger: 'schedule', startedAt: '2026-01-02T00:00:00.000Z' });
      await store.finishRun('r2', { status: 'failed', finishedAt: '2026-01-02T00:00:01.000Z', error: 'orders: boom' });

      const run = await store.getRun('r1');
      expect(run).toMatchObject({ id: 'r1', pipeline: 'p', trigger: 'cli', status: 'succeeded', finishedAt: '2026-01-01T00:00:06.000Z' });
      expect(run?.streams).toEqual([
        {
          runId: 'r1',
          stream: 'orders',
          status: 'succeeded',
          startedAt: '2026-01-01T00:00:00.000Z',
          finishedAt: '2026-01-01T00:00:05.000Z',
          recordsRead: 10,
          recordsWritten: 9,
          recordsRejected: 1,
          cursorAfter: '2026-01-01',
        },
      ]);
      expect((await store.listRuns()).map((r) => r.id)).toEqual(['r2', 'r1']);
      expect((await store.listRuns({ status: 'failed' })).map((r) => [r.id, r.tenant, r.error])).toEqual([['r2', 'acme', 'orders: boom']]);
      expect((await store.listRuns({ tenant: 'acme' })).map((r) => r.id)).toEqual(['r2']);
      expect((await store.listRuns({ pipeline: 'nope' })).length).toBe(0);
      expect(await store.getRun('missing')).toBeUndefined();
    });

    it('keeps at most 2,000 characters of a stream or run error, saying how many more there were', async () => {
      const long = `GET /items?ids=${'1234567,'.repeat(15_000)}: 431 Request Header Fields Too Large`;
      await store.startRun({ id: 'r3', pipeline: 'p', trigger: 'webhook', startedAt: '2026-01-03T00:00:00.000Z' });
      await store.saveStreamRun({
        runId: 'r3',
        stream: 'orders',
        status: 'failed',
        startedAt: '2026-01-03T00:00:00.000Z',
        finishedAt: '2026-01-03T00:00:01.000Z',
        recordsRead: 0,
        recordsWritten: 0,
        recordsRejected: 0,
        error: long,
      });
      await store.finishRun('r3', { status: 'failed', finishedAt: '2026-01-03T00:00:01.000Z', error: `orders: ${long}` });
      const run = await store.getRun('r3');
      const clipped = `${long.slice(0, 2000)}… (${long.length - 2000} more characters)`;
      expect(run?.streams[0]?.error).toBe(clipped);
      expect(run?.error).toBe(`${`orders: ${long}`.slice(0, 2000)}… (${long.length + 8 - 2000} more characters)`);
      await store.finishRun('r3', { status: 'failed', finishedAt: '2026-01-03T00:00:01.000Z', error: 'short: kept whole' });
      expect((await store.getRun('r3'))?.error).toBe('short: kept whole');
    });

    it('quarantines records with their reasons, lists the open ones oldest first, and resolves them', async () => {
      const base = { pipeline: 'p', stream: 'items', runId: 'r1' };
      await store.quarantine.put([
        {
          ...base,
          id: 'q1',
          recordKey: '7',
          record: { id: 7, price: 'abc', name: 'Zürich ☕' },
          reasons: ['price: must be a number (got text "abc")'],
        },
        { ...base, id: 'q2', recordKey: '8', record: { id: 8 }, reasons: ['missing required key "price"', 'name: is required'] },
        { ...base, stream: 'other', id: 'q3', recordKey: '9', record: { id: 9 }, reasons: ['x'] },
      ]);
      const open = await store.quarantine.list({ pipeline: 'p', stream: 'items' });
      expect(open.map((q) => [q.id, q.recordKey, q.record, q.reasons, q.status])).toEqual([
        ['q1', '7', { id: 7, price: 'abc', name: 'Zürich ☕' }, ['price: must be a number (got text "abc")'], 'open'],
        ['q2', '8', { id: 8 }, ['missing required key "price"', 'name: is required'], 'open'],
      ]);
      // Rejected again by a later run: same entry, new reasons and run.
      await store.quarantine.put([{ ...base, runId: 'r2', id: 'q2', recordKey: '8', record: { id: 8 }, reasons: ['still bad'] }]);
      await store.quarantine.resolve(['q1'], 'r2');
      expect((await store.quarantine.list({ pipeline: 'p' })).map((q) => [q.id, q.runId, q.reasons])).toEqual([
        ['q2', 'r2', ['still bad']],
        ['q3', 'r1', ['x']],
      ]);
      const resolved = await store.quarantine.list({ status: 'replayed' });
      expect(resolved.map((q) => [q.id, q.resolvedRunId])).toEqual([['q1', 'r2']]);
      expect((await store.quarantine.list({ status: 'all', ids: ['q1', 'q3'] })).map((q) => q.id)).toEqual(['q1', 'q3']);
    });

    it('keeps an ID crosswalk per tenant and kind, replacing a mapping that changes', async () => {
      const acme = store.crosswalk('acme');
      await acme.put('item', [
        { sourceId: '100', targetId: '9100' },
        { sourceId: '101', targetId: '9101' },
      ]);
      await acme.put('customer', [{ sourceId: '100', targetId: 'c-1' }]);
      await store.crosswalk().put('item', [{ sourceId: '100', targetId: 'other-tenant' }]);
      await acme.put('item', [{ sourceId: '101', targetId: '9999' }]);
      expect(await acme.lookup('item', ['100', '101', '102'])).toEqual(
        new Map([
          ['100', '9100'],
          ['101', '9999'],
        ]),
      );
      expect(await acme.all('customer')).toEqual(new Map([['100', 'c-1']]));
      expect(await store.crosswalk().all('item')).toEqual(new Map([['100', 'other-tenant']]));
      const many = Array.from({ length: 1200 }, (_, i) => ({ sourceId: `s${i}`, targetId: `t${i}` }));
      await acme.put('bulk', many);
      expect(
        (
          await acme.lookup(
            'bulk',
            many.map((m) => m.sourceId),
          )
        ).size,
      ).toBe(1200);
    });

    it('gives a lock to one holder at a time, extends it for that holder, and frees it when it expires', async () => {
      expect(await store.locks.acquire('pipeline:p:acme', 'worker-1', 60_000)).toBe(true);
      expect(await store.locks.acquire('pipeline:p:acme', 'worker-2', 60_000)).toBe(false);
      expect(await store.locks.acquire('pipeline:p:acme', 'worker-1', 60_000)).toBe(true);
      expect(await store.locks.holder('pipeline:p:acme')).toBe('worker-1');
      expect(await store.locks.acquire('pipeline:p:bolt', 'worker-2', 60_000)).toBe(true);
      await store.locks.release('pipeline:p:acme', 'worker-2');
      expect(await store.locks.holder('pipeline:p:acme')).toBe('worker-1');
      await store.locks.release('pipeline:p:acme', 'worker-1');
      expect(await store.locks.acquire('pipeline:p:acme', 'worker-2', 60_000)).toBe(true);
      // A holder that died: its lease runs out and another takes over (times from the caller's clock).
      const t0 = Date.parse('2026-03-08T06:30:00Z');
      expect(await store.locks.acquire('pipeline:p:dead', 'crashed', 1_000, { now: t0 })).toBe(true);
      expect(await store.locks.holder('pipeline:p:dead', { now: t0 + 999 })).toBe('crashed');
      expect(await store.locks.acquire('pipeline:p:dead', 'worker-3', 60_000, { now: t0 + 999 })).toBe(false);
      expect(await store.locks.holder('pipeline:p:dead', { now: t0 + 1_001 })).toBeUndefined();
      expect(await store.locks.acquire('pipeline:p:dead', 'worker-3', 60_000, { now: t0 + 1_001 })).toBe(true);
      const race = await Promise.all(['a', 'b', 'c', 'd'].map((w) => store.locks.acquire('pipeline:p:race', w, 60_000)));
      expect(race.filter(Boolean)).toHaveLength(1);
    });

    it('marks the run of an expired lock abandoned, as of when its holder was last seen, once the lock is read or taken', async () => {
      const t0 = Date.parse('2026-03-29T00:30:00Z');
      const iso = (t: number) => new Date(t).toISOString();
      const start = async (id: string, lock: string) => {
        await store.startRun({ id, pipeline: 'p', trigger: 'schedule', startedAt: iso(t0) });
        await store.saveStreamRun({
          runId: id,
          stream: 's',
          status: 'running',
          startedAt: iso(t0),
          recordsRead: 0,
          recordsWritten: 0,
          recordsRejected: 0,
        });
        expect(await store.locks.acquire(lock, `host:${id}`, 60_000, { now: t0, runId: id })).toBe(true);
        // Renewed once, 20 s in; then the process was killed.
        expect(await store.locks.acquire(lock, `host:${id}`, 60_000, { now: t0 + 20_000, runId: id })).toBe(true);
      };
      await start('read-run', 'run:p:-:a');
      await start('taken-run', 'run:p:-:b');
      await start('finished-run', 'run:p:-:c');
      await store.finishRun('finished-run', { status: 'succeeded', finishedAt: iso(t0 + 30_000) });

      // Within the lease nothing changes.
      expect(await store.locks.holder('run:p:-:a', { now: t0 + 80_000 })).toBe('host:read-run');
      expect((await store.getRun('read-run'))?.status).toBe('running');

      expect(await store.locks.holder('run:p:-:a', { now: t0 + 80_001 })).toBeUndefined();
      expect(await store.locks.acquire('run:p:-:b', 'next', 60_000, { now: t0 + 80_001, runId: 'next-run' })).toBe(true);
      expect(await store.locks.holder('run:p:-:c', { now: t0 + 80_001 })).toBeUndefined();
      for (const id of ['read-run', 'taken-run']) {
        expect(await store.getRun(id)).toMatchObject({
          status: 'abandoned',
          finishedAt: iso(t0 + 20_000),
          error: `abandoned: its process (host:${id}) stopped renewing lock run:p:-:${id === 'read-run' ? 'a' : 'b'}; last seen ${iso(t0 + 20_000)}`,
          streams: [{ stream: 's', status: 'abandoned', finishedAt: iso(t0 + 20_000) }],
        });
      }
      // A run that ended (its lock was left behind) keeps its status; the lock taken over is the new run's.
      expect((await store.getRun('finished-run'))?.status).toBe('succeeded');
      expect(await store.locks.holder('run:p:-:b', { now: t0 + 80_001 })).toBe('next');
      expect((await store.listRuns({ pipeline: 'p', status: 'abandoned' })).map((r) => r.id).sort()).toEqual(['read-run', 'taken-run']);
    });

    it('fences cursor writes: a holder whose lock passed to another can no longer move the cursor', async () => {
      const t0 = Date.parse('2026-04-01T00:00:00Z');
      const key = { pipeline: 'p', stream: 'fenced', tenant: 't1' };
      const lock = 'run:p:t1:fenced';
      expect(await store.locks.acquire(lock, 'paused-worker', 1_000, { now: t0 })).toBe(true);
      const old = { lock, holder: 'paused-worker', fence: (await store.locks.fence!(lock, 'paused-worker'))! };
      // A renewal keeps the fencing number.
      expect(await store.locks.acquire(lock, 'paused-worker', 1_000, { now: t0 + 500 })).toBe(true);
      expect(await store.locks.fence!(lock, 'paused-worker')).toBe(old.fence);
      await store.setCursor(key, 'A-1', { fence: old });
      // The paused worker's lease runs out; another takes the lock, with a higher fencing number.
      expect(await store.locks.acquire(lock, 'new-owner', 60_000, { now: t0 + 2_000 })).toBe(true);
      const fresh = { lock, holder: 'new-owner', fence: (await store.locks.fence!(lock, 'new-owner'))! };
      expect(fresh.fence).toBeGreaterThan(old.fence);
      await store.setCursor(key, 'B-9', { fence: fresh });
      await expect(store.setCursor(key, 'A-2', { fence: old })).rejects.toThrow(
        `cursor not saved: lease lost: lock ${lock} is now held by new-owner (fence ${fresh.fence}), not by paused-worker (fence ${old.fence})`,
      );
      expect(await store.getCursor(key)).toBe('B-9');
      // Once the new owner released the lock, the old lease is still refused, and its renewal cannot take the lock back.
      await store.locks.release(lock, 'new-owner');
      await expect(store.setCursor(key, 'A-3', { fence: old })).rejects.toThrow('is now held by nobody');
      expect(await store.locks.acquire(lock, 'paused-worker', 1_000, { now: t0 + 3_000, renew: true })).toBe(false);
      expect(await store.locks.holder(lock, { now: t0 + 3_000 })).toBeUndefined();
      expect(await store.getCursor(key)).toBe('B-9');
    });

    it('keeps each change of a cursor in its history (the last 100), and rolls a cursor back to a run', async () => {
      const key = { pipeline: 'p', stream: 'history' };
      await store.setCursor(key, 1, { runId: 'r1', actor: 'run:cli' });
      await store.setCursor(key, 2, { runId: 'r2', actor: 'run:cli' });
      await store.setCursor({ ...key, tenant: 't1' }, 'x', { actor: 'cli:ana' });
      await store.deleteCursor(key, { actor: 'api:ops' });
      const changes = async () =>
        (await store.cursors!.history({ ...key, tenant: '', partition: '', limit: 1000 })).sort((a, b) => b.seq - a.seq);
      expect((await changes()).map((e) => [e.value, e.action, e.actor, e.runId])).toEqual([
        [undefined, 'reset', 'api:ops', undefined],
        [2, 'commit', 'run:cli', 'r2'],
        [1, 'commit', 'run:cli', 'r1'],
      ]);
      expect(await store.cursors!.list({ pipeline: 'p', stream: 'history' })).toMatchObject([{ tenant: 't1', value: 'x' }]);
      expect((await rollbackCursor(store, key, { runId: 'r1' }, 'cli:ana')).value).toBe(1);
      expect(await store.getCursor(key)).toBe(1);
      for (let i = 0; i < 100; i++) await store.setCursor(key, i, { actor: 'cli:ana' });
      const kept = await changes();
      expect(kept).toHaveLength(100);
      expect(kept[0]!.value).toBe(99);
      expect(kept.at(-1)!.value).toBe(0);
    });

    it('keeps key-value namespaces apart', async () => {
      const a = store.kv('connection:p:crm');
      const b = store.kv('connection:p:erp');
      await a.set('refresh_token', 'one');
      await a.set('refresh_token', 'two');
      expect(await a.get('refresh_token')).toBe('two');
      expect(await b.get('refresh_token')).toBeUndefined();
      await a.delete('refresh_token');
      expect(await a.get('refresh_token')).toBeUndefined();
    });
  });
}
