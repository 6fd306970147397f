import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type StateStore } from '../src/index.js';
import { datasets, executed, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 'tenants.yaml', baseDir: '/tmp' }, { env: {} });

const pipeline = (extra = '') => `
version: 1
name: clients
tenants:
  list:
    - { client_id: acme, dataset: orders_acme, sync_frequency_hours: 6, credentials: { token: acme-secret-token-1 } }
    - { client_id: bolt, dataset: denied_bolt, sync_frequency_hours: 12, credentials: { token: bolt-secret-token-2 } }
    - { client_id: cora, dataset: orders_cora, sync_frequency_hours: 24, credentials: { token: cora-secret-token-3 } }
  id: client_id
  frequency_hours: sync_frequency_hours
  write_back:
    connection: out
    success: "update creds set status = 'connected', last_sync_at = \${result.finished_at}, next_sync_at = \${result.next_run_at}, error_message = null where client_id = \${tenant.client_id}"
    failure: "update creds set status = 'error', error_message = \${result.error}, next_sync_at = \${result.next_run_at} where client_id = \${tenant.client_id}"
${extra}
connections:
  src: { type: memory, dataset: "\${tenant.dataset}" }
  out: { type: memory_sink, name: out }
streams:
  orders:
    source: { connection: src, newer_than_cursor: v }
    incremental: { cursor_field: v }
    transforms:
      - set: { client: { template: "\${tenant.client_id}" } }
    sink: { connection: out }
`;

let state: StateStore;
beforeEach(async () => {
  state = await createSqliteStateStore({ path: ':memory:' });
  sinks.set('out', { batches: [], calls: 0 });
  reads.length = 0;
  executed.length = 0;
  datasets.set('orders_acme', [
    { id: 1, v: 1 },
    { id: 2, v: 2 },
  ]);
  datasets.set('orders_cora', [{ id: 9, v: 5 }]);
});

describe('tenants', () => {
  it('runs once per tenant; one failing does not stop the others; each gets its write-back', async () => {
    const result = await engine.run(await load(pipeline()), { state });
    expect(result.status).toBe('failed');
    expect(result.error).toBe('1 of 3 tenants failed: bolt');
    expect(result.tenants!.map((t) => [t.tenant, t.status])).toEqual([
      ['acme', 'succeeded'],
      ['bolt', 'failed'],
      ['cora', 'succeeded'],
    ]);
    expect(result.tenants![1]!.error).toBe('orders: [source:src] 401 Unauthorized: invalid credentials for denied_bolt');
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { id: 1, v: 1, client: 'acme' },
      { id: 2, v: 2, client: 'acme' },
      { id: 9, v: 5, client: 'cora' },
    ]);

    expect(executed.map((e) => e.statement.split(' ')[5])).toEqual(["'connected',", "'error',", "'connected',"]);
    const [acme, bolt] = executed;
    const finished = Date.parse(String(acme!.values['${result.finished_at}']));
    expect(Date.parse(String(acme!.values['${result.next_run_at}'])) - finished).toBe(6 * 3_600_000);
    expect(acme!.values['${tenant.client_id}']).toBe('acme');
    expect(bolt!.values['${result.error}']).toBe('orders: [source:src] 401 Unauthorized: invalid credentials for denied_bolt');
    const boltFinished = Date.parse(String(bolt!.values['${tenant.client_id}'] === 'bolt' ? result.tenants![1]!.finishedAt : ''));
    expect(Date.parse(String(bolt!.values['${result.next_run_at}'])) - boltFinished).toBe(12 * 3_600_000);
  });

  it('keeps cursors and run history per tenant', async () => {
    await engine.run(await load(pipeline()), { state });
    expect(await state.getCursor({ pipeline: 'clients', stream: 'orders', tenant: 'acme' })).toBe(2);
    expect(await state.getCursor({ pipeline: 'clients', stream: 'orders', tenant: 'cora' })).toBe(5);
    expect(await state.getCursor({ pipeline: 'clients', stream: 'orders' })).toBeUndefined();
    const runs = await state.listRuns({ pipeline: 'clients' });
    expect(runs.map((r) => [r.tenant, r.status]).sort()).toEqual([
      ['acme', 'succeeded'],
      ['bolt', 'failed'],
      ['cora', 'succeeded'],
    ]);

    datasets.get('orders_acme')!.push({ id: 3, v: 3 });
    reads.length = 0;
    await engine.run(await load(pipeline()), { state, tenants: ['acme'] });
    expect(reads).toEqual([{ dataset: 'orders_acme', cursor: 2 }]);
  });

  it('runs tenants concurrently up to the limit', async () => {
    const result = await engine.run(await load(pipeline('  concurrency: 3')), { state });
    expect(result.tenants!.map((t) => t.tenant)).toEqual(['acme', 'bolt', 'cora']);
  });

  it('filters tenants with where, and names unknown tenant ids', async () => {
    const only = await engine.run(await load(pipeline('  where: { "!=": [{ var: client_id }, "bolt"] }')), { state });
    expect(only.status).toBe('succeeded');
    expect(only.tenants!.map((t) => t.tenant)).toEqual(['acme', 'cora']);
    const unknown = await engine.run(await load(pipeline()), { state, tenants: ['zeta'] });
    expect(unknown.status).toBe('failed');
    expect(unknown.error).toBe('tenants: unknown tenant "zeta"');
  });

  it('masks tenant credentials in errors', async () => {
    datasets.set('orders_acme', []);
    const yaml = pipeline().replace('dataset: orders_acme', 'dataset: "denied_acme-secret-token-1"');
    const result = await engine.run(await load(yaml), { state });
    expect(result.tenants![0]!.error).toBe('orders: [source:src] 401 Unauthorized: invalid credentials for denied_***');
  });
});
