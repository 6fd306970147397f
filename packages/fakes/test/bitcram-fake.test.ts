import { afterEach, describe, expect, it } from 'vitest';
import { createBitcramData, startBitcramFake, type BitcramFake, type BitcramFakeOptions } from '../src/index.js';

let fake: BitcramFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: BitcramFakeOptions = {}): Promise<BitcramFake> {
  fake = await startBitcramFake(options);
  return fake;
}

function login(f: BitcramFake, body: unknown = { username: f.store.username, password: f.store.password }): Promise<Response> {
  return fetch(`${f.url}/api/auth/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function token(f: BitcramFake): Promise<string> {
  return ((await (await login(f)).json()) as { token: string }).token;
}

function get(f: BitcramFake, path: string, accessToken: string | null, where?: unknown): Promise<Response> {
  const url = new URL(`${f.url}${path}`);
  if (where !== undefined) url.searchParams.set('where', typeof where === 'string' ? where : JSON.stringify(where));
  return fetch(url, { headers: accessToken === null ? {} : { authorization: `Bearer ${accessToken}` } });
}

type Items<T = Record<string, unknown>> = { items: T[] };

describe('Bitcram fake: login', () => {
  it('returns {token} for JSON username/password and rejects bad credentials', async () => {
    const f = await start();
    const ok = await login(f);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ token: expect.any(String) });
    const bad = await login(f, { username: f.store.username, password: 'nope' });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ message: 'Invalid username or password' });
    expect((await login(f, { username: f.store.username })).status).toBe(400);
  });

  it('rejects a form-encoded login with 415', async () => {
    const f = await start();
    const res = await fetch(`${f.url}/api/auth/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: f.store.username, password: f.store.password }).toString(),
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ message: 'Content-Type must be application/json' });
  });

  it('can carry the lifetime in the answer, and expires tokens after tokenTtlSeconds', async () => {
    const f = await start({ loginExpiresField: 'expires_in', faults: { tokenTtlSeconds: 0 } });
    const body = (await (await login(f)).json()) as { token: string; expires_in: number };
    expect(body.expires_in).toBe(0);
    const expired = await get(f, '/api/cost_list_items/index', body.token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ message: 'Unauthorized' });
    f.faults.tokenTtlSeconds = 5 * 86_400;
    expect((await get(f, '/api/cost_list_items/index', await token(f))).status).toBe(200);
    expect((await get(f, '/api/cost_list_items/index', null)).status).toBe(401);
  });
});

describe('Bitcram fake: checkout, price list, stock', () => {
  it('finds the checkout and its warehouse through a JSON where', async () => {
    const f = await start();
    const t = await token(f);
    const res = await get(f, '/api/checkouts/index', t, { 'checkouts.checkout_number': '2' });
    const body = (await res.json()) as Items<{ id: number; warehouse: { id: number } }>;
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.id).toBe(12);
    expect(body.items[0]?.warehouse.id).toBe(4);
    expect(((await (await get(f, '/api/checkouts/index', t)).json()) as Items).items).toHaveLength(2);
    expect((await get(f, '/api/checkouts/index', t, '{not json')).status).toBe(400);
    expect((await get(f, '/api/checkouts/index', t, { colour: 'red' })).status).toBe(400);
  });

  it('serves price-list rows with string ids, zoned timestamps and extra attributes', async () => {
    const f = await start();
    const t = await token(f);
    const body = (await (await get(f, '/api/checkouts/index/11/price_list', t)).json()) as Items;
    expect(body.items).toEqual(f.store.priceLists.get(11));
    expect(body.items).toHaveLength(80);
    for (const row of body.items) {
      expect(typeof row.product_id).toBe('string');
      expect(typeof row.price).toBe('number');
      expect(row.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    }
    const zones = new Set(body.items.map((r) => String(r.updated_at).slice(19)));
    expect(zones.has('-03:00')).toBe(true);
    expect(zones.size).toBeGreaterThan(1);
    expect(body.items.some((r) => typeof r.supplier === 'object')).toBe(true);
    expect((await get(f, '/api/checkouts/index/99/price_list', t)).status).toBe(404);
  });

  it('filters stock by warehouse, with numeric ids, missing products and products not in the price list', async () => {
    const f = await start();
    const t = await token(f);
    const res = await get(f, '/api/stock_items/index?list_light=true', t, { warehouse_id: 3 });
    const body = (await res.json()) as Items<{ product_id: number; warehouse_id: number; product_balance: number }>;
    expect(body.items.every((s) => s.warehouse_id === 3 && typeof s.product_id === 'number')).toBe(true);
    const listed = new Set(f.store.priceLists.get(11)?.map((r) => r.product_id));
    const stocked = new Set(body.items.map((s) => String(s.product_id)));
    expect([...listed].filter((id) => !stocked.has(id)).length).toBeGreaterThan(0);
    expect([...stocked].filter((id) => !listed.has(id))).toEqual(['9990001']);
    expect(f.store.stockFor(3).size).toBe(body.items.length);
    expect(((await (await get(f, '/api/stock_items/index', t)).json()) as Items).items.length).toBe(f.store.stock.length);
  });

  it('can send stock rows with a nested product {id}', async () => {
    const f = await start({ stockShape: 'product' });
    const body = (await (await get(f, '/api/stock_items/index', await token(f), { warehouse_id: 4 })).json()) as Items;
    expect(body.items[0]).toEqual({
      id: expect.any(Number),
      product: { id: expect.any(Number) },
      warehouse_id: 4,
      product_balance: expect.any(Number),
      updated_at: expect.any(String),
    });
  });

  it('serves cost rows and reflects store changes', async () => {
    const f = await start({ productCount: 5 });
    const t = await token(f);
    const first = f.store.priceLists.get(11)?.[0];
    if (first) first.price = 1;
    expect(((await (await get(f, '/api/checkouts/index/11/price_list', t)).json()) as Items).items[0]?.price).toBe(1);
    const costs = (await (await get(f, '/api/cost_list_items/index', t)).json()) as Items<{ product_id: number; cost: number }>;
    expect(costs.items).toHaveLength(5);
    expect(costs.items[0]).toEqual({ product_id: 10400, cost: expect.any(Number) });
  });

  it('pages only when pageSize is configured', async () => {
    const f = await start({ productCount: 5, pageSize: 2 });
    const t = await token(f);
    const sizes: number[] = [];
    for (let page = 1; page <= 4; page++)
      sizes.push(((await (await get(f, `/api/cost_list_items/index?page=${page}`, t)).json()) as Items).items.length);
    expect(sizes).toEqual([2, 2, 1, 0]);
  });

  it('is deterministic per seed', () => {
    expect(createBitcramData(30, 7)).toEqual(createBitcramData(30, 7));
    expect(createBitcramData(30, 7)).not.toEqual(createBitcramData(30, 8));
  });
});

describe('Bitcram fake: faults', () => {
  it('answers 429 without Retry-After unless configured, and a burst of 503s', async () => {
    const f = await start({ faults: { rateLimitEvery: 1 } });
    const t = await token(f);
    const limited = await get(f, '/api/cost_list_items/index', t);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    f.faults.retryAfterSeconds = 3;
    expect((await get(f, '/api/cost_list_items/index', t)).headers.get('retry-after')).toBe('3');
    f.faults.rateLimitEvery = 0;
    f.faults.serverErrorBurst = 2;
    expect((await get(f, '/api/cost_list_items/index', t)).status).toBe(503);
    expect((await get(f, '/api/cost_list_items/index', t)).status).toBe(503);
    expect((await get(f, '/api/cost_list_items/index', t)).status).toBe(200);
  });
});
