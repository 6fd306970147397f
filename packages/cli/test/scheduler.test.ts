import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '@syncengine/fakes';
import { startFakeCrm, type FakeCrm } from '../../../examples/quickstart/fake-crm-api.js';
import type { Clock } from '../src/ops/clock.js';
import { createScheduler } from '../src/ops/scheduler.js';
import { history, openProcess, rows, seedRun, tempDir, waitFor, writePipeline, type OpsProcess } from './_ops-fixture.js';

const HOUR = 3_600_000;
const CRM_TOKEN = 'crm-token-scheduler-7731';

/** Where every time-dependent case starts unless it is run from many instants. */
const START = Date.parse('2026-05-12T09:00:00Z');

/** A clock that moves only when the test says so; the queue and the engine read it too. */
function fakeClock(start = START): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, sleep: async () => undefined, advance: (ms) => (now += ms) };
}

/** Whether the wall clock of `zone` reads `hour`:00 at some whole minute in (from, to]: when a daily cron at that hour is due. */
function wallClockPasses(zone: string, hour: number, from: number, to: number): boolean {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (let t = Math.floor(from / 60_000) * 60_000 + 60_000; t <= to; t += 60_000) {
    if (format.format(t) === `${String(hour).padStart(2, '0')}:00`) return true;
  }
  return false;
}

const customersStream = (table: string) => `
streams:
  customers:
    primary_key: [id]
    source:
      connection: crm
      path: /v1/customers
      records_path: data
      params:
        updated_since: \${cursor}
      pagination: { type: page, size_param: per_page, size: 25 }
    incremental: { cursor_field: updated_at, ordered: true }
    transforms:
      - map:
          client: { template: "\${tenant.client_id}" }
          id: id
          email: email
    sink:
      connection: warehouse
      table: ${table}
      mode: upsert
      key: [client, id]
      columns: { client: text, id: integer, email: text }
`;

const connections = `
connections:
  crm:
    type: http
    base_url: \${env.CRM_URL}
    auth: { type: bearer, token: "\${env.CRM_TOKEN}" }
  warehouse: { type: sqlite, path: ./warehouse.db }
`;

const CLIENTS = `version: 1
name: clients
tenants:
  list:
    - { client_id: acme, sync_frequency_hours: 6 }
    - { client_id: bolt, sync_frequency_hours: 12 }
    - { client_id: cora, sync_frequency_hours: 24 }
  id: client_id
  frequency_hours: sync_frequency_hours
${connections}${customersStream('customers')}`;

const single = (name: string, schedule: string) =>
  `version: 1
name: ${name}
schedule: ${schedule}
${connections}${customersStream(name).replace('"${tenant.client_id}"', `"${name}"`)}`;

let dir: string;
let crm: FakeCrm;
let ops: OpsProcess[] = [];
let fakes: FakeServer[] = [];

beforeEach(async () => {
  dir = tempDir();
  crm = await startFakeCrm({ token: CRM_TOKEN, customers: 30 });
});
afterEach(async () => {
  await Promise.all(ops.map((o) => o.close()));
  await Promise.all(fakes.map((f) => f.close()));
  await crm.close();
  ops = [];
  fakes = [];
});

const open = async (files: string[], queue: Parameters<typeof openProcess>[3] = {}) => {
  const process = await openProcess(files, join(dir, 'state.db'), { CRM_URL: crm.url, CRM_TOKEN }, queue);
  ops.push(process);
  return process;
};

/** Tenants with their own frequency_hours, from a start instant. */
async function tenantsCase(start: number) {
  const clock = fakeClock(start);
  const p = await open([writePipeline(dir, 'clients', CLIENTS)], { now: clock.now });
  await seedRun(p, { pipeline: 'clients', tenant: 'acme', stream: 'customers', status: 'succeeded', finishedAt: clock.now() - 7 * HOUR });
  await seedRun(p, { pipeline: 'clients', tenant: 'bolt', stream: 'customers', status: 'succeeded', finishedAt: clock.now() - 1 * HOUR });
  const scheduler = createScheduler({ pipelines: p.pipelines, queue: p.queue, clock });

  const first = await scheduler.tick();
  expect(first.map((r) => r.tenant)).toEqual(['acme', 'cora']);
  await p.queue.idle();
  expect(rows(join(dir, 'warehouse.db'), 'select client, count(*) as n from customers group by client order by client')).toEqual([
    { client: 'acme', n: 30 },
    { client: 'cora', n: 30 },
  ]);
  expect((await history(p, 'clients', 'acme')).map((r) => [r.trigger, r.status])).toEqual([
    ['schedule', 'succeeded'],
    ['schedule', 'succeeded'],
  ]);

  // Nothing is due right after: no second run of acme or cora.
  expect(await scheduler.tick()).toEqual([]);

  // 11 hours later: acme (6 h) and bolt (12 h since its last run, 1 h before the start) are due; cora (24 h) is not.
  clock.advance(11 * HOUR + 60_000);
  const later = await scheduler.tick();
  expect(later.map((r) => r.tenant)).toEqual(['acme', 'bolt']);
  await p.queue.idle();
  expect(rows(join(dir, 'warehouse.db'), 'select distinct client from customers order by client').map((r) => r.client)).toEqual([
    'acme',
    'bolt',
    'cora',
  ]);
}

