/**
 * Seed 001 as operated: both pipelines under one `serve` with the seed's admin trigger, the scheduler
 * on an injected clock (midnight due times, the 8-hourly SKU analysis job), the job by hand, and
 * encrypted credentials, against the Shopify and Amazon fakes and PostgreSQL.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml, parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { createEngine, nextAtTimeOfDay } from '@syncengine/engine';
import { startAmazonFake, startShopifyFake, type AmazonFake, type ShopifyFake } from '@syncengine/fakes';
import { openOpsPipelines } from '../../packages/cli/src/ops/ops-pipeline.js';
import { createRunQueue } from '../../packages/cli/src/ops/run-queue.js';
import { createScheduler } from '../../packages/cli/src/ops/scheduler.js';
import { findTargets } from '../../packages/cli/src/ops/due-targets.js';
import {
  checkDatabase,
  cli,
  createScratchDatabase,
  insertCredentials,
  pipelineCopy,
  secretsIn,
  serve,
  summaryRows,
  waitFor,
  type CredentialRow,
  type ScratchDatabase,
} from './seed001-helpers.js';

const postgres = await checkDatabase('postgres');
const HOUR = 3_600_000;
/** The scheduler's first instant: a Tuesday afternoon, far from midnight and from the job's 17:00. */
const T0 = Date.parse('2026-05-12T15:00:00Z');

/** AES-256-GCM as the guide describes it: base64 of nonce, ciphertext and tag. */
function encrypt(key: Buffer, value: unknown): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
}

