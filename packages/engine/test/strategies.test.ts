import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type StateStore } from '../src/index.js';
import { datasets, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 's.yaml', baseDir: '/tmp' }, { env: {} });

const pipeline = (ids = 'dataset: "product_${id}"', auto = '') => `
version: 1
name: products
connections:
  src: { type: memory, dataset: products }
  out: { type: memory_sink, name: out }
streams:
  products:
    source: { connection: src, newer_than_cursor: v }
    incremental: { cursor_field: v, initial: 0 }
    strategies:
      ids:
        source: { ${ids} }
      ${auto}
    sink: { connection: out }
`;

let state: StateStore;
beforeEach(async () => {
  state = await createSqliteStateStore({ path: ':memory:' });
  sinks.set('out', { batches: [], calls: 0 });
  reads.length = 0;
  datasets.set('products', [
    { id: 1, v: 1 },
    { id: 2, v: 2 },
    { id: 3, v: 3 },
  ]);
  for (const id of [2, 3]) datasets.set(`product_${id}`, [{ id, v: 10 + id, by: 'id' }]);
  datasets.set('products_2,3', [
    { id: 2, v: 12 },
    { id: 3, v: 13 },
  ]);
});

describe('run strategies', () => {
  it('incremental reads from the stored cursor; full starts over without moving the cursor back', async () => {
    await state.setCursor({ pipeline: 'products', stream: 'products' }, 2);
    await engine.run(await load(pipeline()), { state });
    expect(reads.at(-1)).toEqual({ dataset: 'products', cursor: 2 });
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .map((r) => r.id),
    ).toEqual([3]);

    sinks.set('out', { batches: [], calls: 0 });
    await engine.run(await load(pipeline()), { state, strategy: 'full' });
    expect(reads.at(-1)).toEqual({ dataset: 'products', cursor: 0 });
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .map((r) => r.id),
    ).toEqual([1, 2, 3]);
    expect(await state.getCursor({ pipeline: 'products', stream: 'products' })).toBe(3);
  });

  it('ids fetches each id with the ids options and moves no cursor', async () => {
    await state.setCursor({ pipeline: 'products', stream: 'products' }, 1);
    const result = await engine.run(await load(pipeline()), { state, strategy: 'ids', ids: [2, 3] });
    expect(result.status).toBe('succeeded');
    expect(reads.map((r) => r.dataset)).toEqual(['product_2', 'product_3']);
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { id: 2, v: 12, by: 'id' },
      { id: 3, v: 13, by: 'id' },
    ]);
    expect(await state.getCursor({ pipeline: 'products', stream: 'products' })).toBe(1);
  });

  it('ids makes one request for all when the options use ${ids_csv}', async () => {
    await engine.run(await load(pipeline('dataset: "products_${ids_csv}"')), { state, strategy: 'ids', ids: [2, 3] });
    expect(reads.map((r) => r.dataset)).toEqual(['products_2,3']);
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .map((r) => r.id),
    ).toEqual([2, 3]);
  });

  it('auto rules pick full from the trigger or the age of the last success', async () => {
    const auto = `auto:
        - when: { "==": [{ var: trigger }, "webhook"] }
          use: incremental
        - when: { or: [{ "==": [{ var: hours_since_success }, null] }, { ">": [{ var: hours_since_success }, 24] }] }
          use: full`;
    await state.setCursor({ pipeline: 'products', stream: 'products' }, 2);
    await engine.run(await load(pipeline(undefined, auto)), { state, trigger: 'schedule' });
    expect(reads.at(-1)!.cursor).toBe(0);
    await engine.run(await load(pipeline(undefined, auto)), { state, trigger: 'schedule' });
    expect(reads.at(-1)!.cursor).toBe(3);
    await state.setCursor({ pipeline: 'products', stream: 'products' }, 1);
    await engine.run(await load(pipeline(undefined, auto)), { state, trigger: 'webhook' });
    expect(reads.at(-1)!.cursor).toBe(1);
  });

  it('a stream without strategies.ids cannot run by ids', async () => {
    const yaml = pipeline()
      .split('\n')
      .filter((line) => !/^\s+(strategies:|ids:|source: \{ dataset)/.test(line))
      .join('\n');
    expect(yaml).not.toContain('strategies');
    const result = await engine.run(await load(yaml), { state, strategy: 'ids', ids: [1] });
    expect(result.streams[0]!.error).toBe('stream products cannot fetch by ids: declare strategies.ids with the source options to use');
  });
});
