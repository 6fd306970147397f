import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { catsyTradePrice, createCatsyProducts, type CatsyProduct } from '@syncengine/fakes';
import { runCli } from '../_cli.js';
import { expectedPrices, invalidProducts, startSeed000, type Seed000Scenario } from './seed000-scenario.js';

/**
 * Seed 000 end to end: pipelines/catsy-to-sparklayer.yaml run by the CLI against the Catsy and
 * SparkLayer fakes, with the CSV cache, the state store and the logs in a temporary directory.
 */
let scenario: Seed000Scenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

async function start(...options: Parameters<typeof startSeed000>): Promise<Seed000Scenario> {
  scenario = await startSeed000(...options);
  return scenario;
}

/** Small pages and batches, short delays: the seed's mechanics at test speed. */
const SMALL = ['--var', 'CATSY_LIMIT=25', '--var', 'CATSY_DELAY_MS=100', '--var', 'BATCH_SIZE=20', '--var', 'BATCH_DELAY_MS=150'];

/** SparkLayer's `wholesale` list holds exactly the valid trade prices of Catsy's products, as one quantity-1 break each. */
function expectInSync(s: Seed000Scenario, products: readonly CatsyProduct[] = s.catsy.store.products): void {
  const expected = expectedPrices(products);
  expect(s.spark.store.pricesFor('wholesale')).toEqual(expected);
  const stored = s.spark.store.pricing.get('wholesale')!;
  expect([...stored.values()]).toEqual([...expected].map(([sku, price]) => ({ sku, pricing: [{ quantity: 1, price }] })));
}

/**
 * The Catsy delay is kept between the starts of two requests, on the client; the fake sees their
 * arrival, and the first request also opens the connection, so on a loaded machine a gap may look
 * shorter by tens of milliseconds. The assertions leave this much room (a run without the delay
 * sends its requests a few milliseconds apart, so they still fail).
 */
const CATSY_JITTER_MS = 200;
/** SMALL with a Catsy delay long enough to assert on with CATSY_JITTER_MS of room. */
const SMALL_PACED = SMALL.map((arg) => (arg === 'CATSY_DELAY_MS=100' ? 'CATSY_DELAY_MS=400' : arg));

/** Gaps between consecutive times. */
const gaps = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);
/** Offsets of the Catsy pages answered since the requests were last cleared (a 429 retried counts once). */
const pagesRead = (s: Seed000Scenario) => [...new Set(s.catsy.requests.map((r) => r.query.offset!))];
const okBatches = (s: Seed000Scenario) => s.spark.store.batches.filter((b) => b.status < 300);

function expectNoSecrets(s: Seed000Scenario, ...texts: string[]): void {
  const logs = s.logs();
  for (const secret of s.secrets) {
    for (const text of [...texts, logs.info, logs.debug]) expect(text).not.toContain(secret);
  }
}

