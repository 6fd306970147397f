import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startCatsyFake,
  startSparkLayerFake,
  type CatsyFake,
  type CatsyFakeOptions,
  type CatsyProduct,
  type SparkLayerFake,
  type SparkLayerFakeOptions,
} from '@syncengine/fakes';
import { runCli } from '../_cli.js';

/**
 * One Catsy -> SparkLayer scenario (seed 000): both fakes, and a copy of
 * pipelines/catsy-to-sparklayer.yaml in a temporary directory, so the CSV cache, the state store
 * and the logs land there.
 */
export interface Seed000Scenario {
  readonly catsy: CatsyFake;
  readonly spark: SparkLayerFake;
  readonly dir: string;
  readonly pipeline: string;
  /** The seed's environment variables, pointing at the fakes. */
  readonly env: Record<string, string>;
  /** Values no output may contain. */
  readonly secrets: string[];
  /** When each Catsy request arrived (ms since epoch), in order. */
  readonly catsyTimes: number[];
  /** `syncengine run <pipeline> --var catsy_url=... <args>` in-process. */
  run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** `syncengine <command> <pipeline> <args>` in-process (e.g. `quarantine`, `list`). */
  cli(command: string[], ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** The CSV cache file. */
  readonly cacheFile: string;
  /** Text of `sync_info.log` and `sync_debug.log` ('' when not written). */
  logs(): { info: string; debug: string };
  close(): Promise<void>;
}

const SHIPPED = fileURLToPath(new URL('../../pipelines/catsy-to-sparklayer.yaml', import.meta.url));

/** Trade prices the pipeline should send: plain non-negative decimals, by (trimmed, non-blank) SKU. Anything else is quarantined. */
export function expectedPrices(products: readonly CatsyProduct[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of products) {
    const text = String(p.price_trade ?? '').trim();
    if (p.sku.trim() !== '' && /^\d+(\.\d+)?$/.test(text)) out.set(p.sku.trim(), Number(text));
  }
  return out;
}

/** The products the pipeline should quarantine. */
export function invalidProducts(products: readonly CatsyProduct[]): CatsyProduct[] {
  const valid = expectedPrices(products);
  return products.filter((p) => !valid.has(p.sku.trim()) || p.sku.trim() === '');
}

/** Starts a scenario; call `close()` in `afterEach`. */
export async function startSeed000(options: { catsy?: CatsyFakeOptions; spark?: SparkLayerFakeOptions } = {}): Promise<Seed000Scenario> {
  const catsy = await startCatsyFake({ apiKey: 'catsy_key_5b1e9f0c7a', ...options.catsy });
  const spark = await startSparkLayerFake({ clientSecret: 'sl_secret_d41f83a2c9', ...options.spark });
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-seed000-'));
  const pipeline = join(dir, 'catsy-to-sparklayer.yaml');
  copyFileSync(SHIPPED, pipeline);

  const catsyTimes: number[] = [];
  const record = catsy.requests.push.bind(catsy.requests);
  catsy.requests.push = (...items) => {
    for (const _ of items) catsyTimes.push(Date.now());
    return record(...items);
  };

  const env: Record<string, string> = {
    CATSY_BEARER_TOKEN: catsy.store.apiKey,
    CATSY_QUERY_ID: catsy.store.queryId,
    SPARKLAYER_URL: spark.url,
    SITE_ID: spark.store.siteId,
    CLIENT_ID: spark.store.clientId,
    CLIENT_SECRET: spark.store.clientSecret,
  };
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  return {
    catsy,
    spark,
    dir,
    pipeline,
    env,
    secrets: [catsy.store.apiKey, spark.store.clientSecret],
    catsyTimes,
    cacheFile: join(dir, 'catsy_products_full_export.csv'),
    run: (...args) => runCli(['run', pipeline, '--var', `catsy_url=${catsy.url}`, ...args], env),
    cli: (command, ...args) => runCli([...command, pipeline, ...args], env),
    logs: () => ({
      info: read(join(dir, '.syncengine', 'logs', 'sync_info.log')),
      debug: read(join(dir, '.syncengine', 'logs', 'sync_debug.log')),
    }),
    close: async () => {
      await Promise.all([catsy.close(), spark.close()]);
    },
  };
}
