import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPloomesFake, type PloomesFake } from '@syncengine/fakes';
import { startFakeCrm, type FakeCrm } from '../../../examples/quickstart/fake-crm-api.js';
import { main } from '../src/main.js';
import { rows, tempDir, waitFor, writePipeline } from './_ops-fixture.js';

const TOKEN = 'api-token-control-plane-0f3b9c';
const CRM_TOKEN = 'crm-token-control-plane-5521';
const WEBHOOK_SECRET = 'ploomes-webhook-signing-key-77';

const CRM = `version: 1
name: crm
description: Customers and churned customers from the CRM, hourly.
schedule: { every: 1h }
connections:
  crm:
    type: http
    base_url: \${env.CRM_URL}
    auth: { type: bearer, token: "\${env.CRM_TOKEN}" }
  warehouse: { type: sqlite, path: ./crm.db }
streams:
  customers:
    primary_key: [id]
    source: &customers
      connection: crm
      path: /v1/customers
      records_path: data
      params:
        updated_since: \${cursor}
      pagination: { type: page, size_param: per_page, size: 25 }
    incremental: { cursor_field: updated_at, ordered: true }
    transforms:
      - map: { id: id, email: email, status: status, updated_at: updated_at }
    sink: { connection: warehouse, table: customers, mode: upsert, key: [id], columns: { id: integer, email: text, status: text, updated_at: text } }
  churned:
    primary_key: [id]
    source: *customers
    incremental: { cursor_field: updated_at, ordered: true }
    transforms:
      - filter: { "==": [{ var: status }, "churned"] }
      - map: { id: id, email: email }
    sink: { connection: warehouse, table: churned, mode: upsert, key: [id], columns: { id: integer, email: text } }
`;

const CLIENTS = `version: 1
name: clients
tenants:
  list:
    - { client_id: acme, sync_frequency_hours: 6 }
    - { client_id: bolt, sync_frequency_hours: 12 }
  id: client_id
  frequency_hours: sync_frequency_hours
connections:
  crm:
    type: http
    base_url: \${env.CRM_URL}
    auth: { type: bearer, token: "\${env.CRM_TOKEN}" }
  warehouse: { type: sqlite, path: ./clients.db }
streams:
  customers:
    primary_key: [id]
    source: { connection: crm, path: /v1/customers, records_path: data, pagination: { type: page, size_param: per_page, size: 100 } }
    transforms:
      - map: { client: { template: "\${tenant.client_id}" }, id: id }
    sink: { connection: warehouse, table: customers, mode: upsert, key: [client, id], columns: { client: text, id: integer } }
`;

const PLOOMES = `version: 1
name: ploomes
connections:
  ploomes:
    type: http
    base_url: \${env.PLOOMES_URL}
    auth: { type: api_key, header: User-Key, key: "\${env.PLOOMES_USER_KEY}" }
    retry_delay_ms: 1
  warehouse: { type: sqlite, path: ./ploomes.db }
webhooks:
  ploomes-products:
    stream: products
    ids: New.Id
    when: { "==": [{ var: Entity }, "Products"] }
    hmac: { secret: "\${env.PLOOMES_WEBHOOK_SECRET}", header: X-Ploomes-Signature, prefix: "sha256=" }
  # A sender that signs a timestamp too (Slack's style): replays and old deliveries are refused.
  ploomes-stamped:
    stream: products
    ids: New.Id
    hmac:
      secret: "\${env.PLOOMES_WEBHOOK_SECRET}"
      header: X-Signature
      prefix: "v0="
      timestamp_header: X-Request-Timestamp
      signed: "v0:{timestamp}:{body}"
      tolerance_s: 300
streams:
  products:
    primary_key: [id]
    source:
      connection: ploomes
      path: /Products
      records_path: value
      params:
        $orderby: Id
      pagination: { type: offset, offset_param: $skip, size_param: $top, size: 300, size_honoured: true }
    strategies:
      ids:
        source:
          params:
            $filter: "Id in (\${ids_csv})"
    transforms:
      - map: { id: Id, name: Name, price: UnitPrice, updated_at: LastUpdateDate }
    sink: { connection: warehouse, table: products, mode: upsert, key: [id], columns: { id: integer, name: text, price: number, updated_at: text } }
`;

