import { describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore } from '../src/index.js';
import { createChannel, forEachConcurrently } from '../src/run/_channel.js';
import { datasets, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

describe('bounded channel', () => {
  it('makes the producer wait while full, delivers queued items before an error, and releases producers on close', async () => {
    const channel = createChannel<number>(2);
    expect(await channel.push(1)).toBe(true);
    expect(await channel.push(2)).toBe(true);
    let third: boolean | undefined;
    const pending = channel.push(3).then((ok) => (third = ok));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(third).toBeUndefined();
    const seen: number[] = [];
    const iterator = channel[Symbol.asyncIterator]();
    seen.push((await iterator.next()).value as number);
    await pending;
    expect(third).toBe(true);
    channel.fail(new Error('source broke'));
    seen.push((await iterator.next()).value as number, (await iterator.next()).value as number);
    expect(seen).toEqual([1, 2, 3]);
    await expect(iterator.next()).rejects.toThrow('source broke');

    const closing = createChannel<number>(1);
    await closing.push(1);
    const waiting = closing.push(2);
    closing.close();
    expect(await waiting).toBe(false);
  });

  it('runs at most `limit` tasks at once and throws the first failure once the running ones settled', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachConcurrently([1, 2, 3, 4, 5, 6], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      done.push(n);
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6]);
    await expect(
      forEachConcurrently([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('unit 2 failed');
      }),
    ).rejects.toThrow('unit 2 failed');
  });
});

describe('also outputs', () => {
  it('quarantines the records an also output refuses, named after the output, and the run goes on', async () => {
    datasets.set(
      'people',
      Array.from({ length: 30 }, (_, i) => ({ id: i + 1, age: 20 + i })),
    );
    sinks.set('main', { batches: [], calls: 0 });
    sinks.set('audit', {
      batches: [],
      calls: 0,
      refuse: (r) => ((r.age as number) > 45 ? `age ${String(r.age)} is too old for audit` : undefined),
    });
    const engine = createEngine({ connectors: TEST_CONNECTORS });
    const pipeline = await engine.parse(
      `
version: 1
name: also_refused
defaults: { batch_size: 10 }
connections:
  src: { type: memory, dataset: people }
  main: { type: memory_sink, name: main }
  audit: { type: memory_sink, name: audit }
streams:
  people:
    primary_key: [id]
    source: { connection: src, page_size: 7 }
    sink: { connection: main }
    also:
      - sink: { connection: audit }
`,
      { file: 'also.yaml', baseDir: '.' },
      { env: {} },
    );
    const state = await createSqliteStateStore({ path: ':memory:' });
    const result = await engine.run(pipeline, { state });
    expect(result.status).toBe('succeeded');
    expect(result.streams[0]).toMatchObject({ recordsRead: 30, recordsWritten: 30, recordsRejected: 4 });
    expect(sinks.get('main')!.batches.flat()).toHaveLength(30);
    expect(sinks.get('audit')!.batches.flat()).toHaveLength(26);
    const open = await state.quarantine.list({ pipeline: 'also_refused', status: 'open' });
    expect(open.map((e) => [e.recordKey, e.reasons])).toEqual(
      [27, 28, 29, 30].map((id) => [String(id), [`people.also[0]: age ${19 + id} is too old for audit`]]),
    );
  });
});
