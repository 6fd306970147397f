import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type StateStore } from '../src/index.js';
import { datasets, executed, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 'o.yaml', baseDir: '/tmp' }, { env: {} });

const pipeline = `
version: 1
name: products
defaults: { batch_size: 2 }
connections:
  src: { type: memory, dataset: products }
  main: { type: memory_sink, name: main }
  services: { type: memory_sink, name: services }
  rentals: { type: memory_sink, name: rentals }
  log: { type: memory_sink, name: log }
after_run:
  connection: log
  success: "insert into sync_log (run_id, status, written) values (\${result.run_id}, \${result.status}, \${result.records_written})"
  failure: "insert into sync_log (run_id, status, error) values (\${result.run_id}, \${result.status}, \${result.error})"
streams:
  products:
    primary_key: [code]
    source: { connection: src, newer_than_cursor: v }
    incremental: { cursor_field: v, ordered: true }
    transforms:
      - classify:
          rules:
            - when: { starts_with: [{ var: code }, "CIA_LOC_"] }
              set: { product_type: rental }
            - when: { starts_with: [{ var: code }, "CIA_"] }
              set: { product_type: service }
          default: { product_type: product }
    sink: { connection: main }
    also:
      - transforms:
          - filter: { "==": [{ var: product_type }, service] }
          - map: { product_code: code, hours: { expr: { number: [{ var: hours }] } } }
        sink: { connection: services }
      - transforms:
          - filter: { "==": [{ var: product_type }, rental] }
          - map: { product_code: code, daily_rate: rate }
        sink: { connection: rentals }
`;

let state: StateStore;
beforeEach(async () => {
  state = await createSqliteStateStore({ path: ':memory:' });
  for (const name of ['main', 'services', 'rentals', 'log']) sinks.set(name, { batches: [], calls: 0 });
  executed.length = 0;
  datasets.set('products', [
    { code: 'CIA_LOC_1', rate: 99, v: 1 },
    { code: 'CIA_7', hours: '2.5', v: 2 },
    { code: 'P-1', v: 3 },
    { code: 'CIA_LOC_2', rate: 150, v: 4 },
    { code: 'CIA_8', hours: '1', v: 5 },
  ]);
});

describe('more outputs per stream (also)', () => {
  it('writes each output with its own transforms, batch by batch', async () => {
    const result = await engine.run(await load(pipeline), { state });
    expect(result.status).toBe('succeeded');
    expect(
      sinks
        .get('main')!
        .batches.flat()
        .map((r) => [r.code, r.product_type]),
    ).toEqual([
      ['CIA_LOC_1', 'rental'],
      ['CIA_7', 'service'],
      ['P-1', 'product'],
      ['CIA_LOC_2', 'rental'],
      ['CIA_8', 'service'],
    ]);
    expect(sinks.get('services')!.batches.flat()).toEqual([
      { product_code: 'CIA_7', hours: 2.5 },
      { product_code: 'CIA_8', hours: 1 },
    ]);
    expect(sinks.get('rentals')!.batches.flat()).toEqual([
      { product_code: 'CIA_LOC_1', daily_rate: 99 },
      { product_code: 'CIA_LOC_2', daily_rate: 150 },
    ]);
    expect(await state.getCursor({ pipeline: 'products', stream: 'products' })).toBe(5);
  });

  it('a failing extra output fails the batch and keeps the cursor', async () => {
    sinks.get('rentals')!.failOnBatch = 2;
    const result = await engine.run(await load(pipeline), { state });
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      '[sink:rentals] products.also[1], batch 2 (1 records) failed: disk full while writing batch 2; the cursor stays at 2',
    );
    expect(await state.getCursor({ pipeline: 'products', stream: 'products' })).toBe(2);
  });

  it('after_run records how the run ended', async () => {
    const ok = await engine.run(await load(pipeline), { state });
    sinks.get('rentals')!.failOnBatch = 1;
    sinks.get('rentals')!.calls = 0;
    datasets.get('products')!.push({ code: 'CIA_LOC_9', rate: 1, v: 6 });
    const failed = await engine.run(await load(pipeline), { state });
    expect(
      executed.map((e) => [e.statement.split('(')[1]?.split(')')[0], e.values['${result.run_id}'], e.values['${result.status}']]),
    ).toEqual([
      ['run_id, status, written', ok.runId, 'succeeded'],
      ['run_id, status, error', failed.runId, 'failed'],
    ]);
    expect(executed[0]!.values['${result.records_written}']).toBe(5);
    expect(String(executed[1]!.values['${result.error}'])).toContain('disk full');
  });
});
