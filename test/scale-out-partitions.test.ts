import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../packages/cli/src/index.js';
import { at, checkServices, cleanupList, fleetApi, REDIS_URL, setupFleet, tenantId, until } from './_scale-out-fixture.js';

/**
 * Issue 15: a partitioned stream fans out on the queue, one job per partition spread over the
 * workers, while the tenant's unit keeps the stream's order (`after:`) and records the stream once
 * every partition finished.
 */
const services = await checkServices();
const cleanups = cleanupList();
afterEach(() => cleanups.run());

const PARTITIONS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const ITEMS = 12;

function writeShardsPipeline(dir: string): string {
  const file = join(dir, 'shards.yaml');
  writeFileSync(
    file,
    `version: 1
name: shards
vars: { db: "postgres://127.0.0.1:1/none", api: "http://127.0.0.1:1" }
connections:
  db: { type: postgres, url: "\${vars.db}" }
  api: { type: http, base_url: "\${vars.api}" }
tenants:
  source: { connection: db, query: "select id from tenants order by id" }
  id: id
streams:
  items:
    batch_size: 5
    partitions: { values: [${PARTITIONS.join(', ')}], concurrency: ${PARTITIONS.length} }
    source:
      connection: api
      path: /items
      records_path: data
      params: { tenant: "\${tenant.id}", partition: "\${partition}", after: "\${cursor}" }
      pagination: { type: page, size_param: per_page, size: 5 }
    incremental: { cursor_field: updated_at, ordered: true }
    sink:
      connection: db
      table: "items_\${tenant.id}"
      mode: append
      columns: { partition: text, id: integer, updated_at: text, label: text }
  totals:
    after: [items]
    source: { connection: api, path: /totals, records_path: data, params: { tenant: "\${tenant.id}" } }
    sink: { connection: db, table: "totals_\${tenant.id}", mode: append, columns: { id: integer, items: integer } }
`,
  );
  return file;
}

describe.skipIf(!services.run)('partitions fan out on BullMQ', () => {
  beforeAll(() => services.require());

  it('each partition is a job on any worker; the next stream runs once all partitions finished; one run per tenant records it', async () => {
    const items = (tenant: string, partition?: string) =>
      partition === undefined
        ? []
        : Array.from({ length: ITEMS }, (_, i) => ({ partition, id: i + 1, updated_at: at(i + 1), label: `${tenant}-${partition}-${i + 1}` }));
    const api = await fleetApi(items, { delayMs: 40 });
    const tenants = 4;
    const { env, worker, succeeded } = await setupFleet(tenants, api, cleanups, writeShardsPipeline);
    const workers = [worker('--concurrency', '2'), worker('--concurrency', '2'), worker('--concurrency', '2')];
    await until(() => workers.every((w) => w.output().includes('takes units')), 'the workers to start');
    await enqueue(
      { url: REDIS_URL, prefix: env.prefix },
      Array.from({ length: tenants }, (_, i) => ({ data: { pipeline: 'shards', tenant: tenantId(i + 1), trigger: 'api', runId: randomUUID() } })),
    );
    await until(async () => (await succeeded()) === tenants, 'every tenant run to succeed', 60_000);

    // One run per tenant, which recorded both streams; the partitioned one with every partition's rows.
    const runs = await env.db.selectFrom('syncengine_runs').select(['id', 'tenant', 'status']).execute();
    expect(runs.map((r) => r.status)).toEqual(Array(tenants).fill('succeeded'));
    const streamRuns = await env.db.selectFrom('syncengine_stream_runs').select(['run_id', 'stream', 'status', 'records_written']).execute();
    for (const run of runs) {
      const own = streamRuns.filter((s) => s.run_id === run.id).sort((a, b) => a.stream.localeCompare(b.stream));
      expect(own.map((s) => [s.stream, s.status, Number(s.records_written)])).toEqual([
        ['items', 'succeeded', PARTITIONS.length * ITEMS],
        ['totals', 'succeeded', 1],
      ]);
    }
    const cursors = await env.db.selectFrom('syncengine_cursors').select(['tenant', 'partition_key', 'value']).execute();
    expect(cursors).toHaveLength(tenants * PARTITIONS.length);
    expect(new Set(cursors.map((c) => c.value))).toEqual(new Set([JSON.stringify(at(ITEMS))]));

    const workerOf = (tenant: string, partition: string) =>
      workers.findIndex((w) => w.output().includes(`partition ${partition} of shards.items (tenant ${tenant}) succeeded`));
    for (let i = 1; i <= tenants; i++) {
      const tenant = tenantId(i);
      const rows = await env.db
        .selectFrom(`items_${tenant}`)
        .select(['partition', 'id', 'updated_at', 'label'])
        .orderBy('partition')
        .orderBy('id')
        .execute();
      expect(rows, tenant).toEqual(PARTITIONS.flatMap((p) => items(tenant, p)));
      for (const partition of PARTITIONS) {
        expect(api.runs(tenant, partition), `${tenant}/${partition}`).toBe(1);
        expect(api.maxInFlight(`${tenant}/${partition}`), `${tenant}/${partition}`).toBe(1);
        expect(workerOf(tenant, partition), `${tenant}/${partition}`).toBeGreaterThanOrEqual(0);
      }
      // Order kept per tenant: totals (after: [items]) asked only once every partition's last answer was sent.
      const own = api.log.filter((s) => s.tenant === tenant);
      const lastItems = Math.max(...own.filter((s) => s.path === '/items').map((s) => s.end));
      const totals = own.filter((s) => s.path === '/totals');
      expect(totals).toHaveLength(1);
      expect(totals[0]!.start).toBeGreaterThanOrEqual(lastItems);
    }
    // Spread: partitions of one tenant ran at the same time, on more than one worker, and every worker took some.
    expect(Math.max(...Array.from({ length: tenants }, (_, i) => api.maxInFlight(tenantId(i + 1))))).toBeGreaterThan(1);
    const spread = Array.from({ length: tenants }, (_, i) => new Set(PARTITIONS.map((p) => workerOf(tenantId(i + 1), p))).size);
    expect(Math.max(...spread)).toBeGreaterThan(1);
    for (const w of workers) expect(w.output()).toMatch(/partition p\d of shards\.items \(tenant t\d+\) succeeded/);
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect((await w.exit).code, w.output()).toBe(0);
  }, 90_000);
});
