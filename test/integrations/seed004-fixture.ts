import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { createStateStore } from '@syncengine/engine';
import {
  PLOOMES_FIELD_KEYS,
  ploomesOtherPropertiesToMap,
  startPloomesFake,
  type PloomesFake,
  type PloomesFakeOptions,
  type PloomesProduct,
} from '@syncengine/fakes';
import { main } from '../../packages/cli/src/main.js';
import { adminDb, scratchDatabaseName, testUrl } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';

/** The shipped pipeline, run as it is. */
export const PIPELINE = fileURLToPath(new URL('../../pipelines/ploomes-to-postgres.yaml', import.meta.url));
const GUIDE = fileURLToPath(new URL('../../docs/integrations/ploomes-to-postgres.md', import.meta.url));

export const USER_KEY = 'pk_seed004_7f3c9a1b2d4e6f80';
export const WEBHOOK_SECRET = 'whsec-seed004-0b1c2d3e4f5a6b7c';
export const API_TOKEN = 'api-token-seed004-5e6f7a8b9c0d';

/** The account's field keys, as `--var`s (the fake's keys). */
export const FIELD_VARS = [
  `ncm_field=${PLOOMES_FIELD_KEYS.ncm}`,
  `weight_field=${PLOOMES_FIELD_KEYS.weightKg}`,
  `stock_field=${PLOOMES_FIELD_KEYS.stock}`,
  `omie_code_field=${PLOOMES_FIELD_KEYS.omieCode}`,
  `rental_available_field=${PLOOMES_FIELD_KEYS.rentalAvailable}`,
].flatMap((v) => ['--var', v]);

/** Group and family names the fake answers `$expand=Group,Family` with. */
const GROUPS: Record<number, string> = { 10011: 'Compressores', 10012: 'Peças e Filtros', 10013: 'Serviços', 10014: 'Locação' };
const FAMILIES: Record<number, string> = { 501: 'Parafuso', 502: 'Pistão', 503: 'Secadores' };

/** A products_enhanced row as the pipeline's transforms hand it to the sink (and `--dry-run` prints it). */
export interface ProductRecord {
  ploomes_product_id: string;
  external_id: string | null;
  name: string;
  code: string | null;
  product_type: 'rental' | 'service' | 'product';
  category: string | null;
  subcategory: string | null;
  brand: string | null;
  base_price: number;
  currency: string;
  weight: number | null;
  ncm_code: string | null;
  stock_quantity: number;
  unit_of_measure: string;
  active: boolean;
  available_for_sale: boolean;
  source_system: string;
  source_created_at: string;
  source_updated_at: string;
  custom_fields: Record<string, unknown>;
  rental_available: boolean | null;
}

/** A zone-less account-local time as the UTC instant it denotes. */
export function utc(local: string, offset = '-03:00'): string {
  return new Date(Date.parse(`${local}${offset}`)).toISOString();
}

const field = (p: PloomesProduct, key: string) => ploomesOtherPropertiesToMap(p.OtherProperties)[key] ?? null;

/** The seed's classification, written out independently of the pipeline. */
export function classify(p: Pick<PloomesProduct, 'Code' | 'Name'>): Pick<ProductRecord, 'product_type' | 'brand'> {
  const code = p.Code ?? '';
  if (code.startsWith('CIA_LOC_')) return { product_type: 'rental', brand: null };
  if (code.startsWith('CIA_')) return { product_type: 'service', brand: null };
  if (/atlas/i.test(p.Name)) return { product_type: 'product', brand: 'Atlas Copco' };
  if (/ingersoll/i.test(p.Name)) return { product_type: 'product', brand: 'Ingersoll Rand' };
  return { product_type: 'product', brand: null };
}

/** What the pipeline should make of a fake product. */
export function expectedRecord(p: PloomesProduct, offset = '-03:00'): ProductRecord {
  const omie = field(p, PLOOMES_FIELD_KEYS.omieCode);
  return {
    ploomes_product_id: String(p.Id),
    external_id: omie === null ? null : String(omie),
    name: p.Name,
    code: p.Code,
    ...classify(p),
    category: GROUPS[p.GroupId] ?? null,
    subcategory: p.FamilyId === null ? null : (FAMILIES[p.FamilyId] ?? null),
    base_price: p.UnitPrice,
    currency: 'BRL',
    weight: field(p, PLOOMES_FIELD_KEYS.weightKg) as number | null,
    ncm_code: field(p, PLOOMES_FIELD_KEYS.ncm) as string | null,
    stock_quantity: (field(p, PLOOMES_FIELD_KEYS.stock) as number | null) ?? 0,
    unit_of_measure: p.MeasurementUnit,
    active: !p.Suspended,
    available_for_sale: !p.Suspended,
    source_system: 'ploomes',
    source_created_at: utc(p.CreateDate, offset),
    source_updated_at: utc(p.LastUpdateDate, offset),
    custom_fields: ploomesOtherPropertiesToMap(p.OtherProperties),
    rental_available: field(p, PLOOMES_FIELD_KEYS.rentalAvailable) as boolean | null,
  };
}

