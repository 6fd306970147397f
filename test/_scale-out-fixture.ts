import { spawn, type ChildProcess } from 'node:child_process';
import { waitFor } from './_wait.js';
import { randomBytes } from 'node:crypto';
import { startFakeServer, type FakeRequest, type FakeResponse, type FakeServer } from '@syncengine/fakes';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { sql, type Kysely } from 'kysely';
import { adminDb, checkDatabase, scratchDatabaseName, testUrl } from '../packages/engine/test/_databases.js';

/** The Redis the scale-out tests use; `.ci/run` starts it. */
export const REDIS_URL = process.env.SYNCENGINE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The built executable (`npm run build`): workers start in a fraction of the time the sources take through tsx. */
const BIN = ['packages/cli/dist/bin.js'];

/** Whether Redis and PostgreSQL answer: outside CI a missing one skips (naming it), under CI=true it fails. */
export async function checkServices(): Promise<{ run: boolean; require(): void }> {
  const postgres = await checkDatabase('postgres');
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let problem: string | undefined;
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problem = (error as Error).message || 'no answer';
  } finally {
    redis.disconnect();
  }
  const ci = process.env.CI === 'true';
  if (problem && !ci) console.warn(`\n!!! Redis at ${REDIS_URL} is unreachable (${problem}): SKIPPING the scale-out tests.\n`);
  return {
    run: postgres.run && (!problem || ci),
    require() {
      postgres.require();
      if (problem) throw new Error(`Redis at ${REDIS_URL} is unreachable (${problem}) and CI=true: start it (.ci/run does)`);
    },
  };
}

