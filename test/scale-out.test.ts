import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '@syncengine/fakes';
import { enqueue } from '../packages/cli/src/index.js';
import { runCli } from './_cli.js';
import { checkServices, REDIS_URL, scratch, startCli, until, writeFleetPipeline, type Child } from './_scale-out-fixture.js';

/**
 * Issue 15: syncengine on BullMQ. Real Redis, real PostgreSQL (state, tenants and per-tenant tables),
 * real worker processes; the fake API counts runs and overlapping requests per tenant.
 */
const services = await checkServices();
const TENANTS = Number(process.env.SYNCENGINE_SCALE_TENANTS ?? 300);
const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1_000).toISOString();
const tenantId = (i: number) => `t${String(i).padStart(4, '0')}`;

interface Item {
  id: number;
  updated_at: string;
  label: string;
}

/** A fake API of per-tenant items that records, per tenant, how many runs started and the most requests at once. */
async function fleetApi(items: (tenant: string) => Item[], options: { delayMs?: number } = {}) {
  const runs = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  let served = 0;
  let hold: ((tenant: string, page: number) => Promise<Item[] | undefined>) | undefined;
  const server: FakeServer = await startFakeServer({
    routes: [
      {
        method: 'GET',
        path: '/items',
        handle: async (req) => {
          const tenant = String(req.query.tenant);
          const page = Number(req.query.page ?? 1);
          const size = Number(req.query.per_page ?? 5);
          if (page === 1) runs.set(tenant, (runs.get(tenant) ?? 0) + 1);
          inFlight.set(tenant, (inFlight.get(tenant) ?? 0) + 1);
          maxInFlight.set(tenant, Math.max(maxInFlight.get(tenant) ?? 0, inFlight.get(tenant)!));
          try {
            const held = await hold?.(tenant, page);
            if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
            const after = String(req.query.after ?? '');
            const all = items(tenant).filter((item) => !after || item.updated_at > after);
            served += 1;
            return { body: { data: held ?? all.slice((page - 1) * size, page * size) } };
          } finally {
            inFlight.set(tenant, inFlight.get(tenant)! - 1);
          }
        },
      },
    ],
  });
  return {
    server,
    runs,
    maxInFlight,
    served: () => served,
    onRequest(fn: typeof hold) {
      hold = fn;
    },
  };
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups = [];
});

/** A scratch database with a `tenants` table, a fleet pipeline, and helpers to start workers on it. */
async function setup(tenants: number, api: Awaited<ReturnType<typeof fleetApi>>, page = 5) {
  const env = await scratch();
  cleanups.push(() => env.drop(), () => api.server.close());
  await env.db.schema.createTable('tenants').addColumn('id', 'text', (c) => c.primaryKey()).execute();
  for (let i = 0; i < tenants; i += 500) {
    const ids = Array.from({ length: Math.min(500, tenants - i) }, (_, k) => ({ id: tenantId(i + k + 1) }));
    await env.db.insertInto('tenants').values(ids).execute();
  }
  const file = writeFleetPipeline(env.dir, { page });
  const common = ['--state', env.url, '--var', `db=${env.url}`, '--var', `api=${api.server.url}`, '--no-logs'];
  const queue = ['--queue', REDIS_URL, '--queue-prefix', env.prefix];
  const children: Child[] = [];
  cleanups.push(async () => {
    for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exit));
  });
  const worker = (...extra: string[]) => {
    const child = startCli(['worker', file, ...common, ...queue, ...extra]);
    children.push(child);
    return child;
  };
  const count = async (query: string) => Number((await env.db.executeQuery<{ n: string }>(compiled(query))).rows[0]!.n);
  const compiled = (query: string) => ({ sql: query, parameters: [], query: { kind: 'RawNode' } }) as never;
  return { env, file, common, queue, worker, count };
}

describe.skipIf(!services.run)('scale out on BullMQ', () => {
  beforeAll(() => services.require());

  it(`3 workers, ${TENANTS} due tenants, two schedulers and a serve enqueueing at once: every tenant runs exactly once, tables equal the API`, async () => {
    const items = (tenant: string) =>
      Array.from({ length: 3 + (Number(tenant.slice(1)) % 5) }, (_, i) => ({ id: i + 1, updated_at: at(i + 1), label: `${tenant}-${i + 1}` }));
    const api = await fleetApi(items, { delayMs: 5 });
    const { env, file, common, queue, worker, count } = await setup(TENANTS, api);
    const started = Date.now();
    const workers = [worker('--concurrency', '4'), worker('--concurrency', '4'), worker('--concurrency', '4')];

    const stop = new AbortController();
    const ops = ['--check-every', '1s'];
    const producers = [
      runCli(['schedule', file, ...common, ...queue, ...ops], {}, stop.signal),
      runCli(['schedule', file, ...common, ...queue, ...ops], {}, stop.signal),
      runCli(['serve', file, ...common, ...queue, ...ops, '--schedule', '--port', '0'], { SYNCENGINE_API_TOKEN: 'x'.repeat(32) }, stop.signal),
    ];
    await until(
      async () => (await count(`select count(*) as n from syncengine_runs where status = 'succeeded'`)) >= TENANTS,
      `${TENANTS} succeeded runs`,
      100_000,
    );
    const elapsed = Date.now() - started;
    // Two more checks of every scheduler: nothing new may run.
    await new Promise((r) => setTimeout(r, 2_500));
    stop.abort();
    for (const result of await Promise.all(producers)) expect(result.code, result.stderr).toBe(0);
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect((await w.exit).code, w.output()).toBe(0);
    console.info(`${TENANTS} tenants on 3 workers: ${elapsed} ms`);

    const runs = await env.db
      .selectFrom('syncengine_runs')
      .select(['tenant', 'status'])
      .execute();
    expect(runs).toHaveLength(TENANTS);
    expect(new Set(runs.map((r) => r.tenant)).size).toBe(TENANTS);
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    for (let i = 1; i <= TENANTS; i++) {
      const tenant = tenantId(i);
      expect(api.runs.get(tenant), tenant).toBe(1);
      expect(api.maxInFlight.get(tenant), tenant).toBe(1);
    }
    for (let i = 1; i <= TENANTS; i += Math.max(1, Math.floor(TENANTS / 60))) {
      const tenant = tenantId(i);
      const rows = await env.db.selectFrom(`items_${tenant}`).select(['id', 'updated_at', 'label']).orderBy('id').execute();
      expect(rows, tenant).toEqual(items(tenant));
    }
    // Every worker took a share.
    for (const w of workers) expect(w.output()).toMatch(/unit .* succeeded/);
  }, 150_000);
});
