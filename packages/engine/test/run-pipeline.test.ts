import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type RunEvent, type StateStore } from '../src/index.js';
import { datasets, inFlight, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });

const pipelineYaml = (extra = '', stream = '') => `
version: 1
name: t
defaults:
  batch_size: 10
connections:
  src: { type: memory, dataset: people }
  out: { type: memory_sink, name: out }
${extra}
streams:
  people:
    primary_key: [id]
    source: { connection: src, page_size: 7 }
    incremental: { cursor_field: meta.updated, ordered: true }
    ${stream}
    sink: { connection: out }
`;

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `p${i + 1}`, age: 20 + (i % 50), meta: { updated: 1000 + i } }));

let state: StateStore;
beforeEach(async () => {
  datasets.set('people', people(45));
  sinks.set('out', { batches: [], calls: 0 });
  inFlight.current = 0;
  inFlight.max = 0;
  state = await createSqliteStateStore({ path: ':memory:' });
});

async function load(yaml: string) {
  return engine.parse(yaml, { file: 't.yaml', baseDir: '/tmp' }, { env: {} });
}

describe('run loop', () => {
  it('writes every record in batches and commits the cursor after each batch', async () => {
    const events: RunEvent[] = [];
    const result = await engine.run(await load(pipelineYaml()), { state, onEvent: (e) => events.push(e) });
    expect(result.status).toBe('succeeded');
    const sink = sinks.get('out')!;
    expect(sink.batches.map((b) => b.length)).toEqual([10, 10, 10, 10, 5]);
    expect(sink.batches.flat().map((r) => r.id)).toEqual(people(45).map((p) => p.id));
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBe(1044);
    const batchCursors = events.filter((e) => e.type === 'batch_written').map((e) => (e as { cursor?: unknown }).cursor);
    expect(batchCursors).toEqual([1009, 1019, 1029, 1039, 1044]);
    expect(events.filter((e) => e.type === 'page_fetched')).toHaveLength(7);
    expect(result.streams[0]).toMatchObject({
      recordsRead: 45,
      recordsWritten: 45,
      batches: 5,
      pages: 7,
      cursorBefore: undefined,
      cursorAfter: 1044,
    });
  });

  it('holds at most two pages and three batches in memory for a source that does not fetch ahead, whatever the data set size', async () => {
    datasets.set('people', people(5000));
    await engine.run(await load(pipelineYaml()), { state });
    expect(sinks.get('out')!.batches.flat()).toHaveLength(5000);
    // The page handed over, the page being transformed; the batch being cut, one waiting, one being written.
    expect(inFlight.max).toBeLessThanOrEqual(2 * 7 + 3 * 10);
    inFlight.max = 0;
    inFlight.current = 0;
    sinks.set('out', { batches: [], calls: 0 });
    await engine.run(await load(pipelineYaml('', 'read_ahead: 1')), { state: await createSqliteStateStore({ path: ':memory:' }) });
    expect(sinks.get('out')!.batches.flat()).toHaveLength(5000);
    expect(inFlight.max).toBeLessThanOrEqual(2 * 7 + 3 * 10);
  });

  it('a failed batch leaves the cursor at the last committed batch, and a rerun resumes there without duplicates', async () => {
    sinks.get('out')!.failOnBatch = 3;
    const pipeline = await load(pipelineYaml());
    const failed = await engine.run(pipeline, { state });
    expect(failed.status).toBe('failed');
    expect(failed.streams[0]!.error).toBe(
      '[sink:out] batch 3 (10 records) failed: disk full while writing batch 3; the cursor stays at 1019',
    );
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBe(1019);

    // The source honours the cursor as "greater than": emulate it with the dataset.
    datasets.set(
      'people',
      people(45).filter((p) => p.meta.updated > 1019),
    );
    const sink = sinks.get('out')!;
    sink.failOnBatch = undefined;
    const rerun = await engine.run(pipeline, { state });
    expect(rerun.status).toBe('succeeded');
    const ids = sink.batches.flat().map((r) => r.id);
    expect(ids).toEqual(people(45).map((p) => p.id));
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBe(1044);

    const history = await state.listRuns({ pipeline: 't' });
    expect(history.map((r) => [r.status, r.streams[0]!.recordsWritten])).toEqual([
      ['succeeded', 25],
      ['failed', 20],
    ]);
    expect(history[1]!.error).toContain('disk full');
  });

  it('an unordered stream saves its cursor only once the whole stream is written', async () => {
    sinks.get('out')!.failOnBatch = 5;
    const pipeline = await load(pipelineYaml().replace('ordered: true', 'ordered: false'));
    const failed = await engine.run(pipeline, { state });
    expect(failed.status).toBe('failed');
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBeUndefined();
  });

  it('maps and filters records, counting what the filter dropped', async () => {
    const stream = `transforms:
      - filter: { ">=": [{ var: age }, 40] }
      - map:
          key: id
          label: { template: "\${record.name} (\${stream.name})" }
          adult: { expr: { ">": [{ var: age }, 17] } }
          source: { value: memory }
          missing: { path: nope, default: 0 }`;
    const result = await engine.run(await load(pipelineYaml('', stream)), { state });
    const rows = sinks.get('out')!.batches.flat();
    const expected = people(45).filter((p) => p.age >= 40);
    expect(rows).toEqual(expected.map((p) => ({ key: p.id, label: `${p.name} (people)`, adult: true, source: 'memory', missing: 0 })));
    expect(result.streams[0]).toMatchObject({ recordsRead: 45, recordsFiltered: 45 - expected.length, recordsWritten: expected.length });
    // Filtered records still move the cursor: they were read.
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBe(1044);
  });

  it('rejects a record whose transform throws, names it by key, and goes on', async () => {
    // A database source can hand over a BigInt, which JSON cannot hold: that record is rejected.
    datasets.set('people', [
      { id: 1, n: 5, meta: { updated: 1 } },
      { id: 2, n: 10n, meta: { updated: 2 } },
      { id: 3, n: 7, meta: { updated: 3 } },
    ]);
    const events: RunEvent[] = [];
    const stream = `transforms:
      - map:
          id: id
          x: { expr: { "to_json": [{ var: n }] } }`;
    const result = await engine.run(await load(pipelineYaml('', stream)), { state, onEvent: (e) => events.push(e) });
    expect(result.status).toBe('succeeded');
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { id: 1, x: '5' },
      { id: 3, x: '7' },
    ]);
    const rejected = events.find((e) => e.type === 'record_rejected');
    expect(rejected).toMatchObject({ stream: 'people', key: '2' });
    expect((rejected as { reason: string }).reason).toMatch(/BigInt/);
    expect(result.streams[0]!.recordsRejected).toBe(1);
  });

  it('--limit reads at most N records per stream', async () => {
    const result = await engine.run(await load(pipelineYaml()), { state, limit: 12 });
    expect(
      sinks
        .get('out')!
        .batches.flat()
        .map((r) => r.id),
    ).toEqual(people(12).map((p) => p.id));
    expect(result.streams[0]!.recordsRead).toBe(12);
  });

  it('--since overrides the stored cursor for one run', async () => {
    await state.setCursor({ pipeline: 't', stream: 'people' }, 1040);
    const events: RunEvent[] = [];
    await engine.run(await load(pipelineYaml()), { state, since: '2020-01-01', onEvent: (e) => events.push(e) });
    expect(events.find((e) => e.type === 'stream_started')).toMatchObject({ cursor: '2020-01-01' });
    const pages = events.filter((e) => e.type === 'page_fetched').map((e) => (e as { description?: string }).description);
    expect(pages[0]).toBe('page 1 from 2020-01-01');
  });

  it('a dry run prints JSON lines and changes no state', async () => {
    let printed = '';
    const result = await engine.run(await load(pipelineYaml()), {
      state,
      dryRun: true,
      limit: 3,
      output: { write: (t: string) => (printed += t) },
    });
    expect(result.dryRun).toBe(true);
    expect(
      printed
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(people(3).map((record) => ({ stream: 'people', record })));
    expect(sinks.get('out')!.batches).toEqual([]);
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBeUndefined();
    expect(await state.listRuns()).toEqual([]);
  });

  it('an AbortSignal stops the run between batches, keeping what was committed', async () => {
    const controller = new AbortController();
    const result = await engine.run(await load(pipelineYaml()), {
      state,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'batch_written' && e.batch === 2) controller.abort();
      },
    });
    expect(result.status).toBe('aborted');
    expect(sinks.get('out')!.batches.map((b) => b.length)).toEqual([10, 10]);
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBe(1019);
    expect((await state.getRun(result.runId))?.status).toBe('aborted');
  });

  it('a sink whose batches are deferred gets its cursor saved only after finish() commits', async () => {
    const sink = sinks.get('out')!;
    sink.deferred = true;
    const events: RunEvent[] = [];
    const result = await engine.run(await load(pipelineYaml()), { state, onEvent: (e) => events.push(e) });
    expect(result.status).toBe('succeeded');
    expect(sink.finished).toBe(true);
    expect(events.filter((e) => e.type === 'batch_written').map((e) => (e as { cursor?: unknown }).cursor)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBe(1044);

    sinks.set('out', { batches: [], calls: 0, deferred: true, failOnFinish: true });
    await state.deleteCursor({ pipeline: 't', stream: 'people' });
    const failed = await engine.run(await load(pipelineYaml()), { state });
    expect(failed.status).toBe('failed');
    expect(failed.streams[0]!.error).toBe('commit failed');
    expect(await state.getCursor({ pipeline: 't', stream: 'people' })).toBeUndefined();
  });

  it("offers each batch's cursor to the sink when the state store can be written by it", async () => {
    const file = await createSqliteStateStore({ path: join(mkdtempSync(join(tmpdir(), 'se-')), 'state.db') });
    expect(file.identity).toMatch(/^sqlite:\//);
    sinks.get('out')!.checkpoints = [];
    await engine.run(await load(pipelineYaml()), { state: file });
    expect(sinks.get('out')!.checkpoints).toEqual([1009, 1019, 1029, 1039, 1044]);
    await file.close();
  });

  it('runs only the selected streams and names unknown ones', async () => {
    const pipeline = await load(pipelineYaml());
    await expect(engine.run(pipeline, { state, streams: ['nope'] })).rejects.toThrow('unknown stream "nope"; t has: people');
  });
});
