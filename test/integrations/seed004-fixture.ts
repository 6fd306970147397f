import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { createStateStore } from '@syncengine/engine';
import { startPloomesFake, type PloomesFake, type PloomesFakeOptions } from '@syncengine/fakes';
import { main } from '../../packages/cli/src/main.js';
import { adminDb, scratchDatabaseName, testUrl } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';
import { FIELD_VARS } from './seed004-expected.js';

export { FIELD_VARS };

/** The shipped pipeline, run as it is. */
export const PIPELINE = fileURLToPath(new URL('../../pipelines/ploomes-to-postgres.yaml', import.meta.url));
const GUIDE = fileURLToPath(new URL('../../docs/integrations/ploomes-to-postgres.md', import.meta.url));

export const USER_KEY = 'pk_seed004_7f3c9a1b2d4e6f80';
export const WEBHOOK_SECRET = 'whsec-seed004-0b1c2d3e4f5a6b7c';
export const API_TOKEN = 'api-token-seed004-5e6f7a8b9c0d';

/** The guide's schema (its one `sql` block), which the tests apply as a user would. */
export function guideSchema(): string {
  const blocks = [...readFileSync(GUIDE, 'utf8').matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  if (blocks.length !== 1) throw new Error(`expected one sql block in the guide, found ${blocks.length}`);
  return blocks[0]!;
}

/** Options of {@link startSeed004}. */
export interface Seed004Options {
  fake?: PloomesFakeOptions;
  /** Apply the guide's schema first (default), or leave the database empty for the pipeline to create its tables. */
  schema?: boolean;
}

/** A Ploomes fake, a fresh PostgreSQL database and the CLI pointed at both. */
export interface Seed004Scenario {
  readonly fake: PloomesFake;
  readonly dbUrl: string;
  readonly stateUrl: string;
  readonly dir: string;
  readonly env: Record<string, string>;
  readonly db: Kysely<any>;
  /** The `--var`s that point the pipeline at this database. */
  readonly connection: string[];
  /** `syncengine run` of the shipped pipeline with the state in the same database. */
  run(...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** The same, with more environment variables (e.g. `PRODUCT_SYNC_BATCH_SIZE`). */
  runWith(env: Record<string, string>, ...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  products(): Promise<Record<string, unknown>[]>;
  services(): Promise<Record<string, unknown>[]>;
  rentals(): Promise<Record<string, unknown>[]>;
  variants(): Promise<Record<string, unknown>[]>;
  suppliers(): Promise<Record<string, unknown>[]>;
  /** `ploomes_product_id -> { sync_version, last_sync_at }` of products_enhanced. */
  versions(): Promise<Map<string, { sync_version: number; last_sync_at: string }>>;
  syncLogs(): Promise<Record<string, unknown>[]>;
  tableExists(name: string): Promise<boolean>;
  cursor(): Promise<unknown>;
  /** Records a successful run that finished `hoursAgo` and left `cursor`, as an earlier process would have. */
  seedSuccess(hoursAgo: number, cursor: string): Promise<void>;
  /** Starts `syncengine serve` on a free port. */
  serve(...extra: string[]): Promise<{ url: string; output: () => string; stop: () => Promise<number> }>;
  /** An authenticated call to the served control plane: status and JSON body. */
  api(url: string, path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** Times and JSON as plain values, so rows compare with expectations. */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

const PRODUCT_COLUMNS = [
  'ploomes_product_id',
  'external_id',
  'name',
  'code',
  'description',
  'product_type',
  'category',
  'subcategory',
  'brand',
  'base_price',
  'cost_price',
  'currency',
  'weight',
  'dimensions',
  'ncm_code',
  'cfop_code',
  'stock_quantity',
  'unit_of_measure',
  'active',
  'available_for_sale',
  'source_system',
  'source_created_at',
  'source_updated_at',
  'custom_fields',
  'tags',
];
const SERVICE_COLUMNS = [
  'ploomes_product_id',
  'service_code',
  'service_name',
  'billing_cycle',
  'rate',
  'currency',
  'active',
  'source_updated_at',
];
const VARIANT_COLUMNS = [
  'variant_id',
  'ploomes_product_id',
  'variant_product_id',
  'variant_code',
  'variant_name',
  'default_quantity',
  'min_quantity',
  'max_quantity',
  'unit_price',
  'currency',
  'product_updated_at',
];
const SUPPLIER_COLUMNS = [
  'ploomes_product_id',
  'supplier_contact_id',
  'supplier_name',
  'supplier_product_code',
  'cost_price',
  'currency',
  'lead_time_days',
  'product_updated_at',
];
const RENTAL_COLUMNS = [
  'ploomes_product_id',
  'rental_code',
  'equipment_name',
  'rental_period',
  'rental_rate',
  'currency',
  'available',
  'active',
  'source_updated_at',
];

export async function startSeed004(options: Seed004Options = {}): Promise<Seed004Scenario> {
  const database = scratchDatabaseName('postgres', 'seed004');
  const admin = adminDb('postgres');
  await sql.raw(`create database ${database}`).execute(admin);
  await admin.destroy();
  const dbUrl = testUrl('postgres', { database });
  const stateUrl = testUrl('postgres', { database, params: { schema: 'syncengine' } });
  const db = adminDb('postgres', { database });
  if (options.schema !== false) await sql.raw(guideSchema()).execute(db);
  const fake = await startPloomesFake({ userKey: USER_KEY, productCount: 700, ...options.fake });
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-seed004-'));
  const server = new URL(dbUrl);
  const env = {
    PLOOME_API_URL: fake.url,
    PLOOME_API_KEY: USER_KEY,
    SUPABASE_DB_HOST: server.hostname,
    SUPABASE_DB_USER: decodeURIComponent(server.username),
    SUPABASE_DB_PASSWORD: decodeURIComponent(server.password),
    PLOOMES_WEBHOOK_SECRET: WEBHOOK_SECRET,
    SYNCENGINE_API_TOKEN: API_TOKEN,
  };
  const connection = ['--var', `db_port=${server.port || 5432}`, '--var', `db_name=${database}`, '--var', 'db_sslmode=disable'];
  const select = async (table: string, columns: string[]) =>
    (await sql.raw(`select ${columns.join(', ')} from ${table} order by ploomes_product_id::bigint, 1, 2`).execute(db)).rows.map((r) =>
      plain(r as Record<string, unknown>),
    );
  const cli = (more: Record<string, string>, extra: string[]) =>
    runCli(['run', PIPELINE, '--state', stateUrl, '--log-dir', dir, ...connection, ...FIELD_VARS, ...extra], { ...env, ...more });
  let stopServe: (() => Promise<number>) | undefined;

  return {
    fake,
    dbUrl,
    stateUrl,
    dir,
    env,
    db,
    connection,
    run: (...extra) => cli({}, extra),
    runWith: (more, ...extra) => cli(more, extra),
    products: () => select('products_enhanced', PRODUCT_COLUMNS),
    services: () => select('service_specifications', SERVICE_COLUMNS),
    rentals: () => select('rental_specifications', RENTAL_COLUMNS),
    variants: () => select('product_variants', VARIANT_COLUMNS),
    suppliers: () => select('product_suppliers', SUPPLIER_COLUMNS),
    async versions() {
      const rows = await sql<{
        id: string;
        v: number;
        at: Date;
      }>`select ploomes_product_id as id, sync_version as v, last_sync_at as at from products_enhanced`.execute(db);
      return new Map(rows.rows.map((r) => [r.id, { sync_version: Number(r.v), last_sync_at: r.at.toISOString() }]));
    },
    syncLogs: async () =>
      (
        await sql`select run_id, status, started_at, finished_at, records_read, records_written, records_rejected, error_message, error_class, selection from product_sync_logs order by id`.execute(
          db,
        )
      ).rows.map((r) => plain(r as Record<string, unknown>)),
    tableExists: async (name) => (await sql`select to_regclass(${name}) as t`.execute(db)).rows[0]?.['t' as never] != null,
    async cursor() {
      const state = await createStateStore(stateUrl);
      try {
        return await state.getCursor({ pipeline: 'ploomes-to-postgres', stream: 'products' });
      } finally {
        await state.close();
      }
    },
    async seedSuccess(hoursAgo, cursor) {
      const state = await createStateStore(stateUrl);
      try {
        const finished = Date.now() - hoursAgo * 3_600_000;
        const id = `seeded-${Math.random().toString(36).slice(2)}`;
        await state.startRun({
          id,
          pipeline: 'ploomes-to-postgres',
          trigger: 'schedule',
          startedAt: new Date(finished - 20_000).toISOString(),
        });
        await state.finishRun(id, { status: 'succeeded', finishedAt: new Date(finished).toISOString() });
        await state.setCursor({ pipeline: 'ploomes-to-postgres', stream: 'products' }, cursor);
      } finally {
        await state.close();
      }
    },
    async api(url, path, init = {}) {
      const response = await fetch(`${url}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
      const text = await response.text();
      return { status: response.status, body: /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
    },
    async serve(...extra) {
      const controller = new AbortController();
      let output = '';
      let exited: number | undefined;
      const io = {
        stdout: { write: (t: string) => (output += t) },
        stderr: { write: (t: string) => (output += t) },
        cwd: process.cwd(),
        env,
        color: false,
      };
      const exit = main(
        ['serve', PIPELINE, '--port', '0', '--state', stateUrl, '--no-logs', ...connection, ...FIELD_VARS, ...extra],
        io,
        controller.signal,
      ).then((code) => (exited = code));
      await waitFor(() => exited !== undefined || /listening on http:\/\/\S+/.test(output), 'serve to listen', 15_000);
      if (exited !== undefined) throw new Error(`serve exited with ${exited}: ${output}`);
      const url = /listening on (http:\/\/[^\s]+)/.exec(output)![1]!;
      stopServe = async () => {
        stopServe = undefined;
        controller.abort();
        return exit;
      };
      return { url, output: () => output, stop: () => stopServe?.() ?? exit };
    },
    async close() {
      await stopServe?.();
      await fake.close();
      await db.destroy();
      const admin = adminDb('postgres');
      try {
        await sql.raw(`drop database if exists ${database} with (force)`).execute(admin);
      } finally {
        await admin.destroy();
      }
    },
  };
}

/** Waits until `check` is true, polling every few milliseconds. */
import { waitFor } from '../_wait.js';

export { waitFor };

/** Requests in flight at once, at most, from the fake's timings. */
export function maxInFlight(timings: readonly { arrivedAt: number; answeredAt: number | undefined }[]): number {
  const events = timings.flatMap((t) => [
    { at: t.arrivedAt, delta: 1 },
    { at: t.answeredAt ?? Infinity, delta: -1 },
  ]);
  // An answer and an arrival at the same instant: the answer first.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let now = 0;
  let max = 0;
  for (const e of events) max = Math.max(max, (now += e.delta));
  return max;
}

/** Shortest time between two consecutive request arrivals, in milliseconds. */
export function minSpacing(timings: readonly { arrivedAt: number }[]): number {
  let min = Infinity;
  for (let i = 1; i < timings.length; i++) min = Math.min(min, timings[i]!.arrivedAt - timings[i - 1]!.arrivedAt);
  return min;
}
