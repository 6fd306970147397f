import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAtTimeOfDay } from '@syncengine/engine';
import { sql } from 'kysely';
import { adminDb, scratchDatabaseName, TEST_URLS } from '../../packages/engine/test/_databases.js';
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
  type ScratchDatabase,
  waitFor,
} from './seed001-helpers.js';

const postgres = await checkDatabase('postgres');
const mysql = await checkDatabase('mysql');

const LOOKBACK_MS = 300_000;
const REPORTS = '/reports/2021-06-30/reports';
const EU = 'A1PA6795UKMFR9';
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
  const args = (...extra: string[]) => [
    'run',
    pipeline,
    ...pg.vars,
    '--var',
    `orders_page_size=${ORDERS_PAGE}`,
    '--var',
    'report_poll_ms=100',
    '--no-logs',
    ...extra,
  ];
  const run = (...extra: string[]) => cli(args(...extra), env());
  const reportCalls = (seller: AmazonSellerStore, method: string, path: (p: string) => boolean) =>
    fake.requests.filter((r) => r.method === method && path(r.path) && r.server === seller.region);
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
      ['listings', new Map(seller.listings.map((l) => [l['seller-sku'], { ...l }]))],
      ['inventory', new Map(seller.inventory.map((s) => [s.sellerSku, structuredClone(s)]))],
      // Catalog items of every listed SKU: FBA and merchant-fulfilled.
      ['products', new Map(seller.listings.map((l) => [l.asin1, item(l.asin1)]))],
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
      // bolt sells in Germany: its calls go to the EU host, which alone accepts its tokens.
      sellers: [
        { sellerId: 'A2ACMEFITTINGS', skus: 5, mfnSkus: 2 },
        { sellerId: 'A3BOLTSUPPLY', skus: 3, mfnSkus: 1, orders: 25, region: 'eu', marketplaceIds: [EU] },
      ],
      inventoryPageSize: 2,
      clock: now,
      // Reports that take a few polls, and faster usage plans for FBA and the catalog (test time; 429s come from faults).
      reportTimings: { queuedSeconds: 0.15, processingSeconds: 0.15 },
      usagePlans: { searchCatalogItems: { rate: 10, burst: 10 }, getInventorySummaries: { rate: 10, burst: 10 } },
    });
    acmeSeller = fake.store.seller('A2ACMEFITTINGS');
    boltSeller = fake.store.seller('A3BOLTSUPPLY');
    pg = await createScratchDatabase('seed001_amazon');
    acme = credentialRow(
      'amazon',
      { seller_id: acmeSeller.sellerId, refresh_token: acmeSeller.refreshToken, marketplace_id: 'ATVPDKIKX0DER', region: 'na' },
      6,
    );
    bolt = credentialRow(
      'amazon',
      { seller_id: boltSeller.sellerId, refresh_token: boltSeller.refreshToken, marketplace_id: EU, region: 'eu' },
      null,
    );
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
    // LWA and each region are hosts of their own: `hosts` sends api.amazon.com and sellingpartnerapi-<region>.amazon.com
    // to the fake's listeners (the pipeline keeps its real URLs); the faster rate limit matches the faster usage plans.
    pipeline = pipelineCopy('pipelines/amazon-to-db.yaml', 'amazon', {
      hosts: fake.hosts as unknown as string,
      rate_limit: { requests_per_second: 10, burst: 10 } as unknown as string,
    });
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
    const atMost5 = (n: number) => Math.min(5, n);
    expect(lines).toHaveLength(
      [acmeSeller, boltSeller].reduce(
        (n, s) => n + atMost5(s.orders.length) + 2 * atMost5(s.listings.length) + atMost5(s.inventory.length),
        0,
      ),
    );
    // Merchant-fulfilled listings come with the FBA ones, from the listings report.
    expect(new Set(lines.filter((l) => l.stream === 'listings').map((l) => l.record.data['fulfillment-channel']))).toEqual(
      new Set(['AMAZON_NA', 'DEFAULT']),
    );
    for (const { stream, record } of lines) {
      expect(record).toMatchObject({ platform: 'amazon', data_type: stream, fetched_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      expect(record.source_id).toBe(
        {
          orders: record.data.AmazonOrderId,
          listings: record.data['seller-sku'],
          inventory: record.data.sellerSku,
          products: record.data.asin,
        }[stream],
      );
    }
    const order = lines.find((l) => l.stream === 'orders' && l.record.data.OrderTotal)!.record.data;
    expect(order).toMatchObject({
      MarketplaceId: expect.stringMatching(/^(ATVPDKIKX0DER|A1PA6795UKMFR9)$/),
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
    const error = `discover.marketplaces: [source:amazon] cannot get an access token: POST https://api.amazon.com/auth/o2/token: 400 Bad Request: invalid_grant: The request has an invalid grant parameter : refresh_token`;
    expect(result.stdout).toContain(`${cora.client_id}: ${error}`);
    const rows = summaryRows(result.stdout);
    expect(rows.filter((r) => r.tenant === cora.client_id).map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    for (const [client, seller] of [
      [acme, acmeSeller],
      [bolt, boltSeller],
    ] as const) {
      addNew(client, seller);
      const expected = stored.get(client.client_id)!;
      expect(rows.filter((r) => r.tenant === client.client_id).map((r) => [r.stream, r.status, r.read, r.inserted])).toEqual(
        ['orders', 'listings', 'inventory', 'products'].map((type) => [
          type,
          'succeeded',
          expected.get(type)!.size,
          expected.get(type)!.size,
        ]),
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
    expect(fake.requests.filter((r) => r.path === '/auth/o2/token').every((r) => r.server === 'lwa')).toBe(true);
    // Each seller's calls went to its own region's host.
    expect(
      fake.requests
        .filter((r) => r.path === '/orders/v0/orders')
        .map((r) => `${r.server}:${r.query.MarketplaceIds}`)
        .sort(),
    ).toEqual(expect.arrayContaining([`na:ATVPDKIKX0DER`, `eu:${EU}`]));
    // Listings: one report per seller (createReport, getReport until DONE, getReportDocument); the products stream
    // reads the same report again; its gzipped file comes from the storage host without the access token.
    for (const seller of [acmeSeller, boltSeller]) {
      const created = reportCalls(seller, 'POST', (p) => p === REPORTS);
      expect(created.map((r) => JSON.parse(r.body))).toEqual([
        { reportType: 'GET_MERCHANT_LISTINGS_ALL_DATA', marketplaceIds: [seller.marketplaceIds[0]] },
      ]);
      expect(reportCalls(seller, 'GET', (p) => p.startsWith(`${REPORTS}/`)).length).toBeGreaterThanOrEqual(2);
    }
    const downloads = fake.requests.filter((r) => r.server === 'documents');
    expect(downloads).toHaveLength(4);
    expect(downloads.every((r) => r.headers['x-amz-access-token'] === undefined && r.query['X-Amz-Signature'])).toBe(true);
    expect(grants).toContainEqual({
      grant_type: 'refresh_token',
      refresh_token: acmeSeller.refreshToken,
      client_id: fake.store.clientId,
      client_secret: fake.store.clientSecret,
    });
    const calls = fake.requests.filter((r) => r.path !== '/auth/o2/token' && r.server !== 'documents');
    expect(calls.every((r) => /^Atza\|/.test(String(r.headers['x-amz-access-token'])) && r.headers.authorization === undefined)).toBe(true);
    // getOrders from the initial cursor, then pages linked by NextToken (sent URL-encoded: it holds + and /).
    const orders = calls.filter((r) => r.path === '/orders/v0/orders');
    const firsts = orders.filter((r) => r.query.NextToken === undefined);
    expect(firsts.map((r) => r.query).sort((a, b) => a.MarketplaceIds!.localeCompare(b.MarketplaceIds!))).toEqual(
      [EU, 'ATVPDKIKX0DER'].sort().map((m) => ({
        MarketplaceIds: m,
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
      2,
    );

    const creds = await credentials();
    for (const [client, hours] of [
      [acme, 6],
      [bolt, 24],
    ] as const) {
      const row = creds.get(client.client_id)!;
      expect(row).toMatchObject({ status: 'connected', error_message: null });
      // The next sync is at midnight (tenants.at) UTC, then every sync_frequency_hours: not last sync + frequency.
      expect(row.next_sync_at.getTime()).toBe(nextAtTimeOfDay(row.last_sync_at.getTime(), hours, '00:00', 'UTC'));
    }
    const failed = creds.get(cora.client_id)!;
    expect(failed).toMatchObject({ status: 'error', error_message: error, last_sync_at: null });
    expect(failed.next_sync_at.getTime()).toBeGreaterThanOrEqual(nextAtTimeOfDay(started - 1000, 12, '00:00', 'UTC'));
    expect(failed.next_sync_at.getTime()).toBeLessThanOrEqual(nextAtTimeOfDay(finished, 12, '00:00', 'UTC'));
    expect(new Date(failed.next_sync_at).getUTCMinutes()).toBe(0);
    expect([...creds.values()].find((c) => c.platform_type === 'shopify')).toMatchObject({ status: 'pending' });

    const logged = new Map((await results()).map((r) => [r.client_id as string, r]));
    const size = (client: CredentialRow) => [...stored.get(client.client_id)!.values()].reduce((n, m) => n + m.size, 0);
    expect(logged.get(bolt.client_id)).toMatchObject({
      credential_id: bolt.credential_id,
      platform_type: 'amazon',
      records_fetched: size(bolt),
      records_stored: size(bolt),
      success: true,
      data_types_synced: ['orders', 'listings', 'inventory', 'products'],
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
    expect(rows.map((r) => [r.status, r.inserted])).toEqual(Array(8).fill(['succeeded', 0]));
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
        data_types_synced: ['orders', 'listings', 'inventory', 'products'],
        sync_triggered_by: 'cli',
      });
      expect(row.records_fetched).toBeGreaterThan(0);
    }
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
    // Pages of 2: the nextToken pages repeat startDateTime, as SP-API requires.
    expect(inventoryCalls.map((r) => r.query.nextToken === undefined)).toEqual([
      true,
      ...Array(Math.ceil(changedInventory.length / 2) - 1).fill(false),
    ]);
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

  it('a run stopped while it polls a report leaves its id in the state store (MariaDB); the next run resumes that report', async () => {
    // The state of these runs lives in MariaDB: the report id is one of the store's connection values.
    mysql.require();
    const stateName = scratchDatabaseName('mysql', 'seed001_state');
    const admin = adminDb('mysql');
    await sql.raw(`CREATE DATABASE ${stateName}`).execute(admin);
    const stateUrl = new URL(TEST_URLS.mysql);
    stateUrl.pathname = `/${stateName}`;
    const state = ['--state', stateUrl.toString()];
    const listingsRun = (signal?: AbortSignal) => cli(args('--tenant', acme.client_id, '--stream', 'listings', ...state), env(), signal);
    const storedListings = async () => (await clientData(pg.db, acme.client_id)).get('listings') ?? new Map<string, unknown>();
    const timings = { ...fake.store.reports.timings };
    try {
      // The precondition, set here rather than left by the tests before: acme's table holds every listing.
      // (That run's report, read to the end, is not resumed by the next run: it asks for a new one.)
      const setup = await listingsRun();
      expect(setup.code, setup.stderr).toBe(0);
      const before = await storedListings();
      expect([...before.keys()].sort()).toEqual(acmeSeller.listings.map((l) => l['seller-sku']).sort());

      fake.store.reports.timings.processingSeconds = 3600; // stays IN_PROGRESS
      fake.requests.length = 0;
      const controller = new AbortController();
      const stopped = listingsRun(controller.signal);
      const polls = () => reportCalls(acmeSeller, 'GET', (p) => p.startsWith(`${REPORTS}/`));
      await waitFor(() => polls().length >= 2, 'two getReport polls', 20_000);
      controller.abort();
      const first = await stopped;
      expect(summaryRows(first.stdout).find((r) => r.stream === 'listings')?.status).toMatch(/aborted|failed/);
      const created = reportCalls(acmeSeller, 'POST', (p) => p === REPORTS);
      expect(created).toHaveLength(1);
      const reportId = polls()[0]!.path.split('/').pop()!;
      expect([...fake.store.reports.reports.values()].find((r) => r.reportId === reportId)?.sellerId).toBe(acmeSeller.sellerId);

      // The report finishes meanwhile (the fake says DONE from the first poll, however little time has passed);
      // the restarted run asks for it by id instead of requesting another.
      Object.assign(fake.store.reports.timings, { queuedSeconds: 0, processingSeconds: 0 });
      acmeSeller.listings[0]!.price = '99.95';
      fake.requests.length = 0;
      const resumed = await listingsRun();
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(reportCalls(acmeSeller, 'POST', (p) => p === REPORTS)).toEqual([]);
      expect(polls().map((r) => r.path)).toEqual([`${REPORTS}/${reportId}`]);
      expect(resumed.stderr).toContain(`resuming report ${reportId}`);
      // Every listing was stored already: none inserted, and the stored rows are left alone (insert_new), new price or not.
      expect(summaryRows(resumed.stdout).find((r) => r.stream === 'listings')).toMatchObject({
        status: 'succeeded',
        read: acmeSeller.listings.length,
        inserted: 0,
      });
      expect(await storedListings()).toEqual(before);
      Object.assign(fake.store.reports.timings, timings);
      // A report that fails (FATAL) fails the stream with its status, and the next run asks anew.
      fake.store.reports.failNext('FATAL');
      const fatal = await listingsRun();
      expect(fatal.code).toBe(1);
      expect(fatal.stdout).toMatch(/listings: .*report \d+ ended FATAL/);
      fake.requests.length = 0;
      expect((await listingsRun()).code).toBe(0);
      expect(reportCalls(acmeSeller, 'POST', (p) => p === REPORTS)).toHaveLength(1);
    } finally {
      Object.assign(fake.store.reports.timings, timings);
      await sql.raw(`DROP DATABASE IF EXISTS ${stateName}`).execute(admin);
      await admin.destroy();
    }
  }, 60_000);

  it('with QuotaExceeded 429s (no Retry-After), a 503 burst and access tokens expiring mid-run, a full re-read still ends equal', async () => {
    newOrder(boltSeller, now() - 200_000);
    fake.requests.length = 0;
    Object.assign(fake.faults, { rateLimitEvery: 7, serverErrorBurst: 3, tokenTtlSeconds: 3 });
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
    expect(seconds).toBeGreaterThan(3);
    // Hour-long tokens that now last 3 s, renewed 1.5 s before they expire: a run of more than 3 s renewed a token
    // mid-run, so the two sellers' connections asked LWA more than once each would. (Which seller renewed, and how
    // often, depends on how long each one's calls took.)
    const grants = fake.requests.filter((r) => r.path === '/auth/o2/token').map((r) => new URLSearchParams(r.body).get('refresh_token'));
    expect(grants.filter((t) => t === acmeSeller.refreshToken || t === boltSeller.refreshToken).length).toBeGreaterThan(2);

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
