/**
 * `npm run bench`: end-to-end throughput of the engine on this machine, and the cost of
 * per-record expressions. Figures are printed, not asserted: performance is measured here,
 * never in timed tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonLogic from 'json-logic-js';
import { compileLogic, createEngine, createSqliteStateStore, defineConnector, type SyncRecord } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 200_000);
const PAGE = 500;

/** A source that makes records on the fly, so the dataset is never held in memory. */
const generated = defineConnector<{ count: number }, Record<string, never>>({
  name: 'generated',
  description: 'Benchmark source.',
  connectionSchema: { type: 'object', properties: { count: { type: 'integer' } }, required: ['count'], additionalProperties: false },
  source: { streamSchema: { type: 'object', properties: {}, additionalProperties: false } },
  async connect(config) {
    return {
      async *read() {
        for (let i = 0; i < config.count; i += PAGE) {
          const records: SyncRecord[] = [];
          for (let j = i; j < Math.min(i + PAGE, config.count); j++) {
            records.push({
              id: j,
              code: j % 3 === 0 ? `CIA_LOC_${j}` : `SKU-${j}`,
              name: `Product ${j}`,
              price: (j % 1000).toFixed(2),
              stock: { qty: j % 17, warehouse: `W${j % 5}` },
              updated_at: new Date(Date.UTC(2026, 0, 1) + j * 1000).toISOString(),
            });
          }
          yield { records };
        }
      },
    };
  },
});

const dir = mkdtempSync(join(tmpdir(), 'syncengine-bench-'));
const yaml = `
version: 1
name: bench
defaults: { batch_size: 1000 }
connections:
  gen: { type: generated, count: ${RECORDS} }
  db: { type: sqlite, path: ./bench.db }
streams:
  products:
    source: { connection: gen }
    incremental: { cursor_field: updated_at, ordered: true }
    transforms:
      - filter: { "!=": [{ var: code }, "SKU-13"] }
      - map:
          id: id
          code: code
          name: { expr: { upper: [{ var: name }] } }
          price: { expr: { number: [{ var: price }] } }
          qty: stock.qty
          warehouse: stock.warehouse
          updated_at: updated_at
      - classify:
          rules:
            - when: { starts_with: [{ var: code }, "CIA_LOC_"] }
              set: { kind: rental }
          default: { kind: product }
    sink:
      connection: db
      table: products
      mode: upsert
      key: [id]
      columns: { id: integer, code: text, name: text, price: number, qty: integer, warehouse: text, updated_at: timestamp, kind: text }
`;

async function endToEnd(label: string) {
  const engine = createEngine({ connectors: { ...BUILTIN_CONNECTORS, generated: async () => generated } });
  const pipeline = await engine.parse(yaml, { file: 'bench.yaml', baseDir: dir }, { env: {} });
  const state = await createSqliteStateStore({ path: join(dir, `state-${label}.db`) });
  // Sampled after every committed batch: memory must not grow with the number of records.
  let peakHeap = 0;
  const start = performance.now();
  const result = await engine.run(pipeline, {
    state,
    onEvent: (e) => {
      if (e.type === 'batch_written') peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  await state.close();
  const s = result.streams[0]!;
  if (result.status !== 'succeeded') throw new Error(`${label}: the run ${result.status}: ${result.error ?? ''}`);
  console.log(
    `${label}: ${s.recordsRead} read, ${s.recordsWritten} written (${s.inserted} inserted, ${s.updated} updated, ${s.skipped} unchanged) in ${seconds.toFixed(2)} s = ${Math.round(s.recordsRead / seconds).toLocaleString('en')} records/s; peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`,
  );
}

function expressions() {
  const rule = {
    if: [
      { starts_with: [{ var: 'code' }, 'CIA_LOC_'] },
      'rental',
      { in: [{ var: 'stock.warehouse' }, ['W1', 'W2']] },
      { cat: ['w-', { var: 'name' }] },
      'other',
    ],
  };
  const data = Array.from({ length: 1000 }, (_, j) => ({
    code: j % 3 ? `SKU-${j}` : `CIA_LOC_${j}`,
    name: `n${j}`,
    stock: { warehouse: `W${j % 5}` },
  }));
  const compiled = compileLogic(rule);
  const rounds = 500;
  let t = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of data) compiled(d);
  const compiledRate = (rounds * data.length) / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of data) jsonLogic.apply(rule as never, d);
  const interpretedRate = (rounds * data.length) / ((performance.now() - t) / 1000);
  console.log(
    `expressions: compiled ${Math.round(compiledRate).toLocaleString('en')} evals/s, json-logic-js apply ${Math.round(interpretedRate).toLocaleString('en')} evals/s (${(compiledRate / interpretedRate).toFixed(1)}x)`,
  );
}

console.log(`syncengine bench, ${RECORDS.toLocaleString('en')} records, Node ${process.version}`);
try {
  expressions();
  await endToEnd('first run (inserts)');
  await endToEnd('second run (all unchanged)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
