/**
 * The latency case of `npm run bench`: 50,000 records from a local offset-paged API that takes
 * 50 ms per request, into SQLite, by syncengine and by the hand-written loader in
 * `_sqlite-loader.ts` (4 pages in flight, one transaction per page). Prints both wall times and
 * their ratio. Figures are printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createEngine, createSqliteStateStore } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { startOffsetApi } from './_offset-api.js';
import { loadOffsetApiIntoSqlite } from './_sqlite-loader.js';

const RECORDS = Number(process.env.BENCH_LATENCY_RECORDS ?? 50_000);
const LATENCY_MS = 50;
const PAGE = 1000;

const pipelineYaml = (url: string) => `
version: 1
name: latency
defaults: { batch_size: ${PAGE} }
connections:
  api: { type: http, base_url: "${url}" }
  db: { type: sqlite, path: ./syncengine.db }
streams:
  items:
    source:
      connection: api
      path: /items
      records_path: data
      pagination: { type: offset, offset_param: offset, size_param: limit, size: ${PAGE}, total_path: total }
    transforms:
      - map:
          id: id
          code: code
          name: name
          price: { expr: { number: [{ var: price }] } }
          qty: qty
          warehouse: warehouse
          updated_at: updated_at
    sink:
      connection: db
      table: items
      mode: upsert
      key: [id]
      columns: { id: integer, code: text, name: text, price: number, qty: integer, warehouse: text, updated_at: text }
`;

function rows(path: string): number {
  const db = new Database(path, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM items').get() as { n: number };
  db.close();
  return n;
}

async function syncengine(dir: string, url: string): Promise<number> {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const pipeline = await engine.parse(pipelineYaml(url), { file: 'latency.yaml', baseDir: dir }, { env: {} });
  const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
  const start = performance.now();
  const result = await engine.run(pipeline, { state });
  const seconds = (performance.now() - start) / 1000;
  await state.close();
  if (result.status !== 'succeeded') throw new Error(`syncengine: the run ${result.status}: ${result.error ?? ''}`);
  return seconds;
}

async function loader(dir: string, url: string): Promise<number> {
  const start = performance.now();
  await loadOffsetApiIntoSqlite({ url, dbPath: join(dir, 'loader.db'), pageSize: PAGE, inFlight: 4 });
  return (performance.now() - start) / 1000;
}

console.log(`latency bench: ${RECORDS.toLocaleString('en')} records, ${PAGE} a page, ${LATENCY_MS} ms a request, Node ${process.version}`);
const dir = mkdtempSync(join(tmpdir(), 'syncengine-latency-'));
const api = await startOffsetApi({ records: RECORDS, latencyMs: LATENCY_MS });
try {
  const loaderSeconds = await loader(dir, api.url);
  const loaderMax = api.stats.maxInFlight;
  api.stats.maxInFlight = 0;
  const engineSeconds = await syncengine(dir, api.url);
  const engineRows = rows(join(dir, 'syncengine.db'));
  const loaderRows = rows(join(dir, 'loader.db'));
  if (engineRows !== RECORDS || loaderRows !== RECORDS)
    throw new Error(`rows: syncengine ${engineRows}, loader ${loaderRows}, expected ${RECORDS}`);
  console.log(`  loader:     ${loaderSeconds.toFixed(2)} s (at most ${loaderMax} requests in flight)`);
  console.log(`  syncengine: ${engineSeconds.toFixed(2)} s (at most ${api.stats.maxInFlight} requests in flight)`);
  console.log(`  syncengine / loader wall time: ${(engineSeconds / loaderSeconds).toFixed(2)}x (target at most 1.15x)`);
} finally {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
}
