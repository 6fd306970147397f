import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createStateStore } from '@syncengine/engine';
import { main } from '../src/main.js';
import { adminDb, checkDatabase, scratchDatabaseName, testUrl, uniqueName, type ServerDialect } from '../../engine/test/_databases.js';

/** `syncengine run --state <url>` and SYNCENGINE_STATE keep cursors and run history in PostgreSQL or MySQL. */
const dir = mkdtempSync(join(tmpdir(), 'syncengine-cli-state-'));
const source = new Database(join(dir, 'source.db'));
source.exec(
  "create table items (id integer primary key, updated_at text); insert into items values (1, '2026-01-01T00:00:00Z'), (2, '2026-01-02T00:00:00Z');",
);
source.close();
writeFileSync(
  join(dir, 'copy.yaml'),
  `version: 1
connections:
  src: { type: sqlite, path: source.db }
  out: { type: sqlite, path: out.db }
streams:
  items:
    source: { connection: src, query: "select id, updated_at from items where updated_at > \${cursor} order by updated_at" }
    incremental: { cursor_field: updated_at, initial: "2000-01-01T00:00:00Z", ordered: true }
    sink: { connection: out, table: items, mode: upsert, key: [id], columns: { id: integer, updated_at: timestamp } }
`,
);

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: dir,
    env,
    color: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

for (const dialect of ['postgres', 'mysql'] as ServerDialect[]) {
  const server = await checkDatabase(dialect);
  describe.skipIf(!server.run)(`--state with a ${dialect} URL`, () => {
    const admin = adminDb(dialect);
    const namespace = dialect === 'postgres' ? uniqueName('cli_state') : scratchDatabaseName(dialect, 'cli_state');
    afterAll(async () => {
      await (
        dialect === 'postgres' ? sql`drop schema if exists ${sql.id(namespace)} cascade` : sql`drop database if exists ${sql.id(namespace)}`
      ).execute(admin);
      await admin.destroy();
    });

    it('keeps the cursor and run history in the server database, from --state or SYNCENGINE_STATE', async () => {
      server.require();
      let url: string;
      if (dialect === 'postgres') url = testUrl(dialect, { params: { schema: namespace } });
      else {
        await sql`create database ${sql.id(namespace)}`.execute(admin);
        url = testUrl(dialect, { database: namespace });
      }
      const first = await cli(['run', join(dir, 'copy.yaml'), '--state', url, '--no-logs']);
      expect(first.code, first.stderr).toBe(0);
      const second = await cli(['run', join(dir, 'copy.yaml'), '--no-logs'], { SYNCENGINE_STATE: url });
      expect(second.code, second.stderr).toBe(0);
      const state = await createStateStore(url);
      try {
        expect(await state.getCursor({ pipeline: 'copy', stream: 'items' })).toBe('2026-01-02T00:00:00Z');
        const runs = await state.listRuns({ pipeline: 'copy' });
        expect(runs.map((r) => [r.status, r.streams[0]?.recordsRead])).toEqual([
          ['succeeded', 0],
          ['succeeded', 2],
        ]);
      } finally {
        await state.close();
      }
    });
  });
}

it('rejects a state URL it cannot use, without printing its password', async () => {
  const run = await cli(['run', join(dir, 'copy.yaml'), '--state', 'mongodb://user:hunter22@host/db']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--state: unsupported database URL scheme "mongodb:"; use sqlite:, postgres:// or mysql://');
  expect(run.stderr).not.toContain('hunter22');
});
