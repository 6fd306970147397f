import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PLOOMES_FIELD_KEYS, type PloomesProduct } from '@syncengine/fakes';
import { checkDatabase } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';
import {
  expectedProducts,
  expectedRecord,
  expectedRentals,
  expectedServices,
  expectedSuppliers,
  expectedVariants,
} from './seed004-expected.js';
import {
  API_TOKEN,
  maxInFlight,
  minSpacing,
  PIPELINE,
  startSeed004,
  USER_KEY,
  WEBHOOK_SECRET,
  waitFor,
  type Seed004Options,
  type Seed004Scenario,
} from './seed004-fixture.js';

/**
 * Seed 004 end to end: pipelines/ploomes-to-postgres.yaml run by the CLI (and served by
 * `syncengine serve`) against the Ploomes fake, into a fresh database of the real PostgreSQL.
 */
const postgres = await checkDatabase('postgres');

let scenario: Seed004Scenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

async function start(options?: Seed004Options): Promise<Seed004Scenario> {
  scenario = await startSeed004(options);
  return scenario;
}

/** The five tables equal what the fake holds now. */
async function expectInSync(s: Seed004Scenario, offset?: string): Promise<void> {
  const products = s.fake.store.products;
  expect(await s.products()).toEqual(expectedProducts(products, offset));
  expect(await s.services()).toEqual(expectedServices(products, offset));
  expect(await s.rentals()).toEqual(expectedRentals(products, offset));
  expect(await s.variants()).toEqual(expectedVariants(products, offset));
  expect(await s.suppliers()).toEqual(expectedSuppliers(products, offset));
}

const instant = (local: string) => Date.parse(`${local}Z`);
/** The highest LastUpdateDate, as Ploomes writes it. */
const newest = (products: readonly PloomesProduct[]) =>
  products.map((p) => p.LastUpdateDate).reduce((a, b) => (instant(b) > instant(a) ? b : a));
/** A zone-less local time moved by some seconds, written as the pipeline's $filter writes it. */
const shifted = (local: string, seconds: number) => new Date(instant(local) + seconds * 1000).toISOString().slice(0, 23);
const EXPAND = 'OtherProperties,Group,Family,Parts($expand=ProductPart($select=Id,Name,Code))';
const summary = (stdout: string) => /^products\s+.*$/m.exec(stdout)?.[0]?.split(/\s+/);

