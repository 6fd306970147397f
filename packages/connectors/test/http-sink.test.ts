import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, defineConnector, type StateStore, type SyncRecord } from '@syncengine/engine';
import { startFakeServer, type FakeRoute, type FakeServer } from '@syncengine/fakes';
import { testSink } from '@syncengine/testing';
import { BUILTIN_CONNECTORS } from '../src/index.js';

/** Records of the current test, by dataset name, read by the `list` source. */
const lists = new Map<string, SyncRecord[]>();
const listSource = defineConnector<Record<string, never>, { dataset: string; after?: string }>({
  name: 'list',
  description: 'Test source.',
  connectionSchema: { type: 'object', additionalProperties: false, properties: {} },
  source: {
    streamSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['dataset'],
      properties: { dataset: { type: 'string' }, after: { type: 'string' } },
    },
  },
  async connect() {
    return {
      async *read(options, ctx) {
        let records = lists.get(options.dataset) ?? [];
        if (options.after && ctx.cursor !== undefined)
          records = records.filter((r) => (r[options.after!] as number) > (ctx.cursor as number));
        for (let i = 0; i < records.length; i += 250) yield { records: records.slice(i, i + 250) };
      },
    };
  },
});
const engine = createEngine({ connectors: { ...BUILTIN_CONNECTORS, list: async () => listSource } });

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function run(yaml: string, state?: StateStore) {
  const pipeline = await engine.parse(yaml, { file: 'sink.yaml', baseDir: '/tmp' }, { env: {} });
  const store = state ?? (await createSqliteStateStore({ path: ':memory:' }));
  return { result: await engine.run(pipeline, { state: store }), state: store };
}

const head = (url: string) => `
version: 1
name: sink_test
connections:
  src: { type: list }
  api: { type: http, base_url: "${url}", retries: 3, retry_delay_ms: 5, auth: { type: bearer, token: sink-token-123 } }
`;

const prices = (n: number) => Array.from({ length: n }, (_, i) => ({ sku: `SKU-${i}`, price: (i % 50) + 0.5, v: i + 1, internal: 'x' }));