describe('catsy-to-sparklayer: Catsy fake -> SparkLayer fake through the CLI', () => {
  it('cold path: pages Catsy with limit/offset, writes the CSV cache, PATCHes the valid prices in paced batches, quarantines the rest', async () => {
    const s = await start();
    const result = await s.run(...SMALL_PACED);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const products = s.catsy.store.products;
    const valid = expectedPrices(products);
    const invalid = invalidProducts(products);
    // The generator's bad prices: '', 'N/A' and negative ones; the fake's own rule agrees with the test's.
    expect(invalid.length).toBe(11);
    expect(products.filter((p) => catsyTradePrice(p) !== undefined).map((p) => p.sku)).toEqual([...valid.keys()]);
    expect(result.stdout).toMatch(/prices\s+succeeded\s+120\s+109\s+0\s+109\s+0\s+11\s/);
    expect(result.stderr).toContain('reading the source: no cache file yet');

    // Catsy: limit/offset pages until a short one, the static bearer key, >= CATSY_DELAY_MS apart.
    expect(s.catsy.requests.map((r) => [r.path, r.query])).toEqual(
      [0, 25, 50, 75, 100].map((offset) => ['/api/v3/queries/1001/items', { offset: String(offset), limit: '25' }]),
    );
    expect(s.catsy.requests.every((r) => r.headers.authorization === `Bearer ${s.catsy.store.apiKey}`)).toBe(true);
    expect(Math.min(...gaps(s.catsyTimes))).toBeGreaterThanOrEqual(400 - CATSY_JITTER_MS);

    // The cache: every Catsy record, every attribute, as Catsy sent it.
    const cached = parse(readFileSync(s.cacheFile, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(cached).toEqual(products.map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)]))));

    // SparkLayer: one JSON token request with Site-Id, then PATCHes of BATCH_SIZE entries >= BATCH_DELAY_MS apart.
    const token = s.spark.requests.filter((r) => r.path === '/api/auth/token');
    expect(token).toHaveLength(1);
    expect(token[0]!.headers['content-type']).toMatch(/^application\/json/);
    expect(token[0]!.headers['site-id']).toBe(s.spark.store.siteId);
    expect(JSON.parse(token[0]!.body)).toEqual({
      grant_type: 'client_credentials',
      client_id: s.spark.store.clientId,
      client_secret: s.spark.store.clientSecret,
    });
    const patches = s.spark.requests.filter((r) => r.method === 'PATCH');
    expect(
      patches.every(
        (r) =>
          r.path === '/api/v1/price-lists/wholesale/pricing' &&
          r.headers['site-id'] === s.spark.store.siteId &&
          /^Bearer sl_/.test(String(r.headers.authorization)),
      ),
    ).toBe(true);
    expect(s.spark.store.batches.map((b) => [b.size, b.status])).toEqual([
      [20, 204],
      [20, 204],
      [20, 204],
      [20, 204],
      [20, 204],
      [9, 204],
    ]);
    expect(Math.min(...gaps(s.spark.store.batches.map((b) => b.at)))).toBeGreaterThanOrEqual(150 - 2);
    expectInSync(s);
    expect(JSON.parse(patches[0]!.body)[0]).toEqual({
      sku: products[0]!.sku,
      pricing: [{ quantity: 1, price: Number(products[0]!.price_trade) }],
    });

    // The quarantine names each refused SKU with a reason a person can act on.
    const list = await s.cli(['quarantine', 'list']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('11 records');
    for (const p of invalid) expect(list.stdout).toContain(JSON.stringify(p.sku));
    const entries = JSON.parse((await s.cli(['quarantine', 'list'], '--json')).stdout) as {
      recordKey: string;
      reasons: string[];
      record: CatsyProduct;
    }[];
    const reasonOf = (p: CatsyProduct) => entries.find((e) => e.recordKey === JSON.stringify(p.sku))?.reasons;
    for (const p of invalid) {
      const text = p.price_trade.trim();
      const reasons = reasonOf(p);
      expect(reasons, p.sku).toHaveLength(1);
      if (text === '') expect(reasons![0]).toMatch(/^price: must be a number \(got null/);
      else if (text.startsWith('-')) expect(reasons![0]).toBe(`price: must be >= 0 (got ${text})`);
      else expect(reasons![0]).toBe(`price: must be a number (got text "${text}")`);
    }
    expect(entries.find((e) => e.recordKey === JSON.stringify(invalid[0]!.sku))?.record).toEqual(invalid[0]);
    expect(result.stderr).toContain(`record ${JSON.stringify(invalid[1]!.sku)} rejected: price: must be a number (got text "N/A")`);
    // A normal run's console is concise: no debug lines.
    expect(result.stderr).not.toMatch(/^debug/m);
    expectNoSecrets(s, result.stdout, result.stderr, list.stdout);
  });

  it("the seed's defaults: pages of 500 at 0.5 s, PATCHes of 500 at 0.5 s", async () => {
    const s = await start({ catsy: { productCount: 1200, seed: 7 } });
    const started = Date.now();
    const result = await s.run();
    const elapsed = Date.now() - started;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const valid = expectedPrices(s.catsy.store.products).size;
    expect(s.catsy.requests.map((r) => r.query)).toEqual([0, 500, 1000].map((offset) => ({ offset: String(offset), limit: '500' })));
    expect(Math.min(...gaps(s.catsyTimes))).toBeGreaterThanOrEqual(500 - CATSY_JITTER_MS);
    expect(okBatches(s).map((b) => b.size)).toEqual([500, 500, valid - 1000]);
    expect(Math.min(...gaps(s.spark.store.batches.map((b) => b.at)))).toBeGreaterThanOrEqual(500 - 2);
    expectInSync(s);
    expect(elapsed).toBeLessThan(15_000);
  });

  it('hot path: a second run reads the cache and makes no Catsy request; a stale, corrupt or empty cache sends it back to Catsy', async () => {
    const s = await start();
    expect((await s.run(...SMALL)).code).toBe(0);
    const firstCache = readFileSync(s.cacheFile, 'utf8');
    const firstPricing = structuredClone(s.spark.store.pricing.get('wholesale'));

    // Catsy changes a price, but the cache is fresh: the run sends what the cache holds.
    const changed = s.catsy.store.products[0]!;
    const oldProducts = structuredClone(s.catsy.store.products);
    changed.price_trade = '999.99';
    s.catsy.requests.length = 0;
    const hot = await s.run(...SMALL);
    expect(hot.code, hot.stdout + hot.stderr).toBe(0);
    expect(hot.stderr).toContain(`reading ${s.cacheFile} (cache)`);
    expect(s.catsy.requests).toHaveLength(0);
    expect(hot.stdout).toMatch(/prices\s+succeeded\s+120\s+109\s+0\s+109\s+0\s+11\s/);
    expect(s.spark.store.pricing.get('wholesale')).toEqual(firstPricing);
    expectInSync(s, oldProducts);
    expect(readFileSync(s.cacheFile, 'utf8')).toBe(firstCache);
    // The same 11 records are quarantined again: their entries are updated, not duplicated.
    expect((await s.cli(['quarantine', 'list'])).stdout).toContain('11 records');

    // Older than max_age (12h): Catsy again, and the new price goes out.
    const old = new Date(Date.now() - 13 * 3600_000);
    utimesSync(s.cacheFile, old, old);
    const stale = await s.run(...SMALL);
    expect(stale.code, stale.stdout + stale.stderr).toBe(0);
    expect(stale.stderr).toContain('reading the source: the cache is older than max_age');
    expect(pagesRead(s)).toEqual(['0', '25', '50', '75', '100']);
    expect(s.spark.store.pricesFor('wholesale').get(changed.sku)).toBe(999.99);
    expectInSync(s);
    expect(statSync(s.cacheFile).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    expect(readFileSync(s.cacheFile, 'utf8')).toContain(`${changed.sku},${changed.name},999.99,`);

    // A cache cut off mid-row (a partial copy) does not parse: Catsy again, and the cache is rewritten whole.
    const full = readFileSync(s.cacheFile, 'utf8');
    for (const [broken, reason] of [
      [full.slice(0, Math.floor(full.length / 2)), 'the cache does not parse'],
      ['', 'the cache holds no record'],
      ['id,sku,name,price_trade\n"4812231,BRN-1,Elbow,12.50\n', 'the cache does not parse'],
    ] as const) {
      writeFileSync(s.cacheFile, broken);
      s.catsy.requests.length = 0;
      const cold = await s.run(...SMALL);
      expect(cold.code, cold.stdout + cold.stderr).toBe(0);
      expect(cold.stderr).toContain(`reading the source: ${reason}`);
      expect(pagesRead(s)).toEqual(['0', '25', '50', '75', '100']);
      expect(readFileSync(s.cacheFile, 'utf8')).toBe(full);
      expectInSync(s);
    }
  }, 60_000);

  it('reruns are idempotent: the same prices at SparkLayer, cold or hot', async () => {
    const s = await start();
    expect((await s.run(...SMALL)).code).toBe(0);
    const first = structuredClone(s.spark.store.pricing.get('wholesale'));
    const full = await s.run(...SMALL, '--strategy', 'full');
    expect(full.code, full.stdout + full.stderr).toBe(0);
    expect(full.stderr).toContain('reading the source: strategy full');
    expect(s.spark.store.pricing.get('wholesale')).toEqual(first);
    expect((await s.run(...SMALL)).code).toBe(0);
    expect(s.spark.store.pricing.get('wholesale')).toEqual(first);
    expect(s.spark.store.pricing.get('wholesale')!.size).toBe(109);
    expectInSync(s);
  });

  it('ends equal despite Catsy 429s, a SparkLayer 503 burst, a 409 conflict and tokens that expire mid-run', async () => {
    const s = await start({ catsy: { faults: { rateLimitEvery: 3 } }, spark: { faults: { tokenTtlSeconds: 1 } } });
    // Mid-run: the 2nd PATCH meets a burst of three 503s, the 7th a concurrent update (409).
    let patches = 0;
    const record = s.spark.requests.push.bind(s.spark.requests);
    s.spark.requests.push = (...requests) => {
      for (const r of requests) {
        if (r.method !== 'PATCH') continue;
        patches += 1;
        if (patches === 2) s.spark.faults.serverErrorBurst = 3;
        if (patches === 7) s.spark.store.conflictBurst = 1;
      }
      return record(...requests);
    };
    const result = await s.run(...SMALL);
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(0);
    expect(output).toMatch(
      /:source:catsy\] GET \/api\/v3\/queries\/1001\/items\?offset=\d+&limit=25: 429 Too Many Requests \(retry 1\/5 in /,
    );
    expect(output).toMatch(/:sink:sparklayer\] PATCH \/api\/v1\/price-lists\/wholesale\/pricing: 503 Service Unavailable \(retry 3\/5 in /);
    expect(output).toMatch(/:sink:sparklayer\] PATCH \/api\/v1\/price-lists\/wholesale\/pricing: 409 Conflict \(retry 1\/5 in /);
    expect(s.catsy.requests.filter((r) => r.query.offset === '0')).toHaveLength(1);
    expect(s.catsy.requests.length).toBeGreaterThan(5);
    expect(s.spark.store.batches.map((b) => b.status).filter((st) => st === 409)).toHaveLength(1);
    expect(s.spark.store.tokensIssued).toBeGreaterThan(1);
    const tokensUsed = new Set(s.spark.requests.filter((r) => r.method === 'PATCH').map((r) => r.headers.authorization));
    expect(tokensUsed.size).toBeGreaterThan(1);
    expect(okBatches(s).map((b) => b.size)).toEqual([20, 20, 20, 20, 20, 9]);
    expectInSync(s);
    expectNoSecrets(s, result.stdout, result.stderr);
  }, 60_000);

  it('--dry-run --limit 5 prints the pricing entries that would be sent, calls nothing at SparkLayer and writes no cache', async () => {
    const s = await start();
    const result = await s.run(...SMALL, '--dry-run', '--limit', '5', '--debug', '--logs');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual(
      s.catsy.store.products
        .slice(0, 5)
        .map((p) => ({ stream: 'prices', record: { sku: p.sku, pricing: [{ quantity: 1, price: Number(p.price_trade) }] } })),
    );
    expect(result.stderr).toContain('Dry run: nothing was written and no cursor was saved.');
    expect(s.spark.requests).toHaveLength(0);
    expect(s.catsy.requests).toHaveLength(1);
    expect(() => statSync(s.cacheFile)).toThrow();
    expectNoSecrets(s, result.stdout, result.stderr);
  });

  it('--debug: verbose console; sync_debug.log has the debug detail and per-batch lines, sync_info.log stays at info', async () => {
    const s = await start();
    const result = await s.run(...SMALL, '--debug');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^debug .*obtained a new access token valid for 3600s$/m);
    expect(result.stderr).toMatch(/^debug .*page 1: 25 records from GET \/api\/v3\/queries\/1001\/items\?offset=0&limit=25$/m);

    const { info, debug } = s.logs();
    const batchLines = (text: string) =>
      text.split('\n').filter((l) => / INFO  .*PATCH \/api\/v1\/price-lists\/wholesale\/pricing: \d+ records sent$/.test(l));
    expect(batchLines(debug).map((l) => l.replace(/.*: (\d+) records sent$/, '$1'))).toEqual(['20', '20', '20', '20', '20', '9']);
    expect(debug).toMatch(/ DEBUG .*last page of \/api\/v3\/queries\/1001\/items: short page \(20 < 25 records\)/);
    expect(debug).toMatch(/ INFO  .*batch 6 written: 9 records/);
    expect(batchLines(info)).toHaveLength(6);
    expect(info).not.toMatch(/ (DEBUG|TRACE) /);
    expect(info).toMatch(/ WARN  .*record "[A-Z]{3}-\d{4}-\d\d-\d\d" rejected: price: /);
    expect(info).toMatch(/ INFO  run \S+ succeeded$/m);
    expectNoSecrets(s, result.stdout, result.stderr);
  });

  it('sends a price of 0 and a padded price, and quarantines a blank SKU', async () => {
    const products = createCatsyProducts(6, 3);
    products[0]!.price_trade = '0.00';
    products[1]!.price_trade = ' 7.5 ';
    products[2]!.sku = '  ';
    const s = await start({ catsy: { products } });
    const result = await s.run(...SMALL);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/prices\s+succeeded\s+6\s+5\s+0\s+5\s+0\s+1\s/);
    expect(s.spark.store.pricesFor('wholesale').get(products[0]!.sku)).toBe(0);
    expect(s.spark.store.pricesFor('wholesale').get(products[1]!.sku)).toBe(7.5);
    expect(result.stderr).toContain('record "  " rejected: sku: must not be empty');
    expectInSync(s);
  });

  it("a missing price list or wrong SparkLayer credentials fail the run with the API's message, no secret shown", async () => {
    const s = await start({ catsy: { products: createCatsyProducts(30, 2) } });
    const missing = await s.run(...SMALL, '--var', 'price_list=retail');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('404 Not Found: Price list "retail" does not exist.');

    const fixed = await s.run(...SMALL);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expectInSync(s);

    const bad = await runCli(['run', s.pipeline, '--var', `catsy_url=${s.catsy.url}`, ...SMALL], {
      ...s.env,
      CLIENT_SECRET: 'not-the-secret-7731',
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /cannot get an access token: POST \S+\/api\/auth\/token: 401 Unauthorized: Invalid client credentials for this Site ID\./,
    );
    expect(bad.stdout + bad.stderr + s.logs().info + s.logs().debug).not.toContain('not-the-secret-7731');
    expectNoSecrets(s, missing.stdout, missing.stderr, fixed.stdout, bad.stdout, bad.stderr);
  });
});
