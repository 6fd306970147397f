/**
 * One case of the write-path benchmark, run as a child process of `write-path.bench.ts` so that its
 * peak RSS is its own. Reads BENCH_CASE (JSON: what, dialect, records, url, dbUrl, dir) and prints
 * one JSON line of results.
 *
 * - `throughput`: the loader and syncengine side by side, each a first load into an empty table and
 *   an unchanged rerun, in BENCH_ROUNDS rounds (default 3) that alternate who goes first, each round on
 *   fresh tables; wall and CPU time of each run, so that the parent can take medians (one busy moment of
 *   a shared machine then decides no figure).
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
/** One run's times: wall and CPU (user + system of this process) seconds. */
export interface Timing {
  wall: number;
  cpu: number;
}
/** One round of the throughput case. */
export interface Round {
  loaderFirst: Timing;
  engineFirst: Timing;
  loaderRerun: Timing;
  engineRerun: Timing;
}
export interface CaseResult {
  /** The rounds of the throughput case, in order. */
  rounds?: Round[];
  counts?: string[];
  maxRssMiB: number;
  /** Peaks of `process.memoryUsage()` sampled every 20 ms, MiB: where the RSS goes. */
  peaks?: { heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
}

const PAGE = 1000;
const IN_FLIGHT = 4;
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

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

/** The SQLite files of round `round`: syncengine's and the loader's. */
const sqliteFiles = (round: number) => ({ engine: `syncengine-${round}.db`, loader: `loader-${round}.db` });

async function rowCount(c: WriteCase, table: string, round: number): Promise<number> {
  if (c.dialect === 'sqlite') {
    const files = sqliteFiles(round);
    const db = new Database(join(c.dir, table === 'bench_engine' ? files.engine : files.loader), { readonly: true });
    const { n } = db.prepare(`SELECT count(*) AS n FROM ${table === 'bench_engine' ? 'bench_engine' : 'items'}`).get() as { n: number };
    db.close();
    return n;
  }
  const db = serverDb(c);
  const { rows } = await sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  await db.destroy();
  return Number(rows[0]!.n);
}

/** Times `run` by the wall clock and by this process's CPU time. */
async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

async function engine(c: WriteCase, label: string, round = 0): Promise<{ timing: Timing; counts: string }> {
  const syncengine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const pipeline = await syncengine.parse(
    pipelineYaml(c, sqliteFiles(round).engine),
    { file: 'write-path.yaml', baseDir: c.dir },
    { env: {} },
  );
  const state = await createSqliteStateStore({ path: join(c.dir, `state-${label}-${round}.db`) });
  let result: Awaited<ReturnType<typeof syncengine.run>> | undefined;
  const timing = await timed(async () => (result = await syncengine.run(pipeline, { state })));
  await state.close();
  const s = result!.streams[0]!;
  if (result!.status !== 'succeeded') throw new Error(`syncengine ${label}: the run ${result!.status}: ${result!.error ?? s.error ?? ''}`);
  return { timing, counts: `${label}: ${s.inserted} inserted, ${s.updated} updated, ${s.skipped} unchanged` };
}

async function loader(c: WriteCase, round = 0): Promise<Timing> {
  const common = { url: c.url, pageSize: PAGE, inFlight: IN_FLIGHT };
  return timed(async () => {
    if (c.dialect === 'sqlite') await loadOffsetApiIntoSqlite({ ...common, dbPath: join(c.dir, sqliteFiles(round).loader) });
    else if (c.dialect === 'postgres') await loadOffsetApiIntoPostgres({ ...common, dbUrl: c.dbUrl!, table: 'bench_loader' });
    else await loadOffsetApiIntoMysql({ ...common, dbUrl: c.dbUrl!, table: 'bench_loader' });
  });
}

/** One round: both first loads into empty tables, then both unchanged reruns; odd rounds let syncengine go first. */
async function round(c: WriteCase, index: number): Promise<{ round: Round; counts: string[] }> {
  await dropTables(c);
  const engineFirstInRound = index % 2 === 1;
  type EngineRun = Awaited<ReturnType<typeof engine>>;
  const pair = async (a: () => Promise<Timing>, b: () => Promise<EngineRun>): Promise<[Timing, EngineRun]> => {
    if (engineFirstInRound) {
      const second = await b();
      return [await a(), second];
    }
    const first = await a();
    return [first, await b()];
  };
  const [loaderFirst, first] = await pair(
    () => loader(c, index),
    () => engine(c, 'first', index),
  );
  const [loaderRerun, rerun] = await pair(
    () => loader(c, index),
    () => engine(c, 'rerun', index),
  );
  for (const table of ['bench_engine', 'bench_loader']) {
    const n = await rowCount(c, table, index);
    if (n !== c.records) throw new Error(`${table}: ${n} rows, expected ${c.records}`);
  }
  return {
    round: { loaderFirst, engineFirst: first.timing, loaderRerun, engineRerun: rerun.timing },
    counts: [first.counts, rerun.counts],
  };
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
  out.rounds = [];
  for (let index = 0; index < ROUNDS; index++) {
    const { round: r, counts } = await round(c, index);
    out.rounds.push(r);
    out.counts = counts;
  }
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