describe('http sink, batch mode', () => {
  it('sends batches of the declared size with the body template, leaving out excluded fields, pausing between requests', async () => {
    const bodies: unknown[] = [];
    const times: number[] = [];
    fake = await startFakeServer({
      routes: [
        { method: 'PATCH', path: '/pricing', handle: (req) => (bodies.push(req.json), times.push(performance.now()), { status: 204 }) },
      ],
    });
    lists.set('prices', prices(1234));
    const { result } = await run(`${head(fake.url)}
streams:
  prices:
    batch_size: 1234
    source: { connection: src, dataset: prices }
    sink: { connection: api, method: PATCH, path: /pricing, batch_size: 500, delay_ms: 40, exclude: [internal, v], body: { items: "\${records}" } }
`);
    expect(result.status).toBe('succeeded');
    expect(bodies.map((b) => (b as { items: unknown[] }).items.length)).toEqual([500, 500, 234]);
    expect((bodies[0] as { items: unknown[] }).items[0]).toEqual({ sku: 'SKU-0', price: 0.5 });
    expect(
      fake.requests.every((r) => r.headers.authorization === 'Bearer sink-token-123' && r.headers['content-type'] === 'application/json'),
    ).toBe(true);
    expect(result.streams[0]).toMatchObject({ recordsWritten: 1234, updated: 1234 });
    expect(
      times
        .slice(1)
        .map((t, i) => t - times[i]!)
        .every((gap) => gap >= 38),
    ).toBe(true);
  });

  it('splits a batch the server refuses with 413 until it fits, and every record arrives once', async () => {
    const received: string[] = [];
    fake = await startFakeServer({
      routes: [
        {
          method: 'POST',
          path: '/items',
          handle: (req) => {
            const items = req.json as { sku: string }[];
            if (items.length > 100) return { status: 413, body: { message: 'Request Entity Too Large' } };
            received.push(...items.map((i) => i.sku));
            return { status: 201, body: { ok: true } };
          },
        },
      ],
    });
    lists.set('prices', prices(300));
    const { result } = await run(`${head(fake.url)}
streams:
  prices:
    source: { connection: src, dataset: prices }
    sink: { connection: api, path: /items, batch_size: 300 }
`);
    expect(result.status).toBe('succeeded');
    expect(received.sort()).toEqual(
      prices(300)
        .map((p) => p.sku)
        .sort(),
    );
    expect(fake.requests.map((r) => (JSON.parse(r.body) as unknown[]).length)).toEqual([300, 150, 75, 75, 150, 75, 75]);
  });

  it('splits before sending when the body passes max_body_bytes', async () => {
    fake = await startFakeServer({ routes: [{ method: 'POST', path: '/items', handle: () => ({ status: 201 }) }] });
    lists.set('prices', prices(40));
    await run(`${head(fake.url)}
streams:
  prices:
    source: { connection: src, dataset: prices }
    sink: { connection: api, path: /items, batch_size: 40, max_body_bytes: 1000 }
`);
    expect(fake.requests.every((r) => Buffer.byteLength(r.body) <= 1000)).toBe(true);
    expect(fake.requests.reduce((n, r) => n + (JSON.parse(r.body) as unknown[]).length, 0)).toBe(40);
  });

  it('retries a 409 Conflict and then succeeds', async () => {
    let calls = 0;
    fake = await startFakeServer({
      routes: [
        {
          method: 'PATCH',
          path: '/pricing',
          handle: () => (++calls <= 2 ? { status: 409, body: { message: 'concurrent update' } } : { status: 204 }),
        },
      ],
    });
    lists.set('prices', prices(3));
    const { result } = await run(`${head(fake.url)}
streams:
  prices:
    source: { connection: src, dataset: prices }
    sink: { connection: api, method: PATCH, path: /pricing }
`);
    expect(result.status).toBe('succeeded');
    expect(fake.requests).toHaveLength(3);
  });

  it('a failing batch fails the run and leaves the cursor at the last batch that got through', async () => {
    let calls = 0;
    fake = await startFakeServer({
      routes: [
        {
          method: 'PATCH',
          path: '/pricing',
          handle: () => (++calls === 2 ? { status: 422, body: { message: 'price must be a number' } } : { status: 204 }),
        },
      ],
    });
    lists.set('prices', prices(30));
    const yaml = `${head(fake.url)}
streams:
  prices:
    batch_size: 10
    source: { connection: src, dataset: prices, after: v }
    incremental: { cursor_field: v, ordered: true }
    sink: { connection: api, method: PATCH, path: /pricing }
`;
    const { result, state } = await run(yaml);
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      `[sink:api] batch 2 (10 records) failed: PATCH ${fake.url}/pricing: 422 Unprocessable Entity: price must be a number; the cursor stays at 10`,
    );
    expect(await state.getCursor({ pipeline: 'sink_test', stream: 'prices' })).toBe(10);
    const rerun = await run(yaml, state);
    expect(rerun.result.status).toBe('succeeded');
    expect(rerun.result.streams[0]!.recordsRead).toBe(20);
  });
});

