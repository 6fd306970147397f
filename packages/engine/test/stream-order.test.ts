import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, PipelineConfigError, type RunEvent } from '../src/index.js';
import { datasets, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 'o.yaml', baseDir: '/tmp' }, { env: {} });

const pipeline = (jobsAfter: string, posAfter = '[items]') => `
version: 1
name: order
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: out }
streams:
  jobs:
    after: ${jobsAfter}
    source: { connection: src, dataset: jobs }
    sink: { connection: out }
  purchase_orders:
    after: ${posAfter}
    source: { connection: src, dataset: pos }
    sink: { connection: out }
  items:
    source: { connection: src, dataset: items }
    sink: { connection: out }
`;

beforeEach(() => {
  for (const name of ['jobs', 'pos', 'items']) datasets.set(name, [{ id: name }]);
  sinks.set('out', { batches: [], calls: 0 });
});

it('runs streams after the streams they depend on: items, then purchase orders, then jobs', async () => {
  const events: RunEvent[] = [];
  const result = await engine.run(await load(pipeline('[purchase_orders, items]')), {
    state: await createSqliteStateStore({ path: ':memory:' }),
    onEvent: (e) => events.push(e),
  });
  expect(result.streams.map((s) => s.stream)).toEqual(['items', 'purchase_orders', 'jobs']);
  expect(
    sinks
      .get('out')!
      .batches.flat()
      .map((r) => r.id),
  ).toEqual(['items', 'pos', 'jobs']);
});

it('names a dependency cycle at the `after` entry that closes it, when the file is loaded', async () => {
  const error = await load(pipeline('[purchase_orders]', '[jobs]')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PipelineConfigError);
  expect((error as PipelineConfigError).message).toBe(
    'o.yaml:13:13 streams.purchase_orders.after[0]: streams depend on each other in a cycle: jobs -> purchase_orders -> jobs',
  );
});

it('reports an unknown stream in after with its position', async () => {
  const error = await load(pipeline('[itemz]')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PipelineConfigError);
  expect((error as PipelineConfigError).message).toBe(
    'o.yaml:9:13 streams.jobs.after[0]: unknown stream "itemz"; streams: jobs, purchase_orders, items',
  );
});

describe('reference streams', () => {
  const referenced = `
version: 1
name: refs
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: out }
streams:
  regions:
    reference: true
    source: { connection: src, dataset: regions }
    sink: { connection: out }
  vendors:
    reference: true
    after: [regions]
    source: { connection: src, dataset: vendors }
    sink: { connection: out }
  items:
    source: { connection: src, dataset: items }
    sink: { connection: out }
  purchase_orders:
    after: [vendors, items]
    source: { connection: src, dataset: pos }
    sink: { connection: out }
`;
  const ten = (prefix: string) => Array.from({ length: 10 }, (_, i) => ({ id: `${prefix}${i}` }));
  beforeEach(() => {
    for (const name of ['regions', 'vendors', 'items', 'pos']) datasets.set(name, ten(name));
  });
  const run = async (options: { streams?: string[]; limit?: number }) => {
    const result = await engine.run(await load(referenced), { state: await createSqliteStateStore({ path: ':memory:' }), ...options });
    return Object.fromEntries(result.streams.map((s) => [s.stream, s.recordsRead]));
  };

  it('a named stream brings the reference streams it runs after (transitively), read whole under --limit; other streams stay out', async () => {
    expect(await run({ streams: ['purchase_orders'], limit: 3 })).toEqual({ regions: 10, vendors: 10, purchase_orders: 3 });
    expect(engine.plan(await load(referenced), { streams: ['purchase_orders'] }).streams.map((s) => [s.name, s.neededBy])).toEqual([
      ['regions', 'purchase_orders'],
      ['vendors', 'purchase_orders'],
      ['purchase_orders', undefined],
    ]);
  });

  it('--limit shortens every other stream of a whole run, and a reference stream only when it is named', async () => {
    expect(await run({ limit: 3 })).toEqual({ regions: 10, vendors: 10, items: 3, purchase_orders: 3 });
    expect(await run({ streams: ['vendors', 'purchase_orders'], limit: 3 })).toEqual({ regions: 10, vendors: 3, purchase_orders: 3 });
  });
});
