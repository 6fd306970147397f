import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { adminDb, checkDatabase, testUrl, uniqueName } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';
import { crosswalk, expectedOutcome, PIPELINE, startFixture, type StFixture } from './servicetitan-prod-to-integration.fixture.js';

/**
 * Seed 002's command-line and environment options, end to end through the CLI against both
 * ServiceTitan fakes: `--limit` (0 = unlimited; the master-data streams a run pulls in are read
 * whole), ST_PAGE_SIZE, ST_HTTP_TIMEOUT and STSYNC_DB (a SQLite file by default, or PostgreSQL).
 */
const postgres = await checkDatabase('postgres');

let fx: StFixture | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await fx?.close();
  fx = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The summary line of a stream: read, written, inserted, updated, unchanged, rejected. */
function counts(stdout: string, stream: string): number[] | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(`${stream} `));
  return line?.trim().split(/\s+/).slice(2, 8).map(Number);
}

const lists = (fake: StFixture['production'], resource: string) =>
  fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/${resource}`));

describe('servicetitan-prod-to-integration: --limit, ST_PAGE_SIZE, ST_HTTP_TIMEOUT, STSYNC_DB', () => {
  it('--limit shortens the streams the run names; the vendors it pulls in are read whole; --limit 0 means no limit', async () => {
    const f = (fx = await startFixture());
    const out = expectedOutcome(f);
    const prod = f.production.store;

    // The seed's `sync items --limit 5`: five items, with every vendor mapped first (one, Hajoca, has
    // no partner in integration and is quarantined, as are its items).
    const five = await f.cli('run', '--stream', 'items', '--limit', '5');
    expect(five.code, five.stderr).toBe(0);
    expect(five.stderr).toContain('running vendors too: it is reference data that items runs after');
    expect(counts(five.stdout, 'vendors')).toEqual([6, 5, 5, 0, 0, 1]);
    const firstFive = prod.materials.slice(0, 5);
    const copyable = firstFive.filter((m) => !out.items.has(m.id)).length;
    expect(counts(five.stdout, 'items')).toEqual([5, copyable, copyable, 0, 0, 5 - copyable]);
    expect(f.integration.store.materials.map((m) => m.code).sort()).toEqual(
      firstFive
        .filter((m) => !out.items.has(m.id))
        .map((m) => m.code)
        .sort(),
    );
    expect(counts(five.stdout, 'purchase_orders')).toBeUndefined();

    // A named reference stream is limited like any other (a dry run: nothing is recorded).
    const two = await f.cli('run', '--stream', 'vendors', '--limit', '2', '--dry-run');
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout.trim().split('\n')).toHaveLength(2);

    // `--limit 0` is no limit: every item, and the POs, with all the master data they need.
    const all = await f.cli('run', '--stream', 'items,purchase_orders', '--limit', '0');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toContain('running vendors too: it is reference data that items runs after');
    for (const stream of ['business_units', 'warehouses'])
      expect(all.stderr).toContain(`running ${stream} too: it is reference data that purchase_orders runs after`);
    expect(counts(all.stdout, 'items')![0]).toBe(prod.materials.length);
    expect(counts(all.stdout, 'purchase_orders')).toEqual([
      prod.purchaseOrders.length,
      prod.purchaseOrders.length - out.pos.size,
      prod.purchaseOrders.length - out.pos.size,
      0,
      0,
      out.pos.size,
    ]);
    expect(counts(all.stdout, 'jobs')).toBeUndefined();
    expect(f.integration.store.materials).toHaveLength(prod.materials.length - out.items.size);

    const bad = await f.cli('run', '--limit', 'all');
    expect(bad).toMatchObject({ code: 2, stderr: 'error --limit all: must be a whole number (0 for no limit)\n' });
  }, 60_000);

  it('ST_PAGE_SIZE sets the page size of every list; ST_HTTP_TIMEOUT the per-request timeout, in seconds', async () => {
    const f = (fx = await startFixture());
    f.env.ST_PAGE_SIZE = '7';
    f.env.ST_HTTP_TIMEOUT = '1';
    // Production answers its first material page 1.6 s late: past the 1 s timeout, so it is sent again.
    let delayed = false;
    const record = f.production.requests.push.bind(f.production.requests);
    f.production.requests.push = (...requests) => {
      for (const r of requests)
        if (!delayed && r.path.endsWith('/materials')) {
          delayed = true;
          f.production.delays.requests = 1;
          f.production.delays.ms = 1_600;
        }
      return record(...requests);
    };
    const result = await f.cli('run', '--stream', 'items');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/GET \S+\/materials\?active=Any&page=1&pageSize=7: timed out \(retry 1\/3 in /);

    const pages = lists(f.production, 'materials').map((r) => [r.query.page, r.query.pageSize]);
    // 30 materials in pages of 7: five pages (the first sent twice), the last one says hasMore false.
    expect(pages).toEqual([
      ['1', '7'],
      ['1', '7'],
      ['2', '7'],
      ['3', '7'],
      ['4', '7'],
      ['5', '7'],
    ]);
    // Six vendors fit one page of 7; `hasMore: false` ends the read without a second request.
    for (const env of [f.production, f.integration])
      expect(lists(env, 'vendors').map((r) => [r.query.page, r.query.pageSize])).toEqual([['1', '7']]);
    expect(f.integration.store.materials).toHaveLength(30 - expectedOutcome(f).items.size);
  }, 60_000);

  it('without STSYNC_DB the crosswalk is stsync.sqlite3 next to the pipeline file, as in the seed', async () => {
    const f = (fx = await startFixture());
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-stsync-'));
    const pipeline = join(dir, 'servicetitan-prod-to-integration.yaml');
    copyFileSync(PIPELINE, pipeline);
    const { STSYNC_DB: _unset, ...env } = f.env;
    const result = await runCli(['run', pipeline, '--stream', 'vendors', '--no-logs'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, 'stsync.sqlite3'))).toBe(true);
    expect(existsSync(join(dir, '.syncengine', 'state.db'))).toBe(false);
    expect(crosswalk({ ...f, state: join(dir, 'stsync.sqlite3') }).get('vendors')?.size).toBe(5);
    // --state still wins over the pipeline's own state: (and over STSYNC_DB).
    const other = join(dir, 'other.db');
    expect((await runCli(['run', pipeline, '--stream', 'vendors', '--no-logs', '--state', other], env)).code).toBe(0);
    expect(crosswalk({ ...f, state: other }).get('vendors')?.size).toBe(5);
  }, 60_000);

  it.skipIf(!postgres.run)(
    'STSYNC_DB as a PostgreSQL URL keeps the crosswalk and the quarantine there',
    async () => {
      postgres.require();
      const f = (fx = await startFixture());
      const schema = uniqueName('stsync');
      const db = adminDb('postgres');
      cleanups.push(async () => {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(db);
        await db.destroy();
      });
      f.env.STSYNC_DB = testUrl('postgres', { params: { schema } });
      const result = await f.cli('run', '--stream', 'items');
      expect(result.code, result.stderr).toBe(0);
      const { rows } = await sql<{ kind: string; n: string }>`
      select kind, count(*) as n from ${sql.table(`${schema}.syncengine_crosswalk`)} group by kind order by kind`.execute(db);
      const out = expectedOutcome(f);
      expect(rows.map((r) => [r.kind, Number(r.n)])).toEqual([
        ['items', 30 - out.items.size],
        ['vendors', 5],
      ]);
      const quarantined = await f.cli('quarantine', 'list', '--json');
      expect(quarantined.code, quarantined.stderr).toBe(0);
      expect((JSON.parse(quarantined.stdout) as unknown[]).length).toBe(1 + out.items.size);
      expect(existsSync(f.state)).toBe(false);
    },
    60_000,
  );
});
