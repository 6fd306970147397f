import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore } from '../src/index.js';
import { datasets, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
let dir: string;
const load = (cache: string) =>
  engine.parse(
    `
version: 1
name: cached
defaults: { batch_size: 2 }
connections:
  src: { type: memory, dataset: products }
  out: { type: memory_sink, name: out }
streams:
  products:
    source: { connection: src, page_size: 2 }
    cache: ${cache}
    sink: { connection: out }
`,
    { file: 'c.yaml', baseDir: dir },
    { env: {} },
  );

const state = () => createSqliteStateStore({ path: ':memory:' });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-cache-'));
  reads.length = 0;
  sinks.set('out', { batches: [], calls: 0 });
  datasets.set('products', [
    { sku: 'A-1', price_trade: '12.50', meta: { brand: 'Brennan' } },
    { sku: 'B-2', price_trade: 'N/A', active: true },
    { sku: 'C-3', price_trade: '3', name: 'Valve, brass "1/4"' },
  ]);
});

describe('source cache', () => {
  it('cold path: reads the source and writes the CSV with every column; hot path: reads the file, not the source', async () => {
    await engine.run(await load('{ path: export.csv }'), { state: await state() });
    expect(reads).toHaveLength(1);
    const csv = readFileSync(join(dir, 'export.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('sku,price_trade,meta,active,name');
    expect(csv).toContain('"{""brand"":""Brennan""}"');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    sinks.set('out', { batches: [], calls: 0 });
    datasets.set('products', []);
    const hot = await engine.run(await load('{ path: export.csv }'), { state: await state() });
    expect(reads).toHaveLength(1);
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { sku: 'A-1', price_trade: '12.50', meta: '{"brand":"Brennan"}', active: null, name: null },
      { sku: 'B-2', price_trade: 'N/A', meta: null, active: 'true', name: null },
      { sku: 'C-3', price_trade: '3', meta: null, active: null, name: 'Valve, brass "1/4"' },
    ]);
    expect(hot.streams[0]!.recordsRead).toBe(3);
  });

  it('reads the source again when the file is stale, empty, or does not parse, and with strategy full', async () => {
    await engine.run(await load('{ path: export.jsonl, max_age: 1h }'), { state: await state() });
    const file = join(dir, 'export.jsonl');
    utimesSync(file, new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    await engine.run(await load('{ path: export.jsonl, max_age: 1h }'), { state: await state() });
    expect(reads).toHaveLength(2);
    writeFileSync(file, '');
    await engine.run(await load('{ path: export.jsonl }'), { state: await state() });
    writeFileSync(file, '{"sku": broken');
    await engine.run(await load('{ path: export.jsonl }'), { state: await state() });
    expect(reads).toHaveLength(4);
    await engine.run(await load('{ path: export.jsonl }'), { state: await state(), strategy: 'full' });
    expect(reads).toHaveLength(5);
  });

  it('keeps the old cache when the read does not finish, and writes none in a dry run', async () => {
    await engine.run(await load('{ path: export.csv }'), { state: await state(), limit: 1 });
    expect(existsSync(join(dir, 'export.csv'))).toBe(false);
    await engine.run(await load('{ path: export.csv }'), { state: await state(), dryRun: true, output: { write: () => true } });
    expect(existsSync(join(dir, 'export.csv'))).toBe(false);
    sinks.set('out', { batches: [], calls: 0, failOnBatch: 1 });
    await engine.run(await load('{ path: export.csv }'), { state: await state() });
    expect(readdirSync(dir)).toEqual([]);
  });
});