let dir: string;
let crm: FakeCrm;
let ploomes: PloomesFake;
let server: { url: string; stderr: () => string; stop: () => Promise<number> } | undefined;

beforeEach(async () => {
  dir = tempDir();
  crm = await startFakeCrm({ token: CRM_TOKEN, customers: 120 });
  ploomes = await startPloomesFake({ productCount: 40, rateLimitPerMinute: null });
});
afterEach(async () => {
  if (server) expect(await server.stop()).toBe(0);
  server = undefined;
  await crm.close();
  await ploomes.close();
});

const ENV = () => ({
  CRM_URL: crm.url,
  CRM_TOKEN,
  PLOOMES_URL: ploomes.url,
  PLOOMES_USER_KEY: ploomes.store.userKey,
  PLOOMES_WEBHOOK_SECRET: WEBHOOK_SECRET,
  SYNCENGINE_API_TOKEN: TOKEN,
});

/** Starts `syncengine serve` in process on a free port, as `bin.ts` would, with its own stop signal. */
async function serve(extra: string[] = [], env: Record<string, string> = ENV(), now?: () => number) {
  const files = [writePipeline(dir, 'crm', CRM), writePipeline(dir, 'clients', CLIENTS), writePipeline(dir, 'ploomes', PLOOMES)];
  const controller = new AbortController();
  let stderr = '';
  let exited: number | undefined;
  const io = {
    stdout: { write: (t: string) => (stderr += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: dir,
    env,
    color: false,
    ...(now ? { now } : {}),
  };
  const exit = main(
    ['serve', ...files, '--port', '0', '--state', join(dir, 'state.db'), '--no-logs', ...extra],
    io,
    controller.signal,
  ).then((code) => (exited = code));
  await waitFor(() => exited !== undefined || /listening on http:\/\/\S+/.test(stderr), 'serve to listen');
  if (exited !== undefined) throw new Error(`serve exited with ${exited}: ${stderr}`);
  const url = /listening on (http:\/\/[^\s]+)/.exec(stderr)![1]!;
  server = {
    url,
    stderr: () => stderr,
    stop: async () => {
      controller.abort();
      return exit;
    },
  };
  return server;
}

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

async function call(
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; token?: string | null; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server!.url}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // text, e.g. /metrics
  }
  return { status: res.status, body, headers: res.headers };
}

/** Polls `GET /runs/:id` until the run (or batch) has finished. */
async function finished(id: string): Promise<any> {
  let last: Reply | undefined;
  await waitFor(async () => {
    last = await call('GET', `/runs/${id}`);
    return last.status === 200 && !['queued', 'running'].includes(last.body.status);
  }, `run ${id} to finish`);
  return last!.body;
}

describe('control plane: auth', () => {
  it('every endpoint but /health needs the bearer token: 401 without it or with a wrong one', async () => {
    await serve();
    expect(await call('GET', '/health', { token: null })).toMatchObject({ status: 200, body: { status: 'ok', state: 'ok', pipelines: 3 } });
    const endpoints: [string, string][] = [
      ['GET', '/pipelines'],
      ['GET', '/pipelines/crm'],
      ['POST', '/pipelines/crm/runs'],
      ['GET', '/runs'],
      ['GET', '/runs/some-id'],
      ['GET', '/metrics'],
      ['POST', '/webhooks/nope'],
      ['POST', '/triggers/trigger-api-sync'],
      ['GET', '/pipelines/crm/jobs'],
      ['POST', '/pipelines/crm/jobs/nightly/runs'],
    ];
    for (const [method, path] of endpoints) {
      for (const token of [null, 'wrong-token-wrong-token', `${TOKEN}x`]) {
        const reply = await call(method, path, { token });
        expect(reply.status, `${method} ${path} with ${token}`).toBe(401);
        expect(reply.body.error).toBe('unauthorized');
        expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="syncengine"');
      }
    }
    expect(await call('GET', '/pipelines')).toMatchObject({ status: 200 });
    expect(crm.requests).toEqual([]);
    expect(server!.stderr()).not.toContain(TOKEN);
  });

  it('serve refuses to start without a token (exit 2), and names the variable to set', async () => {
    const file = writePipeline(dir, 'crm', CRM);
    let stderr = '';
    const io = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: dir,
      env: { CRM_URL: crm.url, CRM_TOKEN },
      color: false,
    };
    expect(await main(['serve', file, '--port', '0'], io)).toBe(2);
    expect(stderr).toBe(
      'error serve needs an API token: set SYNCENGINE_API_TOKEN (or name another variable with --token-env); every endpoint but /health requires it\n',
    );
    stderr = '';
    expect(await main(['serve', file, '--token-env', 'OPS_TOKEN'], io)).toBe(2);
    expect(stderr).toContain('error serve needs an API token: set OPS_TOKEN;');
  });
});

