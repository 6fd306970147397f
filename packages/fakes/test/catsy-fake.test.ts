import { afterEach, describe, expect, it } from 'vitest';
import {
  catsyTradePrice,
  createCatsyProducts,
  startCatsyFake,
  type CatsyFake,
  type CatsyFakeOptions,
  type CatsyProduct,
} from '../src/index.js';

let fake: CatsyFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: CatsyFakeOptions = {}): Promise<CatsyFake> {
  fake = await startCatsyFake(options);
  return fake;
}

function get(f: CatsyFake, query: string, key: string | null = f.store.apiKey, queryId = f.store.queryId): Promise<Response> {
  return fetch(`${f.url}/api/v3/queries/${queryId}/items${query}`, {
    headers: { accept: 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }) },
  });
}

describe('Catsy fake: auth', () => {
  it('accepts the static bearer key and answers 401 for a missing or wrong key', async () => {
    const f = await start();
    expect((await get(f, '?limit=10&offset=0')).status).toBe(200);
    const missing = await get(f, '?limit=10&offset=0', null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ message: expect.stringMatching(/invalid or missing API key/) });
    expect((await get(f, '?limit=10&offset=0', 'wrong')).status).toBe(401);
  });

  it('answers 403 for a key whose role lacks attribute access, configurable and switchable mid-run', async () => {
    const f = await start({ keysWithoutAttributeAccess: ['viewer_key'] });
    const res = await get(f, '?limit=10', 'viewer_key');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toMatch(/no access to the attributes/);
    f.store.keysWithoutAttributeAccess.add(f.store.apiKey);
    expect((await get(f, '?limit=10')).status).toBe(403);
  });
});

describe('Catsy fake: limit/offset pagination', () => {
  it('pages items[] with a total until a short page, and gives an empty page past the end', async () => {
    const f = await start({ rateLimit: false });
    const seen: CatsyProduct[] = [];
    const sizes: number[] = [];
    for (let offset = 0; ; offset += 50) {
      const res = await get(f, `?limit=50&offset=${offset}`);
      const body = (await res.json()) as { items: CatsyProduct[]; total: number };
      expect(body.total).toBe(120);
      sizes.push(body.items.length);
      seen.push(...body.items);
      if (body.items.length < 50) break;
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(f.store.products);
    const past = (await (await get(f, '?limit=50&offset=500')).json()) as { items: unknown[]; total: number };
    expect(past).toEqual({ items: [], total: 120 });
  });

  it('puts the total where totalField says', async () => {
    const f = await start({ totalField: 'pagination.total_results', productCount: 7 });
    expect(await (await get(f, '?limit=5&offset=5')).json()).toEqual({
      items: f.store.products.slice(5),
      pagination: { total_results: 7 },
    });
  });

  it('rejects a limit above maxLimit, or clamps it when configured', async () => {
    const f = await start();
    const res = await get(f, '?limit=501&offset=0');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ message: 'limit must be at most 500' });
    expect((await get(f, '?limit=abc')).status).toBe(400);
    await f.close();
    const clamped = await start({ maxLimit: 20, overLimit: 'clamp' });
    expect(((await (await get(clamped, '?limit=50')).json()) as { items: unknown[] }).items).toHaveLength(20);
  });

  it('answers 404 for an unknown saved query', async () => {
    const f = await start();
    expect((await get(f, '?limit=5', f.store.apiKey, '999')).status).toBe(404);
  });

  it('serves what the store holds now, so tests can change data between runs', async () => {
    const f = await start({ productCount: 3 });
    const first = f.store.products[0] as CatsyProduct;
    first.price_trade = '99.95';
    f.store.products.push({ ...first, id: 1, sku: 'NEW-0001-01-01' });
    const body = (await (await get(f, '?limit=10')).json()) as { items: CatsyProduct[]; total: number };
    expect(body.total).toBe(4);
    expect(body.items[0]?.price_trade).toBe('99.95');
    expect(body.items[3]?.sku).toBe('NEW-0001-01-01');
  });
});

describe('Catsy fake: records', () => {
  it('is deterministic per seed and has unique SKUs and valid UPC check digits', () => {
    const a = createCatsyProducts(120, 1);
    expect(createCatsyProducts(120, 1)).toEqual(a);
    expect(createCatsyProducts(120, 2)).not.toEqual(a);
    expect(new Set(a.map((p) => p.sku)).size).toBe(120);
    for (const p of a) {
      expect(p.sku).toMatch(/^[A-Z]{3}-\d{4}-\d{2}-\d{2}$/);
      const digits = [...p.upc].map(Number);
      const sum = digits.slice(0, 11).reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
      expect(digits[11]).toBe((10 - (sum % 10)) % 10);
    }
  });

  it('sends prices as numeric strings, with some empty, N/A and negative trade prices to quarantine', () => {
    const products = createCatsyProducts();
    const valid = products.filter((p) => catsyTradePrice(p) !== undefined);
    const invalid = products.filter((p) => catsyTradePrice(p) === undefined).map((p) => p.price_trade);
    for (const p of valid) {
      expect(typeof p.price_trade).toBe('string');
      expect(p.price_trade).toMatch(/^\d+\.\d{2}$/);
      expect(p.price_retail).toMatch(/^\d+\.\d{2}$/);
    }
    expect(invalid).toContain('');
    expect(invalid).toContain('N/A');
    expect(invalid.some((v) => v.startsWith('-'))).toBe(true);
    expect(valid.length).toBeGreaterThan(100);
    expect(catsyTradePrice({ price_trade: '12.50' })).toBe(12.5);
    expect(catsyTradePrice({ price_trade: '-1.00' })).toBeUndefined();
  });
});

describe('Catsy fake: rate limit and faults', () => {
  it('answers 429 past a burst of 10 refilled at 2 req/s', async () => {
    const f = await start();
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await get(f, '?limit=1')).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toContain(429);
    await new Promise((r) => setTimeout(r, 600));
    expect((await get(f, '?limit=1')).status).toBe(200);
  });

  it('sends no Retry-After on the 429 unless faults.retryAfterSeconds is set', async () => {
    const f = await start({ rateLimit: { perSecond: 0.001, burst: 1 } });
    expect((await get(f, '?limit=1')).status).toBe(200);
    const limited = await get(f, '?limit=1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(await limited.json()).toEqual({ message: expect.stringMatching(/Too Many Requests/) });
    f.faults.retryAfterSeconds = 2;
    expect((await get(f, '?limit=1')).headers.get('retry-after')).toBe('2');
  });

  it('turns faults into 429s every n-th request and a burst of 503s', async () => {
    const f = await start({ rateLimit: false, faults: { rateLimitEvery: 2 } });
    expect((await get(f, '?limit=1')).status).toBe(200);
    expect((await get(f, '?limit=1')).status).toBe(429);
    f.faults.rateLimitEvery = 0;
    f.faults.serverErrorBurst = 2;
    const first = await get(f, '?limit=1');
    expect(first.status).toBe(503);
    expect(first.headers.get('content-type')).toMatch(/text\/html/);
    expect((await get(f, '?limit=1')).status).toBe(503);
    expect((await get(f, '?limit=1')).status).toBe(200);
    expect(f.requests.filter((r) => r.path.endsWith('/items'))).toHaveLength(5);
  });
});
