import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../packages/cli/src/index.js';
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
  type Served,
} from './_scale-out-fixture.js';

/**
 * Issue 15: a connection's `rate_limit` holds for every worker together (Redis-backed budgets).
 * Counted where it matters: by the fake API, from its own log of arrivals and answers.
 */
const services = await checkServices();
const cleanups = cleanupList();
afterEach(() => cleanups.run());

const ITEMS = 20;
const items = (tenant: string) => Array.from({ length: ITEMS }, (_, i) => ({ id: i + 1, updated_at: at(i + 1), label: `${tenant}-${i + 1}` }));
const unit = (i: number) => ({ data: { pipeline: 'fleet', tenant: tenantId(i), trigger: 'api', runId: randomUUID() } });

/** The most requests the API was answering at once, over the requests that arrived within `[from, to)`. */
function mostAtOnce(log: readonly Served[], from = -Infinity, to = Infinity): number {
  const edges = log
    .filter((s) => s.end > 0 && s.end > from && s.start < to)
    .flatMap((s) => [
      { t: Math.max(s.start, from), d: 1 },
      { t: s.end, d: -1 },
    ])
    .sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let most = 0;
  for (const edge of edges) most = Math.max(most, (now += edge.d));
  return most;
}

/** The tenants whose unit a worker started, from its log. */
const tenantsOf = (w: Child) => new Set([...w.output().matchAll(/\(fleet \(tenant (t\d+)\)\) started/g)].map((m) => m[1]!));

describe.skipIf(!services.run)('shared rate budgets on BullMQ', () => {
  beforeAll(() => services.require());

  it('requests_per_second: 10 shared by 3 workers: the API never sees more than 10 in a second, and a 429 with Retry-After holds all three', async () => {
    const api = await fleetApi(items);
    const tenants = 12;
    const { env, worker, succeeded } = await setupFleet(tenants, api, cleanups, (dir) =>
      writeFleetPipeline(dir, { page: 5, rateLimit: '{ requests_per_second: 10 }' }),
    );
    const workers = [worker('--concurrency', '3'), worker('--concurrency', '3'), worker('--concurrency', '3')];
    await until(() => workers.every((w) => w.output().includes('takes units')), 'the workers to start');
    // The 25th request, when every worker has units under way, is told to wait 4 s.
    const RETRY_AFTER_MS = 4_000;
    let tooManyAt: number | undefined;
    api.intercept((_req, served) => {
      if (api.log.length !== 25 || tooManyAt !== undefined) return undefined;
      tooManyAt = served.start;
      served.status = 429;
      return { status: 429, headers: { 'retry-after': String(RETRY_AFTER_MS / 1_000) }, body: { message: 'slow down' } };
    });
    await enqueue(
      { url: REDIS_URL, prefix: env.prefix },
      Array.from({ length: tenants }, (_, i) => unit(i + 1)),
    );
    await until(async () => (await succeeded()) === tenants, 'every run to succeed', 60_000);

    const perSecond = new Map<number, number>();
    for (const s of api.log) perSecond.set(Math.floor(s.start / 1_000), (perSecond.get(Math.floor(s.start / 1_000)) ?? 0) + 1);
    const most = Math.max(...perSecond.values());
    console.info(`requests_per_second 10, 3 workers: at most ${most} requests in one second (${api.log.length} requests)`);
    // The exact bound: no burst above the limit (docs/scale-out.md).
    expect(most, JSON.stringify([...perSecond])).toBeLessThanOrEqual(10);
    // Nine units at once could send far more: the budget set the pace.
    const seconds = (api.log.at(-1)!.start - api.log[0]!.start) / 1_000;
    expect(seconds).toBeGreaterThanOrEqual((api.log.length - 10) / 10);

    // After the 429 nothing arrived until its Retry-After passed (1 s of margin for requests already on their way).
    expect(tooManyAt).toBeDefined();
    const during = api.log.filter((s) => s.start >= tooManyAt! + 1_000 && s.start < tooManyAt! + RETRY_AFTER_MS);
    expect(during).toEqual([]);
    // ...and all three workers were held: each had a unit that sent requests before the 429 and after the pause.
    for (const w of workers) {
      const own = tenantsOf(w);
      const before = api.log.some((s) => own.has(s.tenant) && s.start < tooManyAt!);
      const after = api.log.some((s) => own.has(s.tenant) && s.start >= tooManyAt! + RETRY_AFTER_MS);
      expect({ before, after }, w.output().slice(-2_000)).toEqual({ before: true, after: true });
    }
    for (let i = 1; i <= tenants; i++) {
      const rows = await env.db.selectFrom(`items_${tenantId(i)}`).select(['id', 'updated_at', 'label']).orderBy('id').execute();
      expect(rows).toEqual(items(tenantId(i)));
    }
  }, 90_000);

  it('max_concurrent: 2 shared by 3 workers: never more than 2 requests in flight; a killed worker’s slot frees when its lease ends', async () => {
    const api = await fleetApi(items, { delayMs: 60 });
    const tenants = 9;
    const { env, worker, succeeded } = await setupFleet(tenants, api, cleanups, (dir) =>
      writeFleetPipeline(dir, { page: 5, rateLimit: '{ max_concurrent: 2 }' }),
    );
    const LEASE_MS = 3_000;
    const options = ['--concurrency', '3', '--lock-ttl', `${LEASE_MS / 1_000}s`];
    const workers = [worker(...options), worker(...options), worker(...options)];
    await until(() => workers.every((w) => w.output().includes('takes units')), 'the workers to start');
    // The 12th request is held until its worker has been killed.
    let held: Served | undefined;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    api.intercept(async (_req, served) => {
      if (api.log.length !== 12 || held) return undefined;
      held = served;
      await gate;
      return { status: 503, body: { message: 'gone' } };
    });
    await enqueue(
      { url: REDIS_URL, prefix: env.prefix, backoffMs: 200 },
      Array.from({ length: tenants }, (_, i) => unit(i + 1)),
    );
    await until(() => held !== undefined, 'the held request');
    const victim = workers.find((w) => tenantsOf(w).has(held!.tenant))!;
    victim.child.kill('SIGKILL');
    await victim.exit;
    const killedAt = Date.now();
    release();
    await until(async () => (await succeeded()) === tenants, 'every run to succeed', 60_000);

    const most = mostAtOnce(api.log);
    console.info(`max_concurrent 2, 3 workers: at most ${most} requests in flight (${api.log.length} requests)`);
    expect(most).toBe(2);
    // The dead worker's slot stays taken until its lease runs out (renewed every third of it, so not
    // before two thirds): one request at a time meanwhile (300 ms of margin on each side); afterwards
    // both slots were in use again.
    expect(mostAtOnce(api.log, killedAt + 300, killedAt + (LEASE_MS * 2) / 3 - 300)).toBeLessThanOrEqual(1);
    expect(mostAtOnce(api.log, killedAt + LEASE_MS + 500)).toBe(2);
    for (let i = 1; i <= tenants; i++) {
      const rows = await env.db.selectFrom(`items_${tenantId(i)}`).select(['id', 'updated_at', 'label']).orderBy('id').execute();
      expect(rows).toEqual(items(tenantId(i)));
    }
  }, 90_000);
});
