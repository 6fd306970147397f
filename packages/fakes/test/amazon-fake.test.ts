import { afterEach, describe, expect, it } from 'vitest';
import { startAmazonFake, type AmazonFake, type AmazonFakeOptions } from '../src/amazon-fake.js';

const DENIED = 'Access to requested resource is denied.';
const QUOTA = { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.', details: '' }] };
const US = 'ATVPDKIKX0DER';

let fake: AmazonFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: AmazonFakeOptions = {}): Promise<AmazonFake> {
  fake = await startAmazonFake(options);
  return fake;
}

function tokenRequest(amazon: AmazonFake, fields: Record<string, string>): Promise<Response> {
  return fetch(`${amazon.lwaUrl}/auth/o2/token`, { method: 'POST', body: new URLSearchParams(fields) });
}

async function accessToken(amazon: AmazonFake, refreshToken = amazon.store.sellers[0]?.refreshToken ?? ''): Promise<string> {
  const res = await tokenRequest(amazon, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: amazon.store.clientId,
    client_secret: amazon.store.clientSecret,
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

function call(amazon: AmazonFake, path: string, token: string | undefined): Promise<Response> {
  return fetch(`${amazon.url}${path}`, { headers: token === undefined ? {} : { 'x-amz-access-token': token } });
}

interface OrdersPage {
  payload: {
    Orders: Array<{
      AmazonOrderId: string;
      LastUpdateDate: string;
      OrderTotal?: { CurrencyCode: string; Amount: unknown };
      OrderStatus: string;
    }>;
    NextToken?: string;
    LastUpdatedBefore?: string;
  };
}

describe('amazon fake: Login with Amazon', () => {
  it('exchanges a refresh token for an hour-long access token, form-encoded', async () => {
    const amazon = await start();
    const seller = amazon.store.sellers[0];
    const res = await tokenRequest(amazon, {
      grant_type: 'refresh_token',
      refresh_token: seller?.refreshToken ?? '',
      client_id: amazon.store.clientId,
      client_secret: amazon.store.clientSecret,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600, refresh_token: seller?.refreshToken });
    expect(String(body.access_token)).toMatch(/^Atza\|/);
  });

  it('rejects a JSON body, a bad refresh token and bad client credentials', async () => {
    const amazon = await start();
    const fields = {
      grant_type: 'refresh_token',
      refresh_token: amazon.store.sellers[0]?.refreshToken ?? '',
      client_id: amazon.store.clientId,
      client_secret: amazon.store.clientSecret,
    };
    const json = await fetch(`${amazon.lwaUrl}/auth/o2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: string }).error).toBe('invalid_request');

    const grant = await tokenRequest(amazon, { ...fields, refresh_token: 'Atzr|nope' });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'The request has an invalid grant parameter : refresh_token',
    });

    const client = await tokenRequest(amazon, { ...fields, client_secret: 'wrong' });
    expect(client.status).toBe(401);
    expect(((await client.json()) as { error: string }).error).toBe('invalid_client');
  });

  it('rotates the refresh token when asked, invalidating the old one', async () => {
    const amazon = await start({ rotateRefreshToken: true });
    const seller = amazon.store.sellers[0];
    const old = seller?.refreshToken ?? '';
    const res = await tokenRequest(amazon, {
      grant_type: 'refresh_token',
      refresh_token: old,
      client_id: amazon.store.clientId,
      client_secret: amazon.store.clientSecret,
    });
    const body = (await res.json()) as { refresh_token: string };
    expect(body.refresh_token).not.toBe(old);
    expect(seller?.refreshToken).toBe(body.refresh_token);
    const again = await tokenRequest(amazon, {
      grant_type: 'refresh_token',
      refresh_token: old,
      client_id: amazon.store.clientId,
      client_secret: amazon.store.clientSecret,
    });
    expect(again.status).toBe(400);
    expect(await accessToken(amazon, body.refresh_token)).toMatch(/^Atza\|/);
  });
});

describe('amazon fake: getOrders', () => {
  it('denies a missing, unknown or expired access token with 403', async () => {
    const amazon = await start({ faults: { tokenTtlSeconds: 0 } });
    const path = `/orders/v0/orders?MarketplaceIds=${US}&LastUpdatedAfter=2024-01-01T00:00:00Z`;
    const missing = await call(amazon, path, undefined);
    expect(missing.status).toBe(403);
    expect(await missing.json()).toEqual({ errors: [{ code: 'Unauthorized', message: DENIED, details: '' }] });
    const unknown = await call(amazon, path, 'Atza|made-up');
    expect(((await unknown.json()) as { errors: Array<{ details: string }> }).errors[0]?.details).toBe(
      'The access token you provided is revoked, malformed or invalid.',
    );
    const expired = await call(amazon, path, await accessToken(amazon));
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({
      errors: [{ code: 'Unauthorized', message: DENIED, details: 'The access token you provided has expired.' }],
    });
  });

  it('pages payload.Orders through payload.NextToken until there is none', async () => {
    const amazon = await start();
    const token = await accessToken(amazon);
    const seller = amazon.store.sellers[0];
    const ids: string[] = [];
    let next: string | undefined;
    let pages = 0;
    do {
      const query =
        next === undefined ? `LastUpdatedAfter=2024-01-01T00:00:00Z&MaxResultsPerPage=7` : `NextToken=${encodeURIComponent(next)}`;
      const res = await call(amazon, `/orders/v0/orders?MarketplaceIds=${US}&${query}`, token);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-amzn-ratelimit-limit')).toBe('0.0167');
      expect(res.headers.get('x-amzn-requestid')).toBeTruthy();
      const body = (await res.json()) as OrdersPage;
      expect(body.payload.LastUpdatedBefore).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      ids.push(...body.payload.Orders.map((o) => o.AmazonOrderId));
      next = body.payload.NextToken;
      pages += 1;
    } while (next !== undefined);
    const expected = [...(seller?.orders ?? [])].sort(
      (a, b) => a.LastUpdateDate.localeCompare(b.LastUpdateDate) || a.AmazonOrderId.localeCompare(b.AmazonOrderId),
    );
    expect(ids).toEqual(expected.map((o) => o.AmazonOrderId));
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it('uses NextToken instead of the other criteria, and rejects a token sent without URL-encoding', async () => {
    const amazon = await start();
    const token = await accessToken(amazon);
    const first = (await (
      await call(amazon, `/orders/v0/orders?MarketplaceIds=${US}&LastUpdatedAfter=2024-01-01T00:00:00Z&MaxResultsPerPage=5`, token)
    ).json()) as OrdersPage;
    const next = first.payload.NextToken ?? '';
    expect(next).toMatch(/[+/]/);
    const encoded = encodeURIComponent(next);
    const plain = (await (await call(amazon, `/orders/v0/orders?MarketplaceIds=${US}&NextToken=${encoded}`, token)).json()) as OrdersPage;
    const withFilters = (await (
      await call(
        amazon,
        `/orders/v0/orders?MarketplaceIds=${US}&NextToken=${encoded}&LastUpdatedAfter=2030-01-01T00:00:00Z&OrderStatuses=Canceled`,
        token,
      )
    ).json()) as OrdersPage;
    expect(withFilters.payload.Orders).toEqual(plain.payload.Orders);
    expect(plain.payload.Orders).toHaveLength(5);

    const raw = await call(amazon, `/orders/v0/orders?MarketplaceIds=${US}&NextToken=${next}`, token);
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { errors: Array<{ code: string }> }).errors[0]?.code).toBe('InvalidInput');
  });

  it('validates MarketplaceIds, the date criteria and MaxResultsPerPage', async () => {
    const amazon = await start();
    const token = await accessToken(amazon);
    const codeOf = async (query: string) => {
      const res = await call(amazon, `/orders/v0/orders?${query}`, token);
      return [res.status, ((await res.json()) as { errors?: Array<{ code: string }> }).errors?.[0]?.code];
    };
    const bad = [400, 'InvalidInput'];
    expect(await codeOf('LastUpdatedAfter=2024-01-01T00:00:00Z')).toEqual(bad);
    expect(await codeOf(`MarketplaceIds=${US}`)).toEqual(bad);
    expect(await codeOf(`MarketplaceIds=${US}&LastUpdatedAfter=2024-01-01T00:00:00Z&CreatedAfter=2024-01-01T00:00:00Z`)).toEqual(bad);
    expect(
      await codeOf(
        `MarketplaceIds=${US}&LastUpdatedAfter=2024-01-01T00:00:00Z&LastUpdatedBefore=${new Date(Date.now() - 30_000).toISOString()}`,
      ),
    ).toEqual(bad);
    expect(await codeOf(`MarketplaceIds=${US}&LastUpdatedAfter=2024-01-01T00:00:00Z&MaxResultsPerPage=101`)).toEqual(bad);
    expect(await codeOf(`MarketplaceIds=A1F83G8C2ARO7P&LastUpdatedAfter=2024-01-01T00:00:00Z`)).toEqual(bad);
    expect((await codeOf(`MarketplaceIds=${US}&CreatedAfter=2024-01-01T00:00:00Z&OrderStatuses=Shipped`))[0]).toBe(200);
  });

  it('returns orders changed since a high-water mark, with OrderTotal amounts as strings', async () => {
    const amazon = await start();
    const token = await accessToken(amazon);
    const seller = amazon.store.sellers[0];
    const target = seller?.orders[3];
    const since = new Date(Date.now() - 10 * 60_000).toISOString();
    const read = async () =>
      ((await (await call(amazon, `/orders/v0/orders?MarketplaceIds=${US}&LastUpdatedAfter=${since}`, token)).json()) as OrdersPage).payload
        .Orders;
    expect(await read()).toEqual([]);

    seller?.updateOrder(target?.AmazonOrderId ?? '', { OrderStatus: 'Shipped' });
    seller?.updateOrder(seller.orders[4]?.AmazonOrderId ?? '', {}, Date.now());
    const changed = await read();
    expect(changed.map((o) => o.AmazonOrderId)).toEqual([target?.AmazonOrderId]);
    expect(typeof changed[0]?.OrderTotal?.Amount).toBe('string');

    const all = (
      (await (await call(amazon, `/orders/v0/orders?MarketplaceIds=${US}&CreatedAfter=2024-01-01T00:00:00Z`, token)).json()) as OrdersPage
    ).payload.Orders;
    for (const order of all) {
      if (order.OrderStatus === 'Canceled') expect(order.OrderTotal).toBeUndefined();
      else expect(order.OrderTotal?.Amount).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('returns an order and its items', async () => {
    const amazon = await start();
    const token = await accessToken(amazon);
    const order = amazon.store.sellers[0]?.orders[0];
    const one = (await (await call(amazon, `/orders/v0/orders/${order?.AmazonOrderId ?? ''}`, token)).json()) as { payload: unknown };
    expect(one.payload).toEqual(order);
    const items = (await (await call(amazon, `/orders/v0/orders/${order?.AmazonOrderId ?? ''}/orderItems`, token)).json()) as {
      payload: { OrderItems: Array<{ ItemPrice: { Amount: unknown } }> };
    };
    expect(items.payload.OrderItems.length).toBeGreaterThan(0);
    expect(typeof items.payload.OrderItems[0]?.ItemPrice.Amount).toBe('string');
  });
});

describe('amazon fake: rate limits and faults', () => {
  it('answers 429 QuotaExceeded past the usage plan, with no Retry-After and no rate header', async () => {
    const amazon = await start({ usagePlans: { getOrders: { rate: 0.0001, burst: 2 } } });
    const token = await accessToken(amazon);
    const path = `/orders/v0/orders?MarketplaceIds=${US}&LastUpdatedAfter=2024-01-01T00:00:00Z`;
    expect((await call(amazon, path, token)).status).toBe(200);
    expect((await call(amazon, path, token)).status).toBe(200);
    const limited = await call(amazon, path, token);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual(QUOTA);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(limited.headers.get('x-amzn-ratelimit-limit')).toBeNull();
    expect(limited.headers.get('x-amzn-requestid')).toBeTruthy();
  });

  it('injects the same bare 429 even when a Retry-After is configured, and 503 bursts', async () => {
    const amazon = await start({ usagePlans: false, faults: { rateLimitEvery: 1, retryAfterSeconds: 3 } });
    const token = await accessToken(amazon);
    const path = `/orders/v0/orders?MarketplaceIds=${US}&LastUpdatedAfter=2024-01-01T00:00:00Z`;
    const limited = await call(amazon, path, token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(await limited.json()).toEqual(QUOTA);
    amazon.faults.rateLimitEvery = 0;
    amazon.faults.serverErrorBurst = 1;
    expect((await call(amazon, path, token)).status).toBe(503);
    expect((await call(amazon, path, token)).status).toBe(200);
  });
});

describe('amazon fake: FBA inventory and catalog', () => {
  it('pages inventory summaries with pagination.nextToken and needs startDateTime again with it', async () => {
    const amazon = await start({ usagePlans: false, inventoryPageSize: 8 });
    const token = await accessToken(amazon);
    const seller = amazon.store.sellers[0];
    const base = `/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId=${US}&marketplaceIds=${US}`;
    const since = '2024-04-10T00:00:00Z';
    const skus: string[] = [];
    let next: string | undefined;
    let last: { pagination?: unknown } = {};
    do {
      const extra = next === undefined ? '' : `&nextToken=${encodeURIComponent(next)}`;
      const res = await call(amazon, `${base}&details=true&startDateTime=${since}${extra}`, token);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        pagination?: { nextToken?: string };
        payload: { granularity: unknown; inventorySummaries: Array<{ sellerSku: string; inventoryDetails?: unknown }> };
      };
      expect(body.payload.granularity).toEqual({ granularityType: 'Marketplace', granularityId: US });
      expect(body.payload.inventorySummaries[0]?.inventoryDetails).toBeDefined();
      skus.push(...body.payload.inventorySummaries.map((s) => s.sellerSku));
      next = body.pagination?.nextToken;
      last = body;
    } while (next !== undefined);
    expect(last.pagination).toBeUndefined();
    const expected = (seller?.inventory ?? []).filter((s) => s.lastUpdatedTime >= since);
    expect([...skus].sort()).toEqual(expected.map((s) => s.sellerSku).sort());

    const first = (await (await call(amazon, `${base}&startDateTime=${since}`, token)).json()) as {
      pagination: { nextToken: string };
      payload: { inventorySummaries: Array<{ inventoryDetails?: unknown }> };
    };
    expect(first.payload.inventorySummaries[0]?.inventoryDetails).toBeUndefined();
    const withoutStart = await call(amazon, `${base}&nextToken=${encodeURIComponent(first.pagination.nextToken)}`, token);
    expect(withoutStart.status).toBe(400);
  });

  it('searches the catalog by keywords with pageToken, and by identifiers, unwrapped', async () => {
    const amazon = await start({ usagePlans: false });
    const token = await accessToken(amazon);
    const base = `/catalog/2022-04-01/items?marketplaceIds=${US}`;
    const asins: string[] = [];
    let pageToken: string | undefined;
    let total = 0;
    do {
      const extra = pageToken === undefined ? '' : `&pageToken=${encodeURIComponent(pageToken)}`;
      const body = (await (await call(amazon, `${base}&keywords=brass&pageSize=4${extra}`, token)).json()) as {
        numberOfResults: number;
        pagination: { nextToken?: string };
        items: Array<{ asin: string; summaries: unknown[] }>;
        payload?: unknown;
      };
      expect(body.payload).toBeUndefined();
      total = body.numberOfResults;
      asins.push(...body.items.map((i) => i.asin));
      pageToken = body.pagination.nextToken;
    } while (pageToken !== undefined);
    expect(asins).toHaveLength(total);
    expect(total).toBeGreaterThan(4);

    const item = amazon.store.catalog[2];
    const byAsin = (await (
      await call(amazon, `${base}&identifiers=${item?.asin ?? ''}&identifiersType=ASIN&includedData=summaries,attributes`, token)
    ).json()) as { items: Array<Record<string, unknown>> };
    expect(Object.keys(byAsin.items[0] ?? {})).toEqual(['asin', 'summaries', 'attributes']);
    expect((await call(amazon, `${base}&identifiers=X&identifiersType=ASIN&keywords=brass`, token)).status).toBe(400);
    expect((await call(amazon, `${base}&keywords=brass&pageSize=21`, token)).status).toBe(400);
  });
});

describe('hosts and reports', () => {
  it('serves LWA, each region and the report storage on hosts of their own; a token works in its seller region only', async () => {
    const amazon = await start({ sellers: [{ sellerId: 'A2NA' }, { sellerId: 'A3EU', region: 'eu', marketplaceIds: ['A1PA6795UKMFR9'] }] });
    expect(new Set([amazon.url, amazon.lwaUrl, amazon.regionUrl('eu'), amazon.regionUrl('fe'), amazon.documentsUrl]).size).toBe(5);
    expect(amazon.regionUrl('na')).toBe(amazon.url);
    expect((await fetch(`${amazon.url}/auth/o2/token`, { method: 'POST', body: 'grant_type=refresh_token' })).status).toBe(404);
    const eu = await accessToken(amazon, amazon.store.seller('A3EU').refreshToken);
    const onNa = await call(amazon, '/sellers/v1/marketplaceParticipations', eu);
    expect(onNa.status).toBe(403);
    const onEu = await fetch(`${amazon.regionUrl('eu')}/sellers/v1/marketplaceParticipations`, { headers: { 'x-amz-access-token': eu } });
    expect(onEu.status).toBe(200);
    expect(amazon.hosts['sellingpartnerapi-eu.amazon.com']).toBe(amazon.regionUrl('eu'));
  });

  it('createReport -> getReport IN_QUEUE, IN_PROGRESS, DONE -> getReportDocument -> a gzipped tab-separated file at a pre-signed URL', async () => {
    let now = Date.parse('2026-05-12T09:00:00Z');
    const amazon = await start({
      clock: () => now,
      sellers: [{ sellerId: 'A2NA', skus: 4, mfnSkus: 2 }],
      reportTimings: { queuedSeconds: 10, processingSeconds: 20 },
    });
    const token = await accessToken(amazon);
    const headers = { 'x-amz-access-token': token, 'content-type': 'application/json' };
    const base = `${amazon.url}/reports/2021-06-30`;
    const bad = await fetch(`${base}/reports`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ reportType: 'GET_NOPE', marketplaceIds: [US] }),
    });
    expect(bad.status).toBe(400);
    const created = await fetch(`${base}/reports`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ reportType: 'GET_MERCHANT_LISTINGS_ALL_DATA', marketplaceIds: [US] }),
    });
    expect(created.status).toBe(202);
    const { reportId } = (await created.json()) as { reportId: string };
    const status = async () => (await (await fetch(`${base}/reports/${reportId}`, { headers })).json()) as Record<string, string>;
    expect((await status()).processingStatus).toBe('IN_QUEUE');
    now += 15_000;
    expect((await status()).processingStatus).toBe('IN_PROGRESS');
    now += 20_000;
    const done = await status();
    expect(done).toMatchObject({ processingStatus: 'DONE', reportId, reportDocumentId: expect.any(String) });
    const doc = (await (await fetch(`${base}/documents/${done.reportDocumentId}`, { headers })).json()) as {
      url: string;
      compressionAlgorithm: string;
    };
    expect(doc.compressionAlgorithm).toBe('GZIP');
    expect(doc.url.startsWith(amazon.documentsUrl)).toBe(true);
    const file = await fetch(doc.url);
    expect(file.status).toBe(200);
    const { gunzipSync } = await import('node:zlib');
    const lines = gunzipSync(Buffer.from(await file.arrayBuffer()))
      .toString('utf8')
      .trim()
      .split('\n');
    expect(lines[0]!.split('\t')).toContain('seller-sku');
    expect(lines).toHaveLength(1 + 4 + 2);
    expect(lines.filter((l) => l.includes('\tDEFAULT\t'))).toHaveLength(2);
    // One character of the signature changed (whatever it was): the URL no longer opens the file.
    const forged = doc.url.replace(/Signature=(\w)/, (_, c: string) => `Signature=${c === '0' ? '1' : '0'}`);
    expect((await fetch(forged)).status).toBe(403);
    now += 301_000;
    expect((await fetch(doc.url)).status).toBe(403);
    amazon.store.reports.failNext('FATAL');
    const failed = (await (
      await fetch(`${base}/reports`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ reportType: 'GET_MERCHANT_LISTINGS_ALL_DATA', marketplaceIds: [US] }),
      })
    ).json()) as { reportId: string };
    now += 31_000;
    expect((await (await fetch(`${base}/reports/${failed.reportId}`, { headers })).json()) as Record<string, string>).toMatchObject({
      processingStatus: 'FATAL',
    });
  });
});