describe('control plane: runs', () => {
  it('answers a trigger with 202 and a run id at once; the run progresses to succeeded with counts', async () => {
    await serve();
    const trigger = await call('POST', '/pipelines/crm/runs');
    expect(trigger.status).toBe(202);
    const id: string = trigger.body.runId;
    expect(trigger.body.runs).toEqual([{ runId: id, status: 'queued' }]);
    expect(['queued', 'running', 'succeeded']).toContain((await call('GET', `/runs/${id}`)).body.status);

    const run = await finished(id);
    expect(run).toMatchObject({
      id,
      pipeline: 'crm',
      trigger: 'api',
      status: 'succeeded',
      records: { read: 240, written: 130, rejected: 0 },
      streams: [
        { stream: 'customers', status: 'succeeded', read: 120, written: 120, rejected: 0 },
        { stream: 'churned', status: 'succeeded', read: 120, written: 10, rejected: 0 },
      ],
    });
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    expect(rows(join(dir, 'crm.db'), 'select count(*) as n from customers')).toEqual([{ n: 120 }]);

    const list = await call('GET', '/runs?pipeline=crm&status=succeeded&limit=5');
    expect(list.body.runs.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await call('GET', '/runs?pipeline=crm&status=failed')).body.runs).toEqual([]);
    expect((await call('GET', '/pipelines/crm')).body).toMatchObject({
      name: 'crm',
      schedule: 'every 1h',
      streams: [
        { name: 'customers', ids: false },
        { name: 'churned', ids: false },
      ],
      lastRun: { id, status: 'succeeded' },
      targets: [{ due: false, cadence: 'every 1h', busy: false }],
    });
  });

  it('triggers with each filter: force against the schedule, streams, strategy full, tenants', async () => {
    await serve();
    await finished((await call('POST', '/pipelines/crm/runs')).body.runId);

    // The hourly schedule says it is not due: nothing runs without force.
    const notDue = await call('POST', '/pipelines/crm/runs', { body: {} });
    expect(notDue).toMatchObject({
      status: 200,
      body: { runId: null, runs: [], message: 'nothing is due; send "force": true to run anyway' },
    });
    expect(Date.parse(notDue.body.notDue[0].dueAt)).toBeGreaterThan(Date.now() + 59 * 60_000);

    // One stream only.
    crm.requests.length = 0;
    const only = await finished((await call('POST', '/pipelines/crm/runs', { body: { force: true, streams: ['churned'] } })).body.runId);
    expect(only.streams.map((s: { stream: string }) => s.stream)).toEqual(['churned']);
    expect(only.only).toEqual(['churned']);
    expect(crm.requests.map((r) => r.query.updated_since)).toEqual(['2026-01-01T02:00:00.000Z']);

    // Full: from the start, not from the cursor.
    crm.requests.length = 0;
    const full = await finished(
      (await call('POST', '/pipelines/crm/runs', { body: { force: true, strategy: 'full', streams: ['customers'] } })).body.runId,
    );
    expect(full).toMatchObject({ status: 'succeeded', strategy: 'full', records: { read: 120 } });
    expect(crm.requests.every((r) => r.query.updated_since === undefined)).toBe(true);

    // Tenants: a batch id for the request, a run per tenant.
    const batch = await call('POST', '/pipelines/clients/runs', { body: { tenants: ['bolt'] } });
    expect(batch.status).toBe(202);
    expect(batch.body.runs).toEqual([{ runId: expect.any(String), tenant: 'bolt', status: 'queued' }]);
    const done = await finished(batch.body.runId);
    expect(done).toMatchObject({
      id: batch.body.runId,
      pipeline: 'clients',
      status: 'succeeded',
      runs: [{ tenant: 'bolt', status: 'succeeded', records: { written: 120 } }],
    });
    expect(rows(join(dir, 'clients.db'), 'select distinct client from customers')).toEqual([{ client: 'bolt' }]);
    expect((await call('GET', '/runs?pipeline=clients&tenant=bolt')).body.runs).toHaveLength(1);
    expect((await call('GET', '/runs?pipeline=clients&tenant=acme')).body.runs).toHaveLength(0);

    // Both tenants are due (acme never ran; bolt ran but `force` is not needed for acme).
    const rest = await call('POST', '/pipelines/clients/runs', { body: {} });
    expect(rest.body.runs.map((r: { tenant: string }) => r.tenant)).toEqual(['acme']);
    expect(rest.body.notDue).toEqual([{ tenant: 'bolt', dueAt: expect.any(String) }]);
    await finished(rest.body.runId);
  });

  it('validates request bodies and names with clear 400s and 404s', async () => {
    await serve();
    const problems = async (path: string, options: { body?: unknown; raw?: string }) => {
      const reply = await call('POST', path, options);
      expect(reply.status, JSON.stringify(reply.body)).toBe(400);
      return reply.body.problems as string[];
    };
    expect(await problems('/pipelines/crm/runs', { raw: '{"force": tru' })).toEqual(['body: is not valid JSON']);
    expect(await problems('/pipelines/crm/runs', { body: { forse: true } })).toEqual(['body: unknown field "forse"']);
    expect(await problems('/pipelines/crm/runs', { body: { strategy: 'sometimes' } })).toEqual([
      'body.strategy: must be one of full, incremental, ids',
    ]);
    expect(await problems('/pipelines/crm/runs', { body: { ids: [1] } })).toEqual(['body.ids: only with strategy "ids"']);
    expect(await problems('/pipelines/crm/runs', { body: { strategy: 'ids' } })).toEqual(['body.ids: required with strategy "ids"']);
    expect(await problems('/pipelines/crm/runs', { body: { force: 'yes', streams: [] } })).toEqual([
      'body.force: must be boolean',
      'body.streams: must NOT have fewer than 1 items',
    ]);
    expect(await problems('/pipelines/crm/runs', { body: { streams: ['orders'] } })).toEqual([
      'body.streams: unknown stream "orders"; the pipeline has: customers, churned',
    ]);
    expect(await problems('/pipelines/crm/runs', { body: { strategy: 'ids', ids: [7] } })).toEqual([
      'body.strategy: stream customers cannot fetch by ids (it declares no strategies.ids); name the streams that can in "streams"',
      'body.strategy: stream churned cannot fetch by ids (it declares no strategies.ids); name the streams that can in "streams"',
    ]);
    expect(await problems('/pipelines/crm/runs', { body: { tenants: ['acme'] } })).toEqual(['body.tenants: crm has no tenants']);
    expect(await problems('/pipelines/clients/runs', { body: { tenants: ['zeta'] } })).toEqual([
      expect.stringMatching(/^body\.tenants: .*unknown tenant "zeta"/),
    ]);
    expect((await call('GET', '/runs?status=stuck')).body.problems).toEqual([
      'query.status: must be one of queued, running, succeeded, failed, aborted, abandoned',
    ]);
    expect(await call('POST', '/pipelines/orders/runs')).toMatchObject({
      status: 404,
      body: { message: 'no pipeline "orders"; serving: crm, clients, ploomes' },
    });
    expect(await call('GET', '/runs/no-such-run')).toMatchObject({ status: 404, body: { message: 'no run "no-such-run"' } });
    expect(crm.requests).toEqual([]);
  });

  it('runs triggered while one runs are queued behind it, never beside it', async () => {
    await serve();
    const first = (await call('POST', '/pipelines/crm/runs', { body: { force: true } })).body.runId;
    const second = await call('POST', '/pipelines/crm/runs', { body: { force: true } });
    const third = await call('POST', '/pipelines/crm/runs', { body: { force: true } });
    expect(second.body.runs[0].status).toBe('queued');
    // The third joins the second instead of piling up.
    expect(third.body).toMatchObject({ runId: second.body.runId, runs: [{ merged: true }] });
    const [a, b] = [await finished(first), await finished(second.body.runId)];
    expect(b.startedAt >= a.finishedAt).toBe(true);
  });
});