/** Interval and cron pipelines after downtime, then a failure, from a start instant; the cron runs daily at `nightly.hour` in `nightly.zone`. */
async function catchUpCase(start: number, nightly = { zone: 'Europe/Lisbon', hour: 2 }) {
  const clock = fakeClock(start);
  const p = await open(
    [
      writePipeline(dir, 'hourly', single('hourly', '{ every: 1h }')),
      writePipeline(dir, 'nightly', single('nightly', `{ cron: "0 ${nightly.hour} * * *", timezone: ${nightly.zone} }`)),
    ],
    { now: clock.now },
  );
  await seedRun(p, { pipeline: 'hourly', stream: 'customers', status: 'succeeded', finishedAt: clock.now() - 30 * HOUR });
  await seedRun(p, { pipeline: 'nightly', stream: 'customers', status: 'succeeded', finishedAt: clock.now() - 5 * 24 * HOUR });
  // A by-ids webhook run a minute ago is not a sync: it does not push the next one back.
  await seedRun(p, {
    pipeline: 'hourly',
    stream: 'customers',
    status: 'succeeded',
    finishedAt: clock.now() - 60_000,
    trigger: 'webhook',
  });
  const scheduler = createScheduler({ pipelines: p.pipelines, queue: p.queue, clock, retryAfterMs: 15 * 60_000 });

  expect((await scheduler.tick()).map((r) => r.pipeline)).toEqual(['hourly', 'nightly']);
  await p.queue.idle();
  expect(await scheduler.tick()).toEqual([]);
  expect((await history(p, 'hourly')).map((r) => r.trigger)).toEqual(['schedule', 'webhook', 'schedule']);
  expect((await history(p, 'nightly')).length).toBe(2);

  // A failed run an hour later: not retried at once, but 15 minutes after the failure. The
  // nightly one runs again only if its hour came round on the wall clock of its zone meanwhile.
  const nightlyBy = (t: number) => (wallClockPasses(nightly.zone, nightly.hour, start, t) ? ['nightly'] : []);
  clock.advance(HOUR + 1);
  await seedRun(p, { pipeline: 'hourly', stream: 'customers', status: 'failed', finishedAt: clock.now() });
  const afterFailure = await scheduler.tick();
  expect(afterFailure.map((r) => r.pipeline)).toEqual(nightlyBy(clock.now()));
  await p.queue.idle();
  clock.advance(15 * 60_000);
  const retried = await scheduler.tick();
  expect(retried.map((r) => r.pipeline)).toEqual(['hourly', ...(afterFailure.length ? [] : nightlyBy(clock.now()))]);
  await p.queue.idle();
}