const money = (n: number) => n.toFixed(2);
const byId = <T extends { ploomes_product_id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => Number(a.ploomes_product_id) - Number(b.ploomes_product_id));

/** products_enhanced as PostgreSQL holds it (numerics as their text). */
export function expectedProducts(products: readonly PloomesProduct[], offset?: string) {
  return byId(
    products.map((p) => {
      const { rental_available: _r, ...row } = expectedRecord(p, offset);
      return { ...row, base_price: money(row.base_price), weight: row.weight === null ? null : row.weight.toFixed(3) };
    }),
  );
}

const CYCLES: Record<string, string> = { H: 'hourly', DIA: 'daily', MES: 'monthly', UN: 'per_service' };
const PERIODS: Record<string, string> = { H: 'hourly', DIA: 'daily', SEM: 'weekly', MES: 'monthly' };

/** service_specifications rows: exactly the services. */
export function expectedServices(products: readonly PloomesProduct[], offset?: string) {
  return byId(
    products
      .map((p) => expectedRecord(p, offset))
      .filter((r) => r.product_type === 'service')
      .map((r) => ({
        ploomes_product_id: r.ploomes_product_id,
        service_code: r.code,
        service_name: r.name,
        billing_cycle: CYCLES[r.unit_of_measure] ?? 'per_service',
        rate: money(r.base_price),
        currency: r.currency,
        active: r.active,
        source_updated_at: r.source_updated_at,
      })),
  );
}

/** rental_specifications rows: exactly the rentals. */
export function expectedRentals(products: readonly PloomesProduct[], offset?: string) {
  return byId(
    products
      .map((p) => expectedRecord(p, offset))
      .filter((r) => r.product_type === 'rental')
      .map((r) => ({
        ploomes_product_id: r.ploomes_product_id,
        rental_code: r.code,
        equipment_name: r.name,
        rental_period: PERIODS[r.unit_of_measure] ?? 'monthly',
        rental_rate: money(r.base_price),
        currency: r.currency,
        available: r.rental_available,
        active: r.active,
        source_updated_at: r.source_updated_at,
      })),
  );
}

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
  products(): Promise<Record<string, unknown>[]>;
  services(): Promise<Record<string, unknown>[]>;
  rentals(): Promise<Record<string, unknown>[]>;
  syncLogs(): Promise<Record<string, unknown>[]>;
  tableExists(name: string): Promise<boolean>;
  cursor(): Promise<unknown>;
  /** Records a successful run that finished `hoursAgo` and left `cursor`, as an earlier process would have. */
  seedSuccess(hoursAgo: number, cursor: string): Promise<void>;
  /** Starts `syncengine serve` on a free port. */
  serve(): Promise<{ url: string; output: () => string; stop: () => Promise<number> }>;
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
  'product_type',
  'category',
  'subcategory',
  'brand',
  'base_price',
  'currency',
  'weight',
  'ncm_code',
  'stock_quantity',
  'unit_of_measure',
  'active',
  'available_for_sale',
  'source_system',
  'source_created_at',
  'source_updated_at',
  'custom_fields',
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
    (await sql.raw(`select ${columns.join(', ')} from ${table} order by ploomes_product_id::bigint`).execute(db)).rows.map((r) =>
      plain(r as Record<string, unknown>),
    );
  let stopServe: (() => Promise<number>) | undefined;

  return {
    fake,
    dbUrl,
    stateUrl,
    dir,
    env,
    db,
    connection,
    run: (...extra) => runCli(['run', PIPELINE, '--state', stateUrl, '--log-dir', dir, ...connection, ...FIELD_VARS, ...extra], env),
    products: () => select('products_enhanced', PRODUCT_COLUMNS),
    services: () => select('service_specifications', SERVICE_COLUMNS),
    rentals: () => select('rental_specifications', RENTAL_COLUMNS),
    syncLogs: async () =>
      (
        await sql`select run_id, status, started_at, finished_at, records_read, records_written, records_rejected, error_message from product_sync_logs order by id`.execute(
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
    async serve() {
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
        ['serve', PIPELINE, '--port', '0', '--state', stateUrl, '--no-logs', ...connection, ...FIELD_VARS],
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