describe.skipIf(!postgres.run)('ploomes-to-postgres: Ploomes fake -> PostgreSQL through the CLI', () => {
  beforeAll(() => postgres.require());

  it('a first run is full: every product classified, its spec rows, the cursor and a sync log row; a full rerun changes nothing', async () => {
    const s = await start();
    const first = await s.run();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const products = s.fake.store.products;
    const cursor = newest(products);
    expect(summary(first.stdout)).toEqual(['products', 'succeeded', '700', '700', '700', '0', '0', '0', '(start)', '->', cursor]);
    await expectInSync(s);

    // The seed's categories are all there, and the spec tables hold exactly the services and rentals.
    const rows = await s.products();
    const count = (pred: (r: Record<string, unknown>) => boolean) => rows.filter(pred).length;
    const kinds = { rental: count((r) => r.product_type === 'rental'), service: count((r) => r.product_type === 'service') };
    expect(kinds).toEqual({ rental: 59, service: 117 });
    expect(count((r) => r.brand === 'Atlas Copco')).toBeGreaterThan(100);
    expect(count((r) => r.brand === 'Ingersoll Rand')).toBeGreaterThan(100);
    expect(count((r) => r.product_type === 'product' && r.brand === null)).toBeGreaterThan(50);
    expect((await s.services()).length).toBe(kinds.service);
    expect((await s.rentals()).length).toBe(kinds.rental);
    // A rental whose name says Atlas is still a rental, with no brand: the first rule wins.
    expect(rows.find((r) => r.product_type === 'rental' && /atlas/i.test(String(r.name)))).toMatchObject({ brand: null });

    // Three pages of 300 in Id order, no filter on a full run, the User-Key on every request; pages ahead
    // are asked for while pages are full, so at most 2 requests past the end (empty pages) may follow.
    const queries = s.fake.requests.map((r) => r.query);
    expect(queries.slice(0, 3)).toEqual(
      [0, 300, 600].map((skip) => ({ $orderby: 'Id', $expand: EXPAND, $skip: String(skip), $top: '300' })),
    );
    expect(queries.slice(3).every((q) => Number(q.$skip) >= 900)).toBe(true);
    expect(queries.length).toBeLessThanOrEqual(5);
    expect(s.fake.requests.every((r) => r.headers['user-key'] === USER_KEY)).toBe(true);
    expect(await s.cursor()).toBe(cursor);
    expect(await s.syncLogs()).toMatchObject([
      {
        status: 'succeeded',
        records_read: 700,
        records_written: 700,
        records_rejected: 0,
        error_message: null,
        error_class: null,
        selection: null,
      },
    ]);
    // Batches of 100 (PRODUCT_SYNC_BATCH_SIZE unset), one transaction each; every row at sync_version 1.
    const info = readFileSync(join(s.dir, 'sync_info.log'), 'utf8');
    expect(info).toContain('batch 7 written: 100 records (100 inserted, 0 updated, 0 unchanged)');
    expect(info).not.toContain('batch 8 written');
    const versions = await s.versions();
    expect([...versions.values()].every((v) => v.sync_version === 1)).toBe(true);
    // The full schema: part links, suppliers, dimensions and the other columns, from what Ploomes sends.
    expect((await s.variants()).length).toBeGreaterThan(50);
    expect((await s.suppliers()).length).toBeGreaterThan(200);
    expect(rows.filter((r) => r.dimensions !== null).length).toBeGreaterThan(30);
    expect(rows.filter((r) => r.source_system === 'omie').length).toBeGreaterThan(200);

    // A full rerun within 10 minutes is answered from the response cache: no request, nothing changes.
    s.fake.requests.length = 0;
    const again = await s.run('--strategy', 'full');
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(summary(again.stdout)?.slice(0, 8)).toEqual(['products', 'succeeded', '700', '700', '0', '0', '700', '0']);
    expect(s.fake.requests).toEqual([]);
    await expectInSync(s);
    expect((await s.products()).length).toBe(700);
    expect(await s.syncLogs()).toHaveLength(2);
    // With the cache turned off (response_ttl=0s) the pages come from Ploomes again.
    const fresh = await s.run('--strategy', 'full', '--var', 'response_ttl=0s', '--var', 'page_size=300');
    expect(fresh.code).toBe(0);
    expect(s.fake.requests.map((r) => r.query.$skip).slice(0, 3)).toEqual(['0', '300', '600']);
    expect(await s.versions()).toEqual(versions);
  });

  it('an incremental run fetches only what changed since the cursor and upserts only that; spec rows follow the type', async () => {
    const s = await start({ fake: { productCount: 350 } });
    expect((await s.run()).code).toBe(0);
    const before = (await s.cursor()) as string;
    const store = s.fake.store;
    const records = store.products.map((p) => expectedRecord(p));
    const pick = (pred: (i: number) => boolean) => store.products.find((_p, i) => pred(i))!;
    const ingersoll = pick((i) => records[i]!.brand === 'Ingersoll Rand');
    const service = pick((i) => records[i]!.product_type === 'service');
    const rental = pick((i) => records[i]!.product_type === 'rental');
    const plain = pick(
      (i) => records[i]!.product_type === 'product' && records[i]!.brand === null && store.products[i]!.Suspended === false,
    );

    // A machine loses a part link, a part loses its supplier: their variant and supplier rows go.
    const picked = new Set([ingersoll.Id, service.Id, rental.Id, plain.Id]);
    const machine = store.products.find((p) => p.Parts.length >= 2 && !picked.has(p.Id))!;
    const isSupplier = (o: { FieldKey: string }) => o.FieldKey === PLOOMES_FIELD_KEYS.supplier;
    const supplied = store.products.find((p) => p.OtherProperties.some(isSupplier) && !picked.has(p.Id) && p.Id !== machine.Id)!;
    const versions = await s.versions();
    const at = new Date();
    store.update(ingersoll.Id, { Name: 'Compressor Atlas Copco GA 30' }, at);
    store.update(service.Id, { Code: 'SRV-210' }, at);
    store.update(rental.Id, { UnitPrice: 9999.5 }, at);
    store.update(plain.Id, { Suspended: true }, at);
    store.update(machine.Id, { Parts: machine.Parts.slice(1) }, at);
    store.update(supplied.Id, { OtherProperties: supplied.OtherProperties.filter((o) => !isSupplier(o)) }, at);
    store.create(
      {
        Name: 'Locação Secador Atlas Copco FD 50 - Mensal',
        Code: 'CIA_LOC_900',
        GroupId: 10014,
        MeasurementUnit: 'MES',
        UnitPrice: 4200,
        OtherProperties: [{ FieldKey: PLOOMES_FIELD_KEYS.rentalAvailable, BoolValue: true }],
      },
      at,
    );
    s.fake.requests.length = 0;

    const inc = await s.run();
    expect(inc.code, inc.stdout + inc.stderr).toBe(0);
    // The stored cursor less the 120 s lookback, zone-less in the account's zone, with milliseconds.
    const from = shifted(before, -120);
    expect(s.fake.requests.map((r) => r.query)).toEqual([
      { $orderby: 'Id', $expand: EXPAND, $filter: `LastUpdateDate gt ${from}`, $skip: '0', $top: '300' },
    ]);
    const window = store.products.filter((p) => instant(p.LastUpdateDate) > instant(from));
    const after = store.localTime(at);
    expect(summary(inc.stdout)).toEqual([
      'products',
      'succeeded',
      String(window.length),
      String(window.length),
      '1',
      '6',
      String(window.length - 7),
      '0',
      before,
      '->',
      after,
    ]);
    expect(await s.cursor()).toBe(after);
    await expectInSync(s);
    expect((await s.variants()).filter((v) => v.ploomes_product_id === String(machine.Id))).toHaveLength(machine.Parts.length);
    expect((await s.suppliers()).some((r) => r.ploomes_product_id === String(supplied.Id))).toBe(false);
    // sync_version counts the versions the sync wrote: 2 for the changed rows, 1 for the others; last_sync_at moved with it.
    const changed = new Set([ingersoll, service, rental, plain, machine, supplied].map((p) => String(p.Id)));
    const now = await s.versions();
    for (const [id, v] of now) {
      if (changed.has(id)) {
        expect(v.sync_version, id).toBe(2);
        expect(Date.parse(v.last_sync_at)).toBeGreaterThan(Date.parse(versions.get(id)!.last_sync_at));
      } else expect(v, id).toEqual(versions.get(id) ?? { sync_version: 1, last_sync_at: v.last_sync_at });
    }

    const row = async (id: number) => (await s.products()).find((r) => r.ploomes_product_id === String(id));
    expect(await row(ingersoll.Id)).toMatchObject({ brand: 'Atlas Copco', source_updated_at: at.toISOString() });
    expect(await row(service.Id)).toMatchObject({ product_type: 'product', code: 'SRV-210' });
    expect((await s.services()).some((r) => r.ploomes_product_id === String(service.Id))).toBe(false);
    expect(await row(plain.Id)).toMatchObject({ active: false, available_for_sale: false });
    const created = store.products.at(-1)!;
    expect((await s.rentals()).find((r) => r.ploomes_product_id === String(created.Id))).toMatchObject({
      rental_code: 'CIA_LOC_900',
      rental_rate: '4200.00',
      available: true,
    });

    // Nothing new: the lookback re-reads the last changes, which are unchanged.
    s.fake.requests.length = 0;
    const idle = await s.run();
    expect(idle.code).toBe(0);
    expect(s.fake.requests.map((r) => r.query.$filter)).toEqual([`LastUpdateDate gt ${shifted(after, -120)}`]);
    expect(summary(idle.stdout)?.slice(0, 8)).toEqual(['products', 'succeeded', '7', '7', '0', '0', '7', '0']);
    expect(await s.syncLogs()).toMatchObject([{ records_read: 350 }, { records_read: window.length }, { records_read: 7 }]);
  });

  it('auto: full after more than 6 hours without a successful run, incremental within 6 hours', async () => {
    const s = await start({ fake: { productCount: 40 } });
    const old = '2024-02-01T00:00:00';
    await s.seedSuccess(7, old);
    expect((await s.run()).code).toBe(0);
    expect(s.fake.requests.map((r) => r.query.$filter)).toEqual([undefined]);
    await expectInSync(s);

    s.fake.requests.length = 0;
    expect((await s.run()).code).toBe(0);
    const cursor = newest(s.fake.store.products);
    expect(s.fake.requests.map((r) => r.query.$filter)).toEqual([`LastUpdateDate gt ${shifted(cursor, -120)}`]);

    const fresh = await startSeed004({ fake: { productCount: 40 } });
    try {
      await fresh.seedSuccess(5, old);
      expect((await fresh.run()).code).toBe(0);
      expect(fresh.fake.requests.map((r) => r.query.$filter)).toEqual(['LastUpdateDate gt 2024-01-31T23:58:00.000']);
    } finally {
      await fresh.close();
    }
  });

  it('--strategy ids --ids fetches just those products in one request and moves no cursor', async () => {
    const s = await start({ fake: { productCount: 60 } });
    expect((await s.run()).code).toBe(0);
    const cursor = await s.cursor();
    const [a, b] = [s.fake.store.products[3]!, s.fake.store.products[4]!];
    s.fake.store.update(a.Id, { Name: 'Filtro de óleo Atlas Copco 1613610590', UnitPrice: 321.45 });
    s.fake.store.update(b.Id, { Code: 'CIA_LOC_777', Name: 'Locação Compressor Schulz - Mensal', MeasurementUnit: 'MES' });
    s.fake.requests.length = 0;

    const byIds = await s.run('--strategy', 'ids', '--ids', `${a.Id},${b.Id}`);
    expect(byIds.code, byIds.stdout + byIds.stderr).toBe(0);
    expect(s.fake.requests.map((r) => r.query)).toEqual([
      { $filter: `Id in (${a.Id},${b.Id})`, $orderby: 'Id', $expand: EXPAND, $skip: '0', $top: '300' },
    ]);
    expect(summary(byIds.stdout)?.slice(0, 8)).toEqual(['products', 'succeeded', '2', '2', '0', '2', '0', '0']);
    await expectInSync(s);
    expect((await s.rentals()).map((r) => r.ploomes_product_id)).toContain(String(b.Id));
    expect(await s.cursor()).toBe(cursor);
    expect((await s.syncLogs()).at(-1)).toMatchObject({ status: 'succeeded', records_read: 2, records_written: 2 });
  });

  it('a Ploomes webhook to `syncengine serve` (real HTTP) starts a by-ids run whose records land', async () => {
    const s = await start({ fake: { productCount: 60 } });
    expect((await s.run()).code).toBe(0);
    const server = await s.serve();
    const post = (body: string, secret: string | null = WEBHOOK_SECRET) =>
      fetch(`${server.url}/webhooks/ploomes-products`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { 'x-webhook-secret': secret } : {}) },
        body,
      });
    const status = async (id: string) =>
      (await fetch(`${server.url}/runs/${id}`, { headers: { authorization: `Bearer ${API_TOKEN}` } })).json() as Promise<any>;

    const target = s.fake.store.products.find((p) => expectedRecord(p).product_type === 'product' && !/ingersoll/i.test(p.Name))!;
    const payload = JSON.stringify(
      s.fake.store.update(target.Id, { Name: 'Secador por refrigeração Ingersoll Rand D108', UnitPrice: 15_300 }),
    );
    expect(JSON.parse(payload)).toMatchObject({ Entity: 'Products', Action: 'Update', New: { Id: target.Id }, Old: { Id: target.Id } });
    s.fake.requests.length = 0;
    const reply = await post(payload);
    expect(reply.status).toBe(202);
    const accepted = (await reply.json()) as { runId: string; ids: unknown[] };
    expect(accepted).toMatchObject({ pipeline: 'ploomes-to-postgres', stream: 'products', ids: [target.Id], status: 'queued' });
    let run: any;
    await waitFor(async () => !['queued', 'running'].includes((run = await status(accepted.runId)).status), 'the webhook run');
    expect(run).toMatchObject({ trigger: 'webhook', strategy: 'ids', status: 'succeeded', records: { read: 1, written: 1 } });
    expect(s.fake.requests.map((r) => r.query.$filter)).toEqual([`Id in (${target.Id})`]);
    await expectInSync(s);
    expect((await s.products()).find((r) => r.ploomes_product_id === String(target.Id))).toMatchObject({
      brand: 'Ingersoll Rand',
      base_price: '15300.00',
    });
    await waitFor(async () => (await s.syncLogs()).length === 2, "the webhook run's sync log row");
    expect((await s.syncLogs())[1]).toMatchObject({ run_id: accepted.runId, status: 'succeeded', records_read: 1 });

    // A new product too.
    const created = JSON.parse(
      JSON.stringify(
        s.fake.store.create({ Name: 'Visita técnica', Code: 'CIA_VISTEC_900', GroupId: 10013, MeasurementUnit: 'H', UnitPrice: 250 }),
      ),
    );
    const second = (await (await post(JSON.stringify(created))).json()) as { runId: string };
    await waitFor(async () => (await status(second.runId)).status === 'succeeded', 'the second webhook run');
    await expectInSync(s);
    expect((await s.services()).map((r) => r.service_code)).toContain('CIA_VISTEC_900');

    // The same by-ids run, asked for over the API.
    const other = s.fake.store.products[20]!;
    s.fake.store.update(other.Id, { UnitPrice: 77.7 });
    const forced = await fetch(`${server.url}/pipelines/ploomes-to-postgres/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ strategy: 'ids', ids: [other.Id] }),
    });
    expect(forced.status).toBe(202);
    const forcedRun = (await forced.json()) as { runId: string };
    await waitFor(async () => (await status(forcedRun.runId)).status === 'succeeded', 'the API run');
    expect(await status(forcedRun.runId)).toMatchObject({ trigger: 'api', strategy: 'ids', records: { read: 1, written: 1 } });
    await expectInSync(s);

    // Other entities and deletions run nothing; a wrong or missing secret is refused.
    const deal = JSON.stringify({ Entity: 'Deals', Action: 'Win', New: { Id: 501090282 }, Old: { Id: 501090282 } });
    expect(await (await post(deal)).json()).toMatchObject({ runId: null, ignored: true });
    const removed = s.fake.store.products[0]!.Id;
    const deletion = JSON.stringify(s.fake.store.remove(removed));
    expect(await (await post(deletion)).json()).toMatchObject({ runId: null, ignored: true });
    // Deletions are not propagated: the row stays (docs/integrations/ploomes-to-postgres.md).
    expect((await s.products()).some((r) => r.ploomes_product_id === String(removed))).toBe(true);
    expect((await post(payload, 'not-the-secret-at-all')).status).toBe(401);
    expect((await post(payload, null)).status).toBe(401);
    expect(await server.stop()).toBe(0);
    expect(server.output()).not.toContain(USER_KEY);
    expect(server.output()).not.toContain(WEBHOOK_SECRET);
  });

  it('bare 429s and a 503 burst are retried at most 3 times, waiting up to 1, 2, 4 x retry_delay_ms with jitter', async () => {
    const s = await start({ fake: { faults: { rateLimitEvery: 2, serverErrorBurst: 2 } } });
    // The seed's 1, 2, 4 s waits, scaled down: retry_delay_ms 200 gives waits of 0.1-0.2, 0.2-0.4, 0.4-0.8 s.
    const result = await s.run('--var', 'retry_delay_ms=200');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    await expectInSync(s);
    const statuses = s.fake.timings.map((t) => t.status);
    expect(statuses.filter((c) => c === 503)).toHaveLength(2);
    expect(statuses.filter((c) => c === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((c) => c === 200).length).toBeGreaterThanOrEqual(3);
    // Retries go through the same budget.
    expect(minSpacing(s.fake.timings)).toBeGreaterThanOrEqual(450);
    const log = result.stdout + result.stderr;
    expect(log).toMatch(/GET \/Products\?\S+: 429 Too Many Requests \(retry 1\/3 in \d+\.\ds\)/);
    expect(log).toMatch(/GET \/Products\?\S+: 503 Service Unavailable\b.*\(retry 2\/3 in \d+\.\ds\)/);
    const waits = [...log.matchAll(/\(retry (\d)\/3 in (\d+\.\d)s\)/g)].map((m) => ({ retry: Number(m[1]), seconds: Number(m[2]) }));
    expect(waits.length).toBeGreaterThanOrEqual(3);
    for (const { retry, seconds } of waits) {
      const base = 0.2 * 2 ** (retry - 1);
      expect(seconds).toBeGreaterThanOrEqual(base / 2 - 0.05);
      expect(seconds).toBeLessThanOrEqual(base + 0.05);
    }
  }, 60_000);

  it('keeps the rate budget and is really concurrent: 1 request per 500 ms, 3 in flight (PRODUCT_SYNC_CONCURRENT, default 3)', async () => {
    // Tables created by the pipeline itself (no schema applied); pages of 5, each answered in 1.1 s.
    const s = await start({ schema: false, fake: { productCount: 15, latencyMs: 1100 } });
    const result = await s.run('--var', 'page_size=5');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    await expectInSync(s);
    const timings = s.fake.timings;
    // Three full pages, the empty one that ends the read, and at most 2 asked for ahead past it.
    expect(timings.map((t) => t.query.$skip).slice(0, 4)).toEqual(['0', '5', '10', '15']);
    expect(timings.length).toBeLessThanOrEqual(6);
    const spacing = minSpacing(timings);
    const inFlight = maxInFlight(timings);
    console.info(`[seed004] ${timings.length} requests: min spacing ${spacing.toFixed(1)} ms, max in flight ${inFlight}`);
    // The client starts requests 500 ms apart; at the server a gap can look shorter, by tens of
    // milliseconds on a loaded machine: 200 ms of room. Answers take 1.1 s, so 3 overlap.
    expect(spacing).toBeGreaterThanOrEqual(500 - 200);
    expect(inFlight).toBe(3);

    // PRODUCT_SYNC_CONCURRENT=2 and PRODUCT_SYNC_BATCH_SIZE=4: 2 in flight, batches of 4.
    s.fake.timings.length = 0;
    const two = await s.runWith(
      { PRODUCT_SYNC_CONCURRENT: '2', PRODUCT_SYNC_BATCH_SIZE: '4' },
      '--var',
      'page_size=5',
      '--strategy',
      'full',
      '--var',
      'response_ttl=0s',
    );
    expect(two.code, two.stdout + two.stderr).toBe(0);
    expect(maxInFlight(s.fake.timings)).toBe(2);
    const info = readFileSync(join(s.dir, 'sync_info.log'), 'utf8');
    expect(info).toContain('batch 4 written: 3 records');
    expect(info).toContain('batch 3 written: 4 records');
  }, 30_000);

  it('--dry-run --limit 5 prints realistic payloads, the User-Key nowhere, and writes nothing', async () => {
    const s = await start({ schema: false });
    const result = await s.run('--dry-run', '--limit', '5', '--debug');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { stream: string; record: Record<string, unknown> });
    const five = s.fake.store.products.slice(0, 5).map((p) => expectedRecord(p, undefined, s.fake.store.products));
    expect(lines.filter((l) => l.stream === 'products').map((l) => l.record)).toEqual(five);
    expect(lines.filter((l) => l.stream === 'products.also[0]').map((l) => l.record.ploomes_product_id)).toEqual(
      five.filter((r) => r.product_type === 'service').map((r) => r.ploomes_product_id),
    );
    expect(lines.filter((l) => l.stream === 'products.also[1]').map((l) => l.record.ploomes_product_id)).toEqual(
      five.filter((r) => r.product_type === 'rental').map((r) => r.ploomes_product_id),
    );
    expect(result.stderr).toContain('Dry run: nothing was written and no cursor was saved.');
    expect(result.stderr).toContain('GET /Products?');
    const logs = readdirSync(s.dir)
      .map((f) => readFileSync(join(s.dir, f), 'utf8'))
      .join('\n');
    expect(logs).toContain('GET /Products?');
    for (const text of [result.stdout, result.stderr, logs]) expect(text).not.toContain(USER_KEY);
    expect(await s.tableExists('products_enhanced')).toBe(false);
    expect(await s.tableExists('product_sync_logs')).toBe(false);
    expect(await s.cursor()).toBeUndefined();
  });

  it('a rejected User-Key fails the run (exit 1) and writes a failed sync log row without the key', async () => {
    const s = await start({ fake: { productCount: 10 } });
    expect((await s.run()).code).toBe(0);
    const bad = await runCli(['run', PIPELINE, '--state', s.stateUrl, '--no-logs', ...s.connection], {
      ...s.env,
      PLOOME_API_KEY: 'pk_wrong_key_000000000',
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('401 Unauthorized: Authorization has been denied for this request.');
    expect(bad.stdout + bad.stderr).not.toContain('pk_wrong_key_000000000');
    const logs = await s.syncLogs();
    expect(logs).toHaveLength(2);
    expect(logs[1]).toMatchObject({ status: 'failed', records_read: 0, records_written: 0, error_class: 'authentication' });
    expect(String(logs[1]!.error_message)).toContain('401 Unauthorized');
    expect(String(logs[1]!.error_message)).not.toContain('pk_wrong_key');
  });

  it('the account time zone is configurable: dates convert and the $filter is written in that zone', async () => {
    const s = await start({ fake: { productCount: 40, utcOffsetMinutes: 60 } });
    const zone = ['--var', 'account_timezone=Africa/Lagos', '--var', 'account_utc_offset=+01:00'];
    expect((await s.run(...zone)).code).toBe(0);
    await expectInSync(s, '+01:00');
    const cursor = (await s.cursor()) as string;
    const at = new Date();
    const target = s.fake.store.products[2]!;
    s.fake.store.update(target.Id, { UnitPrice: 1 }, at);
    s.fake.requests.length = 0;
    const inc = await s.run(...zone);
    expect(inc.code).toBe(0);
    expect(s.fake.requests.map((r) => r.query.$filter)).toEqual([`LastUpdateDate gt ${shifted(cursor, -120)}`]);
    expect(s.fake.store.localTime(at)).toBe(new Date(at.getTime() + 3_600_000).toISOString().slice(0, 23));
    await expectInSync(s, '+01:00');
    expect((await s.products()).find((r) => r.ploomes_product_id === String(target.Id))).toMatchObject({
      source_updated_at: at.toISOString(),
    });
  });
});