describe('control plane: webhooks', () => {
  const sign = (body: string) => `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`;

  it('a signed Ploomes webhook starts a by-ids run of its stream, whose record lands in SQLite', async () => {
    await serve();
    const product = ploomes.store.products[7]!;
    const payload = JSON.stringify(ploomes.store.update(product.Id, { Name: 'Carreta 4 eixos', UnitPrice: 199_000 }));
    const reply = await call('POST', '/webhooks/ploomes-products', {
      raw: payload,
      token: null,
      headers: { 'X-Ploomes-Signature': sign(payload) },
    });
    expect(reply.status).toBe(202);
    expect(reply.body).toMatchObject({ pipeline: 'ploomes', stream: 'products', ids: [product.Id], status: 'queued' });

    const run = await finished(reply.body.runId);
    expect(run).toMatchObject({
      trigger: 'webhook',
      strategy: 'ids',
      ids: [product.Id],
      status: 'succeeded',
      records: { read: 1, written: 1 },
    });
    expect(rows(join(dir, 'ploomes.db'), 'select id, name, price from products')).toEqual([
      { id: product.Id, name: 'Carreta 4 eixos', price: 199_000 },
    ]);
    expect(ploomes.requests.map((r) => r.query.$filter)).toEqual([`Id in (${product.Id})`]);
  });

  it('rejects unsigned or badly signed deliveries (401) and ignores payloads its when rule turns down (202, no run)', async () => {
    await serve();
    const payload = JSON.stringify(ploomes.store.update(ploomes.store.products[0]!.Id, { Name: 'x' }));
    const post = (raw: string, headers: Record<string, string>, token: string | null = null) =>
      call('POST', '/webhooks/ploomes-products', { raw, token, headers });
    expect((await post(payload, {})).status).toBe(401);
    expect((await post(payload, {}, TOKEN)).status).toBe(401);
    expect(await post(payload, { 'X-Ploomes-Signature': sign(`${payload} `) })).toMatchObject({
      status: 401,
      body: { message: 'invalid webhook signature' },
    });

    const deal = JSON.stringify({ Entity: 'Deals', Action: 'Win', New: { Id: 501090282 }, Old: { Id: 501090282 } });
    expect(await post(deal, { 'X-Ploomes-Signature': sign(deal) })).toMatchObject({ status: 202, body: { runId: null, ignored: true } });
    const noId = JSON.stringify({ Entity: 'Products', Action: 'Delete', New: null });
    expect(await post(noId, { 'X-Ploomes-Signature': sign(noId) })).toMatchObject({
      status: 400,
      body: { problems: ['body: the payload has no id at New.Id'] },
    });
    expect(ploomes.requests).toEqual([]);
    expect((await call('GET', '/runs?pipeline=ploomes')).body.runs).toEqual([]);
  });
});

