import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { createEngine, createSqliteStateStore } from '@syncengine/engine';
import { startFakeServer, type FakeServer } from '@syncengine/fakes';

/**
 * Issue 15: a lease carries a fencing number that the checkpoint commit checks. A run whose lock
 * passed to another holder while it waited (a paused worker) has its next batch refused: the rows
 * roll back with the cursor, in the sink's transaction.
 */
const AT = Date.parse('2026-05-01T00:00:00Z');
const at = (i: number) => new Date(AT + i * 1_000).toISOString();
let api: FakeServer | undefined;
afterEach(async () => api?.close());

it('a run whose lock was taken over mid-run cannot commit its next batch or move its cursor', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'se-fence-'));
  let reachedPage2!: () => void;
  const page2 = new Promise<void>((resolve) => (reachedPage2 = resolve));
  let openGate!: () => void;
  const gate = new Promise<void>((resolve) => (openGate = resolve));
  api = await startFakeServer({
    routes: [
      {
        method: 'GET',
        path: '/events',
        handle: async (req) => {
          const page = Number(req.query.page ?? 1);
          if (page === 2) {
            reachedPage2();
            await gate;
          }
          const all = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, at: at(i + 1) }));
          return { body: { data: all.slice((page - 1) * 5, page * 5) } };
        },
      },
    ],
  });
  writeFileSync(
    join(dir, 'events.yaml'),
    `version: 1
name: events
connections:
  api: { type: http, base_url: "${api.url}" }
  warehouse: { type: sqlite, path: ./state.db }
streams:
  events:
    batch_size: 5
    source: { connection: api, path: /events, records_path: data, pagination: { type: page, size_param: per_page, size: 5 } }
    incremental: { cursor_field: at, ordered: true }
    sink: { connection: warehouse, table: events, mode: append, columns: { id: integer, at: text } }
`,
  );
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const pipeline = await engine.load(join(dir, 'events.yaml'));
  // The sink shares the state's database, so each batch commits with its cursor.
  const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
  const run = engine.run(pipeline, { state, now: () => AT, lock: { holder: 'paused-worker', ttlMs: 60_000 } });
  await page2;
  // The paused worker's lease ran out (by the store's clock) and another worker took the lock.
  expect(await state.locks.acquire('run:events:-:events', 'new-owner', 60_000, { now: AT + 61_000 })).toBe(true);
  openGate();
  const result = await run;

  expect(result.status).toBe('failed');
  expect(result.streams[0]!.error).toContain(
    'cursor not saved: lease lost: lock run:events:-:events is now held by new-owner (fence 2), not by paused-worker (fence 1)',
  );
  const db = new Database(join(dir, 'state.db'), { readonly: true });
  expect(db.prepare('select id from events order by id').all()).toEqual([1, 2, 3, 4, 5].map((id) => ({ id })));
  expect(db.prepare('select value from syncengine_cursors').all()).toEqual([{ value: JSON.stringify(at(5)) }]);
  db.close();
  await state.close();
});
