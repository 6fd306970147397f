import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../packages/cli/src/index.js';
import { runCli } from './_cli.js';
import {
  at,
  checkServices,
  cleanupList,
  fleetApi,
  mostAtOnce,
  REDIS_URL,
  setupFleet,
  SHARDS,
  startCli,
  tenantId,
  tenantsOf,
  until,
  writeFleetPipeline,
  writeShardsPipeline,
  type Child,
  type FleetApi,
  type Served,
} from './_scale-out-fixture.js';

/**
 * Issue 15 on one fleet of 3 worker processes (real Redis, real PostgreSQL), each scenario with its
 * own pipeline and fake API: partitions fanned out, shared request budgets counted by the API
 * itself, dead letters on serve's API and the CLI. The last one kills a worker.
 */
const services = await checkServices();
const cleanups = cleanupList();
afterAll(() => cleanups.run());

const TENANTS = 12;
const LEASE_MS = 3_000;
const TOKEN = 't'.repeat(32);
const items = (count: number) => (tenant: string) =>
  Array.from({ length: count }, (_, i) => ({ id: i + 1, updated_at: at(i + 1), label: `${tenant}-${i + 1}` }));
const shardItems = (tenant: string, partition?: string) =>
  partition === undefined ? [] : items(12)(`${tenant}-${partition}`).map((item) => ({ partition, ...item }));
const unit = (pipeline: string, i: number) => ({ data: { pipeline, tenant: tenantId(i), trigger: 'api', runId: randomUUID() } });

