/**
 * One case of the write-path benchmark, run as a child process of `write-path.bench.ts` so that its
 * peak RSS is its own. Reads BENCH_CASE (JSON: what, dialect, records, url, dbUrl, dir) and prints
 * one JSON line of results.
 *
 * - `throughput`: the loader and syncengine side by side, each a first load into an empty table and
 *   an unchanged rerun; wall time of each.
 * - `rss-loader`: one first load by the loader, for the peak RSS (syncengine's is the built CLI's own
 *   process, see `write-path.bench.ts`); `rss-syncengine`: the same by the engine in this process.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, MysqlDialect, PostgresDialect, sql } from 'kysely';
import { createPool } from 'mysql2';
import pg from 'pg';
import { createEngine, createSqliteStateStore } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { loadOffsetApiIntoSqlite } from './_sqlite-loader.js';
import { loadOffsetApiIntoMysql, loadOffsetApiIntoPostgres } from './_server-loaders.js';
import { pipelineYaml } from './_write-pipeline.js';

export type Dialect = 'sqlite' | 'postgres' | 'mysql';
export interface WriteCase {
  what: 'throughput' | 'rss-syncengine' | 'rss-loader';
  dialect: Dialect;
  records: number;
  /** The offset API. */
  url: string;
  /** The server database (postgres, mysql). */
  dbUrl?: string;
  /** A scratch directory (SQLite files, state store). */
  dir: string;
}
export interface CaseResult {
  /** Seconds: loader and syncengine, first load and unchanged rerun. */
  seconds?: { loaderFirst: number; engineFirst: number; loaderRerun: number; engineRerun: number };
  counts?: string[];
  maxRssMiB: number;
  /** Peaks of `process.memoryUsage()` sampled every 20 ms, MiB: where the RSS goes. */
  peaks?: { heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
}

const PAGE = 1000;
const IN_FLIGHT = 4;

function serverDb(c: WriteCase): Kysely<any> {
  if (c.dialect === 'postgres')
    return new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: c.dbUrl }) }) });
  return new Kysely<any>({ dialect: new MysqlDialect({ pool: createPool({ uri: c.dbUrl! }) }) });
}

async function dropTables(c: WriteCase) {
  if (c.dialect === 'sqlite') return;
  const db = serverDb(c);
  for (const t of ['bench_engine', 'bench_loader']) await sql`drop table if exists ${sql.table(t)}`.execute(db);
  await db.destroy();
}

async function rowCount(c: WriteCase, table: string): Promise<number> {
  if (c.dialect === 'sqlite') {
    const db = new Database(join(c.dir, table === 'bench_engine' ? 'syncengine.db' : 'loader.db'), { readonly: true });
    const { n } = db.prepare(`SELECT count(*) AS n FROM ${table === 'bench_engine' ? 'bench_engine' : 'items'}`).get() as { n: number };
    db.close();
    return n;
  }
  const db = serverDb(c);
  const { rows } = await sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  await db.destroy();
  return Number(rows[0]!.n);
}

async function engine(c: WriteCase, label: string): Promise<{ seconds: number; counts: string }> {
  const syncengine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const pipeline = await syncengine.parse(pipelineYaml(c), { file: 'write-path.yaml', baseDir: c.dir }, { env: {} });
  const state = await createSqliteStateStore({ path: join(c.dir, `state-${label}.db`) });
  const start = performance.now();
  const result = await syncengine.run(pipeline, { state });
  const seconds = (performance.now() - start) / 1000;
  await state.close();
  const s = result.streams[0]!;
  if (result.status !== 'succeeded') throw new Error(`syncengine ${label}: the run ${result.status}: ${result.error ?? s.error ?? ''}`);
  return { seconds, counts: `${label}: ${s.inserted} inserted, ${s.updated} updated, ${s.skipped} unchanged` };
}

async function loader(c: WriteCase): Promise<number> {
  const start = performance.now();
  const common = { url: c.url, pageSize: PAGE, inFlight: IN_FLIGHT };
  if (c.dialect === 'sqlite') await loadOffsetApiIntoSqlite({ ...common, dbPath: join(c.dir, 'loader.db') });
  else if (c.dialect === 'postgres') await loadOffsetApiIntoPostgres({ ...common, dbUrl: c.dbUrl!, table: 'bench_loader' });
  else await loadOffsetApiIntoMysql({ ...common, dbUrl: c.dbUrl!, table: 'bench_loader' });
  return (performance.now() - start) / 1000;
}

const c = JSON.parse(process.env.BENCH_CASE!) as WriteCase;
const peaks = { heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  for (const key of Object.keys(peaks) as (keyof typeof peaks)[]) peaks[key] = Math.max(peaks[key], usage[key] / 2 ** 20);
}, 20);
await dropTables(c);
const out: CaseResult = { maxRssMiB: 0 };
if (c.what === 'throughput') {
  const loaderFirst = await loader(c);
  const first = await engine(c, 'first');
  const loaderRerun = await loader(c);
  const rerun = await engine(c, 'rerun');
  for (const table of ['bench_engine', 'bench_loader']) {
    const n = await rowCount(c, table);
    if (n !== c.records) throw new Error(`${table}: ${n} rows, expected ${c.records}`);
  }
  out.seconds = { loaderFirst, engineFirst: first.seconds, loaderRerun, engineRerun: rerun.seconds };
  out.counts = [first.counts, rerun.counts];
} else if (c.what === 'rss-syncengine') {
  await engine(c, 'first');
} else {
  await loader(c);
}
await dropTables(c);
clearInterval(sampler);
out.maxRssMiB = process.resourceUsage().maxRSS / 1024;
out.peaks = peaks;
console.log(JSON.stringify(out));
