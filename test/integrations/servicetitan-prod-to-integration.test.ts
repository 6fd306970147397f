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
  expectedOutcome,
  expectedJob,
  expectedMaterial,
  expectedPurchaseOrder,
  jobView,
  MASTER_RESOURCES,
  MASTER_STREAMS,
  materialsByCode,
  PIPELINE,
  materialView,
  purchaseOrderView,
  secretsOf,
  startFixture,
  type Outcome,
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

/**
 * Every production record the outcome does not leave out has its integration copy equal to what
 * the pipeline should make of it, and nothing else was copied.
 */
function expectCopied(f: StFixture, out: Outcome = expectedOutcome(f)) {
  const cw = crosswalk(f);
  const intMaterial = new Map(f.integration.store.materials.map((m) => [m.id, m]));
  for (const m of f.production.store.materials.filter((m) => !out.items.has(m.id))) {
    const copy = intMaterial.get(cw.get('items')?.get(m.id) ?? -1);
    expect(copy && materialView(copy), `material ${m.id} ${m.code}`).toEqual(expectedMaterial(f, m));
  }
  const intPo = new Map(f.integration.store.purchaseOrders.map((p) => [p.id, p]));
  for (const po of f.production.store.purchaseOrders.filter((p) => !out.pos.has(p.id))) {
    const copy = intPo.get(cw.get('pos')?.get(po.id) ?? -1);
    expect(copy && purchaseOrderView(copy), `purchase order ${po.id}`).toEqual(expectedPurchaseOrder(f, po));
  }
  const intJob = new Map(f.integration.store.jobs.map((j) => [j.id, j]));
  for (const job of f.production.store.jobs.filter((j) => !out.jobs.has(j.id))) {
    const copy = intJob.get(cw.get('jobs')?.get(job.id) ?? -1);
    expect(copy && jobView(f, copy), `job ${job.id}`).toEqual(expectedJob(f, job));
  }
  expect(f.integration.store.purchaseOrders).toHaveLength(f.production.store.purchaseOrders.length - out.pos.size);
  expect(f.integration.store.jobs).toHaveLength(f.production.store.jobs.length - out.jobs.size);
}

/** Production records of a stream the run must leave out. */
const leftOut = (out: Outcome, stream: string): Set<number> =>
  ({ items: out.items, purchase_orders: out.pos, jobs: out.jobs })[stream] ?? out.master.get(stream)!;

