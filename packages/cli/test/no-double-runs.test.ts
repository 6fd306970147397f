import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '@syncengine/fakes';
import { adminDb, checkDatabase, testUrl, uniqueName } from '../../engine/test/_databases.js';
import type { Clock } from '../src/ops/clock.js';
import { createScheduler } from '../src/ops/scheduler.js';
import { history, openProcess, rows, tempDir, writePipeline, type OpsProcess } from './_ops-fixture.js';

/** Issue #10: two schedulers over one PostgreSQL state store must run each due tenant once. */
const TENANTS = 500;
const START = Date.parse('2026-03-08T12:00:00Z');

const server = await checkDatabase('postgres');

/** A clock that stands still at `start`; sleeping waits a real moment so loops do not spin. */
function stillClock(start: number): Clock {
  return { now: () => start, sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))) };
}

const pipeline = (tenants: string) => `version: 1
name: fleet
tenants:
  list: ${tenants}
  id: id
  frequency_hours: hours
  concurrency: 16
connections:
  api: { type: http, base_url: "\${env.API_URL}" }
  warehouse: { type: sqlite, path: "./warehouse-\${tenant.id}.db" }
streams:
  items:
    source: { connection: api, path: /items, records_path: data, params: { tenant: "\${tenant.id}" } }
    transforms:
      - map: { id: id, tenant: { template: "\${tenant.id}" } }
    sink: { connection: warehouse, table: items, mode: append, columns: { id: integer, tenant: text } }
`;

describe.skipIf(!server.run)('no double runs over one PostgreSQL state store', () => {
  const admin = adminDb('postgres');
  const schema = uniqueName('double_runs');
  let api: FakeServer;
  let processes: OpsProcess[] = [];
  const requests = new Map<string, number>();

  beforeAll(async () => {
    server.require();
    api = await startFakeServer({
      routes: [
        {
          method: 'GET',
          path: '/items',
          handle: (req) => {
            const tenant = String(req.query.tenant);
            requests.set(tenant, (requests.get(tenant) ?? 0) + 1);
            return { body: { data: [{ id: 1 }] } };
          },
        },
      ],
    });
  });
  afterEach(async () => {
    await Promise.all(processes.map((p) => p.close()));
    processes = [];
  });
  afterAll(async () => {
    await api?.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });

  it('two schedulers, each with its own connection, run each of 500 due tenants exactly once', async () => {
    const dir = tempDir();
    const ids = Array.from({ length: TENANTS }, (_, i) => `t${String(i).padStart(3, '0')}`);
    const file = writePipeline(dir, 'fleet', pipeline(`[${ids.map((id) => `{ id: ${id}, hours: 24 }`).join(', ')}]`));
    const state = testUrl('postgres', { params: { schema } });
    const clock = stillClock(START);
    // Two processes: separate state-store connections, queues and lock holders, one clock instant.
    for (const holder of ['scheduler-a', 'scheduler-b'])
      processes.push(await openProcess([file], state, { API_URL: api.url }, { holder, now: clock.now, lockRetryMs: 10 }));
    const schedulers = processes.map((p) => createScheduler({ pipelines: p.pipelines, queue: p.queue, clock }));

    // Both see every tenant due in the same snapshot and queue all of them (but those whose lock the other holds right then).
    const queued = await Promise.all(schedulers.map((s) => s.tick()));
    expect(queued.flat().length).toBeGreaterThan(1.5 * TENANTS);
    await Promise.all(processes.map((p) => p.queue.idle()));
    // And later checks (same instant: nothing is due any more) queue nothing.
    expect((await Promise.all(schedulers.map((s) => s.tick()))).flat()).toEqual([]);

    const twice = ids.filter((id) => requests.get(id) !== 1);
    expect(twice, `tenants fetched ${twice.length ? 'more or less than once' : ''}`).toEqual([]);
    const written = ids.map((id) => Number(rows(join(dir, `warehouse-${id}.db`), 'select count(*) as n from items')[0]!.n));
    expect(written.every((n) => n === 1)).toBe(true);
    const succeeded = await history(processes[0]!, 'fleet');
    expect(succeeded.filter((r) => r.status === 'succeeded')).toHaveLength(TENANTS);
    // The runs that found the tenant done once they held its lock were skipped, not run.
    const statuses = queued.flat().map((r) => r.status);
    expect(statuses.filter((s) => s === 'succeeded')).toHaveLength(TENANTS);
    expect(statuses.filter((s) => s === 'skipped')).toHaveLength(statuses.length - TENANTS);
  }, 120_000);
});
