import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PLOOMES_FIELD_KEYS } from '@syncengine/fakes';
import { checkDatabase } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';
import { classify, expectedProducts, SELECTIONS } from './seed004-expected.js';
import { PIPELINE, startSeed004, waitFor, type Seed004Options, type Seed004Scenario } from './seed004-fixture.js';

/**
 * Seed 004 end to end, the operations side: category syncs (`selections:`), the response cache in
 * the state store and its invalidation by webhooks, error classes, the circuit breaker, the logs
 * endpoint with filters, the metrics, and the read-only queries, against the Ploomes fake and a
 * real PostgreSQL.
 */
const postgres = await checkDatabase('postgres');

let scenario: Seed004Scenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

async function start(options?: Seed004Options): Promise<Seed004Scenario> {
  scenario = await startSeed004(options);
  return scenario;
}

const summary = (stdout: string) => /^products\s+.*$/m.exec(stdout)?.[0]?.split(/\s+/);
const json = (stdout: string) => JSON.parse(stdout) as { status: string; selection?: string; streams: any[]; errors: any[] };
/** The value of one Prometheus series, or undefined. */
function metric(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}
const PAGES = ['--var', 'page_size=100'];

describe.skipIf(!postgres.run)('ploomes-to-postgres: selections, cache, errors, logs, metrics, queries', () => {
  beforeAll(() => postgres.require());

  it('category syncs: each selection writes only its products and moves no cursor; the brands and Omie come from the cache', async () => {
    const s = await start({ fake: { productCount: 350 } });
    const store = s.fake.store;
    const ids = (pick: (p: (typeof store.products)[number]) => boolean) => store.products.filter(pick).map((p) => String(p.Id));
    const written = async () => new Set((await s.products()).map((r) => String(r.ploomes_product_id)));

    const services = await s.run('--select', 'services', ...PAGES);
    expect(services.code, services.stdout + services.stderr).toBe(0);
    // Ploomes filters services by code: one request, CIA_ codes that are not CIA_LOC_.
    expect(s.fake.requests.map((r) => r.query.$filter)).toEqual(["startswith(Code,'CIA_') and not startswith(Code,'CIA_LOC_')"]);
    expect([...(await written())].sort()).toEqual(ids(SELECTIONS.services).sort());
    expect((await s.services()).length).toBe(ids(SELECTIONS.services).length);
    expect(services.stderr + services.stdout).toContain('(selection services)');
    expect(await s.cursor()).toBeUndefined();

    s.fake.requests.length = 0;
    expect((await s.run('--select', 'rentals', ...PAGES)).code).toBe(0);
    expect(s.fake.requests.map((r) => r.query.$filter)).toEqual(["startswith(Code,'CIA_LOC_')"]);

    // Atlas is chosen by the pipeline: every page is read (no filter), only Atlas products are written.
    s.fake.requests.length = 0;
    const atlas = await s.run('--select', 'atlas', '--json', ...PAGES);
    expect(atlas.code, atlas.stderr).toBe(0);
    expect(s.fake.requests.map((r) => r.query.$skip).slice(0, 4)).toEqual(['0', '100', '200', '300']);
    expect(s.fake.requests.every((r) => r.query.$filter === undefined)).toBe(true);
    const atlasCount = ids(SELECTIONS.atlas).length;
    expect(json(atlas.stdout)).toMatchObject({
      status: 'succeeded',
      selection: 'atlas',
      streams: [{ records: { read: 350, written: atlasCount, filtered: 350 - atlasCount } }],
    });

    // Ingersoll and Omie read the same pages: answered from the response cache, no request.
    s.fake.requests.length = 0;
    for (const name of ['ingersoll', 'omie']) expect((await s.run('--select', name, ...PAGES)).code).toBe(0);
    expect(s.fake.requests).toEqual([]);
    const union = new Set([
      ...ids(SELECTIONS.services),
      ...ids(SELECTIONS.rentals),
      ...ids(SELECTIONS.atlas),
      ...ids(SELECTIONS.ingersoll),
      ...ids(SELECTIONS.omie),
    ]);
    expect(await written()).toEqual(union);
    // Omie-created products are those with an Omie code: external_id set, source_system omie.
    const rows = await s.products();
    expect(
      rows
        .filter((r) => r.source_system === 'omie')
        .map((r) => r.ploomes_product_id)
        .sort(),
    ).toEqual(ids(SELECTIONS.omie).sort());
    expect(rows.every((r) => (r.source_system === 'omie') === (r.external_id !== null))).toBe(true);
    expect(await s.syncLogs()).toMatchObject(
      ['services', 'rentals', 'atlas', 'ingersoll', 'omie'].map((selection) => ({ selection, status: 'succeeded' })),
    );
    expect(await s.cursor()).toBeUndefined();

    // Selection runs are not full syncs: the next plain run is full (from the start), and saves the cursor.
    const full = await s.run(...PAGES);
    expect(full.code).toBe(0);
    expect(summary(full.stdout)?.slice(8, 9)).toEqual(['(start)']);
    expect(await s.products()).toEqual(expectedProducts(store.products));

    const unknown = await s.run('--select', 'parts', ...PAGES);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--select parts: ploomes-to-postgres has these selections: services, rentals, atlas, ingersoll, omie');
    const both = await s.run('--select', 'atlas', '--strategy', 'full');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--select reads what the selection chooses in full: leave out --strategy full');
  }, 60_000);

  it('error classes in run results, the sync log and metrics; the circuit breaker opens when Ploomes keeps failing', async () => {
    const s = await start({ fake: { productCount: 40, latencyMs: 200 } });
    const fast = ['--var', 'retry_delay_ms=20', '--json'];
    const classOf = (out: string) => ({ run: json(out).errors[0]?.class, stream: json(out).streams[0]?.errorClass });

    const refused = await runCli(['run', PIPELINE, '--state', s.stateUrl, '--no-logs', ...s.connection, ...fast], {
      ...s.env,
      PLOOME_API_URL: 'http://127.0.0.1:1',
    });
    expect(refused.code).toBe(1);
    expect(classOf(refused.stdout)).toEqual({ run: 'network', stream: 'network' });

    s.fake.faults.rateLimitEvery = 1;
    const limited = await s.run(...fast);
    expect(limited.code).toBe(1);
    expect(classOf(limited.stdout)).toEqual({ run: 'rate_limit', stream: 'rate_limit' });
    expect(json(limited.stdout).streams[0].error).toMatch(/429 Too Many Requests \(gave up after 4 attempts\)/);
    s.fake.faults.rateLimitEvery = 0;

    // An outage after the first page: the requests ahead fail together, and after 5 failures in a row the circuit opens.
    const running = s.run(...fast, '--var', 'page_size=5');
    await waitFor(
      () => s.fake.timings.some((t) => t.status === 200 && t.query.$skip === '0' && t.answeredAt !== undefined),
      'the first page',
    );
    s.fake.faults.serverErrorBurst = 1000;
    const outage = await running;
    expect(outage.code).toBe(1);
    expect(classOf(outage.stdout)).toEqual({ run: 'server', stream: 'server' });
    expect(outage.stderr).toContain('circuit open: requests fail at once for 30000 ms');
    // Five failures in a row open it; answers to requests already sent may add a few.
    const opened = /circuit open after (\d+) consecutive failures/.exec(json(outage.stdout).streams[0].error);
    expect(Number(opened?.[1])).toBeGreaterThanOrEqual(5);
    expect(s.fake.timings.filter((t) => t.status === 503).length).toBeLessThan(12);
    s.fake.faults.serverErrorBurst = 0;

    // The database refuses every write (a trigger of the DBA's): a database error.
    expect((await s.run('--var', 'retry_delay_ms=20')).code).toBe(0);
    await sql
      .raw(
        `create function maintenance() returns trigger language plpgsql as $$ begin raise exception 'products_enhanced is closed for maintenance'; end $$;
         create trigger maintenance before update on products_enhanced for each row execute function maintenance()`,
      )
      .execute(s.db);
    s.fake.store.update(s.fake.store.products[0]!.Id, { UnitPrice: 1.5 });
    const database = await s.run(...fast);
    expect(database.code).toBe(1);
    expect(classOf(database.stdout)).toEqual({ run: 'database', stream: 'database' });
    expect(json(database.stdout).streams[0].error).toContain('products_enhanced is closed for maintenance');
    const logs = await s.syncLogs();
    expect(logs.map((l) => l.error_class)).toEqual(['network', 'rate_limit', 'server', null, 'database']);
  }, 60_000);

  it('serve: a selection over the API, the cache dropped by a webhook, hit ratio and records/s metrics, filtered run logs, read-only queries', async () => {
    const s = await start({ fake: { productCount: 350 } });
    // One product Ploomes sends with an NCM too long for ncm_code VARCHAR(10): refused by the database, quarantined.
    // (Not Atlas or Ingersoll: the category syncs below do not read it again.)
    const bad = s.fake.store.products.find(
      (p) => classify(p).brand === null && p.OtherProperties.some((o) => o.FieldKey === PLOOMES_FIELD_KEYS.ncm),
    )!;
    bad.OtherProperties = bad.OtherProperties.map((o) =>
      o.FieldKey === PLOOMES_FIELD_KEYS.ncm ? { ...o, StringValue: '8414.80.19.000.000' } : o,
    );
    const server = await s.serve(...PAGES, '--var', 'retry_delay_ms=20');
    const call = (path: string, init?: { method?: string; body?: unknown }) => s.api(server.url, path, init);
    const runAndWait = async (body: unknown) => {
      const queued = await call('/pipelines/ploomes-to-postgres/runs', { method: 'POST', body });
      expect(queued.status, JSON.stringify(queued.body)).toBe(202);
      let run: any;
      await waitFor(
        async () => !['queued', 'running'].includes((run = (await call(`/runs/${queued.body.runId}`)).body).status),
        'the run',
        30_000,
      );
      return run;
    };

    // A full run with 429s on the way: warnings in the run's log, with the stream they are about.
    s.fake.faults.rateLimitEvery = 3;
    const first = await runAndWait({ force: true });
    s.fake.faults.rateLimitEvery = 0;
    expect(first).toMatchObject({ status: 'succeeded', records: { read: 350, written: 349, rejected: 1 } });
    const warns = (await call(`/runs/${first.id}/logs?level=warn`)).body;
    expect(warns.lines.length).toBeGreaterThan(0);
    expect(warns.lines.every((l: any) => l.level === 'warn' || l.level === 'error')).toBe(true);
    expect(warns.lines.some((l: any) => /429 Too Many Requests \(retry 1\/3 in/.test(l.message) && l.stream === 'products')).toBe(true);
    const batches = (await call(`/runs/${first.id}/logs?stream=products&limit=2`)).body.lines;
    expect(batches).toHaveLength(2);
    expect(batches.at(-1).message).toMatch(/^stream products succeeded: 350 read/);
    expect((await call(`/runs/${first.id}/logs?until=2000-01-01T00:00:00Z`)).body.lines).toEqual([]);
    expect((await call(`/runs/${first.id}/logs?level=loud`)).body).toMatchObject({
      problems: ['query.level: must be one of debug, info, warn, error'],
    });
    const across = (await call('/pipelines/ploomes-to-postgres/logs?level=warn')).body.lines;
    expect(across.every((l: any) => l.runId === first.id)).toBe(true);

    // A category sync over the API reads the cached pages: no request to Ploomes.
    expect((await call('/pipelines/ploomes-to-postgres')).body.selections.map((x: any) => x.name)).toEqual([
      'services',
      'rentals',
      'atlas',
      'ingersoll',
      'omie',
    ]);
    s.fake.requests.length = 0;
    const atlas = await runAndWait({ select: 'atlas' });
    expect(atlas).toMatchObject({ status: 'succeeded', trigger: 'api', selection: 'atlas', records: { read: 350 } });
    expect(s.fake.requests).toEqual([]);
    expect((await call('/pipelines/ploomes-to-postgres/runs', { method: 'POST', body: { select: 'parts' } })).body.problems).toEqual([
      'body.select: unknown selection "parts"; ploomes-to-postgres has: services, rentals, atlas, ingersoll, omie',
    ]);

    // A webhook naming a product drops the cached page that holds it: the next read fetches that page only.
    const target = s.fake.store.products[150]!;
    const payload = s.fake.store.update(target.Id, { UnitPrice: 4321 });
    const hook = await fetch(`${server.url}/webhooks/ploomes-products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-webhook-secret': 'whsec-seed004-0b1c2d3e4f5a6b7c' },
      body: JSON.stringify(payload),
    });
    expect(hook.status).toBe(202);
    const hookRun = (await hook.json()) as { runId: string };
    await waitFor(async () => (await call(`/runs/${hookRun.runId}`)).body.status === 'succeeded', 'the webhook run');
    s.fake.requests.length = 0;
    expect(await runAndWait({ select: 'ingersoll' })).toMatchObject({ status: 'succeeded' });
    expect(s.fake.requests.map((r) => r.query.$skip)).toEqual(['100']);
    const metrics = String((await call('/metrics')).body);
    const labels = { pipeline: 'ploomes-to-postgres', connection: 'ploomes' };
    expect(metric(metrics, 'syncengine_http_cache_invalidated_total', labels)).toBe(1);
    const hits = metric(metrics, 'syncengine_http_cache_hits_total', labels)!;
    const misses = metric(metrics, 'syncengine_http_cache_misses_total', labels)!;
    expect(hits).toBe(7);
    expect(metric(metrics, 'syncengine_http_cache_hit_ratio', labels)).toBeCloseTo(hits / (hits + misses), 3);
    expect(
      metric(metrics, 'syncengine_stream_records_per_second', { pipeline: 'ploomes-to-postgres', stream: 'products' }),
    ).toBeGreaterThan(0);
    expect(metric(metrics, 'syncengine_errors_total', { pipeline: 'ploomes-to-postgres', stream: 'products', class: 'validation' })).toBe(
      1,
    );

    // The seed's search and categories endpoints, as read-only queries with bound parameters.
    expect((await call('/queries')).body.queries.map((q: any) => q.name)).toEqual(['product_search', 'product_categories']);
    const search = (await call('/queries/product_search?q=ATLAS&product_type=product&limit=5')).body;
    expect(search).toMatchObject({ query: 'product_search', rowCount: 5, truncated: false });
    expect(search.rows.every((r: any) => /atlas/i.test(r.name) && r.product_type === 'product')).toBe(true);
    expect(search.rows.map((r: any) => r.name)).toEqual(
      [...search.rows.map((r: any) => r.name)].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const injection = await call(`/queries/product_search?q=${encodeURIComponent("'; drop table products_enhanced; --")}`);
    expect(injection).toMatchObject({ status: 200, body: { rows: [] } });
    expect((await s.products()).length).toBe(349);
    expect((await call('/queries/product_search?limit=1000&nope=1')).body.problems).toEqual([
      'nope: unknown parameter; product_search takes q, category, product_type, brand, active, limit, offset',
      'limit: must be at most 500',
    ]);
    const categories = (await call('/queries/product_categories')).body.rows;
    const counted = (await sql<{ n: number }>`select count(*)::int as n from products_enhanced`.execute(s.db)).rows[0]!.n;
    expect(categories.reduce((n: number, r: any) => n + r.products, 0)).toBe(counted);
    expect((await fetch(`${server.url}/queries/product_categories`)).status).toBe(401);
    expect((await call('/queries/nope')).status).toBe(404);
    expect(await server.stop()).toBe(0);
  }, 60_000);
});
