import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPloomesFake, type PloomesFake } from '@syncengine/fakes';
import { openProcess, rows, tempDir, waitFor, writePipeline, type OpsProcess } from './_ops-fixture.js';

const PIPELINE = `version: 1
name: products
connections:
  ploomes:
    type: http
    base_url: \${env.PLOOMES_URL}
    auth: { type: api_key, header: User-Key, key: "\${env.PLOOMES_USER_KEY}" }
  warehouse: { type: sqlite, path: ./products.db }
streams:
  products:
    primary_key: [id]
    source: { connection: ploomes, path: /Products, records_path: value, pagination: { type: offset, offset_param: $skip, size_param: $top, size: 300, size_honoured: true } }
    strategies:
      ids:
        source:
          params:
            $filter: "Id in (\${ids_csv})"
    transforms:
      - map: { id: Id, name: Name }
    sink: { connection: warehouse, table: products, mode: upsert, key: [id], columns: { id: integer, name: text } }
`;

let dir: string;
let ploomes: PloomesFake;
let ops: OpsProcess;
beforeEach(async () => {
  dir = tempDir();
  ploomes = await startPloomesFake({ productCount: 20, rateLimitPerMinute: null });
  ops = await openProcess([writePipeline(dir, 'products', PIPELINE)], join(dir, 'state.db'), {
    PLOOMES_URL: ploomes.url,
    PLOOMES_USER_KEY: ploomes.store.userKey,
  });
});
afterEach(async () => {
  await ops.close();
  await ploomes.close();
});

describe('run queue', () => {
  it('ids requests that arrive while a run waits join it: one request fetches all their ids', async () => {
    const state = ops.pipelines.get('products')!.state;
    // Another process is running the pipeline.
    expect(await state.locks.acquire('run:products:-:products', 'other-process', 60_000)).toBe(true);
    const [a, b, c] = ploomes.store.products.slice(0, 3).map((p) => p.Id);
    const first = ops.queue.submit({ pipeline: 'products', trigger: 'webhook', strategy: 'ids', ids: [a!], streams: ['products'] });
    await waitFor(() => first.run.waitingFor === 'other-process', 'the run to wait for the lock');
    const second = ops.queue.submit({ pipeline: 'products', trigger: 'webhook', strategy: 'ids', ids: [b!, a!], streams: ['products'] });
    const third = ops.queue.submit({ pipeline: 'products', trigger: 'webhook', strategy: 'ids', ids: [c!], streams: ['products'] });
    const full = ops.queue.submit({ pipeline: 'products', trigger: 'api', strategy: 'full' });
    expect(first.merged).toBe(false);
    expect(second).toMatchObject({ merged: true, run: { runId: first.run.runId } });
    expect(third).toMatchObject({ merged: true, run: { runId: first.run.runId, ids: [a, b, c] } });
    expect(full.merged).toBe(false);
    expect(ops.queue.active().map((r) => r.status)).toEqual(['queued', 'queued']);

    await state.locks.release('run:products:-:products', 'other-process');
    await ops.queue.idle();
    expect(first.run).toMatchObject({ status: 'succeeded', ids: [a, b, c] });
    expect(full.run.status).toBe('succeeded');
    expect(ploomes.requests.map((r) => r.query.$filter ?? 'all')).toEqual([`Id in (${a},${b},${c})`, 'all']);
    expect(rows(join(dir, 'products.db'), 'select count(*) as n from products')).toEqual([{ n: 20 }]);
  });
});
