/**
 * The write path of `npm run bench`: syncengine against the hand-written loaders of `_sqlite-loader.ts`
 * and `_server-loaders.ts` (one transaction per page, a prepared or once-built upsert), 200,000 records
 * from the local offset API of `_offset-api.ts` (no latency), into SQLite, PostgreSQL and MySQL (those two
 * when their servers answer; SYNCENGINE_TEST_POSTGRES_URL / SYNCENGINE_TEST_MYSQL_URL, by default the local
 * test databases). Each case runs in its own child process: first load and unchanged rerun of both, in
 * BENCH_ROUNDS rounds (default 3) that alternate who goes first; printed are the median records/s of each and
 * the median of the rounds' ratios (wall time; the CPU-time ratio alongside, which a busy machine moves less). Then the peak RSS of a SQLite first load of 100k and 1M records, each a process of its own.
 * Figures are printed, never asserted. With BENCH_CPU_PROF=<dir>, a SQLite first load by syncengine alone
 * is profiled last (`node --cpu-prof`), its profile written to <dir>.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kysely, MysqlDialect, PostgresDialect, sql } from 'kysely';
import { createPool } from 'mysql2';
import pg from 'pg';
import { buildBenchCase } from './_built-case.js';
import { startOffsetApi } from './_offset-api.js';
import { topOfProfile } from './_profile-top.js';
import { measureStartup } from './_startup.js';
import type { CaseResult, Dialect, Round, Timing, WriteCase } from './_write-case.js';
import { pipelineYaml } from './_write-pipeline.js';

const RECORDS = Number(process.env.BENCH_WRITE_RECORDS ?? 200_000);
const RSS_SIZES = (process.env.BENCH_RSS_RECORDS ?? '100000,1000000').split(',').filter(Boolean).map(Number);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres,mysql').split(',').filter(Boolean) as Dialect[];
const URLS: Record<'postgres' | 'mysql', string> = {
  postgres: process.env.SYNCENGINE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  mysql: process.env.SYNCENGINE_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
};
const TARGET: Record<Dialect, number> = { sqlite: 0.85, postgres: 0.8, mysql: 0.8 };

async function answers(dialect: 'postgres' | 'mysql'): Promise<boolean> {
  const db =
    dialect === 'postgres'
      ? new Kysely<any>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: URLS.postgres, connectionTimeoutMillis: 2000 }) }),
        })
      : new Kysely<any>({ dialect: new MysqlDialect({ pool: createPool({ uri: URLS.mysql, connectTimeout: 2000 }) }) });
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  } finally {
    await db.destroy().catch(() => {});
  }
}

async function runCase(c: WriteCase, flags: string[] = []): Promise<CaseResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [...flags, BUILT_CASE], {
    env: { ...process.env, BENCH_CASE: JSON.stringify(c) },
    maxBuffer: 1 << 24,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as CaseResult;
}

/** Records at exit of the built CLI's process: its peak RSS in KiB. */
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