describe('http sink, record mode with the ID crosswalk', () => {
  /** A target that creates items and POs with new ids, refusing POs whose lines name unknown items. */
  function target() {
    const items = new Map<number, SyncRecord>();
    const pos = new Map<number, SyncRecord>();
    let next = 9000;
    const routes: FakeRoute[] = [
      {
        method: 'POST',
        path: '/items',
        handle: (req) => {
          const item = req.json as SyncRecord;
          if (typeof item.name !== 'string') return { status: 400, body: { message: 'name is required' } };
          const id = ++next;
          items.set(id, { ...item, id });
          return { status: 201, body: { id, ...item } };
        },
      },
      {
        method: 'PATCH',
        path: '/items/:id',
        handle: (req) => (
          items.set(Number(req.params.id), { ...(req.json as SyncRecord), id: Number(req.params.id) }),
          { status: 200, body: {} }
        ),
      },
      {
        method: 'POST',
        path: '/purchase-orders',
        handle: (req) => {
          const po = req.json as { lines: { itemId: number }[] };
          const missing = po.lines.filter((l) => !items.has(Number(l.itemId)));
          if (missing.length) return { status: 400, body: { message: `unknown item ${missing[0]!.itemId}` } };
          const id = ++next;
          pos.set(id, { ...po, id });
          return { status: 201, body: { id } };
        },
      },
    ];
    return { items, pos, routes };
  }

  const pipeline = (url: string, missing = 'quarantine', existing = 'skip') => `${head(url)}
streams:
  items:
    primary_key: [prod_id]
    source: { connection: src, dataset: items }
    transforms:
      - map: { prod_id: id, name: name }
    sink:
      connection: api
      mode: record
      path: /items
      exclude: [prod_id]
      crosswalk: { kind: item, source_id: prod_id, target_id: id, existing: ${existing}, update: { path: "/items/\${target_id}" } }
  purchase_orders:
    after: [items]
    primary_key: [id]
    source: { connection: src, dataset: pos }
    transforms:
      - translate: { kind: item, path: lines.*.itemId, missing: ${missing} }
      - map: { prod_id: id, lines: lines }
    sink:
      connection: api
      mode: record
      path: /purchase-orders
      exclude: [prod_id]
      crosswalk: { kind: po, source_id: prod_id, target_id: id }
`;

  const seed = () => {
    lists.set('items', [{ id: 1, name: 'Copper pipe' }, { id: 2, name: 'Valve' }, { id: 3 }]);
    lists.set('pos', [
      {
        id: 100,
        lines: [
          { itemId: 1, qty: 5 },
          { itemId: 2, qty: 1 },
        ],
      },
      { id: 101, lines: [{ itemId: 2, qty: 3 }] },
      { id: 102, lines: [{ itemId: 77, qty: 1 }] },
    ]);
  };

  it('creates items, records their new ids, translates every item id inside PO lines, quarantines a PO with an unknown item, and a rerun creates nothing', async () => {
    seed();
    const t = target();
    fake = await startFakeServer({ routes: t.routes });
    const { result, state } = await run(pipeline(fake.url));
    expect(result.streams.map((s) => [s.stream, s.status, s.recordsWritten, s.recordsRejected])).toEqual([
      ['items', 'succeeded', 2, 1],
      ['purchase_orders', 'succeeded', 2, 1],
    ]);
    const crosswalk = await state.crosswalk().all('item');
    expect(crosswalk).toEqual(
      new Map([
        ['1', String([...t.items.keys()][0])],
        ['2', String([...t.items.keys()][1])],
      ]),
    );
    expect([...t.pos.values()].map((po) => (po.lines as { itemId: string }[]).map((l) => Number(l.itemId)))).toEqual([
      [Number(crosswalk.get('1')), Number(crosswalk.get('2'))],
      [Number(crosswalk.get('2'))],
    ]);
    const quarantined = await state.quarantine.list({ pipeline: 'sink_test' });
    expect(quarantined.map((q) => [q.stream, q.recordKey, q.reasons])).toEqual([
      ['items', '3', [`POST ${fake.url}/items: 400 Bad Request: name is required`]],
      ['purchase_orders', '102', ['lines[0].itemId: no item mapped for source id 77']],
    ]);

    const created = fake.requests.filter((r) => r.method === 'POST').length;
    const rerun = await run(pipeline(fake.url), state);
    expect(rerun.result.streams.map((s) => s.skipped)).toEqual([2, 2]);
    expect(fake.requests.filter((r) => r.method === 'POST').length - created).toBe(1);
  });

  it('existing: update sends the update request for records already copied', async () => {
    seed();
    const t = target();
    fake = await startFakeServer({ routes: t.routes });
    const { state } = await run(pipeline(fake.url));
    lists.get('items')![0]!.name = 'Copper pipe 22mm';
    await run(pipeline(fake.url, 'quarantine', 'update'), state);
    const targetId = Number((await state.crosswalk().all('item')).get('1'));
    expect(t.items.get(targetId)!.name).toBe('Copper pipe 22mm');
    expect(fake.requests.some((r) => r.method === 'PATCH' && r.path === `/items/${targetId}`)).toBe(true);
  });

  it('missing: skip drops POs with unknown items; missing: fail stops the run', async () => {
    seed();
    fake = await startFakeServer({ routes: target().routes });
    const skipped = await run(pipeline(fake.url, 'skip'));
    expect(skipped.result.streams[1]).toMatchObject({ status: 'succeeded', recordsWritten: 2, recordsRejected: 0, recordsFiltered: 1 });
    const failed = await run(pipeline(fake.url, 'fail'));
    expect(failed.result.streams[1]).toMatchObject({
      status: 'failed',
      error: 'record 102: lines[0].itemId: no item mapped for source id 77',
    });
  });
});

// The exported conformance kit, as any sink runs it: an API that keeps the records posted to it by id.
const kept = new Map<number, SyncRecord>();
let kitApi: FakeServer;
beforeAll(async () => {
  const keep = (req: { json: unknown }) => {
    for (const record of req.json as SyncRecord[]) kept.set(Number(record.id), record);
    return { status: 201 };
  };
  kitApi = await startFakeServer({ routes: [{ method: 'POST', path: '/things', handle: keep }] });
});
afterAll(() => kitApi.close());
testSink('http', {
  connector: BUILTIN_CONNECTORS.http!,
  get connection() {
    return { base_url: kitApi.url };
  },
  sink: () => {
    kept.clear();
    return { path: '/things' };
  },
  readBack: async () => [...kept.values()],
});