describe('control plane: webhooks whose sender signs a timestamp', () => {
  const stamped = (raw: string, seconds: number, signedAs = `v0:${seconds}:${raw}`) =>
    call('POST', '/webhooks/ploomes-stamped', {
      raw,
      token: null,
      headers: {
        'X-Request-Timestamp': String(seconds),
        'X-Signature': `v0=${createHmac('sha256', WEBHOOK_SECRET).update(signedAs).digest('hex')}`,
      },
    });

  it('accepts a fresh delivery once, refuses its replay (409) and an old timestamp (401), and runs only once', async () => {
    // serve judges timestamps by the CLI's clock: a fixed instant.
    const now = Date.UTC(2026, 2, 8, 6, 30) / 1000;
    await serve([], ENV(), () => now * 1000);
    const product = ploomes.store.products[4]!;
    const payload = JSON.stringify(ploomes.store.update(product.Id, { Name: 'Guindaste 40t' }));

    const fresh = await stamped(payload, now);
    expect(fresh.status).toBe(202);
    expect(await finished(fresh.body.runId)).toMatchObject({ trigger: 'webhook', status: 'succeeded', records: { read: 1 } });

    expect(await stamped(payload, now)).toMatchObject({
      status: 409,
      body: { error: 'replayed', message: 'this delivery was already accepted; a replayed webhook is refused' },
    });
    expect(await stamped(payload, now - 3600)).toMatchObject({
      status: 401,
      body: { error: 'unauthorized', message: 'webhook timestamp is missing or more than 300 s from now' },
    });
    // A signature of the body alone (the timestamp not signed) does not pass.
    expect(await stamped(payload, now + 1, payload)).toMatchObject({ status: 401, body: { message: 'invalid webhook signature' } });
    // A new delivery of the same change (a new timestamp, so a new signature) is accepted.
    const again = await stamped(payload, now + 1);
    expect(again.status).toBe(202);
    await finished(again.body.runId);

    expect(ploomes.requests.map((r) => r.query.$filter)).toEqual([`Id in (${product.Id})`, `Id in (${product.Id})`]);
    const samples = parsePrometheus((await call('GET', '/metrics')).body as string);
    expect(samples.get('syncengine_webhooks_total{webhook="ploomes-stamped",outcome="accepted"}')).toBe(2);
    expect(samples.get('syncengine_webhooks_total{webhook="ploomes-stamped",outcome="replayed"}')).toBe(1);
    expect(samples.get('syncengine_webhooks_total{webhook="ploomes-stamped",outcome="unauthorized"}')).toBe(2);
  });

  it('refuses to serve a timestamp the signature does not cover', async () => {
    const unsigned = PLOOMES.replace('signed: "v0:{timestamp}:{body}"', 'signed: "v0:{body}"');
    const file = writePipeline(dir, 'ploomes', unsigned);
    let output = '';
    const io = {
      stdout: { write: (t: string) => (output += t) },
      stderr: { write: (t: string) => (output += t) },
      cwd: dir,
      env: ENV(),
      color: false,
    };
    const code = await main(['serve', file, '--port', '0', '--state', join(dir, 'state.db'), '--no-logs'], io);
    expect(code).not.toBe(0);
    expect(output).toContain(
      'webhooks.ploomes-stamped.hmac.signed: must contain {timestamp} when timestamp_header is set (an unsigned timestamp proves nothing)',
    );
  });
});