describe.runIf(postgres.run)('seed 001 operated: admin trigger, midnight schedule, SKU analysis job, encrypted credentials', () => {
  let shopify: ShopifyFake;
  let amazon: AmazonFake;
  let pg: ScratchDatabase;
  let shopifyFile: string;
  let amazonFile: string;
  let dir: string;
  const acmeId = '3f2a9c1e-0b7d-4e51-9a36-1c2d3e4f5a6b';
  const boltId = '41f9d685-af0d-45d8-a6a8-7d30c70c3c86';
  const env = () => ({ ...pg.env, LWA_CLIENT_ID: amazon.store.clientId, LWA_CLIENT_SECRET: amazon.store.clientSecret });
  const vars = () => [...pg.vars, '--var', 'report_poll_ms=100'];
  const results = () => pg.db.selectFrom('client_api_sync_results').selectAll().orderBy('id').execute() as Promise<Record<string, any>[]>;

  beforeAll(async () => {
    postgres.require();
    shopify = await startShopifyFake({
      shops: [
        { handle: 'acme', counts: { orders: 12, products: 5, customers: 4 } },
        { handle: 'bolt', counts: { orders: 6, products: 3, customers: 3 } },
      ],
    });
    amazon = await startAmazonFake({
      sellers: [{ sellerId: 'A2ACMEFITTINGS', skus: 3, mfnSkus: 2, orders: 10 }],
      reportTimings: { queuedSeconds: 0.1, processingSeconds: 0.1 },
      usagePlans: { searchCatalogItems: { rate: 10, burst: 10 }, getInventorySummaries: { rate: 10, burst: 10 } },
    });
    pg = await createScratchDatabase('seed001_ops');
    const row = (client: string, platform: string, credentials: Record<string, unknown>): CredentialRow => ({
      credential_id: randomUUIDv4(),
      client_id: client,
      platform_type: platform,
      credentials,
      sync_frequency_hours: null,
    });
    // acme sells on both platforms, bolt on Shopify only.
    await insertCredentials(pg.db, [
      row(acmeId, 'shopify', { shop_domain: 'acme', access_token: shopify.store.shop('acme').accessToken }),
      row(boltId, 'shopify', { shop_domain: 'bolt.myshopify.com', access_token: shopify.store.shop('bolt').accessToken }),
      row(acmeId, 'amazon', { seller_id: 'A2ACMEFITTINGS', refresh_token: amazon.store.seller('A2ACMEFITTINGS').refreshToken }),
    ]);
    shopifyFile = pipelineCopy('pipelines/shopify-to-db.yaml', 'shopify', { hosts: shopify.hosts as unknown as string });
    amazonFile = pipelineCopy('pipelines/amazon-to-db.yaml', 'amazon', {
      hosts: amazon.hosts as unknown as string,
      rate_limit: { requests_per_second: 10, burst: 10 } as unknown as string,
    });
    dir = mkdtempSync(join(tmpdir(), 'seed001-ops-'));
  });
  afterAll(async () => {
    await shopify?.close();
    await amazon?.close();
    await pg?.drop();
    for (const d of [shopifyFile, amazonFile].filter(Boolean).map((f) => dirname(f))) rmSync(d, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serve with both pipelines: POST /triggers/trigger-api-sync takes force_sync, client_id_filter and platform_filter', async () => {
    const token = 'test-api-token-0123456789abcdef';
    const state = join(dir, 'serve-state.db');
    const server = await serve([shopifyFile, amazonFile, '--no-logs', '--state', state, ...vars()], {
      ...env(),
      SYNCENGINE_API_TOKEN: token,
    });
    const trigger = (query: string, auth = true) =>
      fetch(`${server.url}/triggers/trigger-api-sync${query}`, {
        method: 'POST',
        headers: auth ? { authorization: `Bearer ${token}` } : {},
      });
    const settle = async (count: number) => waitFor(async () => (await results()).length >= count, `${count} result rows`, 30_000);
    try {
      expect((await trigger('?force_sync=true', false)).status).toBe(401);
      const unknown = await trigger('?platform_filter=ebay');
      expect(unknown.status).toBe(400);
      expect(JSON.stringify(await unknown.json())).toContain('no pipeline of this trigger is tagged \\"ebay\\"; tags: shopify, amazon');

      // Only Shopify: both of its clients, no Amazon run.
      const onlyShopify = await trigger('?platform_filter=shopify&force_sync=true');
      expect(onlyShopify.status).toBe(202);
      const body = (await onlyShopify.json()) as { queued: number; pipelines: { pipeline: string }[] };
      expect(body).toMatchObject({ trigger: 'trigger-api-sync', force: true, queued: 2 });
      expect(body.pipelines.map((p) => p.pipeline)).toEqual(['shopify-to-db']);
      await settle(2);
      expect((await results()).map((r) => [r.platform_type, r.sync_triggered_by, r.success])).toEqual([
        ['shopify', 'api', true],
        ['shopify', 'api', true],
      ]);

      // One client, every platform it has: acme's Shopify and Amazon runs.
      const oneClient = await trigger(`?client_id_filter=${acmeId}&force_sync=true`);
      expect(oneClient.status).toBe(202);
      expect(((await oneClient.json()) as { queued: number }).queued).toBe(2);
      await settle(4);
      const last = (await results()).slice(2);
      expect(last.map((r) => [r.client_id, r.platform_type]).sort()).toEqual([
        [acmeId, 'amazon'],
        [acmeId, 'shopify'],
      ]);
      expect(last.find((r) => r.platform_type === 'amazon')).toMatchObject({
        success: true,
        data_types_synced: ['orders', 'listings', 'inventory', 'products'],
      });

      // Without force_sync: only the clients that are due; bolt's Shopify synced minutes ago, its next sync is at midnight.
      const due = await trigger(`?client_id_filter=${boltId}`);
      expect(due.status).toBe(200);
      const notDue = (await due.json()) as { queued: number; pipelines: { notDue: { tenant: string; dueAt: string }[] }[] };
      expect(notDue.queued).toBe(0);
      expect(notDue.pipelines[0]!.notDue[0]).toMatchObject({ tenant: boltId, dueAt: expect.stringMatching(/T00:00:00\.000Z$/) });
      expect((await trigger('?client_id_filter=00000000-0000-0000-0000-000000000000')).status).toBe(400);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(secretsIn(server.output(), [shopify.store.shop('acme').accessToken, amazon.store.clientSecret, pg.password])).toEqual([]);
  }, 60_000);

  it('the scheduler on a fixed clock: clients due at midnight, not 24 h after their sync; sku_analysis at 17:00 with a run history of its own', async () => {
    let now = T0;
    const clock = { now: () => now, sleep: async () => undefined };
    const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
    const loadVars = { db_port: pg.vars[1]!.split('=')[1], db_name: pg.vars[3]!.split('=')[1], db_sslmode: 'disable', report_poll_ms: 100 };
    const loaded = await Promise.all([shopifyFile, amazonFile].map((f) => engine.load(f, { env: env(), dotenv: false, vars: loadVars })));
    const state = join(dir, 'schedule-state.db');
    const pipelines = await openOpsPipelines(loaded, { state, cwd: process.cwd() });
    const queue = createRunQueue({ pipelines, engine, now: clock.now, lockRetryMs: 20 });
    const scheduler = createScheduler({ pipelines, queue, clock });
    try {
      // 15:00: never synced here, so every client is due at once.
      expect((await scheduler.tick()).map((r) => `${r.pipeline}:${r.tenant}`).sort()).toEqual(
        [`amazon-to-db:${acmeId}`, `shopify-to-db:${acmeId}`, `shopify-to-db:${boltId}`].sort(),
      );
      await queue.idle();
      const midnight = Date.parse('2026-05-13T00:00:00Z');
      const targets = await findTargets(pipelines.get('shopify-to-db')!, { now, startedAt: T0, retryAfterMs: HOUR });
      expect(targets.map((t) => [t.dueAt, t.cadence])).toEqual([
        [midnight, 'every 24h at 00:00 (UTC)'],
        [midnight, 'every 24h at 00:00 (UTC)'],
      ]);
      expect(nextAtTimeOfDay(T0, 24, '00:00', 'UTC')).toBe(midnight);
      now = midnight - 60_000;
      expect(await scheduler.tick()).toEqual([]);
      now = midnight + 30_000;
      expect((await scheduler.tick()).length).toBe(3);
      await queue.idle();

      // The SKU analysis job: a cron of its own (01:00, 09:00, 17:00), first due at 17:00 after the scheduler started.
      now = T0 + HOUR;
      expect(await scheduler.tickJobs()).toEqual([]);
      now = Date.parse('2026-05-12T17:00:30Z');
      const jobs = await scheduler.tickJobs();
      expect(jobs.map((j) => [j.pipeline, j.status, j.tenants?.length])).toEqual([
        ['shopify-to-db/sku_analysis', 'succeeded', 2],
        ['amazon-to-db/sku_analysis', 'succeeded', 1],
      ]);
      expect(await scheduler.tickJobs()).toEqual([]);
      const history = await pipelines.get('shopify-to-db')!.state.listRuns({ pipeline: 'shopify-to-db/sku_analysis' });
      expect(history.map((r) => [r.tenant, r.trigger, r.status, r.streams[0]?.stream]).sort()).toEqual(
        [acmeId, boltId].sort().map((t) => [t, 'schedule', 'succeeded', 'sku_analysis']),
      );
    } finally {
      await queue.close();
      await pipelines.close();
    }

    // The SKU cache: every Shopify variant with its stock and sales, every Amazon listing (FBA and merchant-fulfilled).
    const cache = (await pg.db.selectFrom('client_sku_cache').selectAll().orderBy(['client_id', 'platform', 'sku']).execute()) as Record<
      string,
      any
    >[];
    const acmeShop = shopify.store.shop('acme');
    const skus = acmeShop.products.flatMap((p) => p.variants.filter((v) => v.sku).map((v) => v.sku!));
    const acmeShopify = cache.filter((r) => r.client_id === acmeId && r.platform === 'shopify');
    expect(acmeShopify.map((r) => r.sku)).toEqual([...new Set(skus)].sort());
    const sold = (sku: string) =>
      acmeShop.orders
        .filter((o) => !o.cancelled_at)
        .flatMap((o) => o.line_items.filter((l) => l.sku === sku))
        .reduce((n, l) => n + l.quantity, 0);
    for (const row of acmeShopify) expect(row.units_sold).toBe(sold(row.sku));
    const variant = acmeShop.products.flatMap((p) => p.variants).find((v) => v.sku === acmeShopify[0]!.sku)!;
    const stock = acmeShop.inventoryLevels
      .filter((l) => l.inventory_item_id === variant.inventory_item_id)
      .reduce((n, l) => n + (l.available ?? 0), 0);
    expect(acmeShopify[0]!.stock).toBe(stock);
    const seller = amazon.store.seller('A2ACMEFITTINGS');
    expect(cache.filter((r) => r.platform === 'amazon').map((r) => [r.sku, r.fulfillment, Number(r.price)])).toEqual(
      seller.listings
        .map((l) => [l['seller-sku'], l['fulfillment-channel'], Number(l.price)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    // By hand: `syncengine job`, and its runs in `syncengine runs list --job`.
    const byHand = await cli(['job', amazonFile, 'sku_analysis', '--state', state, '--no-logs', ...vars()], env());
    expect(byHand.code, byHand.stderr).toBe(0);
    expect(byHand.stdout).toMatch(
      new RegExp(`amazon-to-db/sku_analysis \\(tenant ${acmeId}\\): succeeded in \\d+\\.\\ds, run \\S+, rows 1 \\+ 0 \\+ \\d+ \\+ 5`),
    );
    const listed = await cli(['runs', 'list', amazonFile, '--job', 'sku_analysis', '--state', state, ...vars()], env());
    expect(
      listed.stdout
        .split('\n')
        .filter((l) => /succeeded\s+(cli|schedule)/.test(l))
        .map((l) => /succeeded\s+(\w+)/.exec(l)![1]),
    ).toEqual(['cli', 'schedule']);
    expect((await cli(['job', amazonFile, 'nope', '--state', state, ...vars()], env())).code).toBe(2);
  }, 60_000);

  it('encrypted credentials, as the guide declares them: decrypted with a key from the environment, never printed; a row that does not decrypt fails alone', async () => {
    const key = randomBytes(32);
    const wrong = randomBytes(32);
    const cid = '9a7e0c55-1d2b-4c3e-8f90-a1b2c3d4e5f6';
    const bad = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';
    await pg.db.schema.alterTable('client_api_credentials').addColumn('credentials_encrypted', 'text').execute();
    const plain = { shop_domain: 'bolt', access_token: shopify.store.shop('bolt').accessToken };
    await insertCredentials(pg.db, [
      { credential_id: randomUUIDv4(), client_id: cid, platform_type: 'shopify', credentials: {}, sync_frequency_hours: 24 },
      { credential_id: randomUUIDv4(), client_id: bad, platform_type: 'shopify', credentials: {}, sync_frequency_hours: 24 },
    ]);
    await pg.db
      .updateTable('client_api_credentials')
      .set({ credentials_encrypted: encrypt(key, plain) })
      .where('client_id', '=', cid)
      .execute();
    await pg.db
      .updateTable('client_api_credentials')
      .set({ credentials_encrypted: encrypt(wrong, plain) })
      .where('client_id', '=', bad)
      .execute();
    // Only the two encrypted rows: the others keep plain credentials.
    await pg.db
      .updateTable('client_api_credentials')
      .set({ platform_type: 'shopify-plain' })
      .where('credentials_encrypted', 'is', null)
      .execute();

    const guide = readFileSync('docs/integrations/shopify-to-db.md', 'utf8');
    const block = parseYaml(/```yaml\n(# Encrypted credentials[\s\S]*?)```/.exec(guide)![1]!) as Record<string, any>;
    const doc = parseDocument(readFileSync(shopifyFile, 'utf8'));
    doc.setIn(['secrets'], doc.createNode(block.secrets));
    for (const k of ['source', 'timezone_field', 'decrypt']) doc.setIn(['tenants', k], doc.createNode(block.tenants[k]));
    for (const k of ['shop', 'access_token']) doc.setIn(['connections', 'shopify', k], block.connections.shopify[k]);
    const file = join(dir, 'shopify-encrypted.yaml');
    writeFileSync(file, String(doc));
    const keyHex = key.toString('hex');

    const result = await cli(['run', file, '--state', join(dir, 'enc-state.db'), '--no-logs', ...vars()], {
      ...env(),
      CREDENTIALS_KEY: keyHex,
    });
    expect(result.code).toBe(1);
    const rows = summaryRows(result.stdout);
    expect(rows.filter((r) => r.tenant === cid).every((r) => r.status === 'succeeded' && r.read > 0)).toBe(true);
    expect(result.stdout).toContain(
      `${bad}: tenants.decrypt: credentials: cannot decrypt (wrong key, or the value is not aes-256-gcm ciphertext)`,
    );
    const logged = (await results()).filter((r) => r.client_id === bad || r.client_id === cid);
    expect(logged.map((r) => [r.client_id, r.success]).sort()).toEqual(
      [
        [bad, false],
        [cid, true],
      ].sort(),
    );
    const creds = await pg.db.selectFrom('client_api_credentials').selectAll().where('client_id', '=', bad).executeTakeFirstOrThrow();
    expect(creds).toMatchObject({ status: 'error', error_message: expect.stringContaining('cannot decrypt') });
    const ciphertexts = (await pg.db.selectFrom('client_api_credentials').select('credentials_encrypted').execute()).map(
      (r) => r.credentials_encrypted as string | null,
    );
    expect(secretsIn(result.stdout + result.stderr, [keyHex, plain.access_token, ...ciphertexts.filter((c): c is string => !!c)])).toEqual(
      [],
    );
  }, 60_000);
});

function randomUUIDv4(): string {
  return crypto.randomUUID();
}
