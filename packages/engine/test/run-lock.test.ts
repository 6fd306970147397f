import { createConsola } from 'consola';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, RunLockedError, takeRunLocks, isBusy, type StateStore } from '../src/index.js';
import { datasets, executed, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

/** Issue #10: the engine takes the run lock itself, so library users cannot double-run a stream either. */
const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 'locks.yaml', baseDir: '/tmp' }, { env: {} });
const AT = Date.parse('2026-03-08T06:59:00Z');

const single = `
version: 1
name: orders
connections:
  src: { type: memory, dataset: orders }
  out: { type: memory_sink, name: out }
streams:
  orders:
    source: { connection: src }
    sink: { connection: out }
`;

const tenants = `
version: 1
name: clients
tenants:
  list: [{ id: acme }, { id: bolt }]
  id: id
  write_back:
    connection: out
    success: "update creds set status = 'ok' where id = \${tenant.id}"
    failure: "update creds set status = 'error' where id = \${tenant.id}"
connections:
  src: { type: memory, dataset: orders }
  out: { type: memory_sink, name: out }
streams:
  orders:
    source: { connection: src }
    sink: { connection: out }
`;

let state: StateStore;
beforeEach(async () => {
  state = await createSqliteStateStore({ path: ':memory:' });
  sinks.set('out', { batches: [], calls: 0 });
  executed.length = 0;
  datasets.set('orders', [{ id: 1 }, { id: 2 }]);
});

describe('run locks in the engine', () => {
  it('a run whose stream another holder runs fails with RunLockedError naming the holder, and records nothing', async () => {
    const other = await takeRunLocks(state.locks, { pipeline: 'orders', streams: ['orders'], holder: 'worker-7:4242:abcd', now: () => AT });
    expect(isBusy(other)).toBe(false);
    const error = await engine.run(await load(single), { state, now: () => AT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunLockedError);
    expect(error).toMatchObject({
      code: 'LOCKED',
      holder: 'worker-7:4242:abcd',
      lock: 'run:orders:-:orders',
      message: 'stream orders of orders is already running: lock run:orders:-:orders is held by worker-7:4242:abcd',
    });
    expect(await state.listRuns()).toEqual([]);
    expect(sinks.get('out')!.batches).toEqual([]);
    if (!isBusy(other)) await other.release();
  });

  it('with lock.wait, a run waits for the holder to finish, then runs; its times and lease come from RunOptions.now', async () => {
    const other = await takeRunLocks(state.locks, { pipeline: 'orders', streams: ['orders'], holder: 'worker-7', now: () => AT });
    const waiting: string[] = [];
    const logger = createConsola({ level: 3, reporters: [{ log: (entry) => waiting.push(entry.args.join(' ')) }] });
    const running = engine.run(await load(single), {
      state,
      now: () => AT,
      lock: { wait: true, retryMs: 10, holder: 'me' },
      logger,
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(await state.listRuns()).toEqual([]);
    expect(await state.locks.holder('run:orders:-:orders', { now: AT })).toBe('worker-7');
    if (!isBusy(other)) await other.release();
    const result = await running;
    expect(result.status).toBe('succeeded');
    expect(waiting).toContain('waiting: stream orders of orders is already running: lock run:orders:-:orders is held by worker-7');
    const [record] = await state.listRuns();
    expect(record).toMatchObject({ status: 'succeeded', startedAt: new Date(AT).toISOString(), finishedAt: new Date(AT).toISOString() });
    // Released once the run ended.
    expect(await state.locks.holder('run:orders:-:orders', { now: AT })).toBeUndefined();
  });

  it('in a multi-tenant run, a tenant that runs elsewhere fails (without write-back) and the others run', async () => {
    await takeRunLocks(state.locks, { pipeline: 'clients', tenant: 'bolt', streams: ['orders'], holder: 'worker-9', now: () => AT });
    const result = await engine.run(await load(tenants), { state, now: () => AT });
    expect(result.tenants!.map((t) => [t.tenant, t.status, t.error])).toEqual([
      ['acme', 'succeeded', undefined],
      ['bolt', 'failed', 'stream orders of clients (tenant bolt) is already running: lock run:clients:bolt:orders is held by worker-9'],
    ]);
    expect(executed.map((e) => [e.statement.split(' ')[5], e.values['${tenant.id}']])).toEqual([["'ok'", 'acme']]);
  });
});
