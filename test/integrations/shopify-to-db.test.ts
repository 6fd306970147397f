import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { parse as parseYaml, parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAtTimeOfDay } from '@syncengine/engine';
import { SHOPIFY_READ_SCOPES, startShopifyFake, type ShopifyFake, type ShopifyShopStore } from '@syncengine/fakes';
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
} from './seed001-helpers.js';

const postgres = await checkDatabase('postgres');

/** Small pages, so every stream of every shop needs several `Link` pages. */
const PAGE = 20;
const LOOKBACK_MS = 300_000;

/** What a shop holds, as the client table should: data type -> source id -> record. */
/**
 * The fake's clock: it starts at a fixed instant, three months after the seeded shops' data (so
 * every seeded order is older than 60 days), and advances with the test (its leaky bucket drains).
 */
const FAKE_START = Date.UTC(2024, 8, 1, 12);
const startedAt = performance.now();
const fakeClock = () => FAKE_START + Math.floor(performance.now() - startedAt);

/** The orders the app sees: without `read_all_orders`, only those created in the last 60 days. */
const visibleOrders = (shop: ShopifyShopStore) =>
  shop.scopes.includes('read_all_orders')
    ? shop.orders
    : shop.orders.filter((o) => Date.parse(o.created_at) >= fakeClock() - 60 * 86_400_000);

function shopData(shop: ShopifyShopStore): Map<string, Map<string, unknown>> {
  const byId = <T extends { id: number }>(records: T[]) =>
    new Map(records.map((r) => [String(r.id), structuredClone(r)] as [string, unknown]));
  return new Map([
    ['orders', byId(visibleOrders(shop))],
    ['products', byId(shop.products)],
    ['customers', byId(shop.customers)],
    [
      'inventory',
      new Map(shop.inventoryLevels.map((l) => [`${l.inventory_item_id}:${l.location_id}`, structuredClone(l)] as [string, unknown])),
    ],
  ]);
}

/** Adds what the shop holds now and the table lacks: insert-only-new keeps the first version of a record. */
function addNew(stored: Map<string, Map<string, unknown>>, shop: ShopifyShopStore): void {
  for (const [type, records] of shopData(shop))
    for (const [id, record] of records) if (!stored.get(type)!.has(id)) stored.get(type)!.set(id, record);
}

const maxUpdatedAt = (records: { updated_at: string }[]): string =>
  records.reduce((max, r) => (Date.parse(r.updated_at) > Date.parse(max) ? r.updated_at : max), records[0]!.updated_at);
const changedSince = (records: { updated_at: string }[], cursor: string): number =>
  records.filter((r) => Date.parse(r.updated_at) >= Date.parse(cursor) - LOOKBACK_MS).length;

