import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type StateStore } from '../src/index.js';
import { datasets, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 'q.yaml', baseDir: '/tmp' }, { env: {} });

const pipeline = (fix = '', quarantine = '') => `
version: 1
name: prices
connections:
  src: { type: memory, dataset: prices }
  out: { type: memory_sink, name: out }
streams:
  prices:
    primary_key: [sku]
    ${quarantine}
    source: { connection: src }
    transforms:
      ${fix}
      - validate:
          schema:
            type: object
            required: [sku, price]
            properties:
              sku: { type: string, minLength: 1 }
              price: { type: number, minimum: 0 }
    sink: { connection: out }
`;
const FIX = '- set: { price: { expr: { number: [{ var: price }] } } }';

let state: StateStore;
beforeEach(async () => {
  state = await createSqliteStateStore({ path: ':memory:' });
  sinks.set('out', { batches: [], calls: 0 });
  datasets.set('prices', [
    { sku: 'A', price: 10 },
    { sku: 'B', price: '12.50' },
    { sku: 'C', price: 3 },
    { sku: 'D', price: -1 },
    { sku: 'E' },
    { sku: 'F', price: 7 },
  ]);
});

describe('validation and quarantine', () => {
  it('writes the valid records, quarantines exactly the invalid ones with readable reasons, and the run succeeds', async () => {
    const result = await engine.run(await load(pipeline()), { state });
    expect(result.status).toBe('succeeded');
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .map((r) => r.sku),
    ).toEqual(['A', 'C', 'F']);
    expect(result.streams[0]).toMatchObject({ recordsRead: 6, recordsWritten: 3, recordsRejected: 3 });
    const entries = await state.quarantine.list({ pipeline: 'prices', stream: 'prices' });
    expect(entries.map((e) => [e.recordKey, e.record, e.reasons, e.runId])).toEqual([
      ['"B"', { sku: 'B', price: '12.50' }, ['price: must be a number (got text "12.50")'], result.runId],
      ['"D"', { sku: 'D', price: -1 }, ['price: must be >= 0 (got -1)'], result.runId],
      ['"E"', { sku: 'E' }, ['missing required key "price"'], result.runId],
    ]);
    expect((await state.getRun(result.runId))?.streams[0]?.recordsRejected).toBe(3);
  });

  it('a rerun quarantines the same records once, not twice', async () => {
    await engine.run(await load(pipeline()), { state });
    const second = await engine.run(await load(pipeline()), { state });
    const entries = await state.quarantine.list({ pipeline: 'prices' });
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.runId === second.runId)).toBe(true);
  });

  it('replay after a fix writes the quarantined records and closes them; what is still invalid stays open', async () => {
    await engine.run(await load(pipeline()), { state });
    sinks.set('out', { batches: [], calls: 0 });
    const replay = await engine.run(await load(pipeline(FIX)), { state, replay: {} });
    expect(replay.status).toBe('succeeded');
    expect(sinks.get('out')!.batches.flat()).toEqual([{ sku: 'B', price: 12.5 }]);
    expect(replay.streams[0]).toMatchObject({ recordsRead: 3, recordsWritten: 1, recordsRejected: 2 });
    const open = await state.quarantine.list({ pipeline: 'prices' });
    expect(open.map((e) => [e.recordKey, e.runId])).toEqual([
      ['"D"', replay.runId],
      ['"E"', replay.runId],
    ]);
    const replayed = await state.quarantine.list({ pipeline: 'prices', status: 'replayed' });
    expect(replayed.map((e) => [e.recordKey, e.resolvedRunId])).toEqual([['"B"', replay.runId]]);
  });

  it('replays only the given ids', async () => {
    await engine.run(await load(pipeline()), { state });
    const [, d] = await state.quarantine.list({ pipeline: 'prices' });
    sinks.set('out', { batches: [], calls: 0 });
    datasets.set('prices', []);
    const replay = await engine.run(await load(pipeline(FIX)), { state, replay: { ids: [d!.id] } });
    expect(replay.streams[0]!.recordsRead).toBe(1);
  });

  it('fails the run when more records are rejected than quarantine.max_records allows', async () => {
    const result = await engine.run(await load(pipeline('', 'quarantine: { max_records: 2 }')), { state });
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe('3 records rejected, more than quarantine.max_records (2); the run stops');
    expect(await state.quarantine.list({ pipeline: 'prices' })).toHaveLength(3);
  });

  it('fails the run when the rejected share passes quarantine.max_percent', async () => {
    const result = await engine.run(await load(pipeline('', 'quarantine: { max_percent: 40 }')), { state });
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe('3 of 6 records rejected (50.0%), more than quarantine.max_percent (40%)');
  });

  it('reports an invalid record schema at load time', async () => {
    await expect(load(pipeline().replace('type: number, minimum: 0', 'type: numbr'))).rejects.toThrow(
      /streams\.prices\.transforms\[0\]\.validate\.schema: not a valid JSON Schema: schema is invalid: data\/properties\/price\/type/,
    );
  });
});
