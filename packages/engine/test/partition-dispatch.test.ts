import { beforeEach, describe, expect, it } from 'vitest';
import {
  createEngine,
  createSqliteStateStore,
  emptyStreamResult,
  type DispatchedPartition,
  type PartitionDispatcher,
  type Pipeline,
  type StateStore,
} from '../src/index.js';
import { datasets, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

/**
 * `RunOptions.partitionDispatcher`: a run hands each partition to "another process" (here another
 * run of the engine with `RunOptions.partition`, as `syncengine worker` does through its queue).
 */
const engine = createEngine({ connectors: TEST_CONNECTORS });
const YAML = `
version: 1
name: parts
defaults: { batch_size: 2 }
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: out }
streams:
  stock:
    partitions: { values: [1, 2, 3], concurrency: 2 }
    source: { connection: src, dataset: "stock_\${partition}", newer_than_cursor: v }
    incremental: { cursor_field: v }
    transforms:
      - map: { warehouse: { template: "\${partition}" }, sku: sku }
    sink: { connection: out }
  summary:
    after: [stock]
    source: { connection: src, dataset: summary }
    sink: { connection: out }
`;

let state: StateStore;
let pipeline: Pipeline;
beforeEach(async () => {
  datasets.clear();
  reads.length = 0;
  sinks.set('out', { batches: [], calls: 0 });
  state = await createSqliteStateStore({ path: ':memory:' });
  for (const w of [1, 2, 3])
    datasets.set(
      `stock_${w}`,
      [1, 2, 3].map((n) => ({ sku: `s${n}`, v: n })),
    );
  datasets.set('summary', [{ done: true }]);
  pipeline = await engine.parse(YAML, { file: 'p.yaml', baseDir: '/tmp' }, { env: {} });
});

const runId = 'owner-run';

/** A dispatcher that runs each partition as a partition run of the owning run, recording what it got; `fail` fails one. */
function elsewhere(fail?: string) {
  const handed: DispatchedPartition[] = [];
  const dispatcher: PartitionDispatcher = {
    async run(partition) {
      handed.push(partition);
      if (partition.key === fail) return { ...emptyStreamResult(partition.stream, 'failed'), error: 'disk full' };
      const result = await engine.run(pipeline, { state, partition, runId });
      return result.streams[0]!;
    },
  };
  return { handed, dispatcher };
}

describe('partition dispatch', () => {
  it('hands every partition out, records the stream once all finished, then runs the streams after it', async () => {
    const { handed, dispatcher } = elsewhere();
    const result = await engine.run(pipeline, { state, runId, partitionDispatcher: dispatcher });

    expect(result.status).toBe('succeeded');
    expect(handed.map((p) => [p.stream, p.key, p.value, p.strategy])).toEqual([
      ['stock', '1', 1, 'incremental'],
      ['stock', '2', 2, 'incremental'],
      ['stock', '3', 3, 'incremental'],
    ]);
    expect(handed.every((p) => p.runStartedAt === result.startedAt)).toBe(true);
    // The partition runs wrote the batches and moved their own cursors; summary came last.
    const batches = sinks.get('out')!.batches;
    expect(batches.at(-1)).toEqual([{ done: true }]);
    expect(
      batches
        .slice(0, -1)
        .flat()
        .map((r) => `${String(r.warehouse)}:${String(r.sku)}`)
        .sort(),
    ).toEqual(['1:s1', '1:s2', '1:s3', '2:s1', '2:s2', '2:s3', '3:s1', '3:s2', '3:s3']);
    for (const w of ['1', '2', '3']) expect(await state.getCursor({ pipeline: 'parts', stream: 'stock', partition: w })).toBe(3);
    // One run in history (the partition runs write none), with the stream's totals.
    const runs = await state.listRuns({ pipeline: 'parts' });
    expect(runs.map((r) => [r.id, r.status])).toEqual([[runId, 'succeeded']]);
    const stock = runs[0]!.streams.find((s) => s.stream === 'stock')!;
    expect([stock.status, stock.recordsRead, stock.recordsWritten]).toEqual(['succeeded', 9, 9]);
    expect(result.streams.map((s) => [s.stream, s.status, s.recordsWritten])).toEqual([
      ['stock', 'succeeded', 9],
      ['summary', 'succeeded', 1],
    ]);
  });

  it('a partition that failed elsewhere fails the stream, and the streams after it do not run', async () => {
    const { dispatcher } = elsewhere('2');
    const result = await engine.run(pipeline, { state, runId, partitionDispatcher: dispatcher });
    expect(result.status).toBe('failed');
    expect(result.streams.map((s) => [s.stream, s.status])).toEqual([
      ['stock', 'failed'],
      ['summary', 'skipped'],
    ]);
    expect(result.streams[0]!.error).toContain('partition 2: disk full');
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .some((r) => r.done),
    ).toBe(false);
  });

  it('a dry run reads its partitions itself', async () => {
    const { handed, dispatcher } = elsewhere();
    const output = { text: '', write: (t: string) => (output.text += t) };
    const result = await engine.run(pipeline, { state, dryRun: true, output, partitionDispatcher: dispatcher });
    expect(result.status).toBe('succeeded');
    expect(handed).toEqual([]);
    expect(output.text.split('\n').filter(Boolean)).toHaveLength(10);
  });
});
