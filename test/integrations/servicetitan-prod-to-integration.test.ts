import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../_cli.js';
import type { ServiceTitanJob, ServiceTitanRecord } from '../../packages/fakes/src/servicetitan-fake.js';
import {
  byName,
  crosswalk,
  dryRunRecords,
  expectedJob,
  expectedMaterial,
  expectedPurchaseOrder,
  jobView,
  MASTER_STREAMS,
  materialsByCode,
  PIPELINE,
  materialView,
  purchaseOrderView,
  secretsOf,
  startFixture,
  type StFixture,
} from './servicetitan-prod-to-integration.fixture.js';

let fx: StFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

/** The summary line of a stream: read, written, inserted, updated, unchanged, rejected. */
function counts(stdout: string, stream: string): number[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`${stream} `));
  if (!line) throw new Error(`no summary line for ${stream} in:\n${stdout}`);
  return line.trim().split(/\s+/).slice(2, 8).map(Number);
}

/** Requests an environment received for one resource list (GET .../{resource}), or wrote (POST/PATCH). */
const lists = (fake: StFixture['production'], resource: string) =>
  fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/${resource}`));
const writes = (fake: StFixture['integration']) =>
  fake.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH').filter((r) => r.path !== '/connect/token');

/** Every production record of a kind has its integration copy equal to what the pipeline should make of it. */
function expectCopied(f: StFixture, except: { items?: number[]; pos?: number[]; jobs?: number[] } = {}) {
  const cw = crosswalk(f);
  const intMaterial = new Map(f.integration.store.materials.map((m) => [m.id, m]));
  for (const m of f.production.store.materials.filter((m) => !except.items?.includes(m.id))) {
    const copy = intMaterial.get(cw.get('items')?.get(m.id) ?? -1);
    expect(copy && materialView(copy), `material ${m.id} ${m.code}`).toEqual(expectedMaterial(f, m));
  }
  const intPo = new Map(f.integration.store.purchaseOrders.map((p) => [p.id, p]));
  for (const po of f.production.store.purchaseOrders.filter((p) => !except.pos?.includes(p.id))) {
    const copy = intPo.get(cw.get('pos')?.get(po.id) ?? -1);
    expect(copy && purchaseOrderView(copy), `purchase order ${po.id}`).toEqual(expectedPurchaseOrder(f, po));
  }
  const intJob = new Map(f.integration.store.jobs.map((j) => [j.id, j]));
  for (const job of f.production.store.jobs.filter((j) => !except.jobs?.includes(j.id))) {
    const copy = intJob.get(cw.get('jobs')?.get(job.id) ?? -1);
    expect(copy && jobView(f, copy), `job ${job.id}`).toEqual(expectedJob(f, job));
  }
}

describe('servicetitan-prod-to-integration: production -> integration through the CLI', () => {
  it('copies items, then POs, then jobs with translated ids; quarantines a PO whose item could not be copied (replayed after the fix); a rerun creates nothing', async () => {
    const f = (fx = await startFixture());
    const prod = f.production.store;
    // Someone created one of the PO's materials in integration by hand: creating it again is refused.
    const po = prod.purchaseOrders[0]!;
    const blocked = prod.materials.find((m) => m.id === po.items[0]!.skuId)!;
    f.integration.store.data.materials.push({ ...blocked, id: 89_999_999, displayName: 'made by hand', primaryVendor: null });
    const blockedPos = prod.purchaseOrders.filter((p) => p.items.some((i) => i.skuId === blocked.id));

    const first = await f.cli('run');
    expect(first.code, first.stderr).toBe(0);
    expect(counts(first.stdout, 'items')).toEqual([30, 29, 29, 0, 0, 1]);
    expect(counts(first.stdout, 'purchase_orders')).toEqual([12, 12 - blockedPos.length, 12 - blockedPos.length, 0, 0, blockedPos.length]);
    expect(counts(first.stdout, 'jobs')).toEqual([15, 15, 15, 0, 0, 0]);
    expect(counts(first.stdout, 'vendors')).toEqual([6, 6, 6, 0, 0, 0]);
    expect(counts(first.stdout, 'locations')).toEqual([15, 15, 15, 0, 0, 0]);

    // What integration holds is what production holds, with integration's ids.
    expectCopied(f, { items: [blocked.id], pos: blockedPos.map((p) => p.id) });
    expect(f.integration.store.materials).toHaveLength(30);
    expect(f.integration.store.purchaseOrders).toHaveLength(12 - blockedPos.length);
    expect(f.integration.store.jobs).toHaveLength(15);

    // The crosswalk: master data by name, copies by the ids integration answered with.
    const cw = crosswalk(f);
    expect(cw.get('vendors')).toEqual(byName(f, 'vendors'));
    expect(cw.get('business_units')).toEqual(byName(f, 'business-units'));
    expect(cw.get('warehouses')).toEqual(byName(f, 'warehouses'));
    expect(cw.get('customers')).toEqual(byName(f, 'customers'));
    expect(cw.get('locations')).toEqual(byName(f, 'locations'));
    expect(cw.get('job_types')).toEqual(byName(f, 'job-types'));
    expect(cw.get('campaigns')).toEqual(byName(f, 'campaigns'));
    const items = materialsByCode(f);
    items.delete(blocked.id);
    expect(cw.get('items')).toEqual(items);
    expect([...(cw.get('pos')?.keys() ?? [])].sort()).toEqual(
      prod.purchaseOrders
        .filter((p) => !blockedPos.includes(p))
        .map((p) => p.id)
        .sort(),
    );
    expect([...(cw.get('jobs')?.values() ?? [])].sort()).toEqual(f.integration.store.jobs.map((j) => j.id).sort());

    // The refused item and the POs that need it are logged and quarantined, with readable reasons.
    // (The API's reason, `code: A material with code '...' already exists.`, is not in the message: see the guide.)
    const itemReason = `POST ${f.integration.url}/pricebook/v2/tenant/${f.integration.store.tenant}/materials: 400 Bad Request: One or more validation errors occurred.`;
    expect(first.stderr).toContain(`record ${blocked.id} refused by the sink: ${itemReason}`);
    const line = po.items.findIndex((i) => i.skuId === blocked.id);
    expect(first.stderr).toContain(`record ${po.id} rejected: items[${line}].skuId: no items mapped for source id ${blocked.id}`);
    const quarantine = await f.cli('quarantine', 'list', '--json');
    expect(quarantine.code, quarantine.stderr).toBe(0);
    const entries = JSON.parse(quarantine.stdout) as { stream: string; recordKey: string; reasons: string[] }[];
    expect(entries.map((e) => [e.stream, e.recordKey]).sort()).toEqual(
      [['items', String(blocked.id)], ...blockedPos.map((p) => ['purchase_orders', String(p.id)])].sort(),
    );
    expect(entries.find((e) => e.recordKey === String(po.id))?.reasons).toEqual([
      `items[${line}].skuId: no items mapped for source id ${blocked.id}`,
    ]);

    // ServiceTitan's auth: a form-encoded client credentials grant, then Bearer + ST-App-Key on every call.
    for (const env of [f.production, f.integration]) {
      const [token, ...calls] = env.requests;
      expect(token).toMatchObject({ method: 'POST', path: '/connect/token' });
      expect(token!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
      expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
        grant_type: 'client_credentials',
        client_id: env.store.clientId,
        client_secret: env.store.clientSecret,
      });
      for (const call of calls.filter((c) => c.path !== '/connect/token')) {
        expect(call.headers['st-app-key']).toBe(env.store.appKey);
        expect(call.headers.authorization).toMatch(/^Bearer \S+/);
        expect(call.path).toContain(`/v2/tenant/${env.store.tenant}/`);
      }
    }
    expect(lists(f.production, 'materials')[0]?.query).toEqual({ active: 'Any', page: '1', pageSize: '200' });

    // Second run: nothing new is created, and integration still matches production.
    const before = f.integration.requests.length;
    const second = await f.cli('run');
    expect(second.code, second.stderr).toBe(0);
    expect(f.integration.requests.slice(before).filter((r) => r.method === 'POST' && r.path !== '/connect/token')).toEqual([]);
    expect(counts(second.stdout, 'purchase_orders')[2]).toBe(0);
    expect(counts(second.stdout, 'jobs')[2]).toBe(0);
    expect(counts(second.stdout, 'items')[2]).toBe(0);
    expect(f.integration.store.materials).toHaveLength(30);
    expect(f.integration.store.purchaseOrders).toHaveLength(12 - blockedPos.length);
    expect(f.integration.store.jobs).toHaveLength(15);
    expect(crosswalk(f)).toEqual(cw);
    expectCopied(f, { items: [blocked.id], pos: blockedPos.map((p) => p.id) });

    // The fix: map the hand-made material to its production twin, then replay the quarantine. The item
    // is updated in place (PATCH) and the POs that waited for it are created.
    const db = new Database(f.state);
    db.prepare(
      "insert into syncengine_crosswalk (tenant, kind, source_id, target_id, updated_at) values ('', 'items', ?, '89999999', ?)",
    ).run(String(blocked.id), new Date().toISOString());
    db.close();
    const replay = await f.cli('quarantine', 'replay');
    expect(replay.code, replay.stderr).toBe(0);
    expect(f.integration.store.find('materials', 89_999_999)).toMatchObject({ displayName: blocked.displayName, price: blocked.price });
    expect(f.integration.store.purchaseOrders).toHaveLength(12);
    expectCopied(f);
    expect((await f.cli('quarantine', 'list')).stdout).toBe('no open quarantined records\n');
  }, 60_000);

  it('an incremental run asks only for changes (modifiedOnOrAfter), updates a changed item and creates a new job', async () => {
    const f = (fx = await startFixture());
    const prod = f.production.store;
    const first = await f.cli('run');
    expect(first.code, first.stderr).toBe(0);
    const cursor = (stream: string) =>
      first.stdout
        .split('\n')
        .find((l) => l.startsWith(`${stream} `))!
        .split(' -> ')
        .pop()!
        .trim();
    const cursors = { materials: cursor('items'), 'purchase-orders': cursor('purchase_orders'), jobs: cursor('jobs') };
    expect(cursors.materials).toBe(
      prod.materials
        .map((m) => m.modifiedOn)
        .sort()
        .at(-1),
    );

    // A price change on one material, and a new job (with its appointment) in production.
    const changed = prod.materials[3]!;
    prod.update('materials', changed.id, { price: 123.45, description: 'Price raised' });
    const template = prod.jobs[2]!;
    const now = new Date().toISOString().slice(0, 19) + 'Z';
    const job: ServiceTitanJob = {
      ...template,
      id: 80_999_001,
      jobNumber: '80999001',
      summary: 'Emergency leak',
      firstAppointmentId: 80_999_002,
      lastAppointmentId: 80_999_002,
      createdOn: now,
      modifiedOn: now,
    };
    prod.data.jobs.push(job);
    prod.data.appointments.push({
      ...prod.appointments[0]!,
      id: 80_999_002,
      jobId: job.id,
      start: '2025-09-02T15:00:00Z',
      end: '2025-09-02T16:30:00Z',
      arrivalWindowStart: null,
      arrivalWindowEnd: null,
    });
    f.production.requests.length = 0;
    f.integration.requests.length = 0;

    const second = await f.cli('run');
    expect(second.code, second.stderr).toBe(0);
    // Each incremental list asked for changes since its cursor; master data lists are read whole.
    for (const [resource, since] of Object.entries(cursors)) {
      const calls = lists(f.production, resource);
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) expect(call.query.modifiedOnOrAfter, resource).toBe(since);
    }
    for (const resource of ['vendors', 'customers', 'locations', 'appointments']) {
      expect(lists(f.production, resource).every((c) => c.query.modifiedOnOrAfter === undefined)).toBe(true);
    }
    // Only what changed since (modifiedOnOrAfter includes the record at the cursor itself) was read.
    const since = (records: ServiceTitanRecord[], at: string) => records.filter((r) => r.modifiedOn >= at).length;
    expect(counts(second.stdout, 'items')[0]).toBe(since(prod.materials, cursors.materials));
    expect(counts(second.stdout, 'items')[0]).toBeLessThanOrEqual(2);
    expect(counts(second.stdout, 'jobs')).toEqual([
      since(prod.jobs, cursors.jobs),
      since(prod.jobs, cursors.jobs),
      1,
      0,
      since(prod.jobs, cursors.jobs) - 1,
      0,
    ]);

    // The item was updated in place, the job created; nothing else was written.
    const itemId = crosswalk(f).get('items')!.get(changed.id)!;
    expect(writes(f.integration).map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        `PATCH /pricebook/v2/tenant/${f.integration.store.tenant}/materials/${itemId}`,
        `POST /jpm/v2/tenant/${f.integration.store.tenant}/jobs`,
      ]),
    );
    expect(writes(f.integration).filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(f.integration.store.find('materials', itemId)).toMatchObject({ price: 123.45, description: 'Price raised' });
    expect(f.integration.store.jobs).toHaveLength(16);
    expectCopied(f);
  }, 60_000);

  it('--since starts from the given date: only materials changed since then are copied', async () => {
    const f = (fx = await startFixture());
    const result = await f.cli('run', '--stream', 'vendors,items', '--since', '2025-08-01');
    expect(result.code, result.stderr).toBe(0);
    const calls = lists(f.production, 'materials');
    expect(calls.map((c) => c.query.modifiedOnOrAfter)).toEqual(['2025-08-01T00:00:00Z']);
    const expected = f.production.store.materials
      .filter((m) => m.modifiedOn >= '2025-08-01')
      .map((m) => m.code)
      .sort();
    expect(expected.length).toBeLessThan(30);
    expect(f.integration.store.materials.map((m) => m.code).sort()).toEqual(expected);
  }, 60_000);

  it('ends equal when the API answers 429s, a 503 burst, and tokens expire mid-run', async () => {
    const faults = { rateLimitEvery: 12, retryAfterSeconds: 1, tokenTtlSeconds: 2 };
    const f = (fx = await startFixture({ production: { faults: { ...faults, serverErrorBurst: 2 } }, integration: { faults } }));
    // A 503 burst on integration once the copies have started.
    const burst = setInterval(() => {
      if (f.integration.store.materials.length >= 5 && f.integration.faults.serverErrorBurst === 0) {
        f.integration.faults.serverErrorBurst = 2;
        clearInterval(burst);
      }
    }, 5);
    try {
      const result = await f.cli('run');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/GET \S+: 503 Service Unavailable \(retry 1\/3/);
      expect(result.stderr).toMatch(/POST \S+: 503 Service Unavailable \(retry 1\/3/);
      expect(result.stderr).toMatch(/: 429 Too Many Requests \(retry 1\/3 in 1\.0s\)/);
    } finally {
      clearInterval(burst);
    }
    // Tokens lived 2 s: each environment had to get new ones during the run.
    for (const env of [f.production, f.integration])
      expect(env.requests.filter((r) => r.path === '/connect/token').length).toBeGreaterThan(1);
    expectCopied(f);
    expect(f.integration.store.materials).toHaveLength(30);
    expect(f.integration.store.purchaseOrders).toHaveLength(12);
    expect(f.integration.store.jobs).toHaveLength(15);
  }, 90_000);

  it('run --dry-run --limit 5 prints realistic payloads with translated ids and secrets redacted, and writes nothing', async () => {
    const f = (fx = await startFixture());
    // Mapping master data writes only the local crosswalk: the safe first step.
    const master = await f.cli('run', '--stream', MASTER_STREAMS.join(','));
    expect(master.code, master.stderr).toBe(0);
    expect(writes(f.integration)).toEqual([]);

    const dry = await f.cli('run', '--dry-run', '--limit', '5', '--debug');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('Dry run: nothing was written and no cursor was saved.');
    const records = dryRunRecords(dry.stdout);
    const prod = f.production.store;
    const vendors = byName(f, 'vendors');

    // Items: the create payloads of the first five materials, vendor ids translated.
    expect(records.get('items')).toEqual(
      prod.materials.slice(0, 5).map((m) => {
        const { primaryVendor, ...rest } = expectedMaterial(f, m);
        return { prod_id: m.id, ...rest, primaryVendor };
      }),
    );
    expect((records.get('items')![0]!.primaryVendor as { vendorId: number }).vendorId).toBe(
      vendors.get((prod.materials[0]!.primaryVendor as { vendorId: number }).vendorId),
    );
    // Jobs: every foreign key in integration's ids, with the appointment.
    expect(records.get('jobs')).toEqual(
      prod.jobs.slice(0, 5).map((job) => {
        const { appointments, ...ids } = expectedJob(f, job);
        const appointment = prod.appointments.find((a) => a.id === job.firstAppointmentId)!;
        return {
          prod_id: job.id,
          ...ids,
          appointments: appointments.map((a) => ({ ...a, specialInstructions: appointment.specialInstructions })),
        };
      }),
    );
    // POs need the integration ids of their items, which only a real run creates: they are rejected, not printed.
    expect(records.get('purchase_orders')).toBeUndefined();
    expect(dry.stderr).toMatch(
      new RegExp(`record ${prod.purchaseOrders[0]!.id} rejected: items\\[0\\]\\.skuId: no items mapped for source id \\d+`),
    );
    // Master data: the pairs it would record.
    expect(records.get('vendors')).toEqual(
      prod.data.vendors.slice(0, 5).map((v) => ({ id: v.id, name: v.name, integration_id: vendors.get(v.id) })),
    );

    // Nothing was written anywhere, and no secret or token was printed.
    expect(writes(f.integration)).toEqual([]);
    expect(crosswalk(f).get('items')).toBeUndefined();
    const printed = [dry.stdout, dry.stderr, ...readdirSync(f.logs).map((file) => readFileSync(join(f.logs, file), 'utf8'))].join('\n');
    expect(printed).toContain('obtained a new access token');
    for (const secret of secretsOf(f)) expect(printed).not.toContain(secret);
    expect(printed).not.toMatch(/eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9_\d+_/);
  }, 60_000);

  it('check tests auth to both environments and calls production; a wrong secret fails the run with the reason, never printed', async () => {
    const f = (fx = await startFixture());
    const ok = await runCli(['check', PIPELINE, '--state', f.state], f.env);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(
      /^ok +st_prod \(servicetitan\) +credentials accepted \(oauth2_client_credentials\); GET \/inventory\/v2\/tenant\/1000001\/vendors\?active=Any&page=1&pageSize=1: 1 record in the first page/m,
    );
    expect(ok.stdout).toMatch(/^ok +st_int \(servicetitan\) +credentials accepted/m);
    for (const env of [f.production, f.integration]) expect(env.requests.filter((r) => r.path === '/connect/token')).toHaveLength(1);
    expect(writes(f.integration)).toEqual([]);

    const wrong = { ...f.env, ST_CLIENT_SECRET_INT: 'st-integration-wrong-secret' };
    const check = await runCli(['check', PIPELINE, '--state', f.state], wrong);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^FAIL st_int \(servicetitan\) +cannot get an access token: POST \S+: 400 Bad Request: invalid_client/m);
    const run = await runCli(['run', PIPELINE, '--state', f.state, '--no-logs'], wrong);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /vendors: \[source:st_int\] cannot get an access token: POST http:\/\/127.0.0.1:\d+\S*: 400 Bad Request: invalid_client/,
    );
    expect(run.stdout).toContain(
      'jobs: not run: it runs after purchase_orders, customers, locations, business_units, job_types, campaigns, which did not succeed',
    );
    expect(check.stdout + check.stderr + run.stdout + run.stderr).not.toContain('st-integration-wrong-secret');
    expect(writes(f.integration)).toEqual([]);
  }, 60_000);
});
