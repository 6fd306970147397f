import { expect, it } from 'vitest';
import type { RunEvent, StreamResult } from '@syncengine/engine';
import { createPrometheusMetrics } from '../src/ops/prometheus-metrics.js';
import type { QueuedRun } from '../src/ops/run-queue.js';

const run = { runId: 'r1', pipeline: 'shop', status: 'running' } as QueuedRun;
const sample = (text: string, name: string) =>
  Number(new RegExp(`^${name}\\{pipeline="shop",stream="orders"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);

it('advances the record counters per page and batch, not only when the stream ends, and counts each record once', () => {
  const metrics = createPrometheusMetrics();
  const batch = (n: number): RunEvent => ({
    type: 'batch_written',
    runId: 'r1',
    stream: 'orders',
    batch: n,
    records: 500,
    inserted: 500,
    updated: 0,
    skipped: 0,
  });
  metrics.onEvent!(run, { type: 'page_fetched', runId: 'r1', stream: 'orders', records: 1000, page: 1 });
  metrics.onEvent!(run, batch(1));
  let text = metrics.render();
  expect(sample(text, 'syncengine_records_read_total')).toBe(1000);
  expect(sample(text, 'syncengine_records_written_total')).toBe(500);
  metrics.onEvent!(run, batch(2));
  metrics.onEvent!(run, { type: 'record_rejected', runId: 'r1', stream: 'orders', key: '7', reason: 'bad' });
  expect(sample(metrics.render(), 'syncengine_records_written_total')).toBe(1000);
  // The end of the stream adds only what the events did not show (here: one more record read and written).
  const result = { stream: 'orders', status: 'succeeded', recordsRead: 1001, recordsWritten: 1001, recordsRejected: 1 } as StreamResult;
  metrics.onEvent!(run, { type: 'stream_finished', runId: 'r1', result });
  text = metrics.render();
  expect(sample(text, 'syncengine_records_read_total')).toBe(1001);
  expect(sample(text, 'syncengine_records_written_total')).toBe(1001);
  expect(sample(text, 'syncengine_records_rejected_total')).toBe(1);
});