/** A scratch PostgreSQL database (state, tenants and per-tenant tables) and a Redis key prefix, both removed by `drop`. */
export async function scratch(): Promise<{ url: string; db: Kysely<any>; prefix: string; dir: string; drop(): Promise<void> }> {
  const name = scratchDatabaseName('postgres', 'scale');
  const admin = adminDb('postgres');
  await sql.raw(`create database ${name}`).execute(admin);
  const db = adminDb('postgres', { database: name });
  const prefix = `syncengine-test-${randomBytes(4).toString('hex')}`;
  return {
    url: testUrl('postgres', { database: name }),
    db,
    prefix,
    dir: mkdtempSync(join(tmpdir(), 'se-scale-')),
    async drop() {
      await db.destroy();
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
      const redis = new Redis(REDIS_URL);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}

/** A `syncengine` child process with its output. */
export interface Child {
  readonly child: ChildProcess;
  output(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the real `syncengine` executable (the build in packages/cli/dist). */
export function startCli(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [...BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exit };
}

/** Waits until `check` resolves true, polling every 100 ms; a check that throws (a table not created yet) counts as not yet. */
export function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const safe = async () => {
    try {
      return await check();
    } catch {
      return false;
    }
  };
  return waitFor(safe, what, timeoutMs, 100);
}

/**
 * Writes a multi-tenant pipeline (`fleet` unless named): tenants from the `tenants` table, one
 * `<table>_<tenant>` table each (`items_`), reading `${vars.api}` unless given its base URL.
 */
export function writeFleetPipeline(
  dir: string,
  options: { page: number; rateLimit?: string; name?: string; table?: string; baseUrl?: string },
): string {
  const name = options.name ?? 'fleet';
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `version: 1
name: ${name}
schedule: { every: 24h }
vars: { db: "postgres://127.0.0.1:1/none", api: "http://127.0.0.1:1" }
connections:
  db: { type: postgres, url: "\${vars.db}" }
  api:
    type: http
    base_url: "${options.baseUrl ?? '${vars.api}'}"
${options.rateLimit ? `    rate_limit: ${options.rateLimit}\n` : ''}tenants:
  source: { connection: db, query: "select id from tenants order by id" }
  id: id
streams:
  items:
    batch_size: ${options.page}
    source:
      connection: api
      path: /items
      records_path: data
      params: { tenant: "\${tenant.id}", after: "\${cursor}" }
      pagination: { type: page, size_param: per_page, size: ${options.page} }
    incremental: { cursor_field: updated_at, ordered: true }
    sink: { connection: db, table: "${options.table ?? 'items'}_\${tenant.id}", mode: append, columns: { id: integer, updated_at: text, label: text } }
`,
  );
  return file;
}

/** One request the fleet API answered: whose, which page, when it arrived and when its answer left (ms). */
export interface Served {
  readonly tenant: string;
  readonly partition: string | undefined;
  readonly page: number;
  readonly path: string;
  readonly start: number;
  end: number;
  status: number;
}

/** An item of the fleet API. */
export interface Item {
  id: number;
  updated_at: string;
  label: string;
  /** The partition an item belongs to, for partitioned streams. */
  partition?: string;
}

/** What a test may answer instead of the API's data (a 429, a held response); undefined: the data. */
export type Intercept = (req: FakeRequest, served: Served) => Promise<FakeResponse | undefined> | FakeResponse | undefined;

/**
 * A fake API of per-tenant (and per-partition) items at `/items?tenant=&partition=&page=&after=`,
 * and `/totals?tenant=`, that logs every request with its arrival and end, and counts how many
 * runs started and the most requests in flight at once: in all, per tenant, per tenant and partition.
 */
export async function fleetApi(
  items: (tenant: string, partition?: string) => Item[],
  options: { delayMs?: number; failTenant?: string } = {},
) {
  const log: Served[] = [];
  const runs = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  let intercept: Intercept | undefined;
  const enter = (key: string) => {
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    maxInFlight.set(key, Math.max(maxInFlight.get(key) ?? 0, inFlight.get(key)!));
  };
  const leave = (key: string) => inFlight.set(key, inFlight.get(key)! - 1);
  const handle = async (req: FakeRequest): Promise<FakeResponse> => {
    const tenant = String(req.query.tenant);
    const partition = req.query.partition === undefined ? undefined : String(req.query.partition);
    const page = Number(req.query.page ?? 1);
    const served: Served = { tenant, partition, page, path: req.path, start: performance.now(), end: 0, status: 200 };
    log.push(served);
    const keys = ['*', tenant, `${tenant}/${partition ?? '-'}`];
    keys.forEach(enter);
    try {
      const answer = await intercept?.(req, served);
      if (answer) return answer;
      if (req.path === '/items' && page === 1) runs.set(keys[2]!, (runs.get(keys[2]!) ?? 0) + 1);
      if (tenant === options.failTenant) return { status: 400, body: { message: 'this account is suspended' } };
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (req.path === '/totals') return { body: { data: [{ id: 1, items: items(tenant).length }] } };
      const size = Number(req.query.per_page ?? 5);
      const after = String(req.query.after ?? '');
      const all = items(tenant, partition).filter((item) => !after || item.updated_at > after);
      return { body: { data: all.slice((page - 1) * size, page * size) } };
    } finally {
      keys.forEach(leave);
      served.end = performance.now();
    }
  };
  const server: FakeServer = await startFakeServer({
    routes: [
      { method: 'GET', path: '/items', handle },
      { method: 'GET', path: '/totals', handle },
    ],
  });
  return {
    server,
    log,
    /** Runs started (first pages) per tenant, or per `tenant/partition`. */
    runs: (tenant: string, partition?: string) => runs.get(`${tenant}/${partition ?? '-'}`) ?? 0,
    /** The most requests in flight at once: `'*'` for all, a tenant, or `tenant/partition`. */
    maxInFlight: (key: string) => maxInFlight.get(key) ?? 0,
    served: () => log.filter((s) => s.end > 0 && s.status === 200).length,
    intercept(fn: Intercept | undefined) {
      intercept = fn;
    },
  };
}

/** The fleet API's type. */
export type FleetApi = Awaited<ReturnType<typeof fleetApi>>;

/** A tenant id: `t0001`. */
export const tenantId = (i: number) => `t${String(i).padStart(4, '0')}`;

/** A fixed instant plus `i` seconds, as the API's `updated_at`. */
export const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1_000).toISOString();

/** Tears down what a test started, in reverse order, after each test. */
export function cleanupList() {
  let cleanups: (() => Promise<void>)[] = [];
  return {
    add: (...fns: (() => Promise<void>)[]) => cleanups.push(...fns),
    async run() {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      cleanups = [];
    },
  };
}

/**
 * A scratch database with a `tenants` table of `tenants` rows, a pipeline file (`write(dir)`), and
 * helpers to start workers on it and to count rows.
 */
export async function setupFleet(
  tenants: number,
  api: FleetApi | readonly FleetApi[],
  cleanups: ReturnType<typeof cleanupList>,
  write: (dir: string) => string | string[],
) {
  const apis = Array.isArray(api) ? api : [api as FleetApi];
  const env = await scratch();
  cleanups.add(() => env.drop(), ...apis.map((a) => () => a.server.close()));
  await env.db.schema
    .createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .execute();
  for (let i = 0; i < tenants; i += 500) {
    const ids = Array.from({ length: Math.min(500, tenants - i) }, (_, k) => ({ id: tenantId(i + k + 1) }));
    await env.db.insertInto('tenants').values(ids).execute();
  }
  const written = write(env.dir);
  const files = Array.isArray(written) ? written : [written];
  const file = files[0]!;
  const common = ['--state', env.url, '--var', `db=${env.url}`, '--var', `api=${apis[0]!.server.url}`, '--no-logs'];
  const queue = ['--queue', REDIS_URL, '--queue-prefix', env.prefix];
  const children: Child[] = [];
  cleanups.add(async () => {
    for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exit));
  });
  const worker = (...extra: string[]) => {
    const child = startCli(['worker', ...files, ...common, ...queue, ...extra]);
    children.push(child);
    return child;
  };
  const succeeded = async () =>
    Number(
      (await env.db
        .selectFrom('syncengine_runs')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'succeeded')
        .executeTakeFirst())!.n,
    );
  return { env, file, common, queue, worker, succeeded };
}

