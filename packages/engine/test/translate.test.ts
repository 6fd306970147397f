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

describe('translate as a type', () => {
  const typed = (as: string) => `
version: 1
name: typed
connections:
  src: { type: memory, dataset: typed }
  out: { type: memory_sink, name: out }
streams:
  orders:
    primary_key: [id]
    source: { connection: src }
    transforms:
      - translate: { kind: item, path: lines.*.skuId, as: ${as} }
    sink: { connection: out }
`;

  it('as: integer turns text ids into integers; a target id that is not one rejects the record, naming it', async () => {
    await state.crosswalk().put('item', [{ sourceId: 'A-7', targetId: 'T-7' }]);
    datasets.set('typed', [
      { id: 1, lines: [{ skuId: '100' }, { skuId: 101 }] },
      { id: 2, lines: [{ skuId: 'A-7' }] },
    ]);
    const result = await engine.run(await load(typed('integer')), { state });
    expect(sinks.get('out')!.batches.flat()).toEqual([{ id: 1, lines: [{ skuId: 9100 }, { skuId: 9101 }] }]);
    expect(result.streams[0]).toMatchObject({ status: 'succeeded', recordsRejected: 1 });
    const quarantined = await state.quarantine.list({ pipeline: 'typed' });
    expect(quarantined.map((q) => q.reasons)).toEqual([['lines[0].skuId: target id "T-7" is not an integer']]);
  });

  it('as: text gives text ids, also for numeric source ids', async () => {
    datasets.set('typed', [{ id: 1, lines: [{ skuId: 100 }] }]);
    await engine.run(await load(typed('text')), { state });
    expect(sinks.get('out')!.batches.flat()).toEqual([{ id: 1, lines: [{ skuId: '9100' }] }]);
  });
});

describe('nested targets and each with key and value', () => {
  const shaped = (transforms: string) => `
version: 1
name: shaped
connections:
  src: { type: memory, dataset: shaped }
  out: { type: memory_sink, name: out }
streams:
  things:
    source: { connection: src }
    transforms:
${transforms}
    sink: { connection: out }
`;

  it('set with a dot path changes one field of a copy of the nested object; a null object is created', async () => {
    const vendor = { vendorId: 7, name: 'Acme' };
    datasets.set('shaped', [
      { id: 1, vendor },
      { id: 2, vendor: null },
    ]);
    await engine.run(
      await load(shaped('      - set:\n          vendor.vendorId: { value: 70 }\n          vendor.tags.main: { value: x }')),
      { state },
    );
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { id: 1, vendor: { vendorId: 70, name: 'Acme', tags: { main: 'x' } } },
      { id: 2, vendor: { vendorId: 70, tags: { main: 'x' } } },
    ]);
    // The source's object is not changed in place.
    expect(vendor).toEqual({ vendorId: 7, name: 'Acme' });
  });

  it('each with key and value builds an object; each with neither fields nor key is reported at its position', async () => {
    datasets.set('shaped', [{ id: 1, props: [{ k: 'a', v: 1 }, { k: 'b', v: [2] }, { v: 3 }] }, { id: 2 }]);
    await engine.run(await load(shaped('      - map:\n          id: id\n          props: { each: { path: props, key: k, value: v } }')), {
      state,
    });
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { id: 1, props: { a: 1, b: [2] } },
      { id: 2, props: {} },
    ]);
    await expect(load(shaped('      - map:\n          props: { each: { path: props, key: k } }'))).rejects.toThrow(
      /t\.yaml:\d+:\d+ streams\.things\.transforms\[0\]\.map\.props\.each: set "fields", or "key" and "value"/,
    );
  });
});