describe.skipIf(!services.run)('a fleet of workers on BullMQ', () => {
  let fleet: Awaited<ReturnType<typeof setupFleet>>;
  const api: Record<'shards' | 'rated' | 'flaky' | 'slotted', FleetApi> = {} as never;
  let workers: Child[];

  beforeAll(async () => {
    services.require();
    api.shards = await fleetApi(shardItems, { delayMs: 40 });
    api.rated = await fleetApi(items(20));
    api.flaky = await fleetApi(items(1), { failTenant: tenantId(2) });
    api.slotted = await fleetApi(items(30), { delayMs: 100 });
    const url = (name: keyof typeof api) => api[name].server.url;
    fleet = await setupFleet(TENANTS, Object.values(api), cleanups, (dir) => [
      writeShardsPipeline(dir, url('shards')),
      writeFleetPipeline(dir, { page: 5, name: 'rated', baseUrl: url('rated'), rateLimit: '{ requests_per_second: 10 }' }),
      writeFleetPipeline(dir, { page: 5, name: 'flaky', table: 'flaky', baseUrl: url('flaky') }),
      writeFleetPipeline(dir, { page: 5, name: 'slotted', table: 'slotted', baseUrl: url('slotted'), rateLimit: '{ max_concurrent: 2 }' }),
    ]);
    const options = ['--concurrency', '3', '--lock-ttl', `${LEASE_MS / 1_000}s`, '--metrics-port', '0'];
    workers = [fleet.worker(...options), fleet.worker(...options), fleet.worker(...options)];
    await until(() => workers.every((w) => /metrics on http:\/\/127\.0\.0\.1:\d+/.test(w.output())), 'the workers to start');
  }, 60_000);

  /** Runs of a pipeline that succeeded. */
  const succeeded = async (pipeline: string) =>
    Number(
      (await fleet.env.db
        .selectFrom('syncengine_runs')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'succeeded')
        .where('pipeline', '=', pipeline)
        .executeTakeFirst())!.n,
    );

  it('partitions: each is a job on any worker; the next stream runs once all finished; one run per tenant records the stream', async () => {
    const tenants = 4;
    await enqueue(
      { url: REDIS_URL, prefix: fleet.env.prefix },
      Array.from({ length: tenants }, (_, i) => unit('shards', i + 1)),
    );
    await until(async () => (await succeeded('shards')) === tenants, 'every tenant run to succeed', 60_000);

    // One run per tenant, which recorded both streams; the partitioned one with every partition's rows.
    const runs = await fleet.env.db.selectFrom('syncengine_runs').select(['id', 'status']).where('pipeline', '=', 'shards').execute();
    expect(runs.map((r) => r.status)).toEqual(Array(tenants).fill('succeeded'));
    const streamRuns = await fleet.env.db
      .selectFrom('syncengine_stream_runs')
      .select(['run_id', 'stream', 'status', 'records_written'])
      .execute();
    for (const run of runs) {
      const own = streamRuns.filter((s) => s.run_id === run.id).sort((a, b) => a.stream.localeCompare(b.stream));
      expect(own.map((s) => [s.stream, s.status, Number(s.records_written)])).toEqual([
        ['items', 'succeeded', SHARDS.length * 12],
        ['totals', 'succeeded', 1],
      ]);
    }
    const cursors = await fleet.env.db.selectFrom('syncengine_cursors').select('value').where('pipeline', '=', 'shards').execute();
    expect(cursors.map((c) => c.value)).toEqual(Array(tenants * SHARDS.length).fill(JSON.stringify(at(12))));

    const log = api.shards.log;
    const workerOf = (tenant: string, partition: string) =>
      workers.findIndex((w) => w.output().includes(`partition ${partition} of shards.items (tenant ${tenant}) succeeded`));
    for (let i = 1; i <= tenants; i++) {
      const tenant = tenantId(i);
      const rows = await fleet.env.db
        .selectFrom(`shards_${tenant}`)
        .select(['partition', 'id', 'updated_at', 'label'])
        .orderBy('partition')
        .orderBy('id')
        .execute();
      expect(rows, tenant).toEqual(SHARDS.flatMap((p) => shardItems(tenant, p)));
      for (const partition of SHARDS) {
        expect(api.shards.runs(tenant, partition), `${tenant}/${partition}`).toBe(1);
        expect(api.shards.maxInFlight(`${tenant}/${partition}`), `${tenant}/${partition}`).toBe(1);
        expect(workerOf(tenant, partition), `${tenant}/${partition}`).toBeGreaterThanOrEqual(0);
      }
      // Order kept per tenant: totals (after: [items]) was asked only once every partition's last answer was sent.
      const lastItems = Math.max(...log.filter((s) => s.tenant === tenant && s.path === '/items').map((s) => s.end));
      const totals = log.filter((s) => s.tenant === tenant && s.path === '/totals');
      expect(totals).toHaveLength(1);
      expect(totals[0]!.start).toBeGreaterThanOrEqual(lastItems);
    }
    // Spread: partitions of one tenant ran at the same time, on more than one worker, and every worker took some.
    expect(Math.max(...Array.from({ length: tenants }, (_, i) => api.shards.maxInFlight(tenantId(i + 1))))).toBeGreaterThan(1);
    const spread = Array.from({ length: tenants }, (_, i) => new Set(SHARDS.map((p) => workerOf(tenantId(i + 1), p))).size);
    expect(Math.max(...spread)).toBeGreaterThan(1);
    for (const w of workers) expect(w.output()).toMatch(/partition p\d of shards\.items \(tenant t\d+\) succeeded/);
  }, 60_000);

  it('requests_per_second: 10 shared by 3 workers: the API never sees more than 10 in a second, and a 429 with Retry-After holds all three', async () => {
    const { log } = api.rated;
    // The 25th request, or the first after it once every worker has sent requests of its own (a worker that
    // started late on a loaded machine has none yet), is told to wait 4 s.
    const RETRY_AFTER_MS = 4_000;
    let tooManyAt: number | undefined;
    const everyWorkerSent = (now: Served) =>
      workers.every((w) => {
        const own = tenantsOf(w, 'rated');
        return log.some((s) => s !== now && own.has(s.tenant));
      });
    api.rated.intercept((_req, served) => {
      if (log.length < 25 || tooManyAt !== undefined || !everyWorkerSent(served)) return undefined;
      tooManyAt = served.start;
      served.status = 429;
      return { status: 429, headers: { 'retry-after': String(RETRY_AFTER_MS / 1_000) }, body: { message: 'slow down' } };
    });
    await enqueue(
      { url: REDIS_URL, prefix: fleet.env.prefix },
      Array.from({ length: TENANTS }, (_, i) => unit('rated', i + 1)),
    );
    await until(async () => (await succeeded('rated')) === TENANTS, 'every run to succeed', 60_000);

    const perSecond = new Map<number, number>();
    for (const s of log) perSecond.set(Math.floor(s.start / 1_000), (perSecond.get(Math.floor(s.start / 1_000)) ?? 0) + 1);
    const most = Math.max(...perSecond.values());
    console.info(`requests_per_second 10, 3 workers: at most ${most} requests in one second (${log.length} requests)`);
    // The exact bound: no burst above the limit (docs/scale-out.md).
    expect(most, JSON.stringify([...perSecond])).toBeLessThanOrEqual(10);
    // Nine units at once could send far more: the budget set the pace.
    expect((log.at(-1)!.start - log[0]!.start) / 1_000).toBeGreaterThanOrEqual((log.length - 10) / 10);

    // After the 429 nothing arrived until its Retry-After passed (1 s of margin for requests already on their way)...
    expect(tooManyAt).toBeDefined();
    expect(log.filter((s) => s.start >= tooManyAt! + 1_000 && s.start < tooManyAt! + RETRY_AFTER_MS)).toEqual([]);
    // ...and all three workers were held: each had a unit that sent requests before the 429 and after the pause.
    for (const w of workers) {
      const own = tenantsOf(w, 'rated');
      const before = log.some((s) => own.has(s.tenant) && s.start < tooManyAt!);
      const after = log.some((s) => own.has(s.tenant) && s.start >= tooManyAt! + RETRY_AFTER_MS);
      expect({ before, after }, w.output().slice(-2_000)).toEqual({ before: true, after: true });
    }
    for (let i = 1; i <= TENANTS; i++) {
      const rows = await fleet.env.db
        .selectFrom(`items_${tenantId(i)}`)
        .select(['id', 'updated_at', 'label'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual(items(20)(tenantId(i)));
    }
  }, 60_000);

  it('a unit that fails every attempt is retried with backoff, then a dead letter on serve’s API and the CLI: listed, retried, deleted; worker metrics count it', async () => {
    const serve = startCli(['serve', fleet.file, ...fleet.common, ...fleet.queue, '--port', '0'], { SYNCENGINE_API_TOKEN: TOKEN });
    cleanups.add(async () => {
      if (serve.child.exitCode === null && serve.child.signalCode === null) serve.child.kill('SIGKILL');
      await serve.exit;
    });
    await until(() => /listening on http:\/\/127\.0\.0\.1:\d+/.test(serve.output()), 'serve to listen');
    const base = `http://127.0.0.1:${/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(serve.output())![1]}`;
    const call = async (method: string, path: string, token = TOKEN) => {
      const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const letters = async () => (await call('GET', '/dead-letters')).body.deadLetters as { jobId: string; [k: string]: unknown }[];
    /** A worker counter summed over the fleet. */
    const counted = async (series: RegExp) => {
      let sum = 0;
      for (const w of workers) {
        if (w.child.exitCode !== null || w.child.signalCode !== null) continue;
        const port = /metrics on http:\/\/127\.0\.0\.1:(\d+)/.exec(w.output())![1];
        const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
        for (const line of text.split('\n')) if (series.test(line)) sum += Number(line.split(' ').at(-1));
      }
      return sum;
    };
    const series = {
      succeeded: /^syncengine_worker_units_total\{worker="[^"]+",status="succeeded"\} /,
      failed: /^syncengine_worker_units_total\{worker="[^"]+",status="failed"\} /,
      retried: /^syncengine_worker_units_retried_total\{worker="[^"]+"\} /,
      deadLetters: /^syncengine_queue_jobs\{worker="[^"]+",state="failed"\} /,
    };
    const before = {
      succeeded: await counted(series.succeeded),
      failed: await counted(series.failed),
      retried: await counted(series.retried),
    };

    const [good, bad] = await enqueue({ url: REDIS_URL, prefix: fleet.env.prefix, attempts: 2, backoffMs: 200 }, [
      unit('flaky', 1),
      unit('flaky', 2),
    ]);
    await until(async () => (await letters()).some((l) => l.jobId === bad), 'the dead letter on serve’s API', 30_000);

    // serve's API: the list (the token is required), with the last error and the attempts.
    expect((await call('GET', '/dead-letters', 'wrong'.repeat(7))).status).toBe(401);
    const listed = await letters();
    expect(listed).toEqual([
      expect.objectContaining({
        jobId: bad,
        pipeline: 'flaky',
        tenant: tenantId(2),
        trigger: 'api',
        attempts: 2,
        error: expect.stringContaining('400'),
      }),
    ]);
    expect(String(listed[0]!.error)).toContain('this account is suspended');
    expect(api.flaky.runs(tenantId(2))).toBe(2);
    const served = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(served).toMatch(/syncengine_queue_jobs\{state="failed"\} 1/);
    // The CLI lists the same.
    const cli = (...args: string[]) => runCli(['dead-letters', ...args, '--queue', REDIS_URL, '--queue-prefix', fleet.env.prefix]);
    const list = await cli('list');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${bad}\tflaky\t${tenantId(2)}\tapi\t2 attempts`);
    expect(list.stdout).not.toContain(good!);
    // The workers' metrics: one more unit succeeded, two attempts failed, one retried, one dead letter on the queue.
    expect({
      succeeded: (await counted(series.succeeded)) - before.succeeded,
      failed: (await counted(series.failed)) - before.failed,
      retried: (await counted(series.retried)) - before.retried,
    }).toEqual({ succeeded: 1, failed: 2, retried: 1 });
    expect(await counted(series.deadLetters)).toBe(workers.length);

    // Retried through serve: it runs its two attempts again (the account is still suspended) and comes back.
    const id = encodeURIComponent(bad!);
    expect(await call('POST', `/dead-letters/${id}/retry`)).toEqual({ status: 202, body: { jobId: bad, status: 'queued' } });
    await until(() => api.flaky.runs(tenantId(2)) === 4, 'the retried unit to run its two attempts', 30_000);
    await until(async () => (await letters()).some((l) => l.jobId === bad), 'the dead letter to be back', 30_000);
    // Deleted through serve: gone from the API and the CLI; a second delete or a retry finds nothing.
    expect(await call('DELETE', `/dead-letters/${id}`)).toEqual({ status: 200, body: { jobId: bad, status: 'deleted' } });
    expect(await letters()).toEqual([]);
    expect((await cli('list')).stdout).toBe('no dead letters\n');
    expect((await call('DELETE', `/dead-letters/${id}`)).status).toBe(404);
    expect((await call('POST', `/dead-letters/${id}/retry`)).status).toBe(404);
    const missing = await cli('delete', bad!);
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({ code: 1, stderr: `error ${bad}: no such dead letter\n` });
    expect(api.flaky.runs(tenantId(2))).toBe(4);
    serve.child.kill('SIGTERM');
    expect((await serve.exit).code, serve.output()).toBe(0);
  }, 60_000);

  it('max_concurrent: 2 shared by 3 workers: never more than 2 requests in flight; a killed worker’s slot frees when its lease ends', async () => {
    // The 12th request is held until its worker has been killed.
    let held: Served | undefined;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    api.slotted.intercept(async (_req, served) => {
      if (api.slotted.log.length !== 12 || held) return undefined;
      held = served;
      await gate;
      return { status: 503, body: { message: 'gone' } };
    });
    await enqueue(
      { url: REDIS_URL, prefix: fleet.env.prefix, backoffMs: 200 },
      Array.from({ length: TENANTS }, (_, i) => unit('slotted', i + 1)),
    );
    await until(() => held !== undefined, 'the held request');
    const victim = workers.find((w) => tenantsOf(w, 'slotted').has(held!.tenant))!;
    victim.child.kill('SIGKILL');
    await victim.exit;
    const killedAt = performance.now();
    release();
    await until(async () => (await succeeded('slotted')) === TENANTS, 'every run to succeed', 60_000);

    const most = mostAtOnce(api.slotted.log);
    console.info(`max_concurrent 2, 3 workers: at most ${most} requests in flight (${api.slotted.log.length} requests)`);
    expect(most).toBe(2);
    // The dead worker's slot stays taken until its lease runs out (renewed every third of it, so not
    // before two thirds): one request at a time meanwhile (300 ms of margin on each side); afterwards
    // both slots were in use again.
    expect(mostAtOnce(api.slotted.log, killedAt + 300, killedAt + (LEASE_MS * 2) / 3 - 300)).toBeLessThanOrEqual(1);
    expect(mostAtOnce(api.slotted.log, killedAt + LEASE_MS + 300)).toBe(2);
    for (let i = 1; i <= TENANTS; i++) {
      const rows = await fleet.env.db
        .selectFrom(`slotted_${tenantId(i)}`)
        .select(['id', 'updated_at', 'label'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual(items(30)(tenantId(i)));
    }
  }, 60_000);
});
