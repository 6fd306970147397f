import { afterEach, describe, expect, it } from 'vitest';
import { startSparkLayerFake, type SparkLayerFake, type SparkLayerFakeOptions } from '../src/index.js';

let fake: SparkLayerFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: SparkLayerFakeOptions = {}): Promise<SparkLayerFake> {
  fake = await startSparkLayerFake(options);
  return fake;
}

function requestToken(
  f: SparkLayerFake,
  body: unknown = { grant_type: 'client_credentials', client_id: f.store.clientId, client_secret: f.store.clientSecret },
): Promise<Response> {
  return fetch(`${f.url}/api/auth/token`, {
    method: 'POST',
    headers: { 'site-id': f.store.siteId, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function token(f: SparkLayerFake): Promise<string> {
  const res = await requestToken(f);
  return ((await res.json()) as { access_token: string }).access_token;
}

function patch(
  f: SparkLayerFake,
  accessToken: string,
  body: unknown,
  path = '/api/v1/price-lists/wholesale/pricing',
  contentType = 'application/json',
): Promise<Response> {
  return fetch(`${f.url}${path}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${accessToken}`,
      'site-id': f.store.siteId,
      'content-type': contentType,
      'user-agent': 'syncengine-test',
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const entries = (n: number, price = 10) =>
  Array.from({ length: n }, (_, i) => ({ sku: `SKU-${i}`, pricing: [{ quantity: 1, price: price + i, unit_of_measure: null }] }));

describe('SparkLayer fake: token', () => {
  it('issues a bearer token for a JSON client_credentials body with Site-Id', async () => {
    const f = await start();
    const res = await requestToken(f);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    expect(f.store.tokensIssued).toBe(1);
  });

  it('rejects a form-encoded body with 400 problem details', async () => {
    const f = await start();
    const res = await fetch(`${f.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'site-id': f.store.siteId, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: f.store.clientId,
        client_secret: f.store.clientSecret,
      }).toString(),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await res.json()) as { title: string; status: number; detail: string; errors: Array<{ property: string }> };
    expect(body).toMatchObject({ title: 'Bad Request', status: 400, detail: expect.stringMatching(/form-encoded/) });
    expect(body.errors.map((e) => e.property)).toEqual(['grant_type', 'client_id', 'client_secret']);
  });

  it('needs Site-Id, the client_credentials grant and the right credentials', async () => {
    const f = await start();
    const noSite = await fetch(`${f.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: f.store.clientId, client_secret: f.store.clientSecret }),
    });
    expect(noSite.status).toBe(400);
    expect(
      (await requestToken(f, { grant_type: 'password', client_id: f.store.clientId, client_secret: f.store.clientSecret })).status,
    ).toBe(400);
    const bad = await requestToken(f, { grant_type: 'client_credentials', client_id: f.store.clientId, client_secret: 'nope' });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ title: 'Unauthorized', status: 401 });
  });

  it('answers 401 without a body once the token has expired, and accepts a fresh one', async () => {
    const f = await start({ faults: { tokenTtlSeconds: 0 } });
    const expired = await token(f);
    const res = await patch(f, expired, entries(1));
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/);
    f.faults.tokenTtlSeconds = 3600;
    expect((await patch(f, await token(f), entries(1))).status).toBe(204);
    expect((await patch(f, 'made-up', entries(1))).status).toBe(401);
  });
});

describe('SparkLayer fake: price-list pricing', () => {
  it('stores received prices per SKU, replacing only the SKUs sent, and records each batch', async () => {
    const f = await start();
    const t = await token(f);
    const first = await patch(f, t, entries(3));
    expect(first.status).toBe(204);
    expect(await first.text()).toBe('');
    await new Promise((r) => setTimeout(r, 50));
    expect(
      (
        await patch(f, t, [
          {
            sku: 'SKU-1',
            pricing: [
              { quantity: 1, price: 7.5 },
              { quantity: 10, price: 6 },
            ],
          },
        ])
      ).status,
    ).toBe(204);
    expect(f.store.pricesFor('wholesale')).toEqual(
      new Map([
        ['SKU-0', 10],
        ['SKU-1', 7.5],
        ['SKU-2', 12],
      ]),
    );
    expect(f.store.pricing.get('wholesale')?.get('SKU-1')?.pricing).toEqual([
      { quantity: 1, price: 7.5 },
      { quantity: 10, price: 6 },
    ]);
    expect(f.store.pricing.get('wholesale')?.get('SKU-0')?.pricing[0]).toEqual({ quantity: 1, price: 10, unit_of_measure: null });
    expect(f.store.batches.map((b) => [b.priceList, b.size, b.status])).toEqual([
      ['wholesale', 3, 204],
      ['wholesale', 1, 204],
    ]);
    const [a, b] = f.store.batches;
    expect((b?.at ?? 0) - (a?.at ?? 0)).toBeGreaterThanOrEqual(50);
  });

  it('answers 400 with {line, field, message} for invalid lines (a price as a string) and stores nothing', async () => {
    const f = await start();
    const res = await patch(f, await token(f), [
      { sku: 'OK', pricing: [{ quantity: 1, price: 1 }] },
      { sku: 'BRN-1', pricing: [{ quantity: 1, price: '12.50' }] },
      { pricing: [] },
    ]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual([
      { line: 2, field: 'pricing[0].price', message: 'price must be a number of at least 0' },
      { line: 3, field: 'sku', message: 'sku is required' },
      { line: 3, field: 'pricing', message: 'pricing must be a non-empty array' },
    ]);
    expect(f.store.pricing.size).toBe(0);
  });

  it('answers 404 for an unknown price list and 415 for CSV', async () => {
    const f = await start();
    const t = await token(f);
    const missing = await patch(f, t, entries(1), '/api/v1/price-lists/retail/pricing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ title: 'Not Found', status: 404 });
    expect((await patch(f, t, 'sku,quantity,price\nA,1,2', undefined, 'text/csv')).status).toBe(415);
  });

  it('answers 413 above the configured item or byte limit', async () => {
    const f = await start({ maxBatchItems: 500 });
    const t = await token(f);
    expect((await patch(f, t, entries(500))).status).toBe(204);
    const tooMany = await patch(f, t, entries(501));
    expect(tooMany.status).toBe(413);
    expect(await tooMany.json()).toMatchObject({ title: 'Payload Too Large', status: 413 });
    f.store.maxBodyBytes = 200;
    expect((await patch(f, t, entries(5))).status).toBe(413);
    expect(f.store.batches.map((b) => [b.size, b.status])).toEqual([
      [500, 204],
      [501, 413],
      [5, 413],
    ]);
  });

  it('answers a retryable 409 for a concurrent update, then accepts the retry', async () => {
    const f = await start();
    const t = await token(f);
    f.store.conflictBurst = 1;
    const conflict = await patch(f, t, entries(2));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ title: 'Conflict', status: 409 });
    expect(f.store.pricing.size).toBe(0);
    expect((await patch(f, t, entries(2))).status).toBe(204);
    expect(f.store.pricesFor('wholesale').size).toBe(2);
  });

  it('answers 429 with Retry-After, and a burst of 503s', async () => {
    const f = await start({ faults: { rateLimitEvery: 1 } });
    const t = await token(f);
    const limited = await patch(f, t, entries(1));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    f.faults.retryAfterSeconds = 0.5;
    expect((await patch(f, t, entries(1))).headers.get('retry-after')).toBe('0.5');
    f.faults.retryAfterSeconds = null;
    expect((await patch(f, t, entries(1))).headers.get('retry-after')).toBeNull();
    f.faults.rateLimitEvery = 0;
    f.faults.serverErrorBurst = 1;
    expect((await patch(f, t, entries(1))).status).toBe(503);
    expect((await patch(f, t, entries(1))).status).toBe(204);
  });

  it('can answer success with 200 and an empty body', async () => {
    const f = await start({ pricingSuccessStatus: 200 });
    const res = await patch(f, await token(f), entries(1));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('updates several lists through batch-update-pricing', async () => {
    const f = await start({ priceLists: [{ slug: 'wholesale' }, { slug: 'retail', currency_code: 'EUR' }] });
    const t = await token(f);
    const res = await patch(
      f,
      t,
      [
        { sku: 'A', price_list_slug: 'wholesale', pricing: [{ quantity: 1, price: 1 }] },
        { sku: 'A', price_list_slug: 'retail', pricing: [{ quantity: 1, price: 2 }] },
      ],
      '/api/v1/batch-update-pricing',
    );
    expect(res.status).toBe(204);
    expect(f.store.pricesFor('wholesale').get('A')).toBe(1);
    expect(f.store.pricesFor('retail').get('A')).toBe(2);
    expect(f.store.batches[0]?.priceList).toBeNull();
  });
});

describe('SparkLayer fake: reads', () => {
  it('reads pricing back (204 when empty) and pages price lists until current_page == total_pages', async () => {
    const f = await start({ priceLists: [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }] });
    const t = await token(f);
    const headers = { authorization: `Bearer ${t}`, 'site-id': f.store.siteId };
    expect((await fetch(`${f.url}/api/v1/price-lists/a/pricing`, { headers })).status).toBe(204);
    await patch(
      f,
      t,
      [
        {
          sku: 'X',
          pricing: [
            { quantity: 1, price: 3 },
            { quantity: 5, price: 2 },
          ],
        },
      ],
      '/api/v1/price-lists/a/pricing',
    );
    expect(await (await fetch(`${f.url}/api/v1/price-lists/a/pricing`, { headers })).json()).toEqual([
      { sku: 'X', quantity: 1, price: 3 },
      { sku: 'X', quantity: 5, price: 2 },
    ]);
    const slugs: string[] = [];
    for (let page = 1; ; page++) {
      const body = (await (await fetch(`${f.url}/api/v2/price-lists?page=${page}&page_size=2`, { headers })).json()) as {
        data: Array<{ slug: string }>;
        pagination: { total: number; per_page: number; current_page: number; total_pages: number };
      };
      slugs.push(...body.data.map((l) => l.slug));
      expect(body.pagination).toMatchObject({ total: 3, per_page: 2, current_page: page, total_pages: 2 });
      if (body.pagination.current_page === body.pagination.total_pages) break;
    }
    expect(slugs).toEqual(['a', 'b', 'c']);
    expect((await fetch(`${f.url}/api/v2/price-lists?page_size=251`, { headers })).status).toBe(400);
  });
});
