import { expect, it } from 'vitest';
import { testStateStore } from '@syncengine/testing';
import { createMemoryStateDriver, createStateStore } from '../src/index.js';
import { testCursorHistory } from './cursor-history-conformance.js';

// The in-memory driver alone (no SQL) passes the same suites as the SQL stores.
testStateStore('memory driver', () => createStateStore(createMemoryStateDriver()));
testCursorHistory('memory driver', (options) => createStateStore(createMemoryStateDriver(), options));

it('undoes every row of a transaction that throws, and other operations wait for it to end', async () => {
  const driver = createMemoryStateDriver();
  const row = { namespace: 'n', key: 'k', value: 'kept', updated_at: '2026-01-01T00:00:00.000Z' };
  await driver.put('kv', [row]);
  let release!: () => void;
  const paused = new Promise<void>((resolve) => (release = resolve));
  const failing = driver.transaction(async (rows) => {
    await rows.put('kv', [{ ...row, value: 'changed' }]);
    await rows.insert('kv', { ...row, key: 'new' });
    await paused;
    throw new Error('abort');
  });
  const read = driver.list('kv', { orderBy: [['key', 'asc']] });
  release();
  await expect(failing).rejects.toThrow('abort');
  expect(await read).toEqual([row]);
});