describe.runIf(postgres.run)('pipelines/shopify-to-db.yaml: Shopify fake -> client_{id}_data on PostgreSQL', () => {
  let fake: ShopifyFake;
  let pg: ScratchDatabase;
  let pipeline: string;
  let acme: CredentialRow;
  let bolt: CredentialRow;
  let cora: CredentialRow;
  let acmeShop: ShopifyShopStore;
  let boltShop: ShopifyShopStore;
  /** What each client's table should hold. */
  const stored = new Map<string, Map<string, Map<string, unknown>>>();
  const run = (...extra: string[]) => cli(['run', pipeline, ...pg.vars, '--var', `page_size=${PAGE}`, '--no-logs', ...extra], pg.env);
  const tokenOf = (header: unknown) => (Array.isArray(header) ? header[0] : header) as string | undefined;
  const requestsOf = (shop: ShopifyShopStore, path: string) =>
    fake.requests.filter((r) => r.path.endsWith(path) && tokenOf(r.headers['x-shopify-access-token']) === shop.accessToken);
  const credentials = async () => {
    const rows = await pg.db.selectFrom('client_api_credentials').selectAll().execute();
    return new Map(rows.map((r) => [r.client_id as string, r as Record<string, any>]));
  };
  const results = () => pg.db.selectFrom('client_api_sync_results').selectAll().orderBy('id').execute() as Promise<Record<string, any>[]>;
  const expectTablesEqualStored = async () => {
    for (const client of [acme, bolt]) expect(await clientData(pg.db, client.client_id)).toEqual(stored.get(client.client_id));
  };

  beforeAll(async () => {
    postgres.require();
    // One host per shop; bolt's app was not granted read_all_orders, so its orders older than 60 days do not exist for it.
    fake = await startShopifyFake({
      clock: fakeClock,
      shops: [
        { handle: 'acme' },
        {
          handle: 'bolt',
          counts: { orders: 45, products: 12, customers: 21 },
          scopes: SHOPIFY_READ_SCOPES.filter((sc) => sc !== 'read_all_orders'),
        },
        { handle: 'cora', counts: { orders: 3, products: 2, customers: 2 } },
      ],
    });
    boltShop = fake.store.shop('bolt');
    // Two recent orders: the ones bolt's app can see.
    boltShop.addOrder();
    boltShop.addOrder();
    acmeShop = fake.store.shop('acme');
    pg = await createScratchDatabase('seed001_shopify');
    // Shop domains in the forms client databases hold them; the third client's token was revoked.
    acme = credentialRow('shopify', { shop_domain: 'acme.myshopify.com', access_token: acmeShop.accessToken }, 6);
    bolt = credentialRow('shopify', { shop_domain: 'https://bolt.myshopify.com/', access_token: boltShop.accessToken }, null);
    cora = credentialRow('shopify', { shop_domain: 'cora', access_token: 'shpat_revoked0000000000000000000000' }, 12);
    await insertCredentials(pg.db, [
      acme,
      bolt,
      cora,
      credentialRow('amazon', { seller_id: 'A2OTHER', refresh_token: 'Atzr|IwEBIother' }, 24),
    ]);
    // Each shop has a host of its own: `hosts` sends <shop>.myshopify.com to its listener; the pipeline keeps its
    // real URLs (and the Link header's), and this line is the only change.
    pipeline = pipelineCopy('pipelines/shopify-to-db.yaml', 'shopify', { hosts: fake.hosts as unknown as string });
  });
  afterAll(async () => {
    await fake?.close();
    await pg?.drop();
    if (pipeline) rmSync(dirname(pipeline), { recursive: true, force: true });
  });

  it('--dry-run --limit 5 prints realistic records with secrets masked, and writes nothing', async () => {
    // A support agent pasted the token into an order note: the printed record must not show it.
    const noted = acmeShop.updateOrder(acmeShop.orders[0]!.id, { note: `token for support: ${acmeShop.accessToken}` });
    const result = await run('--dry-run', '--limit', '5', '--debug');
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { stream: string; tenant: string; record: Record<string, any> });
    expect(lines).toHaveLength(5 + 5 + 5 + 5 + Math.min(5, visibleOrders(boltShop).length) + 5 + 5 + 5);
    // Each line says which client the record belongs to: 20 lines for each of the two good clients.
    expect([...new Set(lines.map((l) => l.tenant))]).toHaveLength(2);
    for (const { stream, record } of lines) {
      expect(record).toMatchObject({ platform: 'shopify', data_type: stream, fetched_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      const source = stream === 'inventory' ? `${record.data.inventory_item_id}:${record.data.location_id}` : String(record.data.id);
      expect(record.source_id).toBe(source);
    }
    const order = lines.find((l) => l.record.source_id === String(noted.id))!.record.data;
    expect(order).toMatchObject({
      note: 'token for support: ***',
      total_price: expect.stringMatching(/^\d+\.\d\d$/),
      line_items: expect.any(Array),
    });
    expect(
      lines.some((l) => l.stream === 'customers' && typeof l.record.data.email === 'string' && Array.isArray(l.record.data.addresses)),
    ).toBe(true);
    expect(
      secretsIn(result.stdout + result.stderr, [
        acmeShop.accessToken,
        boltShop.accessToken,
        'shpat_revoked0000000000000000000000',
        pg.password,
        pg.url,
      ]),
    ).toEqual([]);

    expect(await tableExists(pg.db, clientTable(acme.client_id))).toBe(false);
    expect(await results()).toEqual([]);
    expect([...(await credentials()).values()].map((c) => c.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it("first run: two clients synced; the revoked one is marked error with the API's message and its next sync", async () => {
    fake.requests.length = 0;
    const started = Date.now();
    const result = await run();
    const finished = Date.now();
    expect(result.code, result.stderr).toBe(1);
    const error = `discover.locations: [source:shopify] GET https://cora.myshopify.com/admin/api/2024-10/locations.json?limit=250: 401 Unauthorized: [API] Invalid API key or access token (unrecognized login or wrong password)`;
    expect(result.stdout).toContain(`${cora.client_id}: ${error}`);
    const rows = summaryRows(result.stdout);
    expect(rows.filter((r) => r.tenant === cora.client_id).map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    for (const [client, shop] of [
      [acme, acmeShop],
      [bolt, boltShop],
    ] as const) {
      const counts = {
        orders: visibleOrders(shop).length,
        products: shop.products.length,
        customers: shop.customers.length,
        inventory: shop.inventoryLevels.length,
      };
      expect(rows.filter((r) => r.tenant === client.client_id).map((r) => [r.stream, r.status, r.read, r.inserted])).toEqual(
        Object.entries(counts).map(([stream, n]) => [stream, 'succeeded', n, n]),
      );
      stored.set(client.client_id, shopData(shop));
    }
    await expectTablesEqualStored();
    expect(await tableExists(pg.db, clientTable(cora.client_id))).toBe(false);

    // Link-header paging: the first page carries the filters, the next ones only page_info and limit.
    const orders = requestsOf(acmeShop, '/orders.json');
    expect(orders.map((r) => Object.keys(r.query).sort().join(','))).toEqual(['limit,status', 'limit,page_info', 'limit,page_info']);
    expect(orders[0]!.query).toEqual({ status: 'any', limit: String(PAGE) });
    // Every request reached the shop's own host, the next pages too (Link URLs on https://acme.myshopify.com).
    expect(orders.every((r) => r.server === 'acme' && r.headers['x-forwarded-host'] === 'acme.myshopify.com')).toBe(true);
    expect(requestsOf(boltShop, '/orders.json').every((r) => r.server === 'bolt')).toBe(true);
    expect(visibleOrders(boltShop)).toHaveLength(2);

    const creds = await credentials();
    for (const [client, hours] of [
      [acme, 6],
      [bolt, 24],
    ] as const) {
      const row = creds.get(client.client_id)!;
      expect(row).toMatchObject({ status: 'connected', error_message: null });
      expect(row.last_sync_at.getTime()).toBeGreaterThanOrEqual(started - 1000);
      // The next sync is at midnight (tenants.at) UTC, then every sync_frequency_hours: not last sync + frequency.
      expect(row.next_sync_at.getTime()).toBe(nextAtTimeOfDay(row.last_sync_at.getTime(), hours, '00:00', 'UTC'));
    }
    const failed = creds.get(cora.client_id)!;
    expect(failed).toMatchObject({ status: 'error', error_message: error, last_sync_at: null });
    expect(failed.next_sync_at.getTime()).toBeGreaterThanOrEqual(nextAtTimeOfDay(started - 1000, 12, '00:00', 'UTC'));
    expect(failed.next_sync_at.getTime()).toBeLessThanOrEqual(nextAtTimeOfDay(finished, 12, '00:00', 'UTC'));
    expect(new Date(failed.next_sync_at).getUTCMinutes()).toBe(0);
    expect([...creds.values()].find((c) => c.platform_type === 'amazon')).toMatchObject({ status: 'pending', last_sync_at: null });

    const logged = new Map((await results()).map((r) => [r.client_id as string, r]));
    expect(logged.size).toBe(3);
    const total = (shop: ShopifyShopStore) =>
      shop.orders.length + shop.products.length + shop.customers.length + shop.inventoryLevels.length;
    expect(logged.get(acme.client_id)).toMatchObject({
      credential_id: acme.credential_id,
      platform_type: 'shopify',
      records_fetched: total(acmeShop),
      records_stored: total(acmeShop),
      success: true,
      data_types_synced: ['orders', 'products', 'customers', 'inventory'],
      sync_triggered_by: 'cli',
      error_message: null,
    });
    expect(logged.get(acme.client_id)!.sync_duration_seconds).toBeGreaterThan(0);
    expect(logged.get(cora.client_id)).toMatchObject({
      success: false,
      records_fetched: 0,
      records_stored: 0,
      data_types_synced: [],
      sync_triggered_by: 'cli',
      error_message: error,
    });
  });

  it('a second run sends updated_at_min and inserts nothing new', async () => {
    fake.requests.length = 0;
    const result = await run();
    expect(result.code).toBe(1);
    const rows = summaryRows(result.stdout).filter((r) => r.tenant !== cora.client_id);
    expect(rows.map((r) => r.inserted)).toEqual(Array(8).fill(0));
    expect(rows.every((r) => r.status === 'succeeded' && r.unchanged === r.read)).toBe(true);
    const orders = requestsOf(acmeShop, '/orders.json');
    expect(orders).toHaveLength(1);
    expect(orders[0]!.query).toEqual({
      status: 'any',
      limit: String(PAGE),
      updated_at_min: isoMinus(maxUpdatedAt(acmeShop.orders), LOOKBACK_MS),
    });
    await expectTablesEqualStored();
    const logged = await results();
    expect(logged).toHaveLength(6);
    // The rerun's rows: what was read again, but nothing stored (insert-only-new found every record).
    const rerun = new Map(logged.slice(3).map((r) => [r.client_id as string, r]));
    for (const client of [acme, bolt]) {
      const row = rerun.get(client.client_id)!;
      expect(row).toMatchObject({
        success: true,
        records_stored: 0,
        data_types_synced: ['orders', 'products', 'customers', 'inventory'],
        sync_triggered_by: 'cli',
      });
      expect(row.records_fetched).toBeGreaterThan(0);
    }
  });

  it('an incremental run after changes fetches only what changed since the cursor', async () => {
    const cursors = {
      orders: maxUpdatedAt(acmeShop.orders),
      products: maxUpdatedAt(acmeShop.products),
      customers: maxUpdatedAt(acmeShop.customers),
      inventory: maxUpdatedAt(acmeShop.inventoryLevels),
    };
    const changedOrder = acmeShop.updateOrder(acmeShop.orders[5]!.id, { note: 'gift wrap, please', tags: 'vip' });
    const newOrder = acmeShop.addOrder();
    acmeShop.updateProduct(acmeShop.products[3]!.id, { title: 'Male Connector 03 (new packaging)' });
    acmeShop.updateCustomer(acmeShop.customers[2]!.id, { note: 'prefers email' });
    const level = acmeShop.inventoryLevels[0]!;
    acmeShop.setInventoryLevel(level.inventory_item_id, level.location_id, 7);
    fake.requests.length = 0;

    const result = await run();
    expect(result.code).toBe(1);
    const rows = new Map(
      summaryRows(result.stdout)
        .filter((r) => r.tenant === acme.client_id)
        .map((r) => [r.stream, r]),
    );
    expect(rows.get('orders')).toMatchObject({ read: changedSince(acmeShop.orders, cursors.orders), inserted: 1 });
    expect(rows.get('products')).toMatchObject({ read: changedSince(acmeShop.products, cursors.products), inserted: 0 });
    expect(rows.get('customers')).toMatchObject({ read: changedSince(acmeShop.customers, cursors.customers), inserted: 0 });
    expect(rows.get('inventory')).toMatchObject({ read: changedSince(acmeShop.inventoryLevels, cursors.inventory), inserted: 0 });
    expect(rows.get('orders')!.read).toBeLessThan(5);

    for (const [path, cursor] of [
      ['/orders.json', cursors.orders],
      ['/products.json', cursors.products],
      ['/customers.json', cursors.customers],
    ] as const) {
      expect(requestsOf(acmeShop, path).map((r) => r.query.updated_at_min)).toEqual([isoMinus(cursor, LOOKBACK_MS)]);
    }
    expect(requestsOf(acmeShop, '/inventory_levels.json').map((r) => r.query.updated_at_min)).toEqual([
      isoMinus(cursors.inventory, LOOKBACK_MS),
      isoMinus(cursors.inventory, LOOKBACK_MS),
    ]);

    // Insert-only-new: the new order is stored; the changed records keep their first stored version.
    addNew(stored.get(acme.client_id)!, acmeShop);
    const table = await clientData(pg.db, acme.client_id);
    expect(table.get('orders')!.get(String(newOrder.id))).toEqual(newOrder);
    expect((table.get('orders')!.get(String(changedOrder.id)) as { note: unknown }).note).toBeNull();
    await expectTablesEqualStored();
  });

  it('with 429s (with and without Retry-After) and a 503 burst, a full re-read still ends equal', async () => {
    acmeShop.addOrder();
    boltShop.addOrder();
    fake.faults.serverErrorBurst = 3;
    fake.faults.rateLimitEvery = 6;
    fake.faults.retryAfterSeconds = 0.5; // fractional, as Shopify sends it (2.0 in production)
    const withRetryAfter = await run('--strategy', 'full');
    fake.faults.retryAfterSeconds = null;
    boltShop.addOrder();
    const withoutRetryAfter = await run('--strategy', 'full');
    Object.assign(fake.faults, { rateLimitEvery: 0, serverErrorBurst: 0, retryAfterSeconds: 2 });

    for (const result of [withRetryAfter, withoutRetryAfter]) {
      expect(result.code).toBe(1);
      expect(
        summaryRows(result.stdout)
          .filter((r) => r.tenant !== cora.client_id)
          .every((r) => r.status === 'succeeded'),
      ).toBe(true);
    }
    expect(withRetryAfter.stderr).toMatch(/503 Service Unavailable \(retry 1\/5 in/);
    expect(withRetryAfter.stderr).toMatch(/429 Too Many Requests \(retry 1\/5 in 0\.5s\)/);
    // No Retry-After: the backoff of the http connector (1 s doubling, with jitter) decides.
    const waits = [...withoutRetryAfter.stderr.matchAll(/429 Too Many Requests \(retry 1\/5 in (\d+\.\d)s\)/g)].map((m) => Number(m[1]));
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((s) => s >= 0.5 && s <= 1)).toBe(true);
    expect(summaryRows(withoutRetryAfter.stdout).find((r) => r.tenant === bolt.client_id && r.stream === 'orders')).toMatchObject({
      inserted: 1,
    });

    addNew(stored.get(acme.client_id)!, acmeShop);
    addNew(stored.get(bolt.client_id)!, boltShop);
    await expectTablesEqualStored();
    for (const [client, shop] of [
      [acme, acmeShop],
      [bolt, boltShop],
    ] as const) {
      const ids = new Map([...shopData(shop)].map(([type, records]) => [type, [...records.keys()].sort()]));
      const table = new Map([...(await clientData(pg.db, client.client_id))].map(([type, records]) => [type, [...records.keys()].sort()]));
      expect(table).toEqual(ids);
    }
  }, 60_000);
});

describe('pipelines/shopify-to-db.yaml on SQLite, as docs/integrations/shopify-to-db.md#sqlite says', () => {
  let fake: ShopifyFake;
  let dir: string;
  let pipeline: string;
  const clients = {} as Record<'acme' | 'cora', CredentialRow>;

  beforeAll(async () => {
    fake = await startShopifyFake({ shops: [{ handle: 'acme', counts: { orders: 30, products: 10, customers: 12 } }] });
    // The guide's YAML block replaces connections.db and tenants.write_back; its SQL block makes the tables.
    const guide = readFileSync('docs/integrations/shopify-to-db.md', 'utf8');
    const section = guide.slice(guide.indexOf('## SQLite'));
    const yamlBlock = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const sqlBlock = /```sql\n([\s\S]*?)```/.exec(section)![1]!;
    const variant = parseYaml(yamlBlock) as { connections: { db: unknown }; tenants: { write_back: unknown } };
    const doc = parseDocument(readFileSync('pipelines/shopify-to-db.yaml', 'utf8'));
    doc.setIn(['connections', 'db'], doc.createNode(variant.connections.db));
    doc.setIn(['tenants', 'write_back'], doc.createNode(variant.tenants.write_back));
    doc.setIn(['connections', 'shopify', 'base_url'], `${fake.url}/admin/api/2024-10`);
    dir = mkdtempSync(join(tmpdir(), 'seed001-sqlite-'));
    pipeline = join(dir, 'shopify-to-db.yaml');
    writeFileSync(pipeline, String(doc));

    clients.acme = credentialRow('shopify', { shop_domain: 'acme', access_token: fake.store.shop('acme').accessToken }, 6);
    clients.cora = credentialRow('shopify', { shop_domain: 'cora', access_token: 'shpat_revoked0000000000000000000000' }, 12);
    const db = new Database(join(dir, 'clients.db'));
    db.exec(sqlBlock);
    const insert = db.prepare(
      'INSERT INTO client_api_credentials (credential_id, client_id, platform_type, credentials, sync_frequency_hours) VALUES (?, ?, ?, ?, ?)',
    );
    for (const c of Object.values(clients))
      insert.run(c.credential_id, c.client_id, c.platform_type, JSON.stringify(c.credentials), c.sync_frequency_hours);
    db.close();
  });
  afterAll(async () => {
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('syncs, logs each client in client_api_sync_results and the trigger updates its credentials row; a rerun inserts nothing', async () => {
    const first = await cli(['run', pipeline, '--no-logs'], {});
    expect(first.code, first.stderr).toBe(1);
    const second = await cli(['run', pipeline, '--no-logs'], {});
    expect(
      summaryRows(second.stdout)
        .filter((r) => r.tenant === clients.acme.client_id)
        .map((r) => [r.status, r.inserted]),
    ).toEqual(Array(4).fill(['succeeded', 0]));

    const db = new Database(join(dir, 'clients.db'), { readonly: true });
    try {
      const shop = fake.store.shop('acme');
      const rows = db.prepare(`SELECT data_type, source_id, data FROM ${clientTable(clients.acme.client_id)}`).all() as {
        data_type: string;
        source_id: string;
        data: string;
      }[];
      const count = (type: string) => rows.filter((r) => r.data_type === type).length;
      expect([count('orders'), count('products'), count('customers'), count('inventory')]).toEqual([
        shop.orders.length,
        shop.products.length,
        shop.customers.length,
        shop.inventoryLevels.length,
      ]);
      const first = shop.orders[0]!;
      expect(JSON.parse(rows.find((r) => r.source_id === String(first.id))!.data)).toEqual(first);

      const creds = new Map(
        (db.prepare('SELECT * FROM client_api_credentials').all() as Record<string, any>[]).map((r) => [r.client_id as string, r]),
      );
      const acme = creds.get(clients.acme.client_id)!;
      expect(acme).toMatchObject({ status: 'connected', error_message: null });
      expect(Date.parse(acme.next_sync_at)).toBe(nextAtTimeOfDay(Date.parse(acme.last_sync_at), 6, '00:00', 'UTC'));
      const cora = creds.get(clients.cora.client_id)!;
      expect(cora).toMatchObject({
        status: 'error',
        last_sync_at: null,
        error_message: expect.stringContaining('401 Unauthorized: [API] Invalid API key or access token'),
      });
      // A failed client is due again after this run, not at once.
      expect(Date.parse(cora.next_sync_at)).toBeGreaterThan(Date.parse(acme.last_sync_at));

      const results = db
        .prepare(
          'SELECT client_id, success, records_fetched, records_stored, sync_duration_seconds, data_types_synced, sync_triggered_by FROM client_api_sync_results ORDER BY id',
        )
        .all() as Record<string, any>[];
      expect(results).toHaveLength(4);
      const total = shop.orders.length + shop.products.length + shop.customers.length + shop.inventoryLevels.length;
      expect(
        results
          .filter((r) => r.client_id === clients.acme.client_id)
          .map((r) => [r.success, r.records_fetched, r.records_stored, r.sync_triggered_by, JSON.parse(r.data_types_synced)]),
      ).toEqual([
        [1, total, total, 'cli', ['orders', 'products', 'customers', 'inventory']],
        // The rerun read records again but stored none.
        [1, expect.any(Number), 0, 'cli', ['orders', 'products', 'customers', 'inventory']],
      ]);
      expect(results.find((r) => r.client_id === clients.cora.client_id)).toMatchObject({
        success: 0,
        records_fetched: 0,
        data_types_synced: '[]',
      });
      expect(results.every((r) => r.sync_duration_seconds >= 0 && r.sync_duration_seconds < 60)).toBe(true);
    } finally {
      db.close();
    }
  }, 60_000);
});
