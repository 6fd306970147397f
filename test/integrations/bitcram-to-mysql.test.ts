import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminDb, checkDatabase } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';
import { expectedRows, startBitcramScenario, type BitcramScenario, type StoredRow } from './bitcram-fixture.js';

/**
 * Seed 003 end to end: pipelines/bitcram-to-mysql.yaml run by the CLI against the Bitcram fake,
 * into the real MariaDB, with the token read through the `secrets:` command provider.
 */
const mariadb = await checkDatabase('mysql');

let scenario: BitcramScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

async function start(...options: Parameters<typeof startBitcramScenario>): Promise<BitcramScenario> {
  scenario = await startBitcramScenario(...options);
  return scenario;
}

const withoutTime = (rows: StoredRow[]) => rows.map(({ updated_at: _at, ...row }) => row);
/** What update_mirror_raw_item_data() should have made of the loaded rows. */
const expectedMirror = (rows: Omit<StoredRow, 'updated_at'>[]) =>
  rows.map((r) => ({ id: r.id, name: r.data.name, price: Number(r.data.price).toFixed(2), stock: r.stock }));

/** Rows equal the fake's data, all stamped with the start of the last run in UTC; the mirror follows. */
async function expectInSync(s: BitcramScenario): Promise<StoredRow[]> {
  const rows = await s.rows();
  const expected = expectedRows(s.fake.store);
  expect(withoutTime(rows)).toEqual(expected);
  const startedAt = await s.lastRunStartedAt();
  expect(startedAt).toMatch(/Z$/);
  expect(new Set(rows.map((r) => r.updated_at))).toEqual(new Set([startedAt]));
  expect(await s.mirrorRows()).toEqual(expectedMirror(expected));
  return rows;
}

/** Makes a version of the shipped pipeline with some lines changed (a documented variation). */
function variation(s: BitcramScenario, name: string, edit: (yaml: string) => string): string {
  const original = readFileSync(s.pipeline, 'utf8');
  const changed = edit(original);
  expect(changed).not.toBe(original);
  const file = join(s.dir, name);
  writeFileSync(file, changed);
  return file;
}

