import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type RunEvent } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { startFakeCrm, type FakeCrm } from '../examples/quickstart/fake-crm-api.js';

const TOKEN = 'library-token-1234';
let api: FakeCrm;
let dir: string;
beforeEach(async () => {
  api = await startFakeCrm({ token: TOKEN, customers: 120 });
  dir = mkdtempSync(join(tmpdir(), 'syncengine-lib-'));
  copyFileSync(new URL('../examples/quickstart/quickstart.yaml', import.meta.url), join(dir, 'quickstart.yaml'));
});
afterEach(() => api.close());

const ids = () => {
  const db = new Database(join(dir, 'quickstart.db'), { readonly: true });
  try {
    return (db.prepare('select id from customers order by id').all() as { id: number }[]).map((r) => r.id);
  } finally {
    db.close();
  }
};

it('runs the quickstart pipeline from the library API and stops cleanly between batches on abort', async () => {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const pipeline = await engine.load(join(dir, 'quickstart.yaml'), { vars: { base_url: api.url }, env: { QUICKSTART_API_TOKEN: TOKEN } });
  const statePath = join(dir, 'state.db');

  const controller = new AbortController();
  const events: RunEvent['type'][] = [];
  const aborted = await engine.run(pipeline, {
    statePath,
    signal: controller.signal,
    onEvent: (event) => {
      events.push(event.type);
      if (event.type === 'batch_written') controller.abort();
    },
  });
  expect(aborted.status).toBe('aborted');
  expect(aborted.streams[0]).toMatchObject({
    status: 'aborted',
    batches: 1,
    recordsWritten: 50,
    cursorAfter: api.customers.get(50)!.updated_at,
  });
  expect(events).toEqual([
    'run_started',
    'stream_started',
    'page_fetched',
    'page_fetched',
    'batch_written',
    'stream_finished',
    'run_finished',
  ]);
  expect(ids()).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));

  const resumed = await engine.run(pipeline, { statePath });
  expect(resumed.status).toBe('succeeded');
  expect(resumed.streams[0]).toMatchObject({ recordsRead: 70, inserted: 70, updated: 0, cursorBefore: api.customers.get(50)!.updated_at });
  expect(ids()).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));

  const state = await createSqliteStateStore({ path: statePath });
  expect((await state.listRuns({ pipeline: 'quickstart' })).map((r) => [r.status, r.trigger])).toEqual([
    ['succeeded', 'api'],
    ['aborted', 'api'],
  ]);
  await state.close();
});