describe('scheduler', () => {
  it('runs the tenants whose frequency_hours have passed since their last success, and not the others', () => tenantsCase(START));

  it('catches up after downtime with one run, not one per missed interval; a failure waits before the retry', () => catchUpCase(START));

  it('never runs the same pipeline twice at once, even with a slow run, two scheduler processes and API triggers', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const slow = await startFakeServer({
      routes: [
        {
          method: 'GET',
          path: '/items',
          handle: async () => {
            inFlight += 1;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await new Promise((r) => setTimeout(r, 60));
            inFlight -= 1;
            return { body: { data: [{ id: 1, at: new Date().toISOString() }] } };
          },
        },
      ],
    });
    fakes.push(slow);
    const file = writePipeline(
      dir,
      'slow',
      `version: 1
name: slow
schedule: { every: 10ms }
connections:
  api: { type: http, base_url: "${slow.url}" }
  warehouse: { type: sqlite, path: ./slow.db }
streams:
  items:
    source: { connection: api, path: /items, records_path: data }
    sink: { connection: warehouse, table: items, mode: upsert, key: [id], columns: { id: integer, at: text } }
`,
    );
    // Two processes on one state database, as two `syncengine schedule` would be.
    const a = await open([file], { holder: 'process-a' });
    const b = await open([file], { holder: 'process-b' });
    const schedulers = [a, b].map((p) => createScheduler({ pipelines: p.pipelines, queue: p.queue, checkEveryMs: 5 }));
    schedulers.forEach((s) => s.start());
    const merged: boolean[] = [];
    const api = setInterval(() => merged.push(a.queue.submit({ pipeline: 'slow', trigger: 'api' }).merged), 5);
    try {
      await waitFor(async () => (await history(a, 'slow')).filter((r) => r.status === 'succeeded').length >= 5, 'five runs');
    } finally {
      clearInterval(api);
    }
    await Promise.all(schedulers.map((s) => s.stop()));
    await Promise.all([a.queue.close(), b.queue.close()]);

    expect(maxInFlight).toBe(1);
    const runs = (await history(a, 'slow')).sort((x, y) => x.startedAt.localeCompare(y.startedAt));
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.startedAt >= runs[i - 1]!.finishedAt!).toBe(true);
    expect(new Set(runs.map((r) => r.trigger))).toEqual(new Set(['schedule', 'api']));
    // Triggers while one waits join it instead of piling up.
    expect(merged.filter(Boolean).length).toBeGreaterThan(0);
    expect(runs.length).toBeLessThan(merged.length);
  });

  it('recovers the lock of a holder that was killed: the run starts once its lease expires', async () => {
    const p = await open([writePipeline(dir, 'hourly', single('hourly', '{ every: 1h }'))]);
    const script = fileURLToPath(new URL('./fixtures/hold-run-lock.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', script, join(dir, 'state.db'), 'hourly', 'customers', 'killed-process', '400'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('locked') ? resolve() : reject(new Error(chunk.toString()))));
      child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
    });
    child.kill('SIGKILL');
    const killedAt = Date.now();
    const state = p.pipelines.get('hourly')!.state;
    expect(await state.locks.holder('run:hourly:-:customers')).toBe('killed-process');

    // The scheduler leaves it to its holder; a triggered run waits for the lock.
    // The child's lease is on the real clock, so this scheduler reads that one too.
    const scheduler = createScheduler({ pipelines: p.pipelines, queue: p.queue });
    expect(await scheduler.tick()).toEqual([]);
    const { run } = p.queue.submit({ pipeline: 'hourly', trigger: 'api' });
    await waitFor(() => run.waitingFor !== undefined, 'the run to wait');
    expect(run).toMatchObject({ status: 'queued', waitingFor: 'killed-process' });

    await p.queue.idle();
    expect(run.status).toBe('succeeded');
    expect(Date.parse(run.startedAt!)).toBeGreaterThanOrEqual(killedAt);
    expect(rows(join(dir, 'warehouse.db'), 'select count(*) as n from hourly')).toEqual([{ n: 30 }]);
    expect(await state.locks.holder('run:hourly:-:customers')).toBeUndefined();
  }, 20_000);

  it('on shutdown, a running run stops after its current batch, keeps its cursor and frees its lock', async () => {
    // A proxy in front of the CRM that is slow from the second page on, so the run is mid-way when we stop.
    let pages = 0;
    const slowCrm = await startFakeServer({
      routes: [
        {
          method: 'GET',
          path: '/v1/customers',
          handle: async (req) => {
            pages += 1;
            if (pages > 1) await new Promise((r) => setTimeout(r, 300));
            const res = await fetch(`${crm.url}/v1/customers?${new URLSearchParams(req.query)}`, {
              headers: { authorization: String(req.headers.authorization) },
            });
            return { status: res.status, body: await res.json() };
          },
        },
      ],
    });
    fakes.push(slowCrm);
    const file = writePipeline(
      dir,
      'hourly',
      single('hourly', '{ every: 1h }').replace('primary_key: [id]', 'primary_key: [id]\n    batch_size: 25'),
    );
    const p = await openProcess([file], join(dir, 'state.db'), { CRM_URL: slowCrm.url, CRM_TOKEN });
    ops.push(p);
    const { run } = p.queue.submit({ pipeline: 'hourly', trigger: 'schedule' });
    await waitFor(() => pages >= 2, 'the second page');
    await p.queue.close();

    expect(run.status).toBe('aborted');
    const state = p.pipelines.get('hourly')!.state;
    const [record] = await state.listRuns({ pipeline: 'hourly' });
    expect(record).toMatchObject({ id: run.runId, status: 'aborted' });
    expect(await state.getCursor({ pipeline: 'hourly', stream: 'customers' })).toBe(crm.customers.get(25)!.updated_at);
    expect(rows(join(dir, 'warehouse.db'), 'select count(*) as n from hourly')).toEqual([{ n: 25 }]);
    expect(await state.locks.holder('run:hourly:-:customers')).toBeUndefined();
  });
});

/** 24 hourly instants over 2026-03-08 in New York (clocks go forward at 02:00 EST), around the European change, and the 00:45-02:00 UTC window that once failed. */
const INSTANTS: [string, { zone: string; hour: number }][] = [
  ...Array.from({ length: 24 }, (_, h): [string, { zone: string; hour: number }] => [
    new Date(Date.parse('2026-03-08T05:00:00Z') + h * HOUR).toISOString(),
    { zone: 'America/New_York', hour: 4 },
  ]),
  ...['2026-03-29T00:00:00Z', '2026-03-29T00:30:00Z', '2026-03-29T01:00:00Z', '2026-03-29T02:15:00Z'].map(
    (at): [string, { zone: string; hour: number }] => [at, { zone: 'Europe/Lisbon', hour: 2 }],
  ),
  ...['2026-01-15T00:45:00Z', '2026-01-15T01:00:00Z', '2026-01-15T01:59:00Z'].map((at): [string, { zone: string; hour: number }] => [
    at,
    { zone: 'Europe/Lisbon', hour: 2 },
  ]),
];

describe('scheduler at any hour', () => {
  it.each(INSTANTS)('from %s (nightly at its hour in %o)', async (at, nightly) => {
    const start = Date.parse(at);
    await tenantsCase(start);
    dir = tempDir();
    await catchUpCase(start, nightly);
  });
});