/** The partitions of the `shards` pipeline. */
export const SHARDS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

/**
 * Writes the `shards` pipeline: per tenant, `items` partitioned by `SHARDS` (all read at once, one
 * cursor each) into `shards_<tenant>`, then `totals` (`after: [items]`) into `totals_<tenant>`.
 */
export function writeShardsPipeline(dir: string, baseUrl: string): string {
  const file = join(dir, 'shards.yaml');
  writeFileSync(
    file,
    `version: 1
name: shards
vars: { db: "postgres://127.0.0.1:1/none" }
connections:
  db: { type: postgres, url: "\${vars.db}" }
  api: { type: http, base_url: "${baseUrl}" }
tenants:
  source: { connection: db, query: "select id from tenants order by id" }
  id: id
streams:
  items:
    batch_size: 5
    partitions: { values: [${SHARDS.join(', ')}], concurrency: ${SHARDS.length} }
    source:
      connection: api
      path: /items
      records_path: data
      params: { tenant: "\${tenant.id}", partition: "\${partition}", after: "\${cursor}" }
      pagination: { type: page, size_param: per_page, size: 5 }
    incremental: { cursor_field: updated_at, ordered: true }
    sink:
      connection: db
      table: "shards_\${tenant.id}"
      mode: append
      columns: { partition: text, id: integer, updated_at: text, label: text }
  totals:
    after: [items]
    source: { connection: api, path: /totals, records_path: data, params: { tenant: "\${tenant.id}" } }
    sink: { connection: db, table: "totals_\${tenant.id}", mode: append, columns: { id: integer, items: integer } }
`,
  );
  return file;
}

/** The most requests the API was answering at once, over those it was answering within `[from, to)`. */
export function mostAtOnce(log: readonly Served[], from = -Infinity, to = Infinity): number {
  const edges = log
    .filter((s) => s.end > 0 && s.end > from && s.start < to)
    .flatMap((s) => [
      { t: Math.max(s.start, from), d: 1 },
      { t: s.end, d: -1 },
    ])
    .sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let most = 0;
  for (const edge of edges) most = Math.max(most, (now += edge.d));
  return most;
}

/** The tenants whose unit of `pipeline` a worker started, from its log. */
export function tenantsOf(w: Child, pipeline: string): Set<string> {
  const started = new RegExp(`\\(${pipeline} \\(tenant (t\\d+)\\)\\) started`, 'g');
  return new Set([...w.output().matchAll(started)].map((m) => m[1]!));
}
