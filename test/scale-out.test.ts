import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../packages/cli/src/index.js';
import { runCli } from './_cli.js';
import {
  at,
  checkServices,
  cleanupList,
  fleetApi,
  REDIS_URL,
  setupFleet,
  tenantId,
  until,
  writeFleetPipeline,
  type Child,
  type FleetApi,
  type Item,
} from './_scale-out-fixture.js';

/**
 * Issue 15: syncengine on BullMQ. Real Redis, real PostgreSQL (state, tenants and per-tenant tables),
 * real worker processes (the build in packages/cli/dist); the fake API counts runs and overlapping
 * requests per tenant. Partitions, budgets and dead letters: scale-out-fleet.test.ts.
 */
const services = await checkServices();
/**
 * 200 by default, to keep the suite fast on a loaded 2-core machine; the 500 with
 * `SYNCENGINE_SCALE_TENANTS=500` (docs/scale-out.md has the times measured).
 */
const TENANTS = Number(process.env.SYNCENGINE_SCALE_TENANTS ?? 200);
const cleanups = cleanupList();
afterEach(() => cleanups.run());
const shared = cleanupList();
afterAll(() => shared.run());

describe.skipIf(!services.run)('scale out on BullMQ', () => {
  beforeAll(() => services.require());

  describe('one fleet of 3 workers', () => {
    /** `fleet` (quick pages) and `slow` (60 ms a page), each with its own API, on the same 3 workers. */
    let fleet: Awaited<ReturnType<typeof setupFleet>>;
    let quick: FleetApi;
    let slow: FleetApi;
    let workers: Child[];
    const fleetItems = (tenant: string) =>
      Array.from({ length: 3 + (Number(tenant.slice(1)) % 5) }, (_, i) => ({
        id: i + 1,
        updated_at: at(i + 1),
        label: `${tenant}-${i + 1}`,
      }));
    const SLOW_ITEMS = 40;
    const slowItems = (tenant: string) =>
      Array.from({ length: SLOW_ITEMS }, (_, i) => ({ id: i + 1, updated_at: at(i + 1), label: `${tenant}-${i + 1}` }));
    const ttl = ['--lock-ttl', '3s', '--concurrency', '4'];

    beforeAll(async () => {
      services.require();
      quick = await fleetApi(fleetItems, { delayMs: 5 });
      slow = await fleetApi(slowItems, { delayMs: 60 });
      fleet = await setupFleet(TENANTS, [quick, slow], shared, (dir) => [
        writeFleetPipeline(dir, { page: 5 }),
        writeFleetPipeline(dir, { page: 5, name: 'slow', table: 'slow', baseUrl: slow.server.url }),
      ]);
      workers = [fleet.worker(...ttl), fleet.worker(...ttl), fleet.worker(...ttl)];
      await until(() => workers.every((w) => w.output().includes('takes units')), 'the workers to start');
    }, 60_000);

    it(`3 workers, ${TENANTS} due tenants, two schedulers and a serve enqueueing at once: every tenant runs exactly once, tables equal the API`, async () => {
      const { env, file, common, queue, succeeded } = fleet;
      const api = quick;
      const items = fleetItems;
      const started = performance.now();

      const stop = new AbortController();
      const ops = ['--check-every', '3s'];
      const producers = [
        runCli(['schedule', file, ...common, ...queue, ...ops], {}, stop.signal),
        runCli(['schedule', file, ...common, ...queue, ...ops], {}, stop.signal),
        runCli(
          ['serve', file, ...common, ...queue, ...ops, '--schedule', '--port', '0'],
          { SYNCENGINE_API_TOKEN: 'x'.repeat(32) },
          stop.signal,
        ),
      ];
      await until(async () => (await succeeded()) >= TENANTS, `${TENANTS} succeeded runs`, 100_000);
      const elapsed = performance.now() - started;
      // One more check of every producer after the last run: nothing new may run.
      await new Promise((r) => setTimeout(r, 3_500));
      stop.abort();
      for (const result of await Promise.all(producers)) expect(result.code, result.stderr).toBe(0);
      console.info(`${TENANTS} tenants on 3 workers: ${elapsed} ms`);

      const runs = await env.db.selectFrom('syncengine_runs').select(['tenant', 'status']).where('pipeline', '=', 'fleet').execute();
      expect(runs).toHaveLength(TENANTS);
      expect(new Set(runs.map((r) => r.tenant)).size).toBe(TENANTS);
      expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
      for (let i = 1; i <= TENANTS; i++) {
        const tenant = tenantId(i);
        expect(api.runs(tenant), tenant).toBe(1);
        expect(api.maxInFlight(tenant), tenant).toBe(1);
      }
      for (let i = 1; i <= TENANTS; i += Math.max(1, Math.floor(TENANTS / 60))) {
        const tenant = tenantId(i);
        const rows = await env.db.selectFrom(`items_${tenant}`).select(['id', 'updated_at', 'label']).orderBy('id').execute();
        expect(rows, tenant).toEqual(items(tenant));
      }
      // Every worker took a share.
      for (const w of workers) expect(w.output()).toMatch(/unit .* \(fleet \(tenant t\d+\)\) succeeded/);
    }, 150_000);

    it('kill -9 of workers mid-batch at two points and a SIGTERM between: units finish elsewhere, no row lost or written twice, cursors at the end', async () => {
      const ITEMS = SLOW_ITEMS;
      const items = slowItems;
      const api = slow;
      const tenants = 18;
      const { env, worker } = fleet;
      await enqueue(
        { url: REDIS_URL, prefix: env.prefix, backoffMs: 500 },
        Array.from({ length: tenants }, (_, i) => ({
          data: { pipeline: 'slow', tenant: tenantId(i + 1), trigger: 'api', runId: randomUUID() },
        })),
      );
      const total = tenants * (ITEMS / 5 + 1);
      const reached = (share: number) => until(() => api.served() >= total * share, `${share * 100}% of the requests`);
      // Killed while it runs units (four at a time): at a quarter of the requests.
      await reached(0.25);
      expect(workers[0]!.output()).toMatch(/unit .* started/);
      workers[0]!.child.kill('SIGKILL');
      // Stopped gracefully at half, while one of its requests is held: it stops that unit between
      // batches (what is committed stays), hands it back to the queue and exits 0.
      await reached(0.5);
      const last = worker(...ttl);
      const runningOn = (w: Child) => {
        const out = w.output();
        const started = [...out.matchAll(/\(slow \(tenant (t\d+)\)\) started/g)].map((m) => m[1]!);
        return new Set(started.filter((t) => !new RegExp(`\\(slow \\(tenant ${t}\\)\\) (succeeded|failed|handed back)`).test(out)));
      };
      let held: string | undefined;
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      api.intercept(async (_req, served) => {
        if (held || served.page < 2 || served.page > 7 || !runningOn(workers[1]!).has(served.tenant)) return undefined;
        held = served.tenant;
        await gate;
        return undefined;
      });
      await until(() => held !== undefined, 'a request of the worker to stop');
      workers[1]!.child.kill('SIGTERM');
      const stopped = await workers[1]!.exit;
      release();
      api.intercept(undefined);
      expect(stopped.code, workers[1]!.output()).toBe(0);
      expect(workers[1]!.output()).toMatch(new RegExp(`\\(slow \\(tenant ${held}\\)\\) handed back: shutting down`));
      // Killed again at 70%: the last worker started finishes everything.
      await reached(0.7);
      expect(workers[2]!.output()).toMatch(/unit .* started/);
      workers[2]!.child.kill('SIGKILL');

      const count = async (tenant: string) =>
        Number(
          (await env.db
            .selectFrom(`slow_${tenant}`)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst())!.n,
        );
      await until(
        async () => {
          for (let i = 1; i <= tenants; i++) if ((await count(tenantId(i))) < ITEMS) return false;
          return true;
        },
        'every tenant table to be complete',
        90_000,
      );
      await until(
        () =>
          !/unit .* started/.test(
            last
              .output()
              .split(/succeeded \(run/)
              .at(-1)!,
          ),
        'the last worker to go idle',
        10_000,
      );
      for (let i = 1; i <= tenants; i++) {
        const tenant = tenantId(i);
        const rows = await env.db.selectFrom(`slow_${tenant}`).select(['id', 'updated_at', 'label']).orderBy('id').execute();
        expect(rows, tenant).toEqual(items(tenant));
        const cursor = await env.db
          .selectFrom('syncengine_cursors')
          .select('value')
          .where('pipeline', '=', 'slow')
          .where('tenant', '=', tenant)
          .executeTakeFirst();
        expect(cursor?.value, tenant).toBe(JSON.stringify(at(ITEMS)));
      }
      expect(last.output()).toMatch(/unit .* succeeded/);
    }, 120_000);
  });

  it("a worker paused (SIGSTOP) past its lease while another takes over cannot commit when it resumes (SIGCONT): the data and cursor are the new owner's", async () => {
    let version = 'v1';
    const items = () => Array.from({ length: 15 }, (_, i) => ({ id: i + 1, updated_at: at(i + 1), label: `${version}-${i + 1}` }));
    const api = await fleetApi(items);
    const { env, worker } = await setupFleet(1, api, cleanups, (dir) => writeFleetPipeline(dir, { page: 5 }));
    let held = false;
    let release: (items: Item[]) => void = () => undefined;
    const stale = new Promise<Item[]>((resolve) => (release = resolve));
    api.intercept(async (_req, served) => {
      if (served.page !== 2 || held) return undefined;
      held = true;
      return { body: { data: await stale } };
    });
    const ttl = ['--lock-ttl', '2s'];
    // Both start at once; the second is paused until it is to take over, so the first takes the unit.
    const zombie = worker(...ttl);
    const owner = worker(...ttl);
    await until(() => [zombie, owner].every((w) => w.output().includes('takes units')), 'the workers to start');
    owner.child.kill('SIGSTOP');
    await enqueue({ url: REDIS_URL, prefix: env.prefix }, [
      { data: { pipeline: 'fleet', tenant: tenantId(1), trigger: 'api', runId: randomUUID() } },
    ]);
    // Paused once batch 1 has committed (page 2 is asked for while batch 1 is written, and a process
    // frozen inside a transaction would hold its row locks: docs/scale-out.md).
    const written = async () =>
      Number(
        (await env.db
          .selectFrom(`items_${tenantId(1)}`)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst())!.n,
      );
    await until(async () => held && (await written()) === 5, 'the first worker to commit batch 1 and ask for page 2');
    zombie.child.kill('SIGSTOP');
    version = 'v2';
    owner.child.kill('SIGCONT');
    await until(() => /unit .* succeeded/.test(owner.output()), 'the second worker to finish the unit', 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; its output:\n${owner.output()}\nthe paused worker's:\n${zombie.output()}`);
    });
    // The paused worker's page 2 comes back: stale labels and a row the API no longer has.
    release([
      ...items()
        .slice(5, 10)
        .map((item) => ({ ...item, label: `stale-${item.id}` })),
      { id: 99, updated_at: at(99), label: 'ghost' },
    ]);
    zombie.child.kill('SIGCONT');
    await until(() => /lease lost/.test(zombie.output()), 'the resumed worker to find its lease lost', 20_000).catch((error: Error) => {
      throw new Error(`${error.message}; its output:\n${zombie.output()}`);
    });
    await new Promise((r) => setTimeout(r, 1_000));

    const rows = await env.db
      .selectFrom(`items_${tenantId(1)}`)
      .select(['id', 'label'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual(items().map((item, i) => ({ id: item.id, label: `${i < 5 ? 'v1' : 'v2'}-${item.id}` })));
    const cursor = await env.db.selectFrom('syncengine_cursors').select('value').executeTakeFirst();
    expect(cursor?.value).toBe(JSON.stringify(at(15)));
    // It stops either at its commit (the fence is refused) or, if its lease renewal runs first, before it:
    // never with a batch written. test/lease-fencing.test.ts forces the commit path.
    expect(zombie.output()).toMatch(
      /cursor not saved: lease lost: lock run:fleet:t0001:items is now held by|lock run:fleet:t0001:items expired and was taken by another holder/,
    );
    expect(zombie.output()).not.toMatch(/batch [2-9] written/);
  }, 90_000);
});
