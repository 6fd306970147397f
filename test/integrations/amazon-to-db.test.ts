import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAmazonFake, type AmazonFake, type AmazonOrder, type AmazonSellerStore } from '@syncengine/fakes';
import {
  checkDatabase,
  cli,
  clientData,
  clientTable,
  createScratchDatabase,
  credentialRow,
  insertCredentials,
  isoMinus,
  pipelineCopy,
  secretsIn,
  summaryRows,
  tableExists,
  type CredentialRow,
  serve,
  type ScratchDatabase,
  waitFor,
} from './seed001-helpers.js';

const postgres = await checkDatabase('postgres');

const LOOKBACK_MS = 300_000;
/** Orders per getOrders page: several pages per seller, few enough to stay inside getOrders' burst of 20. */
const ORDERS_PAGE = 20;
/** The catalog data the products stream asks for. */
const INCLUDED = ['summaries', 'attributes', 'identifiers', 'images', 'productTypes', 'salesRanks'];
const amazonTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const latest = (values: string[]) => values.reduce((max, v) => (Date.parse(v) > Date.parse(max) ? v : max));

describe.runIf(postgres.run)('pipelines/amazon-to-db.yaml: SP-API fake -> client_{id}_data on PostgreSQL', () => {
  let fake: AmazonFake;
  let pg: ScratchDatabase;
  let pipeline: string;
  let acme: CredentialRow;
  let bolt: CredentialRow;
  let cora: CredentialRow;
  let acmeSeller: AmazonSellerStore;
  let boltSeller: AmazonSellerStore;
  /** The fake's clock runs this far ahead of the real one, to let the 2-minute order lag pass. */
  let skewMs = 0;
  const now = () => Date.now() + skewMs;
  /** What each client's table should hold: data type -> source id -> record (the first version stored). */
  const stored = new Map<string, Map<string, Map<string, unknown>>>();
  const env = () => ({ ...pg.env, LWA_CLIENT_ID: fake.store.clientId, LWA_CLIENT_SECRET: fake.store.clientSecret });
  const run = (...extra: string[]) =>
    cli(['run', pipeline, ...pg.vars, '--var', `orders_page_size=${ORDERS_PAGE}`, '--no-logs', ...extra], env());
  const credentials = async () =>
    new Map(
      (await pg.db.selectFrom('client_api_credentials').selectAll().execute()).map((r) => [
        r.client_id as string,
        r as Record<string, any>,
      ]),
    );
  const results = () => pg.db.selectFrom('client_api_sync_results').selectAll().orderBy('id').execute() as Promise<Record<string, any>[]>;

  /** What a seller's table should hold now: orders SP-API shows (2 minutes behind), FBA summaries, catalog items of its SKUs. */
  function sellerData(seller: AmazonSellerStore): Map<string, Map<string, unknown>> {
    const visible = seller.orders.filter((o) => Date.parse(o.LastUpdateDate) <= now() - 120_000);
    const item = (asin: string) => {
      const found = fake.store.catalog.find((i) => i.asin === asin)!;
      return Object.fromEntries([['asin', asin], ...INCLUDED.filter((d) => d in found).map((d) => [d, found[d]])]);
    };
    return new Map<string, Map<string, unknown>>([
      ['orders', new Map(visible.map((o) => [o.AmazonOrderId, structuredClone(o)]))],
      ['inventory', new Map(seller.inventory.map((s) => [s.sellerSku, structuredClone(s)]))],
      ['products', new Map(seller.inventory.map((s) => [s.asin, item(s.asin)]))],
    ]);
  }
  const addNew = (client: CredentialRow, seller: AmazonSellerStore) => {
    const table = stored.get(client.client_id) ?? new Map<string, Map<string, unknown>>();
    for (const [type, records] of sellerData(seller)) {
      const have = table.get(type) ?? new Map<string, unknown>();
      for (const [id, record] of records) if (!have.has(id)) have.set(id, record);
      table.set(type, have);
    }
    stored.set(client.client_id, table);
  };
  const expectTablesEqualStored = async () => {
    for (const client of [acme, bolt]) expect(await clientData(pg.db, client.client_id)).toEqual(stored.get(client.client_id));
  };
  const newOrder = (seller: AmazonSellerStore, lastUpdate: number): AmazonOrder => {
    const template = seller.orders[seller.orders.length - 1]!;
    const id = `114-${String(seller.orders.length).padStart(7, '0')}-${String(Math.floor(lastUpdate / 1000) % 10_000_000).padStart(7, '0')}`;
    const order = {
      ...structuredClone(template),
      AmazonOrderId: id,
      SellerOrderId: id,
      PurchaseDate: amazonTime(lastUpdate - 600_000),
      LastUpdateDate: amazonTime(lastUpdate),
      OrderStatus: 'Unshipped' as const,
    };
    seller.orders.push(order);
    return order;
  };

  beforeAll(async () => {
    postgres.require();
    fake = await startAmazonFake({
      sellers: [
        { sellerId: 'A2ACMEFITTINGS', skus: 8 },
        { sellerId: 'A3BOLTSUPPLY', skus: 6, orders: 25 },
      ],
      inventoryPageSize: 4,
      clock: now,
    });
    acmeSeller = fake.store.seller('A2ACMEFITTINGS');
    boltSeller = fake.store.seller('A3BOLTSUPPLY');
    pg = await createScratchDatabase('seed001_amazon');
    acme = credentialRow(
      'amazon',
      { seller_id: acmeSeller.sellerId, refresh_token: acmeSeller.refreshToken, marketplace_id: 'ATVPDKIKX0DER', region: 'na' },
      6,
    );
    bolt = credentialRow('amazon', { seller_id: boltSeller.sellerId, refresh_token: boltSeller.refreshToken }, null);
    // An authorisation the seller revoked: LWA answers invalid_grant.
    cora = credentialRow(
      'amazon',
      { seller_id: 'A4CORAREVOKED', refresh_token: 'Atzr|IwEBIrevokedauthorisation0000', marketplace_id: 'ATVPDKIKX0DER' },
      12,
    );
    await insertCredentials(pg.db, [
      acme,
      bolt,
      cora,
      credentialRow('shopify', { shop_domain: 'other', access_token: 'shpat_other0000' }, 24),
    ]);
    // The fake serves SP-API and LWA on one base URL; these two lines are the only change.
    pipeline = pipelineCopy('pipelines/amazon-to-db.yaml', 'amazon', { base_url: fake.url, token_url: `${fake.url}/auth/o2/token` });
  });
  afterAll(async () => {
    await fake?.close();
    await pg?.drop();
    if (pipeline) rmSync(dirname(pipeline), { recursive: true, force: true });
  });

  it('--dry-run --limit 5 prints realistic records with secrets masked, and writes nothing', async () => {
    const result = await run('--dry-run', '--limit', '5', '--debug');
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { stream: string; record: Record<string, any> });
    expect(lines).toHaveLength(2 * (5 + 5 + 5));
    for (const { stream, record } of lines) {
      expect(record).toMatchObject({ platform: 'amazon', data_type: stream, fetched_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      expect(record.source_id).toBe(
        { orders: record.data.AmazonOrderId, inventory: record.data.sellerSku, products: record.data.asin }[stream],
      );
    }
    const order = lines.find((l) => l.stream === 'orders' && l.record.data.OrderTotal)!.record.data;
    expect(order).toMatchObject({
      MarketplaceId: 'ATVPDKIKX0DER',
      OrderTotal: { CurrencyCode: 'USD', Amount: expect.stringMatching(/^\d+\.\d\d$/) },
    });
    expect(lines.find((l) => l.stream === 'inventory')!.record.data.inventoryDetails).toHaveProperty('fulfillableQuantity');
    expect(lines.find((l) => l.stream === 'products')!.record.data.summaries[0]).toHaveProperty('itemName');
    const secrets = [
      acmeSeller.refreshToken,
      boltSeller.refreshToken,
      'Atzr|IwEBIrevokedauthorisation0000',
      fake.store.clientSecret,
      pg.password,
      pg.url,
    ];
    expect(secretsIn(result.stdout + result.stderr, secrets)).toEqual([]);
    expect(result.stdout + result.stderr).not.toContain('Atza|');

    expect(await tableExists(pg.db, clientTable(acme.client_id))).toBe(false);
    expect(await results()).toEqual([]);
  }, 60_000);

  it('first run: two sellers synced over LWA; the revoked one is marked error with the LWA message and its next sync', async () => {
    fake.requests.length = 0;
    const started = Date.now();
    const result = await run();
    const finished = Date.now();
    expect(result.code, result.stderr).toBe(1);
    const error = `discover.marketplaces: [source:amazon] cannot get an access token: POST ${fake.url}/auth/o2/token: 400 Bad Request: invalid_grant: The request has an invalid grant parameter : refresh_token`;
    expect(result.stdout).toContain(`${cora.client_id}: ${error}`);
    const rows = summaryRows(result.stdout);
    expect(rows.filter((r) => r.tenant === cora.client_id).map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    for (const [client, seller] of [
      [acme, acmeSeller],
      [bolt, boltSeller],
    ] as const) {
      addNew(client, seller);
      const expected = stored.get(client.client_id)!;
      expect(rows.filter((r) => r.tenant === client.client_id).map((r) => [r.stream, r.status, r.read, r.inserted])).toEqual(
        ['orders', 'inventory', 'products'].map((type) => [type, 'succeeded', expected.get(type)!.size, expected.get(type)!.size]),
      );
    }
    await expectTablesEqualStored();
    expect(await tableExists(pg.db, clientTable(cora.client_id))).toBe(false);

    // getOrders pages after the first send only NextToken and MarketplaceIds, as the API requires.
    const nextPages = fake.requests.filter((r) => r.path === '/orders/v0/orders' && r.query.NextToken !== undefined);
    expect(nextPages.length).toBeGreaterThan(0);
    expect(nextPages.every((r) => Object.keys(r.query).sort().join(',') === 'MarketplaceIds,NextToken')).toBe(true);

    // LWA: a form-encoded refresh_token grant; SP-API calls carry the bare access token.
    const grants = fake.requests.filter((r) => r.path === '/auth/o2/token').map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(grants).toContainEqual({
      grant_type: 'refresh_token',
      refresh_token: acmeSeller.refreshToken,
      client_id: fake.store.clientId,
      client_secret: fake.store.clientSecret,
    });
    const calls = fake.requests.filter((r) => r.path !== '/auth/o2/token');
    expect(calls.every((r) => /^Atza\|/.test(String(r.headers['x-amz-access-token'])) && r.headers.authorization === undefined)).toBe(true);
    // getOrders from the initial cursor, then pages linked by NextToken (sent URL-encoded: it holds + and /).
    const orders = calls.filter((r) => r.path === '/orders/v0/orders');
    const firsts = orders.filter((r) => r.query.NextToken === undefined);
    expect(firsts.map((r) => r.query)).toEqual(
      [1, 2].map(() => ({
        MarketplaceIds: 'ATVPDKIKX0DER',
        MaxResultsPerPage: String(ORDERS_PAGE),
        LastUpdatedAfter: '2023-12-31T23:55:00Z',
      })),
    );
    expect(orders.length).toBe(
      2 + Math.floor((acmeSeller.orders.length - 1) / ORDERS_PAGE) + Math.floor((boltSeller.orders.length - 1) / ORDERS_PAGE),
    );
    expect(orders.filter((r) => r.query.NextToken !== undefined).every((r) => /[+/]/.test(r.query.NextToken!))).toBe(true);
    // FBA inventory pages of 4, linked by pagination.nextToken.
    expect(calls.filter((r) => r.path === '/fba/inventory/v1/summaries' && r.query.nextToken !== undefined).length).toBeGreaterThanOrEqual(
      3,
    );

    const creds = await credentials();
    for (const [client, hours] of [
      [acme, 6],
      [bolt, 24],
    ] as const) {
      const row = creds.get(client.client_id)!;
      expect(row).toMatchObject({ status: 'connected', error_message: null });
      expect(row.next_sync_at.getTime() - row.last_sync_at.getTime()).toBe(hours * 3_600_000);
    }
    const failed = creds.get(cora.client_id)!;
    expect(failed).toMatchObject({ status: 'error', error_message: error, last_sync_at: null });
    expect(failed.next_sync_at.getTime()).toBeGreaterThanOrEqual(started + 12 * 3_600_000 - 1000);
    expect(failed.next_sync_at.getTime()).toBeLessThanOrEqual(finished + 12 * 3_600_000);
    expect([...creds.values()].find((c) => c.platform_type === 'shopify')).toMatchObject({ status: 'pending' });

    const logged = new Map((await results()).map((r) => [r.client_id as string, r]));
    const size = (client: CredentialRow) => [...stored.get(client.client_id)!.values()].reduce((n, m) => n + m.size, 0);
    expect(logged.get(bolt.client_id)).toMatchObject({
      credential_id: bolt.credential_id,
      platform_type: 'amazon',
      records_fetched: size(bolt),
      records_stored: size(bolt),
      success: true,
      data_types_synced: ['orders', 'inventory', 'products'],
      sync_triggered_by: 'cli',
      error_message: null,
    });
    expect(logged.get(cora.client_id)).toMatchObject({
      success: false,
      records_fetched: 0,
      records_stored: 0,
      data_types_synced: [],
      sync_triggered_by: 'cli',
      error_message: error,
    });
  }, 60_000);

  it('a second run sends LastUpdatedAfter and startDateTime from the cursors and inserts nothing new', async () => {
    fake.requests.length = 0;
    const result = await run();
    expect(result.code).toBe(1);
    const rows = summaryRows(result.stdout).filter((r) => r.tenant !== cora.client_id);
    expect(rows.map((r) => [r.status, r.inserted])).toEqual(Array(6).fill(['succeeded', 0]));
    const orders = fake.requests
      .filter((r) => r.path === '/orders/v0/orders')
      .map((r) => r.query.LastUpdatedAfter)
      .sort();
    const expectedOrders = [acmeSeller, boltSeller].map((s) => isoMinus(latest(s.orders.map((o) => o.LastUpdateDate)), LOOKBACK_MS)).sort();
    expect(orders).toEqual(expectedOrders);
    // (The products stream re-reads the whole inventory for its SKUs: those reads carry no startDateTime.)
    const inventory = fake.requests
      .filter((r) => r.path === '/fba/inventory/v1/summaries' && r.query.startDateTime)
      .map((r) => r.query.startDateTime)
      .sort();
    expect(inventory).toEqual(
      [acmeSeller, boltSeller].map((s) => isoMinus(latest(s.inventory.map((i) => i.lastUpdatedTime)), LOOKBACK_MS)).sort(),
    );
    await expectTablesEqualStored();
    const logged = await results();
    expect(logged).toHaveLength(6);
    // The rerun's rows: records read again, none stored (insert-only-new found every one).
    for (const client of [acme, bolt]) {
      const row = logged.slice(3).find((r) => r.client_id === client.client_id)!;
      expect(row).toMatchObject({
        success: true,
        records_stored: 0,
        data_types_synced: ['orders', 'inventory', 'products'],
        sync_triggered_by: 'cli',
      });
      expect(row.records_fetched).toBeGreaterThan(0);
    }
  }, 60_000);

  it('a run asked for over the API (`serve`) is logged as triggered by api, with the rows it stored', async () => {
    newOrder(boltSeller, now() - 180_000);
    const token = 'test-api-token-0123456789abcdef';
    const before = (await results()).length;
    const server = await serve([pipeline, '--no-logs', ...pg.vars, '--var', `orders_page_size=${ORDERS_PAGE}`], {
      ...env(),
      SYNCENGINE_API_TOKEN: token,
    });
    try {
      const response = await fetch(`${server.url}/pipelines/amazon-to-db/runs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tenants: [bolt.client_id], force: true }),
      });
      expect(response.status, await response.clone().text()).toBe(202);
      await waitFor(async () => (await results()).length > before, 'the write-back of the API run', 30_000);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const logged = (await results()).slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      client_id: bolt.client_id,
      success: true,
      records_stored: 1,
      data_types_synced: ['orders', 'inventory', 'products'],
      sync_triggered_by: 'api',
    });
    addNew(bolt, boltSeller);
    await expectTablesEqualStored();
  }, 60_000);

  it('an incremental run fetches only changes; an order hidden by the 2-minute lag arrives on the next run', async () => {
    const orderCursor = latest(acmeSeller.orders.map((o) => o.LastUpdateDate));
    const inventoryCursor = latest(acmeSeller.inventory.map((i) => i.lastUpdatedTime));
    acmeSeller.updateOrder(acmeSeller.orders[3]!.AmazonOrderId, {
      OrderStatus: 'Shipped',
      NumberOfItemsShipped: 2,
      NumberOfItemsUnshipped: 0,
    });
    const visible = newOrder(acmeSeller, now() - 180_000);
    const hidden = newOrder(acmeSeller, now() - 30_000);
    // Five changed summaries: more than one page of 4, so the nextToken page must repeat startDateTime.
    for (const summary of acmeSeller.inventory.slice(0, 5))
      acmeSeller.updateInventory(summary.sellerSku, { totalQuantity: summary.totalQuantity + 3 });
    fake.requests.length = 0;

    const first = await run();
    expect(first.code).toBe(1);
    const rows = new Map(
      summaryRows(first.stdout)
        .filter((r) => r.tenant === acme.client_id)
        .map((r) => [r.stream, r]),
    );
    const changedOrders = acmeSeller.orders.filter(
      (o) => o !== hidden && Date.parse(o.LastUpdateDate) >= Date.parse(orderCursor) - LOOKBACK_MS,
    );
    expect(rows.get('orders')).toMatchObject({ read: changedOrders.length, inserted: 1 });
    const changedInventory = acmeSeller.inventory.filter((i) => Date.parse(i.lastUpdatedTime) >= Date.parse(inventoryCursor) - LOOKBACK_MS);
    expect(changedInventory.length).toBeGreaterThanOrEqual(5);
    expect(rows.get('inventory')).toMatchObject({ read: changedInventory.length, inserted: 0 });
    const inventoryCalls = fake.requests.filter(
      (r) =>
        r.path === '/fba/inventory/v1/summaries' &&
        r.query.granularityId &&
        r.query.startDateTime === isoMinus(inventoryCursor, LOOKBACK_MS),
    );
    expect(inventoryCalls.map((r) => r.query.nextToken === undefined)).toEqual([true, false]);
    const table = await clientData(pg.db, acme.client_id);
    expect(table.get('orders')!.get(visible.AmazonOrderId)).toEqual(visible);
    expect(table.get('orders')!.has(hidden.AmazonOrderId)).toBe(false);

    skewMs += 150_000;
    fake.requests.length = 0;
    const next = await run();
    expect(summaryRows(next.stdout).find((r) => r.tenant === acme.client_id && r.stream === 'orders')).toMatchObject({ inserted: 1 });
    expect(
      fake.requests.filter((r) => r.path === '/orders/v0/orders' && r.query.NextToken === undefined).map((r) => r.query.LastUpdatedAfter),
    ).toContain(isoMinus(visible.LastUpdateDate, LOOKBACK_MS));
    addNew(acme, acmeSeller);
    await expectTablesEqualStored();
  }, 90_000);

  it('with QuotaExceeded 429s (no Retry-After), a 503 burst and access tokens expiring mid-run, a full re-read still ends equal', async () => {
    newOrder(boltSeller, now() - 200_000);
    fake.requests.length = 0;
    Object.assign(fake.faults, { rateLimitEvery: 4, serverErrorBurst: 3, tokenTtlSeconds: 3 });
    const started = Date.now();
    const result = await run('--strategy', 'full');
    const seconds = (Date.now() - started) / 1000;
    Object.assign(fake.faults, { rateLimitEvery: 0, serverErrorBurst: 0, tokenTtlSeconds: 3600 });

    expect(result.code, result.stderr).toBe(1);
    const rows = summaryRows(result.stdout).filter((r) => r.tenant !== cora.client_id);
    expect(rows.every((r) => r.status === 'succeeded')).toBe(true);
    expect(rows.find((r) => r.tenant === bolt.client_id && r.stream === 'orders')).toMatchObject({ inserted: 1 });
    expect(result.stderr).toMatch(/429 Too Many Requests \(retry 1\/6 in (0\.[5-9]|1\.0)s\)/);
    expect(result.stderr).toMatch(/503 Service Unavailable \(retry 1\/6 in/);
    // Hour-long tokens that now last 3 s: each seller's connection renewed its token several times.
    const grants = fake.requests.filter((r) => r.path === '/auth/o2/token').map((r) => new URLSearchParams(r.body).get('refresh_token'));
    expect(grants.filter((t) => t === acmeSeller.refreshToken).length).toBeGreaterThan(2);
    expect(seconds).toBeGreaterThan(3);

    addNew(bolt, boltSeller);
    await expectTablesEqualStored();
    for (const [client, seller] of [
      [acme, acmeSeller],
      [bolt, boltSeller],
    ] as const) {
      const ids = new Map([...sellerData(seller)].map(([type, records]) => [type, [...records.keys()].sort()]));
      const table = new Map([...(await clientData(pg.db, client.client_id))].map(([type, records]) => [type, [...records.keys()].sort()]));
      expect(table).toEqual(ids);
    }
  }, 120_000);
});