describe('control plane: metrics', () => {
  it('serves Prometheus text that parses: runs, records, webhooks, requests by connection, retries and 429s', async () => {
    await serve();
    await finished((await call('POST', '/pipelines/crm/runs')).body.runId);
    // Every second Ploomes request gets a bare 429: the second webhook run is retried once.
    ploomes.faults.rateLimitEvery = 2;
    for (const product of ploomes.store.products.slice(0, 2)) {
      const payload = JSON.stringify(ploomes.store.update(product.Id, { Name: `${product.Name} (novo)` }));
      const signature = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(payload).digest('hex')}`;
      await finished(
        (await call('POST', '/webhooks/ploomes-products', { raw: payload, token: null, headers: { 'X-Ploomes-Signature': signature } }))
          .body.runId,
      );
    }
    const reply = await call('GET', '/metrics');
    expect(reply.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const samples = parsePrometheus(reply.body as string);
    expect(samples.get('syncengine_runs_total{pipeline="crm",tenant="",status="succeeded"}')).toBe(1);
    expect(samples.get('syncengine_runs_total{pipeline="ploomes",tenant="",status="succeeded"}')).toBe(2);
    expect(samples.get('syncengine_records_read_total{pipeline="crm",stream="customers"}')).toBe(120);
    expect(samples.get('syncengine_records_written_total{pipeline="crm",stream="churned"}')).toBe(10);
    expect(samples.get('syncengine_records_rejected_total{pipeline="crm",stream="churned"}')).toBe(0);
    expect(samples.get('syncengine_pages_fetched_total{pipeline="crm",stream="customers"}')).toBe(5);
    expect(samples.get('syncengine_runs_running{pipeline="crm"}')).toBe(0);
    expect(samples.get('syncengine_run_duration_seconds_count{pipeline="crm"}')).toBe(1);
    expect(samples.get('syncengine_run_duration_seconds_bucket{pipeline="crm",le="+Inf"}')).toBe(1);
    expect(samples.get('syncengine_last_success_timestamp_seconds{pipeline="crm",tenant=""}')).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(samples.get('syncengine_webhooks_total{webhook="ploomes-products",outcome="accepted"}')).toBe(2);
    expect(samples.get('syncengine_http_requests_total{pipeline="crm",connection="crm",method="GET",status="200"}')).toBe(10);
    expect(samples.get('syncengine_http_request_duration_seconds_count{pipeline="crm",connection="crm",method="GET"}')).toBe(10);
    expect(samples.get('syncengine_http_requests_total{pipeline="ploomes",connection="ploomes",method="GET",status="200"}')).toBe(2);
    expect(samples.get('syncengine_http_requests_total{pipeline="ploomes",connection="ploomes",method="GET",status="429"}')).toBe(1);
    expect(samples.get('syncengine_http_retries_total{pipeline="ploomes",connection="ploomes",reason="429"}')).toBe(1);
  });
});

describe('control plane: metrics of two pipelines that both name a connection crm', () => {
  it('HTTP metrics carry the pipeline: one series per pipeline, each with its own requests', async () => {
    await serve();
    await finished((await call('POST', '/pipelines/crm/runs')).body.runId);
    const batch = (await call('POST', '/pipelines/clients/runs')).body as { runs: { runId: string }[] };
    expect(batch.runs).toHaveLength(2);
    for (const run of batch.runs) await finished(run.runId);

    const samples = parsePrometheus((await call('GET', '/metrics')).body as string);
    const series = [...samples.keys()].filter((k) => k.startsWith('syncengine_http_requests_total{'));
    expect(series.sort()).toEqual([
      'syncengine_http_requests_total{pipeline="clients",connection="crm",method="GET",status="200"}',
      'syncengine_http_requests_total{pipeline="crm",connection="crm",method="GET",status="200"}',
    ]);
    // crm: 120 customers in pages of 25, twice (two streams); clients: 2 tenants x 2 pages of 100.
    expect(samples.get(series.sort()[1]!)).toBe(10);
    expect(samples.get(series.sort()[0]!)).toBe(4);
    expect(samples.get('syncengine_http_request_duration_seconds_count{pipeline="clients",connection="crm",method="GET"}')).toBe(4);
  });
});

/**
 * A strict reader of the Prometheus text format: every line is a comment (`# HELP`/`# TYPE`) or a
 * sample `name{label="value",...} number`; every sample belongs to a declared family; histogram
 * buckets never decrease. Returns the samples by their series text.
 */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  const types = new Map<string, string>();
  const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*\})? (-?[0-9.eE+-]+|NaN|\+Inf|-Inf)$/;
  let lastBucket: { series: string; value: number } | undefined;
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.trimEnd().split('\n')) {
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (/^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line)) continue;
    const match = SAMPLE.exec(line);
    expect(match, `not a Prometheus line: ${line}`).not.toBeNull();
    const [, name, labels = ''] = match!;
    const family = name!.replace(/_(bucket|sum|count)$/, '');
    expect(types.has(name!) || types.get(family) === 'histogram', `sample of an undeclared family: ${line}`).toBe(true);
    const value = Number(match![3] === '+Inf' ? Infinity : match![3]);
    if (name!.endsWith('_bucket')) {
      const series = `${family}${labels.replace(/,?le="[^"]*"/, '')}`;
      if (lastBucket?.series === series) expect(value).toBeGreaterThanOrEqual(lastBucket.value);
      lastBucket = { series, value };
    }
    samples.set(`${name}${labels}`, value);
  }
  return samples;
}
