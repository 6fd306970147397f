import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StateStore } from '../src/index.js';

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
      await store.saveStreamRun({ runId: 'r1', stream: 'orders', status: 'running', startedAt: '2026-01-01T00:00:00.000Z', recordsRead: 0, recordsWritten: 0, recordsRejected: 0 });
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
