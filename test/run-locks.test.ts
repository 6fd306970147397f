import { spawn, type ChildProcess } from 'node:child_process';
import { waitFor } from './_wait.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { createEngine, createSqliteStateStore } from '@syncengine/engine';
import { startFakeServer, type FakeServer } from '@syncengine/fakes';

/** Issue #10: two `syncengine run` of one pipeline never both write, and a killed run ends up `abandoned`. */
const EVENTS = 2_000;
const PAGE = 100;
const BIN = ['--conditions=source', '--import', 'tsx', 'packages/cli/src/bin.ts'];
const LOCK = 'run:events:-:events';

const at = (id: number) => new Date(Date.UTC(2026, 0, 1) + id * 1_000).toISOString();

let dir: string;
let api: FakeServer;
/** Page 2 and later wait until the test opens the gate, so a run is mid-way as long as the test needs. */
let openGate: () => void;
let gate: Promise<void>;
let children: ChildProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'syncengine-run-locks-'));
  gate = new Promise((resolve) => (openGate = resolve));
  api = await startFakeServer({
    routes: [
      {
        method: 'GET',
        path: '/events',
        handle: async (req) => {
          const page = Number(req.query.page ?? 1);
          if (page > 1) await gate;
          const after = String(req.query.after ?? '');
          const all = Array.from({ length: EVENTS }, (_, i) => ({ id: i + 1, at: at(i + 1) })).filter((e) => !after || e.at > after);
          return { body: { data: all.slice((page - 1) * PAGE, page * PAGE) } };
        },
      },
    ],
  });
  writeFileSync(
    join(dir, 'events.yaml'),
    `version: 1
name: events
connections:
  api: { type: http, base_url: "${api.url}" }
  warehouse: { type: sqlite, path: ./warehouse.db }
streams:
  events:
    batch_size: ${PAGE}
    source:
      connection: api
      path: /events
      records_path: data
      params: { after: "\${cursor}" }
      pagination: { type: page, size_param: per_page, size: ${PAGE} }
    incremental: { cursor_field: at, ordered: true }
    sink: { connection: warehouse, table: events, mode: append, columns: { id: integer, at: text } }
`,
  );
});
afterEach(async () => {
  openGate();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children = [];
  await api.close();
});

/** Starts the real `syncengine run` executable on the test pipeline; `exit` resolves with its code and output. */
function run(...extra: string[]) {
  const child = spawn(
    process.execPath,
    [...BIN, 'run', join(dir, 'events.yaml'), '--state', join(dir, 'state.db'), '--no-logs', ...extra],
    {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; output: string }>((resolve) => child.once('close', (code) => resolve({ code, output })));
  return { child, exit, output: () => output };
}

const sqlite = (file: string, query: string) => {
  const db = new Database(join(dir, file), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};
const table = () => sqlite('warehouse.db', 'select count(*) as n, count(distinct id) as ids, max(at) as last from events')[0];
const runs = () => sqlite('state.db', 'select id, status, finished_at, error from syncengine_runs order by started_at');

const until = (check: () => boolean, what: string, timeoutMs = 15_000) => waitFor(check, what, timeoutMs);
const safely = (fn: () => boolean) => () => {
  try {
    return fn();
  } catch {
    return false; // the file or table is not there yet
  }
};
const firstPageWritten = safely(() => Number(table()!.n) === PAGE);

describe('syncengine run takes the run lock', () => {
  it('a second run of the same pipeline exits 1 naming the holder; the table has each event once', async () => {
    const first = run();
    await until(firstPageWritten, 'the first run to write its first page');
    const second = await run().exit;
    expect(second.code).toBe(1);
    expect(second.output).toContain(
      `stream events of events is already running: lock ${LOCK} is held by ${hostname()}:${first.child.pid}:`,
    );
    expect(second.output).toContain('wait for it with --wait');

    openGate();
    expect((await first.exit).code).toBe(0);
    expect(table()).toEqual({ n: EVENTS, ids: EVENTS, last: at(EVENTS) });
    expect(runs().map((r) => r.status)).toEqual(['succeeded']);
  }, 60_000);

  it('with --wait, the second run waits for the first and then reads only what is new: no duplicates, the cursor never goes back', async () => {
    const first = run();
    await until(firstPageWritten, 'the first run to write its first page');
    const second = run('--wait');
    await until(() => second.output().includes(`waiting: stream events of events is already running`), 'the second run to wait');
    expect(second.child.exitCode).toBeNull();

    openGate();
    expect((await first.exit).code).toBe(0);
    expect((await second.exit).code).toBe(0);
    expect(table()).toEqual({ n: EVENTS, ids: EVENTS, last: at(EVENTS) });
    expect(runs().map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    expect(sqlite('state.db', 'select value from syncengine_cursors')).toEqual([{ value: JSON.stringify(at(EVENTS)) }]);
  }, 60_000);

  it('a run killed with kill -9 is marked abandoned once its lease has expired and the lock is read or taken', async () => {
    const killed = run();
    await until(firstPageWritten, 'the run to write its first page');
    // The sink and the state are two files: the page's cursor commits just after the page (with its history entry).
    await until(
      safely(() => sqlite('state.db', 'select value from syncengine_cursors').length === 1),
      'the run to commit the cursor of its first page',
    );
    killed.child.kill('SIGKILL');
    await killed.exit;
    const killedAt = Date.now();
    const [record] = runs();
    expect(record).toMatchObject({ status: 'running', finished_at: null });

    // Within its lease the lock still stops another run.
    const blocked = await run().exit;
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain(`is held by ${hostname()}:${killed.child.pid}:`);
    expect(runs()[0]!.status).toBe('running');

    // A minute later (the clock is injected, nobody sleeps) the lease is over: reading the lock marks the run abandoned.
    const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
    const later = () => killedAt + 60_001;
    try {
      expect(await state.locks.holder(LOCK, { now: later() })).toBeUndefined();
      const abandoned = await state.getRun(String(record!.id));
      expect(abandoned).toMatchObject({ status: 'abandoned', streams: [{ stream: 'events', status: 'abandoned' }] });
      // Last seen: when it took or renewed the lock, before it was killed.
      expect(Date.parse(abandoned!.finishedAt!)).toBeLessThanOrEqual(killedAt);
      expect(abandoned!.error).toMatch(
        new RegExp(
          `^abandoned: its process \\(${hostname()}:${killed.child.pid}:[0-9a-f]{8}\\) stopped renewing lock ${LOCK}; last seen ${abandoned!.finishedAt}$`,
        ),
      );

      // The next run takes the lock and carries on from the killed run's last committed page.
      openGate();
      const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
      const pipeline = await engine.load(join(dir, 'events.yaml'));
      const next = await engine.run(pipeline, { state, now: later });
      expect(next.status).toBe('succeeded');
    } finally {
      await state.close();
    }
    expect(table()).toEqual({ n: EVENTS, ids: EVENTS, last: at(EVENTS) });
    expect(runs().map((r) => r.status)).toEqual(['abandoned', 'succeeded']);
  }, 60_000);
});