describe.skipIf(!mariadb.run)('bitcram-to-mysql: Bitcram fake -> MariaDB through the CLI', () => {
  beforeAll(() => mariadb.require());

  it("loads the checkout's price list with its warehouse's stock, then calls the procedure", async () => {
    const s = await start();
    const result = await s.run();
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/raw_item_data\s+succeeded\s+80\s+80\s+80\s/);

    const rows = await expectInSync(s);
    // The seed's merge: a left join (products without a stock row get 0, stock of unlisted products
    // is dropped), ids as text, every other price-list field in `data`, whole units of stock.
    const stock3 = s.fake.store.stockFor(3);
    const unstocked = rows.filter((r) => !stock3.has(r.id));
    expect(unstocked.length).toBeGreaterThan(0);
    expect(unstocked.every((r) => r.stock === 0)).toBe(true);
    expect(rows.some((r) => r.id === '9990001')).toBe(false);
    const kilo = rows.find((r) => r.data.unit === 'KG' && !Number.isInteger(stock3.get(r.id) ?? 0));
    expect(kilo).toBeDefined();
    expect(kilo!.stock).toBe(Math.trunc(stock3.get(kilo!.id)!));
    const { product_id: firstId, ...firstData } = s.fake.store.priceLists.get(11)![0]!;
    expect(rows.find((r) => r.id === firstId)?.data).toEqual(firstData);
    expect(rows.every((r) => typeof r.id === 'string' && !('product_id' in r.data))).toBe(true);

    // The token updater's login (the fixture's, before the run), then the run: one checkout lookup,
    // the warehouse's stock (once per stock row shape) and the checkout's price list. This Bitcram
    // does not page (as observed): page 2 answers the whole list again, which ends each read.
    const stock = (page: number) =>
      `GET /api/stock_items/index ${new URLSearchParams({ list_light: 'true', where: '{"warehouse_id": 3}', page: String(page) })}`;
    expect(s.fake.requests.map((r) => `${r.method} ${r.path} ${new URLSearchParams(r.query).toString()}`)).toEqual([
      'POST /api/auth/ ',
      `GET /api/checkouts/index ${new URLSearchParams({ where: '{"checkouts.checkout_number": "1"}' })}`,
      stock(1),
      stock(2),
      stock(1),
      stock(2),
      'GET /api/checkouts/index/11/price_list page=1',
      'GET /api/checkouts/index/11/price_list page=2',
    ]);
    expect(s.fake.requests.slice(1).every((r) => r.headers.authorization === `Bearer ${s.secret}`)).toBe(true);
    expect(s.gcloudCalls()).toEqual(['secrets versions access latest --secret=bitcram-token --project=acme-pos']);
    expect(result.stdout + result.stderr + s.logs()).not.toContain(s.secret);
  });

  it('joins stock rows that name their product as `product: {id}` (older Bitcram versions) the same way', async () => {
    const s = await start({ stockShape: 'product', seed: 3 });
    const result = await s.run();
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const rows = await expectInSync(s);
    expect(rows.filter((r) => r.stock > 0).length).toBeGreaterThan(rows.length / 2);
  });

  it('a second run is idempotent; later runs follow changes, removals included', async () => {
    const s = await start();
    expect((await s.run()).code).toBe(0);
    const first = await expectInSync(s);

    const second = await s.run();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const again = await expectInSync(s);
    expect(withoutTime(again)).toEqual(withoutTime(first));
    const { rows: counts } = await sql`select count(*) as n, count(distinct id) as ids from ${sql.table(s.table)}`.execute(s.db);
    expect(counts).toEqual([{ n: 80, ids: 80 }]);

    // A price change, a product gone from the list, a new stock row, a stock row gone.
    const list = s.fake.store.priceLists.get(11)!;
    list[0]!.price = 1234.5;
    const removed = list.splice(5, 1)[0]!;
    const unstocked = list.find((p) => !s.fake.store.stockFor(3).has(p.product_id))!;
    s.fake.store.stock.push({
      id: 1,
      product_id: Number(unstocked.product_id),
      warehouse_id: 3,
      product_balance: 7,
      updated_at: '2024-06-01T10:00:00-03:00',
    });
    const stocked = s.fake.store.stock.find((r) => r.warehouse_id === 3 && r.product_id === Number(list[1]!.product_id))!;
    s.fake.store.stock.splice(s.fake.store.stock.indexOf(stocked), 1);

    expect((await s.run()).code).toBe(0);
    const third = await expectInSync(s);
    expect(third).toHaveLength(79);
    expect(third.some((r) => r.id === removed.product_id)).toBe(false);
    expect(third.find((r) => r.id === unstocked.product_id)?.stock).toBe(7);
    expect(third.find((r) => r.id === list[1]!.product_id)?.stock).toBe(0);
    expect(third.find((r) => r.id === list[0]!.product_id)?.data.price).toBe(1234.5);
  });

  it('a batch failing on a trigger rolls the whole load back: the old rows and the mirror stay', async () => {
    const s = await start({ productCount: 1200 });
    expect((await s.run()).code).toBe(0);
    const before = await expectInSync(s);
    const mirrorBefore = await s.mirrorRows();

    // Batches of 500: rows 1-1000 are inserted in the open transaction before row 1101 meets a
    // trigger that fails (an error that is not about the row's data: a refused row would be
    // quarantined and the load would go on).
    const list = s.fake.store.priceLists.get(11)!;
    for (const row of list) row.price += 1;
    const db = adminDb('mysql');
    try {
      await sql
        .raw(
          `create trigger ${s.table}_fail before insert on ${s.table} for each row begin if new.id = '${list[1100]!.product_id}' then signal sqlstate '45000' set message_text = 'the warehouse is closed'; end if; end`,
        )
        .execute(db);
    } finally {
      await db.destroy();
    }
    const failed = await s.run();
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('raw_item_data: [sink:cloudsql] batch 3 (200 records) failed: the warehouse is closed');
    expect(failed.stderr).toContain('the replace load did not finish; rolling back, the previous rows stay');
    expect(await s.rows()).toEqual(before);
    expect(await s.mirrorRows()).toEqual(mirrorBefore);
  });

  it('the stock request failing mid-load (after retries) rolls back too', async () => {
    const s = await start();
    expect((await s.run()).code).toBe(0);
    const before = await expectInSync(s);
    s.fake.store.priceLists.get(11)!.splice(0, 40); // what a committed load would show
    // The stock service is down: every attempt answers 500.
    Object.defineProperty(s.fake.store, 'stock', {
      get: () => {
        throw new Error('stock service unavailable');
      },
    });
    s.fake.requests.length = 0;

    const failed = await s.run();
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      `raw_item_data: [source:bitcram] GET ${s.fake.url}/api/stock_items/index?list_light=true&where=%7B%22warehouse_id%22:%203%7D&page=1: 500 Internal Server Error: fake server error: stock service unavailable (gave up after 4 attempts)`,
    );
    expect(s.fake.requests.filter((r) => r.path === '/api/stock_items/index')).toHaveLength(4);
    expect(s.fake.requests.some((r) => r.path.endsWith('/price_list'))).toBe(false);
    // The table had been emptied in the load's transaction before the stock was read.
    expect(failed.stderr).toContain('the replace load did not finish; rolling back, the previous rows stay');
    expect(await s.rows()).toEqual(before);
  }, 60_000);

  it('an unknown checkout fails before anything is read or written', async () => {
    const s = await start();
    expect((await s.run()).code).toBe(0);
    const before = await expectInSync(s);
    s.fake.requests.length = 0;
    const failed = await s.run([], { env: { CHECKOUT: '99' } });
    expect(failed.code).toBe(1);
    expect(failed.stdout + failed.stderr).toContain('discover.checkout: the request returned no record');
    expect(s.fake.requests.map((r) => r.path)).toEqual(['/api/checkouts/index']);
    expect(await s.rows()).toEqual(before);
  });

  it('ends equal with 429s and a burst of 503s on the way', async () => {
    const s = await start({ faults: { serverErrorBurst: 2, rateLimitEvery: 3 } });
    const result = await s.run();
    expect(result.code, result.stdout + result.stderr).toBe(0);
    await expectInSync(s);
    // 1 login + 7 data requests without faults (the checkout, two pages of each stock read and of the
    // price list); here 2 more for the 503s (the checkout lookup) and 3 for the 429s (every third
    // request that gets through; Bitcram sends no Retry-After, so each waits the backoff).
    expect(s.fake.requests).toHaveLength(13);
    expect(s.fake.requests.filter((r) => r.query.page === '2')).toHaveLength(3 + 3);
  }, 60_000);

  it('a token from the secret that expires mid-run fails the run and rolls back; the rotated secret completes it', async () => {
    const s = await start();
    expect((await s.run()).code).toBe(0);
    const before = await expectInSync(s);
    s.fake.store.priceLists.get(11)![0]!.price = 1;

    // Secret Manager holds a token that lives 1 s; the first stock request is answered 429 with
    // Retry-After 1.5 s, and the token has expired by the time it is sent again.
    s.fake.faults.tokenTtlSeconds = 1;
    const shortLived = await s.rotateToken();
    s.fake.faults.tokenTtlSeconds = 5 * 86_400;
    // The first run made 7 data requests: with every third one answered 429, the 9th is, the first stock request.
    Object.assign(s.fake.faults, { rateLimitEvery: 3, retryAfterSeconds: 1.5 });
    const failed = await s.run();
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/raw_item_data: \[source:bitcram\] GET \S+\/api\/stock_items\/index\S+: 401 Unauthorized: Unauthorized/);
    expect(await s.rows()).toEqual(before);
    expect(failed.stdout + failed.stderr + s.logs()).not.toContain(shortLived);

    // The token updater has stored a fresh token: the next run reads it and completes (429s still on).
    await s.rotateToken();
    s.fake.faults.retryAfterSeconds = 0.2;
    const rerun = await s.run();
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    await expectInSync(s);
    expect(s.gcloudCalls()).toHaveLength(3);
  }, 60_000);

  it('the login variation renews a session token that expires mid-run, and ends equal', async () => {
    const s = await start({ faults: { tokenTtlSeconds: 1, rateLimitEvery: 2, retryAfterSeconds: 1.25 } });
    const file = variation(s, 'bitcram-login.yaml', (yaml) =>
      yaml
        .replace(/ {2}bitcram_token:\n {4}command: .*\n/, '  bitcram_password: { env: BITCRAM_PASSWORD }\n')
        .replace(
          '    token: ${secrets.bitcram_token}\n',
          '    username: ${env.BITCRAM_USERNAME}\n    password: ${secrets.bitcram_password}\n',
        ),
    );
    s.fake.requests.length = 0;
    const result = await s.run([], {
      pipeline: file,
      env: { BITCRAM_USERNAME: s.fake.store.username, BITCRAM_PASSWORD: s.fake.store.password },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    await expectInSync(s);
    // One login at the start; then each of the 6 requests after the checkout lookup waits out a 429
    // (1.25 s), finds its token (1 s) expired, logs in again and is sent once more.
    expect(s.fake.requests.filter((r) => r.path === '/api/auth/')).toHaveLength(7);
    expect(result.stdout + result.stderr + s.logs()).not.toContain(s.fake.store.password);
    expect(s.gcloudCalls()).toEqual([]);
  }, 60_000);

  it('the env provider variation reads the token from BITCRAM_TOKEN instead of Secret Manager', async () => {
    const s = await start();
    const file = variation(s, 'bitcram-env.yaml', (yaml) => yaml.replace(/^ {4}command: .*$/m, '    env: BITCRAM_TOKEN'));
    const result = await s.run([], { pipeline: file, env: { BITCRAM_TOKEN: s.secret, PATH: process.env.PATH ?? '' } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    await expectInSync(s);
    expect(s.gcloudCalls()).toEqual([]);
  });

  it('validate checks the shipped file without running the secret command', async () => {
    const s = await start();
    const result = await runCli(['validate', s.pipeline], s.env);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(s.gcloudCalls()).toEqual([]);
  });

  it('run --dry-run --limit 5 prints the rows it would load, with the token and the DB password masked', async () => {
    const s = await start();
    const dbPassword = 'Db-Pa55w0rd-7c1e';
    const result = await s.run(['--dry-run', '--limit', '5', '--debug', '--logs'], { env: { PASSWORD_DB: dbPassword } });
    expect(result.code, result.stderr).toBe(0);
    const byId = new Map(expectedRows(s.fake.store).map((r) => [r.id, r]));
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { stream: string; record: StoredRow });
    expect(lines).toEqual(
      s.fake.store.priceLists
        .get(11)!
        .slice(0, 5)
        .map((p) => ({
          stream: 'raw_item_data',
          record: { ...byId.get(p.product_id), updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) },
        })),
    );
    expect(new Set(lines.map((l) => l.record.updated_at)).size).toBe(1);
    expect(result.stderr).toContain('Dry run: nothing was written and no cursor was saved.');
    expect(await s.rows()).toEqual([]);
    expect(await s.mirrorRows()).toEqual([]);
    for (const [where, text] of Object.entries({ stdout: result.stdout, stderr: result.stderr, logs: s.logs() })) {
      expect(text, where).not.toContain(s.secret);
      expect(text, where).not.toContain(dbPassword);
    }
  });
});