/** A first load by the built CLI (`syncengine run`), as users run it; resolves with its peak RSS in MiB. */
async function runCli(c: WriteCase): Promise<number> {
  const file = join(c.dir, 'write-path.yaml');
  writeFileSync(file, pipelineYaml(c));
  const rssFile = join(c.dir, 'rss');
  await promisify(execFile)(
    process.execPath,
    [
      '--import',
      REPORT_RSS,
      join(import.meta.dirname, '../packages/cli/dist/bin.js'),
      'run',
      file,
      '--no-logs',
      '--state',
      join(c.dir, 'state.db'),
    ],
    { env: { ...process.env, BENCH_RSS_FILE: rssFile }, maxBuffer: 1 << 24 },
  );
  return Number(readFileSync(rssFile, 'utf8')) / 1024;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The medians of one comparison over the rounds: each side's wall seconds, the ratios (loader / syncengine time). */
function compare(rounds: Round[], loader: (r: Round) => Timing, engine: (r: Round) => Timing) {
  const ratios = rounds.map((r) => loader(r).wall / engine(r).wall);
  return {
    loader: median(rounds.map((r) => loader(r).wall)),
    engine: median(rounds.map((r) => engine(r).wall)),
    ratio: median(ratios),
    ratios,
    cpuRatio: median(rounds.map((r) => loader(r).cpu / engine(r).cpu)),
  };
}

const rate = (n: number, seconds: number) =>
  Math.round(n / seconds)
    .toLocaleString('en')
    .padStart(9);

const BUILT_CASE = buildBenchCase();
await measureStartup();
console.log(`write path bench: ${RECORDS.toLocaleString('en')} records, 1000 a page, no latency, Node ${process.version}`);
const dir = mkdtempSync(join(tmpdir(), 'syncengine-write-'));
const api = await startOffsetApi({ records: Math.max(RECORDS, ...RSS_SIZES), latencyMs: 0 });
try {
  for (const dialect of DIALECTS) {
    if (dialect !== 'sqlite' && !(await answers(dialect))) {
      console.log(`${dialect}: server not reachable at ${URLS[dialect].replace(/\/\/[^@/]*@/, '//')}, skipped`);
      continue;
    }
    const caseDir = mkdtempSync(join(dir, `${dialect}-`));
    // The API serves RECORDS records to this case: a smaller total than the RSS cases' needs its own server.
    const caseApi = RECORDS === Math.max(RECORDS, ...RSS_SIZES) ? api : await startOffsetApi({ records: RECORDS, latencyMs: 0 });
    try {
      const r = await runCase({
        what: 'throughput',
        dialect,
        records: RECORDS,
        url: caseApi.url,
        dbUrl: URLS[dialect as 'postgres'],
        dir: caseDir,
      });
      const rounds = r.rounds!;
      console.log(`${dialect} (median of ${rounds.length} round${rounds.length === 1 ? '' : 's'}):`);
      for (const [label, m] of [
        [
          'first load',
          compare(
            rounds,
            (x) => x.loaderFirst,
            (x) => x.engineFirst,
          ),
        ],
        [
          'unchanged rerun',
          compare(
            rounds,
            (x) => x.loaderRerun,
            (x) => x.engineRerun,
          ),
        ],
      ] as const) {
        console.log(
          `  ${label.padEnd(16)} loader ${rate(RECORDS, m.loader)} records/s  syncengine ${rate(RECORDS, m.engine)} records/s  ratio ${m.ratio.toFixed(2)} (target >= ${TARGET[dialect]}; rounds ${m.ratios.map((x) => x.toFixed(2)).join(' ')}; CPU time ${m.cpuRatio.toFixed(2)})`,
        );
      }
      const engineRate = (t: (x: Round) => Timing) => median(rounds.map((x) => RECORDS / t(x).wall));
      console.log(
        `  syncengine: unchanged rerun ${(engineRate((x) => x.engineRerun) / engineRate((x) => x.engineFirst)).toFixed(2)}x the speed of its first load (rounds ${rounds.map((x) => (x.engineFirst.wall / x.engineRerun.wall).toFixed(2)).join(' ')}; target >= 1)`,
      );
      console.log(`  (${r.counts!.join('; ')}; peak RSS of the case ${r.maxRssMiB.toFixed(0)} MiB)`);
    } finally {
      if (caseApi !== api) await caseApi.close();
    }
  }
  const rssBySize: { records: number; loader: number; engine: number }[] = [];
  for (const records of RSS_SIZES) {
    const sizeApi = records === Math.max(RECORDS, ...RSS_SIZES) ? api : await startOffsetApi({ records, latencyMs: 0 });
    try {
      const loader = await runCase({
        what: 'rss-loader',
        dialect: 'sqlite',
        records,
        url: sizeApi.url,
        dir: mkdtempSync(join(dir, 'rss-loader-')),
      });
      const engine = await runCli({
        what: 'rss-syncengine',
        dialect: 'sqlite',
        records,
        url: sizeApi.url,
        dir: mkdtempSync(join(dir, 'rss-cli-')),
      });
      rssBySize.push({ records, loader: loader.maxRssMiB, engine });
      if (process.env.BENCH_RSS_DETAIL) console.log(`  loader ${records}: ${JSON.stringify(loader.peaks)}`);
      console.log(
        `peak RSS, SQLite first load of ${records.toLocaleString('en')}: loader ${loader.maxRssMiB.toFixed(0)} MiB, syncengine ${engine.toFixed(0)} MiB`,
      );
    } finally {
      if (sizeApi !== api) await sizeApi.close();
    }
  }
  if (rssBySize.length > 1) {
    const [small, large] = [rssBySize[0]!, rssBySize.at(-1)!];
    const growth = (x: number, y: number) => (y / x).toFixed(2);
    console.log(
      `peak RSS ${large.records.toLocaleString('en')} / ${small.records.toLocaleString('en')}: loader ${growth(small.loader, large.loader)}, syncengine ${growth(small.engine, large.engine)} (target: syncengine <= 1.2 and under 200 MiB)`,
    );
  }
  if (process.env.BENCH_CPU_PROF) {
    const profileApi = await startOffsetApi({ records: RECORDS, latencyMs: 0 });
    try {
      const c: WriteCase = {
        what: 'rss-syncengine',
        dialect: 'sqlite',
        records: RECORDS,
        url: profileApi.url,
        dir: mkdtempSync(join(dir, 'prof-')),
      };
      await runCase(c, ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]);
      console.log(`CPU profile of a SQLite first load written to ${process.env.BENCH_CPU_PROF}`);
      console.log('its top entries by self time (the process: start-up, the load, exit):');
      for (const line of topOfProfile(process.env.BENCH_CPU_PROF)) console.log(`  ${line}`);
    } finally {
      await profileApi.close();
    }
  }
} finally {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
}
