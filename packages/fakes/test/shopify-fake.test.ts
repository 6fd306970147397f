import { afterEach, describe, expect, it } from 'vitest';
import { startShopifyFake, type ShopifyFake, type ShopifyFakeOptions } from '../src/shopify-fake.js';

const INVALID_TOKEN = { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' };
/** shopify-api-js RestClient's LINK_HEADER_REGEXP. */
const LINK = /<([^<]+)>; rel="([^"]+)"/g;

let fake: ShopifyFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: ShopifyFakeOptions = {}): Promise<ShopifyFake> {
  fake = await startShopifyFake(options);
  return fake;
}

function links(res: Response): Record<string, string> {
  return Object.fromEntries([...(res.headers.get('link') ?? '').matchAll(LINK)].map((m) => [m[2], m[1]]));
}

function get(url: string, token: string | undefined): Promise<Response> {
  return fetch(url, { headers: token === undefined ? {} : { 'X-Shopify-Access-Token': token } });
}

describe('shopify fake: auth and connection test', () => {
  it('answers shop.json with the shop and the call-limit header', async () => {
    const shopify = await start();
    const shop = shopify.store.shop('syncengine-demo');
    const res = await get(`${shopify.shopUrl('syncengine-demo')}/admin/api/2024-10/shop.json`, shop.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-shopify-shop-api-call-limit')).toBe('1/40');
    expect(res.headers.get('x-shopify-api-version')).toBe('2024-10');
    const body = (await res.json()) as { shop: { myshopify_domain: string; currency: string } };
    expect(body.shop.myshopify_domain).toBe('syncengine-demo.myshopify.com');
    expect(body.shop.currency).toBe('USD');
  });

  it('rejects a missing or wrong token with the real 401 body', async () => {
    const shopify = await start();
    for (const token of [undefined, 'shpat_wrong']) {
      const res = await get(`${shopify.url}/admin/api/2024-10/orders.json`, token);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(INVALID_TOKEN);
    }
  });

  it('serves several shops, each with its own token and data', async () => {
    const shopify = await start({ shops: [{ handle: 'alpha' }, { handle: 'beta', accessToken: 'shpat_beta' }] });
    const alpha = shopify.store.shop('alpha');
    const beta = shopify.store.shop('beta');
    expect(alpha.orders[0]?.id).not.toBe(beta.orders[0]?.id);

    // Each shop on a host of its own: its listener, or the main one with the shop's host name.
    const own = (await (await get(`${shopify.shopUrl('beta')}/admin/api/2024-10/shop.json`, 'shpat_beta')).json()) as {
      shop: { domain: string };
    };
    expect(own.shop.domain).toBe('beta.myshopify.com');
    expect(shopify.hosts['beta.myshopify.com']).toBe(shopify.shopUrl('beta'));
    const byHost = await fetch(`${shopify.url}/admin/api/2024-10/shop.json`, {
      headers: { 'x-shopify-access-token': 'shpat_beta', 'x-forwarded-host': 'beta.myshopify.com' },
    });
    expect(((await byHost.json()) as { shop: { domain: string } }).shop.domain).toBe('beta.myshopify.com');
    // The main host names no shop when there are several; a token opens only its own shop.
    expect((await get(`${shopify.url}/admin/api/2024-10/shop.json`, 'shpat_beta')).status).toBe(404);
    expect((await get(`${shopify.shopUrl('alpha')}/admin/api/2024-10/shop.json`, 'shpat_beta')).status).toBe(401);
  });

  it('links the next page on the host the shop was called by, and models access scopes', async () => {
    const now = Date.parse('2024-07-01T00:00:00Z');
    const shopify = await start({ clock: () => now, shops: [{ handle: 'alpha', scopes: ['read_orders', 'read_locations'] }] });
    const shop = shopify.store.shop('alpha');
    const res = await fetch(`${shopify.shopUrl('alpha')}/admin/api/2024-10/orders.json?status=any&limit=2`, {
      headers: { 'x-shopify-access-token': shop.accessToken, 'x-forwarded-host': 'alpha.myshopify.com' },
    });
    expect(res.headers.get('link')).toMatch(/^<https:\/\/alpha\.myshopify\.com\/admin\/api\/2024-10\/orders\.json\?/);
    expect(res.headers.get('x-shopify-shop-api-call-limit')).toMatch(/^\d+\/40$/);
    // Without read_all_orders: only orders of the last 60 days exist for the app.
    const recent = shop.orders.filter((o) => Date.parse(o.created_at) >= now - 60 * 86_400_000).length;
    expect(recent).toBeLessThan(shop.orders.length);
    const count = await get(`${shopify.shopUrl('alpha')}/admin/api/2024-10/orders/count.json?status=any`, shop.accessToken);
    expect(await count.json()).toEqual({ count: recent });
    const products = await get(`${shopify.shopUrl('alpha')}/admin/api/2024-10/products.json`, shop.accessToken);
    expect(products.status).toBe(403);
    expect(await products.json()).toEqual({ errors: '[API] This action requires merchant approval for read_products scope.' });
  });
});

describe('shopify fake: lists and Link-header paging', () => {
  it('walks every open order through rel="next" links and stops when the header is gone', async () => {
    const shopify = await start();
    const shop = shopify.store.shop('syncengine-demo');
    let url: string | undefined = `${shopify.shopUrl('syncengine-demo')}/admin/api/2024-10/orders.json?limit=7`;
    const seen: number[] = [];
    let pages = 0;
    while (url) {
      const res = await get(url, shop.accessToken);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { orders: Array<{ id: number }> };
      seen.push(...body.orders.map((o) => o.id));
      const rels = links(res);
      if (pages === 0) expect(Object.keys(rels)).toEqual(['next']);
      else expect(rels.previous).toContain('page_info=');
      url = rels.next;
      pages += 1;
    }
    const open = shop.orders.filter((o) => o.closed_at === null && o.cancelled_at === null).map((o) => o.id);
    expect(seen).toEqual(open);
    expect(pages).toBe(Math.ceil(open.length / 7));
  });

  it('writes the Link header as apis.md shows it and follows rel="previous" back', async () => {
    const shopify = await start();
    const shop = shopify.store.shop('syncengine-demo');
    const first = await get(`${shopify.url}/admin/api/2024-10/orders.json?limit=5&status=any`, shop.accessToken);
    const next = links(first).next ?? '';
    expect(next).toMatch(/\/admin\/api\/2024-10\/orders\.json\?limit=5&page_info=[A-Za-z0-9_-]+$/);
    const second = await get(next, shop.accessToken);
    const header = second.headers.get('link') ?? '';
    expect(header).toMatch(/^<[^>]+page_info=[^>]+>; rel="next", <[^>]+page_info=[^>]+>; rel="previous"$/);
    const back = await get(links(second).previous ?? '', shop.accessToken);
    expect(((await back.json()) as { orders: unknown[] }).orders).toEqual(((await first.json()) as { orders: unknown[] }).orders);
  });

  it('sends no Link header when one page holds everything', async () => {
    const shopify = await start();
    const shop = shopify.store.shop('syncengine-demo');
    const res = await get(`${shopify.url}/admin/api/2024-10/customers.json?limit=250`, shop.accessToken);
    expect(res.headers.get('link')).toBeNull();
    expect(((await res.json()) as { customers: unknown[] }).customers).toHaveLength(shop.customers.length);
  });

  it('rejects filters next to page_info, page=, a bad page_info and a limit over 250 as Shopify does', async () => {
    const shopify = await start();
    const shop = shopify.store.shop('syncengine-demo');
    const first = await get(`${shopify.url}/admin/api/2024-10/orders.json?limit=5&status=any`, shop.accessToken);
    const next = links(first).next ?? '';

    const withStatus = await get(`${next}&status=any`, shop.accessToken);
    expect(withStatus.status).toBe(400);
    expect(await withStatus.json()).toEqual({
      errors: {
        status:
          'status cannot be passed when page_info is present. See https://shopify.dev/api/usage/pagination-rest for more information.',
      },
    });
    expect((await get(`${next}&fields=id,name`, shop.accessToken)).status).toBe(200);

    const page = await get(`${shopify.url}/admin/api/2024-10/orders.json?page=2`, shop.accessToken);
    expect(page.status).toBe(400);
    expect(await page.json()).toEqual({ errors: { page: 'page cannot be passed.' } });

    const bad = await get(`${shopify.url}/admin/api/2024-10/orders.json?page_info=garbage`, shop.accessToken);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ errors: { page_info: 'Invalid value.' } });

    expect((await get(`${shopify.url}/admin/api/2024-10/orders.json?limit=251`, shop.accessToken)).status).toBe(400);
    const max = await get(`${shopify.url}/admin/api/2024-10/orders.json?limit=250&status=any`, shop.accessToken);
    expect(((await max.json()) as { orders: unknown[] }).orders).toHaveLength(shop.orders.length);
  });

  it('defaults to 50 records and open orders only; status=any includes closed and cancelled ones', async () => {
    const shopify = await start({ shops: [{ handle: 'big', counts: { orders: 120 } }] });
    const shop = shopify.store.shop('big');
    const count = async (query: string) =>
      ((await (await get(`${shopify.url}/admin/api/2024-10/orders/count.json?${query}`, shop.accessToken)).json()) as { count: number })
        .count;
    expect(await count('status=any')).toBe(120);
    expect(await count('')).toBe(shop.orders.filter((o) => o.closed_at === null && o.cancelled_at === null).length);
    expect(await count('status=cancelled')).toBe(shop.orders.filter((o) => o.cancelled_at !== null).length);
    const page = (await (await get(`${shopify.url}/admin/api/2024-10/orders.json?status=any`, shop.accessToken)).json()) as {
      orders: unknown[];
    };
    expect(page.orders).toHaveLength(50);
  });

  it('filters by updated_at_min, keeps it across pages, and sees an order changed later', async () => {
    let now = Date.UTC(2024, 6, 1);
    const shopify = await start({ clock: () => now });
    const shop = shopify.store.shop('syncengine-demo');
    const since = '2024-05-10T00:00:00-04:00';
    const expected = shop.orders.filter((o) => Date.parse(o.updated_at) >= Date.parse(since)).map((o) => o.id);
    const read = async (): Promise<number[]> => {
      const ids: number[] = [];
      let url: string | undefined =
        `${shopify.url}/admin/api/2024-10/orders.json?status=any&limit=4&updated_at_min=${encodeURIComponent(since)}`;
      while (url) {
        const res = await get(url, shop.accessToken);
        ids.push(...((await res.json()) as { orders: Array<{ id: number }> }).orders.map((o) => o.id));
        url = links(res).next;
      }
      return ids;
    };
    expect(await read()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(shop.orders.length);

    const old = shop.orders[0];
    now += 1000;
    shop.updateOrder(old?.id ?? 0, { financial_status: 'refunded' });
    const after = await read();
    expect(after).toContain(old?.id);
    expect(old?.updated_at).toBe('2024-06-30T20:00:01-04:00');
  });

  it('sends money as strings in realistic nested line items, and honours fields', async () => {
    const shopify = await start();
    const shop = shopify.store.shop('syncengine-demo');
    const body = (await (await get(`${shopify.url}/admin/api/2024-10/orders.json?status=any&limit=3`, shop.accessToken)).json()) as {
      orders: Array<{
        total_price: unknown;
        subtotal_price: string;
        total_tax: string;
        shipping_lines: Array<{ price: string }>;
        line_items: Array<{ price: unknown; quantity: number; sku: string; tax_lines: unknown[] }>;
      }>;
    };
    for (const order of body.orders) {
      expect(typeof order.total_price).toBe('string');
      expect(order.line_items.length).toBeGreaterThan(0);
      for (const line of order.line_items) {
        expect(line.price).toMatch(/^\d+\.\d{2}$/);
        expect(line.sku).toMatch(/^BRN-/);
        expect(line.tax_lines).toHaveLength(1);
      }
      const total = Number(order.subtotal_price) + Number(order.total_tax) + Number(order.shipping_lines[0]?.price);
      expect(Number(order.total_price)).toBeCloseTo(total, 2);
    }
    const products = (await (await get(`${shopify.url}/admin/api/2024-10/products.json?fields=id,variants`, shop.accessToken)).json()) as {
      products: Array<Record<string, unknown> & { variants: Array<{ price: unknown; inventory_item_id: number }> }>;
    };
    expect(Object.keys(products.products[0] ?? {})).toEqual(['id', 'variants']);
    expect(typeof products.products[0]?.variants[0]?.price).toBe('string');
  });

  it('needs inventory_item_ids or location_ids for inventory levels and pages them', async () => {
    const shopify = await start();
    const shop = shopify.store.shop('syncengine-demo');
    const none = await get(`${shopify.url}/admin/api/2024-10/inventory_levels.json`, shop.accessToken);
    expect(none.status).toBe(422);
    const location = shop.locations[0]?.id ?? 0;
    const levels: unknown[] = [];
    let url: string | undefined = `${shopify.url}/admin/api/2024-10/inventory_levels.json?location_ids=${location}&limit=10`;
    while (url) {
      const res = await get(url, shop.accessToken);
      levels.push(...((await res.json()) as { inventory_levels: unknown[] }).inventory_levels);
      url = links(res).next;
    }
    expect(levels).toEqual(shop.inventoryLevels.filter((l) => l.location_id === location));
  });
});

