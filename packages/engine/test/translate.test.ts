import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type StateStore } from '../src/index.js';
import { datasets, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 't.yaml', baseDir: '/tmp' }, { env: {} });

const pipeline = (missing: string) => `
version: 1
name: st
connections:
  src: { type: memory, dataset: pos }
  out: { type: memory_sink, name: out }
streams:
  purchase_orders:
    primary_key: [id]
    source: { connection: src }
    transforms:
      - translate: { kind: item, path: items.*.skuId, missing: ${missing} }
      - translate: { kind: vendor, path: vendorId, missing: ${missing} }
    sink: { connection: out }
`;

let state: StateStore;
beforeEach(async () => {
  state = await createSqliteStateStore({ path: ':memory:' });
  sinks.set('out', { batches: [], calls: 0 });
  await state.crosswalk().put('item', [
    { sourceId: '100', targetId: '9100' },
    { sourceId: '101', targetId: '9101' },
  ]);
  await state.crosswalk().put('vendor', [{ sourceId: '7', targetId: 'v-70' }]);
  datasets.set('pos', [
    {
      id: 1,
      vendorId: 7,
      items: [
        { skuId: 100, qty: 2 },
        { skuId: 101, qty: 1 },
      ],
    },
    {
      id: 2,
      vendorId: 7,
      items: [
        { skuId: 100, qty: 5 },
        { skuId: 555, qty: 1 },
      ],
    },
    { id: 3, vendorId: 8, items: [] },
  ]);
});

describe('translate through the ID crosswalk', () => {
  it('translates every id, in lists too; a record with an unknown id is quarantined with the id named', async () => {
    const result = await engine.run(await load(pipeline('quarantine')), { state });
    // Numeric source ids stay numbers; 'v-70' is text.
    expect(sinks.get('out')!.batches.flat()).toEqual([
      {
        id: 1,
        vendorId: 'v-70',
        items: [
          { skuId: 9100, qty: 2 },
          { skuId: 9101, qty: 1 },
        ],
      },
    ]);
    expect(result.streams[0]).toMatchObject({ status: 'succeeded', recordsRejected: 2 });
    const quarantined = await state.quarantine.list({ pipeline: 'st' });
    expect(quarantined.map((q) => [q.recordKey, q.reasons])).toEqual([
      ['2', ['items[1].skuId: no item mapped for source id 555']],
      ['3', ['vendorId: no vendor mapped for source id 8']],
    ]);
  });

  it('skip drops such records with a warning', async () => {
    const result = await engine.run(await load(pipeline('skip')), { state });
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .map((r) => r.id),
    ).toEqual([1]);
    expect(result.streams[0]).toMatchObject({ status: 'succeeded', recordsRejected: 0, recordsFiltered: 2 });
  });

  it('fail stops the run at the first one', async () => {
    const result = await engine.run(await load(pipeline('fail')), { state });
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe('record 2: items[1].skuId: no item mapped for source id 555');
  });
});

describe('nested field specs', () => {
  it('object builds a nested object and each builds a list from each element', async () => {
    datasets.set('pos', [
      {
        id: 5,
        vendor_id: 7,
        vendor_name: 'Acme',
        items: [
          { skuId: 100, qty: 2 },
          { skuId: 101, qty: 1 },
        ],
      },
      { id: 6, vendor_id: 8 },
    ]);
    const yaml = `
version: 1
name: nested
connections:
  src: { type: memory, dataset: pos }
  out: { type: memory_sink, name: out }
streams:
  pos:
    source: { connection: src }
    transforms:
      - map:
          id: id
          vendor: { object: { id: vendor_id, name: { path: vendor_name, default: unknown } } }
          lines: { each: { path: items, fields: { skuId: skuId, quantity: { expr: { "*": [{ var: qty }, 10] } }, unit: { value: each } } } }
          pricing: { list: [{ object: { quantity: { value: 1 }, price: id } }] }
    sink: { connection: out }
`;
    await engine.run(await load(yaml), { state });
    expect(sinks.get('out')!.batches.flat()).toEqual([
      {
        id: 5,
        vendor: { id: 7, name: 'Acme' },
        lines: [
          { skuId: 100, quantity: 20, unit: 'each' },
          { skuId: 101, quantity: 10, unit: 'each' },
        ],
        pricing: [{ quantity: 1, price: 5 }],
      },
      { id: 6, vendor: { id: 8, name: 'unknown' }, lines: [], pricing: [{ quantity: 1, price: 6 }] },
    ]);
  });
});
