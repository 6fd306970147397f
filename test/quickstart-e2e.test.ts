import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStateStore } from '@syncengine/engine';
import { startFakeCrm, type Customer, type FakeCrm } from '../examples/quickstart/fake-crm-api.js';
import { runCli } from './_cli.js';

const TOKEN = 'qs-token-e2e-4242';
let api: FakeCrm;
let dir: string;
let pipeline: string;

beforeEach(async () => {
  api = await startFakeCrm({ token: TOKEN, customers: 120 });
  dir = mkdtempSync(join(tmpdir(), 'syncengine-qs-'));
  pipeline = join(dir, 'quickstart.yaml');
  copyFileSync(new URL('../examples/quickstart/quickstart.yaml', import.meta.url), pipeline);
});
afterEach(async () => {
  await api.close();
});

const run = (...extra: string[]) => runCli(['run', pipeline, '--var', `base_url=${api.url}`, ...extra], { QUICKSTART_API_TOKEN: TOKEN });

function table(): Record<string, unknown>[] {
  const db = new Database(join(dir, 'quickstart.db'), { readonly: true });
  try {
    return db.prepare('select * from customers order by id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** What the pipeline's map step should make of a fake customer, as SQLite stores it. */
const expectedRow = (c: Customer) => ({
  id: c.id,
  email: c.email,
  full_name: `${c.first_name} ${c.last_name}`,
  plan: c.plan,
  active: c.status === 'active' ? 1 : 0,
  city: c.address.city,
  country: c.address.country,
  lifetime_value: c.lifetime_value,
  updated_at: c.updated_at,
});

async function storedCursor(): Promise<unknown> {
  const state = await createSqliteStateStore({ path: join(dir, '.syncengine', 'state.db') });
  try {
    return await state.getCursor({ pipeline: 'quickstart', stream: 'customers' });
  } finally {
    await state.close();
  }
}

describe('quickstart: fake CRM API -> SQLite through the CLI', () => {
  it('copies every customer, then on a second run fetches and updates only the changed ones', async () => {
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/customers\s+succeeded\s+120\s+120\s+120\s+0\s+0\s+0\s+\(start\) -> 2026-01-01T02:00:00.000Z/);
    expect(table()).toEqual([...api.customers.values()].map(expectedRow));
    expect(api.requests.map((r) => r.query)).toEqual([1, 2, 3, 4, 5].map((p) => ({ page: String(p), per_page: '25' })));
    expect(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);

    const editedAt = api.touch([7, 42, 99], (c) => {
      c.plan = 'enterprise';
      c.address.city = 'Tromsø';
    });
    api.requests.length = 0;
    const second = await run();
    expect(second.code, second.stderr).toBe(0);
    expect(api.requests.map((r) => r.query)).toEqual([{ updated_since: '2026-01-01T02:00:00.000Z', page: '1', per_page: '25' }]);
    expect(second.stdout).toMatch(
      new RegExp(`customers\\s+succeeded\\s+3\\s+3\\s+0\\s+3\\s+0\\s+0\\s+2026-01-01T02:00:00.000Z -> ${editedAt}`),
    );
    expect(table()).toEqual([...api.customers.values()].map(expectedRow));
    expect(await storedCursor()).toBe(editedAt);

    api.requests.length = 0;
    const third = await run();
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/customers\s+succeeded\s+0\s+0\s+0\s+0\s+0\s+0\s+\S+ \(unchanged\)/);
  });

  it('a sink failure mid-run leaves the cursor at the last committed batch; the rerun completes without duplicates', async () => {
    // Append mode and no key: a duplicate would show up as a second row.
    const yaml = readFileSync(pipeline, 'utf8')
      .replace('mode: upsert\n      key: [id]', 'mode: append')
      .replace('    primary_key: [id]\n', '    primary_key: [id]\n    batch_size: 25\n');
    writeFileSync(pipeline, yaml);
    const db = new Database(join(dir, 'quickstart.db'));
    db.exec(`create table customers (id integer, email text, full_name text, plan text, active integer, city text, country text, lifetime_value text, updated_at text);
             create trigger refuse_77 before insert on customers when new.id = 77 begin select raise(abort, 'constraint failed: customer 77 is locked'); end;`);
    db.close();

    const failed = await run();
    expect(failed.code).toBe(1);
    const cursorAfterBatch3 = api.customers.get(75)!.updated_at;
    expect(failed.stdout).toContain(
      `customers: [sink:warehouse] batch 4 (25 records) failed: constraint failed: customer 77 is locked; the cursor stays at "${cursorAfterBatch3}"`,
    );
    expect(failed.stdout).toMatch(/customers\s+failed\s+100\s+75/);
    expect(await storedCursor()).toBe(cursorAfterBatch3);
    expect(table().map((r) => r.id)).toEqual(Array.from({ length: 75 }, (_, i) => i + 1));

    const fix = new Database(join(dir, 'quickstart.db'));
    fix.exec('drop trigger refuse_77');
    fix.close();
    api.requests.length = 0;
    const rerun = await run();
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(api.requests[0]!.query.updated_since).toBe(cursorAfterBatch3);
    const rows = table();
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(rows).toEqual([...api.customers.values()].map(expectedRow));
  });

  it('--dry-run --limit prints realistic records and writes nothing', async () => {
    const result = await run('--dry-run', '--limit', '5');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual(
      [...api.customers.values()]
        .slice(0, 5)
        .map((c) => ({ stream: 'customers', record: { ...expectedRow(c), active: c.status === 'active' } })),
    );
    expect(result.stderr).toContain('Dry run: nothing was written and no cursor was saved.');
    expect(await storedCursor()).toBeUndefined();
  });

  it('--stream with an unknown name and a bad --limit are usage errors (exit 2)', async () => {
    const unknown = await run('--stream', 'orders');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('error unknown stream "orders"; quickstart has: customers\n');
    const limit = await run('--limit', 'ten');
    expect(limit).toMatchObject({ code: 2, stderr: 'error --limit ten: must be a whole number (0 for no limit)\n' });
    const since = await run('--since', 'yesterday');
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since yesterday: must be an ISO 8601 date or time');
  });

  it("a wrong token fails the run with the API's message and exit code 1", async () => {
    const result = await runCli(['run', pipeline, '--var', `base_url=${api.url}`], { QUICKSTART_API_TOKEN: 'wrong-token-000' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `customers: [source:crm] GET ${api.url}/v1/customers?page=1&per_page=25: 401 Unauthorized: missing or invalid bearer token`,
    );
    expect(result.stdout + result.stderr).not.toContain('wrong-token-000');
  });
});
