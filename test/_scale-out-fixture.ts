import { spawn, type ChildProcess } from 'node:child_process';
import { waitFor } from './_wait.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { sql, type Kysely } from 'kysely';
import { adminDb, checkDatabase, scratchDatabaseName, testUrl } from '../packages/engine/test/_databases.js';

/** The Redis the scale-out tests use; `.ci/run` starts it. */
export const REDIS_URL = process.env.SYNCENGINE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BIN = ['--conditions=source', '--import', 'tsx', 'packages/cli/src/bin.ts'];

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

/** Starts the real `syncengine` executable. */
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

/** Writes a multi-tenant pipeline: tenants from the `tenants` table, one `items_<tenant>` table each. */
export function writeFleetPipeline(dir: string, options: { page: number; rateLimit?: string }): string {
  const file = join(dir, 'fleet.yaml');
  writeFileSync(
    file,
    `version: 1
name: fleet
schedule: { every: 24h }
vars: { db: "postgres://127.0.0.1:1/none", api: "http://127.0.0.1:1" }
connections:
  db: { type: postgres, url: "\${vars.db}" }
  api:
    type: http
    base_url: "\${vars.api}"
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
    sink: { connection: db, table: "items_\${tenant.id}", mode: append, columns: { id: integer, updated_at: text, label: text } }
`,
  );
  return file;
}
