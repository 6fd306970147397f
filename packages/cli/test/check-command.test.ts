import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { main } from '../src/main.js';

/** `syncengine check` reads one record of a source, as docs/cli.md says, not a whole batch. */
it('check reads one row of a SQL source, not a batch of batch_size', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-cli-check-'));
  const source = new Database(join(dir, 'source.db'));
  source.exec('create table items (id integer primary key)');
  const insert = source.prepare('insert into items values (?)');
  for (let id = 1; id <= 1500; id++) insert.run(id);
  source.close();
  writeFileSync(
    join(dir, 'copy.yaml'),
    `version: 1
connections:
  src: { type: sqlite, path: source.db }
  out: { type: sqlite, path: out.db }
streams:
  items:
    source: { connection: src, query: "select id from items order by id" }
    sink: { connection: out, table: items, mode: upsert, key: [id], columns: { id: integer } }
`,
  );
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: dir,
    env: {},
    color: false,
  };
  expect(await main(['check', join(dir, 'copy.yaml')], io), stderr).toBe(0);
  expect(stdout).toMatch(/^ok +src \(sqlite\) .*; query rows 1-1: 1 record in the first page \[\d+ ms\]$/m);
});
