import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../packages/cli/src/main.js';

const exec = promisify(execFile);

/** A fast local API: `total` records, `per_page` at a time, with the total in every response. */
function startItemsApi(total: number): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('per_page') ?? 100);
    const from = (page - 1) * size;
    const data = [];
    for (let id = from + 1; id <= Math.min(from + size, total); id++) data.push({ id, name: `item ${id}` });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data, meta: { total } }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })),
  );
}

const pipeline = (url: string, dir: string) => `version: 1
name: items
defaults: { batch_size: 500 }
connections:
  api: { type: http, base_url: "${url}" }
  db: { type: sqlite, path: ${join(dir, 'items.db')} }
streams:
  items:
    primary_key: [id]
    source:
      connection: api
      path: /items
      records_path: data
      pagination: { type: page, size_param: per_page, size: 1000, stop_when: [total], total_path: meta.total }
    sink: { connection: db, table: items, mode: append, columns: { id: integer, name: text } }
`;

let big: { url: string; server: Server };
let small: { url: string; server: Server };
beforeAll(async () => {
  big = await startItemsApi(200_000);
  small = await startItemsApi(5_000);
});
afterAll(() => {
  big.server.close();
  small.server.close();
});

const LINE = /items (running|succeeded): ([\d,]+)(?:\/([\d,]+))? read, ([\d,]+) written, ([\d,]+)\/s, [\d.]+s(, ~\d+s left)?/g;
const num = (text: string) => Number(text.replace(/,/g, ''));

it('draws one updating progress line per stream on a terminal (records, rate, estimate), without per-batch lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-progress-'));
  const file = join(dir, 'items.yaml');
  writeFileSync(file, pipeline(big.url, dir));
  const command = [
    process.execPath,
    '--conditions=source',
    '--import',
    'tsx',
    'packages/cli/src/bin.ts',
    'run',
    file,
    '--no-logs',
    '--state',
    join(dir, 'state.db'),
  ]
    .map((a) => `'${a}'`)
    .join(' ');
  // `script` runs the command under a pseudo-terminal, as a person at a shell would.
  const { stdout } = await exec('script', ['-qefc', command, '/dev/null'], {
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const states = [...stdout.matchAll(LINE)].map((m) => ({
    status: m[1],
    read: num(m[2]!),
    total: m[3] ? num(m[3]) : undefined,
    written: num(m[4]!),
    rate: num(m[5]!),
    estimate: Boolean(m[6]),
  }));
  expect(states.length).toBeGreaterThanOrEqual(2);
  // Redrawn in place: the cursor goes back up over the line.
  expect(stdout).toContain('\u001b[1A');
  const reads = states.map((s) => s.read);
  expect(new Set(reads).size).toBeGreaterThanOrEqual(2);
  expect(reads).toEqual([...reads].sort((a, b) => a - b));
  expect(states.some((s) => s.status === 'running' && s.total === 200_000 && s.rate > 0 && s.estimate)).toBe(true);
  expect(states.at(-1)).toMatchObject({ status: 'succeeded', read: 200_000, written: 200_000 });
  expect(stdout).not.toMatch(/batch \d+ written/);
  expect(stdout).toMatch(/items\s+succeeded\s+200000\s+200000/);
}, 180_000);

/** Runs the CLI in process with a clock that moves one second per reading, stderr not a terminal. */
async function runPlain(args: string[]) {
  let stderr = '';
  let t = Date.parse('2026-03-01T00:00:00Z');
  const io = {
    stdout: { write: () => true },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: process.cwd(),
    env: {},
    color: false,
    isTTY: false,
    now: () => (t += 1000),
  };
  const code = await main(args, io);
  return { code, stderr };
}

it('writes plain progress lines every few seconds when stderr is not a terminal, and per-batch lines only with --verbose', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-progress-'));
  const file = join(dir, 'items.yaml');
  writeFileSync(file, pipeline(small.url, dir));
  const quiet = await runPlain(['run', file, '--no-logs']);
  expect(quiet.code, quiet.stderr).toBe(0);
  expect(quiet.stderr).toMatch(/^progress items running: [\d,]+\/5,000 read, [\d,]+ written, [\d,]+\/s, [\d.]+s/m);
  expect(quiet.stderr).not.toMatch(/batch \d+ written/);
  const verbose = await runPlain(['run', file, '--no-logs', '--verbose', '--strategy', 'full']);
  expect(verbose.stderr).toMatch(/batch 10 written: 500 records/);
});

it('--log-format json writes one JSON object per line, with run id, pipeline and stream, to stderr and the log files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-progress-'));
  const file = join(dir, 'items.yaml');
  writeFileSync(file, pipeline(small.url, dir));
  const result = await runPlain(['run', file, '--log-format', 'json', '--log-dir', join(dir, 'logs'), '--verbose']);
  expect(result.code, result.stderr).toBe(0);
  const lines = result.stderr
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string>);
  const runId = lines.at(-1)!.run_id!;
  expect(lines.at(-1)).toMatchObject({ level: 'info', message: `run ${runId} succeeded`, pipeline: 'items' });
  expect(lines.every((l) => l.run_id === runId && l.pipeline === 'items' && typeof l.time === 'string')).toBe(true);
  expect(lines.find((l) => /^batch 1 written/.test(l.message))).toMatchObject({ stream: 'items' });
  const info = readFileSync(join(dir, 'logs', 'sync_info.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string>);
  expect(info.find((l) => l.message.startsWith('batch 10 written'))).toMatchObject({
    run_id: runId,
    pipeline: 'items',
    stream: 'items',
    level: 'info',
  });
  expect(info.every((l) => l.run_id === runId)).toBe(true);
});
