import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminDb, checkDatabase } from '../../packages/engine/test/_databases.js';
import { expectedRows, startBitcramScenario, type BitcramScenario, type StoredRow } from './bitcram-fixture.js';

/**
 * Seed 003 end to end, the parts beyond the seed's happy path: a Bitcram that pages its lists
 * (`?page=N`), and the Cloud SQL socket path (`socket_path`, as Cloud Run mounts
 * `/cloudsql/<INSTANCE_DB>`), against the real MariaDB.
 */
const mariadb = await checkDatabase('mysql');

let scenario: BitcramScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

const withoutTime = (rows: StoredRow[]) => rows.map(({ updated_at: _at, ...row }) => row);

/** The Unix socket of the test server, when this machine can reach it (a local server). */
async function serverSocket(): Promise<string | undefined> {
  const db = adminDb('mysql');
  try {
    const { rows } = await sql<{ socket: string | null }>`select @@socket as socket`.execute(db);
    const socket = rows[0]?.socket ?? undefined;
    return socket && existsSync(socket) ? socket : undefined;
  } finally {
    await db.destroy();
  }
}

describe.skipIf(!mariadb.run)('bitcram-to-mysql: paging and the Cloud SQL socket', () => {
  beforeAll(() => mariadb.require());

  it('reads every page of a Bitcram that pages its price list and stock, and loads them all', async () => {
    // 130 products in pages of 25: 6 pages of price list (the last one short), 5 or 6 of stock.
    const s = (scenario = await startBitcramScenario({ pageSize: 25, productCount: 130, seed: 5 }));
    const result = await s.run();
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/raw_item_data\s+succeeded\s+130\s+130\s+130\s/);
    const rows = await s.rows();
    expect(withoutTime(rows)).toEqual(expectedRows(s.fake.store));
    // Rows of the last price-list page and stock from the last stock page made it in.
    const lastPrice = s.fake.store.priceLists.get(11)!.at(-1)!;
    expect(rows.find((r) => r.id === lastPrice.product_id)).toBeDefined();
    const stock3 = s.fake.store.stock.filter((r) => r.warehouse_id === 3 && r.product_id !== 9_990_001);
    const lastStock = stock3.at(-1)!;
    expect(rows.find((r) => r.id === String(lastStock.product_id))?.stock).toBe(Math.trunc(lastStock.product_balance));

    const pages = (path: string) => s.fake.requests.filter((r) => r.path === path).map((r) => r.query.page);
    expect(pages('/api/checkouts/index/11/price_list')).toEqual(['1', '2', '3', '4', '5', '6']);
    // Stock pages until a short one, or an empty one after full pages: floor(n / 25) + 1 requests, per join.
    const stockRows = s.fake.store.stock.filter((r) => r.warehouse_id === 3).length;
    const stockPages = Array.from({ length: Math.floor(stockRows / 25) + 1 }, (_, i) => String(i + 1));
    expect(stockPages.length).toBeGreaterThan(1);
    expect(pages('/api/stock_items/index')).toEqual([...stockPages, ...stockPages]);
    expect(await s.mirrorRows()).toHaveLength(130);
  });

  it('BITCRAM_TOKEN_COMMAND replaces the Secret Manager command (how a run against `npm run fake -- bitcram` gets its token)', async () => {
    const s = (scenario = await startBitcramScenario());
    const result = await s.run([], { env: { BITCRAM_TOKEN_COMMAND: `echo ${s.secret}` } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(withoutTime(await s.rows())).toEqual(expectedRows(s.fake.store));
    expect(s.gcloudCalls()).toEqual([]);
    expect(result.stdout + result.stderr + s.logs()).not.toContain(s.secret);
  });

  it('connects through the server socket when db_socket is set (host and port are then not used)', async () => {
    const socket = await serverSocket();
    if (!socket) {
      console.warn('!!! the MariaDB test server has no Unix socket on this machine: SKIPPING the socket_path case');
      return;
    }
    const s = (scenario = await startBitcramScenario());
    const result = await s.run(['--var', `db_socket=${socket}`, '--var', 'db_host=db.invalid', '--var', 'db_port=1']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(withoutTime(await s.rows())).toEqual(expectedRows(s.fake.store));

    // Without the socket the same host does not answer: the socket really was the way in.
    const noSocket = await s.run(['--var', 'db_host=db.invalid', '--var', 'db_port=1']);
    expect(noSocket.code).toBe(1);
    expect(noSocket.stdout).toMatch(/cannot reach mysql:\/\/db\.invalid:1\//);
  });
});