describe('shopify fake: rate limits and faults', () => {
  it('fills a leaky bucket, answers 429 with a fractional Retry-After, and leaks over time', async () => {
    let now = 1_000_000;
    const shopify = await start({ bucketSize: 3, leakPerSecond: 2, clock: () => now });
    const shop = shopify.store.shop('syncengine-demo');
    const url = `${shopify.url}/admin/api/2024-10/shop.json`;
    const limits: Array<string | null> = [];
    for (let i = 0; i < 3; i += 1) limits.push((await get(url, shop.accessToken)).headers.get('x-shopify-shop-api-call-limit'));
    expect(limits).toEqual(['1/3', '2/3', '3/3']);

    const limited = await get(url, shop.accessToken);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2.0');
    expect(limited.headers.get('x-shopify-shop-api-call-limit')).toBe('3/3');
    expect(await limited.json()).toEqual({
      errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.',
    });

    now += 1000;
    const after = await get(url, shop.accessToken);
    expect(after.status).toBe(200);
    expect(after.headers.get('x-shopify-shop-api-call-limit')).toBe('2/3');
  });

  it('injects 429s with a fractional Retry-After, without one, and 503 bursts', async () => {
    const shopify = await start({ faults: { rateLimitEvery: 2, retryAfterSeconds: 0.5 } });
    const shop = shopify.store.shop('syncengine-demo');
    const url = `${shopify.url}/admin/api/2024-10/orders.json`;
    expect((await get(url, shop.accessToken)).status).toBe(200);
    const limited = await get(url, shop.accessToken);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('0.5');

    shopify.faults.retryAfterSeconds = null;
    await get(url, shop.accessToken);
    const bare = await get(url, shop.accessToken);
    expect(bare.status).toBe(429);
    expect(bare.headers.get('retry-after')).toBeNull();
    expect(bare.headers.get('x-shopify-shop-api-call-limit')).not.toBeNull();

    shopify.faults.rateLimitEvery = 0;
    shopify.faults.serverErrorBurst = 2;
    expect((await get(url, shop.accessToken)).status).toBe(503);
    expect((await get(url, shop.accessToken)).status).toBe(503);
    expect((await get(url, shop.accessToken)).status).toBe(200);
  });
});
