import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type StateStore } from '../src/index.js';
import { datasets, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 'p.yaml', baseDir: '/tmp' }, { env: {} });

const HEAD = `
version: 1
name: parts
defaults: { batch_size: 2 }
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: out }
`;

let state: StateStore;
beforeEach(async () => {
  datasets.clear();
  reads.length = 0;
  sinks.set('out', { batches: [], calls: 0 });
  state = await createSqliteStateStore({ path: ':memory:' });
  for (const w of [1, 2, 3])
    datasets.set(
      `stock_${w}`,
      [1, 2, 3].map((n) => ({ sku: `s${n}`, qty: w * 10 + n, v: n })),
    );
  datasets.set('orders', [{ id: 10, customer: 'a' }, { id: 11, customer: 'b' }, { customer: 'no id' }]);
  datasets.set('items_10', [{ sku: 'x', v: 1 }]);
  datasets.set('items_11', [
    { sku: 'y', v: 1 },
    { sku: 'z', v: 2 },
  ]);
  datasets.set('shops', [
    { name: 'main', warehouse: 2 },
    { name: 'other', warehouse: 3 },
  ]);
});

describe('partitions', () => {
  it('runs the source once per listed value, with ${partition} in options and records, and a cursor per partition', async () => {
    const yaml = `${HEAD}
vars: { warehouses: [1, 2, 3] }
streams:
  stock:
    partitions: { values: "\${vars.warehouses}" }
    source: { connection: src, dataset: "stock_\${partition}", newer_than_cursor: v }
    incremental: { cursor_field: v }
    transforms:
      - map: { warehouse: { template: "\${partition}" }, sku: sku, qty: qty }
    sink: { connection: out }
`;
    const first = await engine.run(await load(yaml), { state });
    expect(first.status).toBe('succeeded');
    const batches = sinks.get('out')!.batches;
    // Batches never span partitions: 2 + 1 per warehouse.
    expect(batches.map((b) => b.map((r) => `${String(r.warehouse)}:${String(r.sku)}`))).toEqual([
      ['1:s1', '1:s2'],
      ['1:s3'],
      ['2:s1', '2:s2'],
      ['2:s3'],
      ['3:s1', '3:s2'],
      ['3:s3'],
    ]);
    expect(batches[0]![0]).toEqual({ warehouse: 1, sku: 's1', qty: 11 });
    for (const w of ['1', '2', '3']) expect(await state.getCursor({ pipeline: 'parts', stream: 'stock', partition: w })).toBe(3);

    datasets.get('stock_2')!.push({ sku: 's4', qty: 99, v: 4 });
    sinks.set('out', { batches: [], calls: 0 });
    reads.length = 0;
    await engine.run(await load(yaml), { state });
    expect(reads).toEqual([1, 2, 3].map((w) => ({ dataset: `stock_${w}`, cursor: 3 })));
    expect(sinks.get('out')!.batches.flat()).toEqual([{ warehouse: 2, sku: 's4', qty: 99 }]);
    expect(await state.getCursor({ pipeline: 'parts', stream: 'stock', partition: '2' })).toBe(4);
  });

  it('runs once per parent record from a request, with the parent in scope; parents without the key are skipped', async () => {
    const yaml = `${HEAD}
streams:
  order_items:
    partitions:
      from: { source: { connection: src, dataset: orders } }
    source: { connection: src, dataset: "items_\${parent.id}" }
    transforms:
      - map: { order_id: { template: "\${parent.id}" }, customer: { template: "\${parent.customer}" }, sku: sku }
    sink: { connection: out }
`;
    const result = await engine.run(await load(yaml), { state });
    expect(result.status).toBe('succeeded');
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { order_id: 10, customer: 'a', sku: 'x' },
      { order_id: 11, customer: 'b', sku: 'y' },
      { order_id: 11, customer: 'b', sku: 'z' },
    ]);
    expect(reads.map((r) => r.dataset)).toEqual(['orders', 'items_10', 'items_11']);
  });

  it("can take its parents from another stream, through that stream's transforms", async () => {
    const yaml = `${HEAD}
streams:
  orders:
    source: { connection: src, dataset: orders }
    transforms:
      - filter: { "==": [{ var: customer }, "b"] }
    sink: { connection: out }
  order_items:
    partitions: { from: { stream: orders } }
    source: { connection: src, dataset: "items_\${partition}" }
    sink: { connection: out }
`;
    const result = await engine.run(await load(yaml), { state, streams: ['order_items'] });
    expect(result.streams.map((s) => s.stream)).toEqual(['order_items']);
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { sku: 'y', v: 1 },
      { sku: 'z', v: 2 },
    ]);
  });

  it("validates partitions: exactly one of values/from, a known parent stream, the parent source's options", async () => {
    const bad = `${HEAD}
streams:
  a:
    partitions: { from: { stream: nope } }
    source: { connection: src }
    sink: { connection: out }
  b:
    partitions: { key: id }
    source: { connection: src }
    sink: { connection: out }
  c:
    partitions: { from: { source: { connection: src, page_sise: 3 } } }
    source: { connection: src }
    sink: { connection: out }
`;
    await expect(load(bad)).rejects.toThrow(
      [
        '3 problems:',
        'p.yaml:11:35 streams.a.partitions.from.stream: unknown stream "nope"; streams: a, b, c',
        'p.yaml:15:17 streams.b.partitions: set exactly one of "values" or "from"',
        'p.yaml:19:54 streams.c.partitions.from.source.page_sise: unknown key "page_sise" (did you mean "page_size"?); allowed keys: connection, page_size, dataset, newer_than_cursor',
      ].join('\n'),
    );
  });
});

describe('discover', () => {
  const yaml = (pick = 'first') => `${HEAD}
discover:
  shop:
    source: { connection: src, dataset: shops }
    pick: ${pick}
streams:
  stock:
    source: { connection: src, dataset: "stock_\${discover.shop.warehouse}" }
    sink: { connection: out }
`;

  it('makes one request at the start and feeds the result to every stream', async () => {
    const result = await engine.run(await load(yaml()), { state });
    expect(result.status).toBe('succeeded');
    expect(reads.map((r) => r.dataset)).toEqual(['shops', 'stock_2']);
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .map((r) => r.qty),
    ).toEqual([21, 22, 23]);
  });

  it('fails the run, naming the discovery, when it finds nothing; no stream runs', async () => {
    datasets.set('shops', []);
    const result = await engine.run(await load(yaml()), { state });
    expect(result.status).toBe('failed');
    expect(result.error).toBe('discover.shop: the request returned no record');
    expect(result.streams.map((s) => s.status)).toEqual(['skipped']);
    expect(reads.map((r) => r.dataset)).toEqual(['shops']);
  });

  it('pick: all gives the list, usable as partition values', async () => {
    const all = `${HEAD}
discover:
  shops:
    source: { connection: src, dataset: shops }
    pick: all
streams:
  stock:
    partitions: { values: "\${discover.shops}" }
    source: { connection: src, dataset: "stock_\${partition.warehouse}" }
    sink: { connection: out }
`;
    await engine.run(await load(all), { state });
    expect(reads.map((r) => r.dataset)).toEqual(['shops', 'stock_2', 'stock_3']);
  });
});
