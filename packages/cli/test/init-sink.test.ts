import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { checkDatabase, TEST_URLS } from '../../engine/test/_databases.js';
import { cli } from './_cli-in.js';
import { RECORDS, startPagingApi } from './_paging-apis.js';

const postgres = await checkDatabase('postgres');

it.runIf(postgres.run)('init --sink postgres://... keeps the database URL in .env and loads every record into PostgreSQL', async () => {
  postgres.require();
  const api = await startPagingApi('link_header', 'tok_pg_sink_1234');
  const client = new pg.Client({ connectionString: TEST_URLS.postgres });
  await client.connect();
  try {
    await client.query('drop table if exists issues');
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-init-pg-'));
    const init = await cli(dir, ['init', 'tracker', '--url', api.url, '--auth', 'bearer:tok_pg_sink_1234', '--sink', TEST_URLS.postgres]);
    expect(init.code, init.stderr).toBe(0);
    const text = readFileSync(join(dir, 'tracker.yaml'), 'utf8');
    expect(text).toContain('type: postgres\n    url: "${env.TRACKER_DATABASE_CREDENTIAL}"');
    expect(text).not.toContain(TEST_URLS.postgres);
    expect(readFileSync(join(dir, '.env'), 'utf8')).toContain(`TRACKER_DATABASE_CREDENTIAL=${TEST_URLS.postgres}\n`);

    const run = await cli(dir, ['run', join(dir, 'tracker.yaml'), '--no-logs', '--state', join(dir, 'state.db')]);
    expect(run.code, run.stderr).toBe(0);
    const { rows } = await client.query('select id, name from issues order by id');
    expect(rows).toEqual(RECORDS.map((r) => ({ id: r.id, name: r.name })));
  } finally {
    await client.query('drop table if exists issues');
    await client.end();
    await api.close();
  }
});