describe('servicetitan-prod-to-integration: production -> integration through the CLI', () => {
  it('copies items, then POs, then jobs with translated ids; what has no partner in integration is quarantined, and copied once fixed; a rerun creates nothing', async () => {
    const f = (fx = await startFixture());
    const prod = f.production.store;
    // Integration was set up by hand (the fake's drift): Hajoca is "Hajoca Corporation" there, the
    // job type Warranty and the customer Grace Rossi are missing. Matching by name leaves those out.
    const drift = expectedOutcome(f);
    expect([...drift.master].filter(([, ids]) => ids.size).map(([stream, ids]) => [stream, ids.size])).toEqual([
      ['vendors', 1],
      ['customers', 1],
      ['locations', 1],
      ['job_types', 1],
    ]);
    expect([drift.items.size, drift.pos.size, drift.jobs.size].every((n) => n > 0)).toBe(true);
    // And someone created one of a copyable PO's materials in integration by hand: creating it again is refused.
    const po = prod.purchaseOrders.find((p) => !drift.pos.has(p.id))!;
    const blocked = prod.materials.find((m) => m.id === po.items[0]!.skuId)!;
    f.integration.store.data.materials.push({ ...blocked, id: 89_999_999, displayName: 'made by hand', primaryVendor: null });
    const out = expectedOutcome(f, [blocked.id]);
    expect(out.pos.has(po.id)).toBe(true);

    const first = await f.cli('run');
    expect(first.code, first.stderr).toBe(0);
    for (const [stream, total] of [
      ...MASTER_STREAMS.map((m) => [m, prod.data[MASTER_RESOURCES[m]!].length] as const),
      ['items', prod.materials.length] as const,
      ['purchase_orders', prod.purchaseOrders.length] as const,
      ['jobs', prod.jobs.length] as const,
    ]) {
      const rejected = leftOut(out, stream).size;
      expect(counts(first.stdout, stream), stream).toEqual([total, total - rejected, total - rejected, 0, 0, rejected]);
    }

    // What integration holds is what production holds, with integration's ids, except what was left out.
    expectCopied(f, out);
    expect(f.integration.store.materials).toHaveLength(prod.materials.length - out.items.size + 1);

    // The crosswalk: master data by name, copies by the ids integration answered with.
    const cw = crosswalk(f);
    for (const [stream, resource] of Object.entries(MASTER_RESOURCES)) expect(cw.get(stream), stream).toEqual(byName(f, resource));
    const items = materialsByCode(f);
    items.delete(blocked.id);
    expect(cw.get('items')).toEqual(items);
    expect([...(cw.get('pos')?.keys() ?? [])].sort()).toEqual(
      prod.purchaseOrders
        .filter((p) => !out.pos.has(p.id))
        .map((p) => p.id)
        .sort(),
    );
    expect([...(cw.get('jobs')?.values() ?? [])].sort()).toEqual(f.integration.store.jobs.map((j) => j.id).sort());

    // Everything left out is logged and quarantined, with reasons that name the cause.
    const hajoca = prod.data.vendors.find((v) => v.name === 'Hajoca')!;
    const warranty = prod.data['job-types'].find((t) => t.name === 'Warranty')!;
    const itemReason = `POST ${f.integration.url}/pricebook/v2/tenant/${f.integration.store.tenant}/materials: 400 Bad Request: One or more validation errors occurred.`;
    expect(first.stderr).toContain(`record ${blocked.id} refused by the sink: ${itemReason}`);
    const line = po.items.findIndex((i) => i.skuId === blocked.id);
    expect(first.stderr).toContain(`record ${po.id} rejected: items[${line}].skuId: no items mapped for source id ${blocked.id}`);
    expect(first.stderr).toContain(`record ${hajoca.id} rejected: integration_id: must be an integer (got null)`);
    const quarantine = await f.cli('quarantine', 'list', '--json');
    expect(quarantine.code, quarantine.stderr).toBe(0);
    const entries = JSON.parse(quarantine.stdout) as { stream: string; recordKey: string; reasons: string[] }[];
    const expectedKeys = [...MASTER_STREAMS, 'items', 'purchase_orders', 'jobs'].flatMap((stream) =>
      [...leftOut(out, stream)].map((id) => [stream, String(id)]),
    );
    expect(entries.map((e) => [e.stream, e.recordKey]).sort()).toEqual(expectedKeys.sort());
    const reasons = (stream: string, id: number) => entries.find((e) => e.stream === stream && e.recordKey === String(id))?.reasons;
    expect(reasons('purchase_orders', po.id)).toEqual([`items[${line}].skuId: no items mapped for source id ${blocked.id}`]);
    expect(reasons('vendors', hajoca.id)).toEqual(['integration_id: must be an integer (got null)']);
    const hajocaItem = prod.materials.find((m) => (m.primaryVendor as { vendorId: number } | null)?.vendorId === hajoca.id)!;
    expect(reasons('items', hajocaItem.id)).toEqual([`primaryVendor.vendorId: no vendors mapped for source id ${hajoca.id}`]);
    const warrantyJob = prod.jobs.find((j) => j.jobTypeId === warranty.id)!;
    expect(reasons('jobs', warrantyJob.id)).toEqual([`jobTypeId: no job_types mapped for source id ${warranty.id}`]);

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
    for (const stream of ['items', 'purchase_orders', 'jobs']) expect(counts(second.stdout, stream)[2], stream).toBe(0);
    expect(crosswalk(f)).toEqual(cw);
    expectCopied(f, out);

    // The fixes, then one replay. The hand-made material: map it to its production twin (it is then
    // updated in place, PATCH). Integration's master data: rename the vendor as production names it,
    // add the missing job type, customer and location. Replayed records go through the transforms
    // and sinks again: the master-data pairs are found, then the items, POs and jobs that waited.
    const db = new Database(f.state);
    db.prepare(
      "insert into syncengine_crosswalk (tenant, kind, source_id, target_id, updated_at) values ('', 'items', ?, '89999999', ?)",
    ).run(String(blocked.id), new Date().toISOString());
    db.close();
    const intData = f.integration.store.data;
    Object.assign(
      intData.vendors.find((v) => v.name === 'Hajoca Corporation')!,
      { name: 'Hajoca' },
    );
    intData['job-types'].push({ ...intData['job-types'][0]!, id: 12_999, name: 'Warranty' });
    const grace = prod.data.customers.find((c) => c.name === 'Grace Rossi')!;
    intData.customers.push({ ...grace, id: 60_999_001 });
    intData.locations.push({ ...prod.data.locations.find((l) => l.customerId === grace.id)!, id: 63_999_001, customerId: 60_999_001 });
    const replay = await f.cli('quarantine', 'replay');
    expect(replay.code, replay.stderr).toBe(0);
    expect(f.integration.store.find('materials', 89_999_999)).toMatchObject({ displayName: blocked.displayName, price: blocked.price });
    expect(expectedOutcome(f).master.get('vendors')!.size).toBe(0);
    expectCopied(f, expectedOutcome(f));
    expect(f.integration.store.purchaseOrders).toHaveLength(prod.purchaseOrders.length);
    expect(f.integration.store.jobs).toHaveLength(prod.jobs.length);
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

    // A price change on one material that was copied, and a new job (with its appointment) in production.
    const out = expectedOutcome(f);
    const changed = prod.materials.find((m) => !out.items.has(m.id) && m.modifiedOn < cursors.materials)!;
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
    // The jobs read again: the new one is created, the others were copied before or stay left out.
    const reread = prod.jobs.filter((j) => j.modifiedOn >= cursors.jobs);
    const rejected = reread.filter((j) => out.jobs.has(j.id)).length;
    expect(counts(second.stdout, 'jobs')).toEqual([reread.length, reread.length - rejected, 1, 0, reread.length - rejected - 1, rejected]);

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
    expect(f.integration.store.jobs.some((j) => j.summary === 'Emergency leak')).toBe(true);
    expectCopied(f);
  }, 60_000);

  it('--stream items --since: the vendors are mapped first (reference data), then only materials changed since then are copied', async () => {
    const f = (fx = await startFixture());
    const result = await f.cli('run', '--stream', 'items', '--since', '2025-08-01');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('running vendors too: it is reference data that items runs after');
    expect(counts(result.stdout, 'vendors')).toEqual([6, 5, 5, 0, 0, 1]);
    expect(result.stdout).not.toMatch(/^(customers|purchase_orders|jobs) /m);
    const calls = lists(f.production, 'materials');
    expect(calls.map((c) => c.query.modifiedOnOrAfter)).toEqual(['2025-08-01T00:00:00Z']);
    const out = expectedOutcome(f);
    const expected = f.production.store.materials
      .filter((m) => m.modifiedOn >= '2025-08-01' && !out.items.has(m.id))
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
    expect(f.integration.store.materials).toHaveLength(30 - expectedOutcome(f).items.size);
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
    const out = expectedOutcome(f);

    // Items: the create payloads of the first five materials (less those left out), vendor ids translated.
    expect(records.get('items')).toEqual(
      prod.materials
        .slice(0, 5)
        .filter((m) => !out.items.has(m.id))
        .map((m) => {
          const { primaryVendor, ...rest } = expectedMaterial(f, m);
          return { prod_id: m.id, ...rest, primaryVendor };
        }),
    );
    expect((records.get('items')![0]!.primaryVendor as { vendorId: number }).vendorId).toBe(
      vendors.get((prod.materials[0]!.primaryVendor as { vendorId: number }).vendorId),
    );
    // Jobs: every foreign key in integration's ids, with the appointment.
    expect(records.get('jobs')).toEqual(
      prod.jobs
        .slice(0, 5)
        .filter((job) => !out.jobs.has(job.id))
        .map((job) => {
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
    // Master data: the pairs it would record, read whole (reference data: --limit does not shorten it).
    expect(records.get('vendors')).toEqual(
      prod.data.vendors.filter((v) => vendors.has(v.id)).map((v) => ({ id: v.id, name: v.name, integration_id: vendors.get(v.id) })),
    );
    expect(records.get('vendors')).toHaveLength(5);

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
