import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../examples/quickstart/fake-crm-api.js';
import { runCli } from './_cli.js';
import { writeFileSync } from 'node:fs';

let api: FakeCrm;
let dir: string;
beforeEach(async () => {
  api = await startFakeCrm({ token: 'good-token-123', customers: 30 });
  dir = mkdtempSync(join(tmpdir(), 'se-tenants-'));
  const db = new Database(join(dir, 'app.db'));
  db.exec(`create table client_api_credentials (
    client_id integer primary key, platform text, credentials text, sync_frequency_hours integer,
    last_sync_at text, next_sync_at text, status text, error_message text)`);
  const insert = db.prepare(
    'insert into client_api_credentials (client_id, platform, credentials, sync_frequency_hours, status) values (?, ?, ?, ?, ?)',
  );
  insert.run(1, 'crm', JSON.stringify({ token: 'good-token-123' }), 24, 'pending');
  insert.run(2, 'crm', JSON.stringify({ token: 'revoked-token-999' }), 12, 'pending');
  insert.run(3, 'crm', JSON.stringify({ token: 'good-token-123' }), 6, 'pending');
  insert.run(4, 'other', JSON.stringify({ token: 'x' }), 6, 'pending');
  db.close();
  writeFileSync(
    join(dir, 'clients.yaml'),
    `version: 1
name: clients
vars: { base_url: "http://127.0.0.1:1" }
connections:
  app: { type: sqlite, path: ./app.db }
  crm:
    type: http
    base_url: \${vars.base_url}
    retries: 0
    auth: { type: bearer, token: "\${tenant.credentials.token}" }
tenants:
  source: { connection: app, query: "select * from client_api_credentials where platform = 'crm' order by client_id" }
  id: client_id
  frequency_hours: sync_frequency_hours
  write_back:
    connection: app
    success: "update client_api_credentials set status = 'connected', error_message = null, last_sync_at = \${result.finished_at}, next_sync_at = \${result.next_run_at} where client_id = \${tenant.client_id}"
    failure: "update client_api_credentials set status = 'error', error_message = \${result.error}, next_sync_at = \${result.next_run_at} where client_id = \${tenant.client_id}"
streams:
  customers:
    source: { connection: crm, path: /v1/customers, records_path: data, pagination: { type: page, size_param: per_page, size: 25 } }
    sink:
      connection: app
      table: "client_\${tenant.client_id}_data"
      mode: insert_new
      key: [id]
      columns: { id: integer, email: text }
`,
  );
});
afterEach(() => api.close());

it('runs per tenant from a real table: two succeed, the third is marked error with its message, next_sync_at from its frequency', async () => {
  const result = await runCli(['run', join(dir, 'clients.yaml'), '--var', `base_url=${api.url}`]);
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/failed in [\d.]+s \(3 tenants: 2 succeeded, 1 failed\)/);
  expect(result.stdout).toMatch(/^1\s+customers\s+succeeded\s+30\s+30/m);
  expect(result.stdout).toMatch(/^2\s+customers\s+failed\s+0\s+0/m);
  expect(result.stdout + result.stderr).not.toContain('revoked-token-999');

  const db = new Database(join(dir, 'app.db'), { readonly: true });
  const rows = db
    .prepare(
      'select client_id, status, error_message, last_sync_at, next_sync_at, sync_frequency_hours from client_api_credentials order by client_id',
    )
    .all() as Record<string, unknown>[];
  const count = (id: number) => (db.prepare(`select count(*) as n from client_${id}_data`).get() as { n: number }).n;
  expect(count(1)).toBe(30);
  expect(count(3)).toBe(30);
  expect(count(2)).toBe(0);
  db.close();

  const [one, two, three, four] = rows;
  expect([one!.status, two!.status, three!.status, four!.status]).toEqual(['connected', 'error', 'connected', 'pending']);
  expect(two!.error_message).toBe(
    `customers: [source:crm] GET ${api.url}/v1/customers?page=1&per_page=25: 401 Unauthorized: missing or invalid bearer token`,
  );
  for (const row of [one!, three!]) {
    expect(Date.parse(String(row.next_sync_at)) - Date.parse(String(row.last_sync_at))).toBe(Number(row.sync_frequency_hours) * 3_600_000);
  }
  expect(Date.parse(String(two!.next_sync_at))).toBeGreaterThan(Date.now() + 11 * 3_600_000);

  const again = await runCli(['run', join(dir, 'clients.yaml'), '--var', `base_url=${api.url}`, '--tenant', '1']);
  expect(again.stdout).toMatch(/^1\s+customers\s+succeeded\s+30\s+30\s+0\s+0\s+30/m);
});
