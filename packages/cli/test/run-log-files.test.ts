import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

/** Which runs write sync_info.log and sync_debug.log: a dry run writes none unless asked. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-cli-logs-'));
  const source = new Database(join(dir, 'source.db'));
  source.exec("create table items (id integer primary key, name text); insert into items values (1, 'one'), (2, 'two');");
  source.close();
  writeFileSync(
    join(dir, 'copy.yaml'),
    `version: 1
connections:
  src: { type: sqlite, path: source.db }
  out: { type: sqlite, path: out.db }
streams:
  items:
    source: { connection: src, query: "select id, name from items order by id" }
    sink: { connection: out, table: items, mode: upsert, key: [id], columns: { id: integer, name: text } }
`,
  );
  return dir;
}

async function run(dir: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: dir,
    env: {},
    color: false,
  };
  const code = await main(['run', join(dir, 'copy.yaml'), ...args], io);
  expect(code, stderr).toBe(0);
  return { stdout, stderr };
}

const logsDir = (dir: string) => join(dir, '.syncengine', 'logs');

describe('log files of syncengine run', () => {
  it('a run writes both log files next to the pipeline; --no-logs writes none', async () => {
    const dir = project();
    await run(dir, '--no-logs');
    expect(existsSync(logsDir(dir))).toBe(false);
    await run(dir);
    expect(readdirSync(logsDir(dir)).sort()).toEqual(['sync_debug.log', 'sync_info.log']);
  });

  it('a dry run writes no log files (no .syncengine directory at all) next to the pipeline', async () => {
    const dir = project();
    const dry = await run(dir, '--dry-run');
    expect(dry.stdout).toContain('{"stream":"items","record":{"id":1,"name":"one"}}');
    expect(existsSync(join(dir, '.syncengine'))).toBe(false);
  });

  it('a dry run writes them when asked, with --logs or --log-dir', async () => {
    const dir = project();
    await run(dir, '--dry-run', '--logs');
    expect(readFileSync(join(logsDir(dir), 'sync_info.log'), 'utf8')).toContain('stream items succeeded: 2 read');
    const elsewhere = join(dir, 'elsewhere');
    await run(dir, '--dry-run', '--log-dir', elsewhere);
    expect(readdirSync(elsewhere).sort()).toEqual(['sync_debug.log', 'sync_info.log']);
  });
});
