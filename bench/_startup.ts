/**
 * Start-up of the built CLI (`node packages/cli/dist/bin.js`): `--help`, `validate` of the quickstart
 * pipeline (two connections, one stream) and, for reference, `node -e 0`; the median wall time of
 * BENCH_STARTUP_RUNS runs (default 10) of each, every run a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 10);
const TARGETS_MS: Record<string, number> = { '--help': 150, validate: 300 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeRuns(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, QUICKSTART_API_TOKEN: 'x' } });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Prints the median start-up times; returns them in milliseconds by case. */
export async function measureStartup(): Promise<Record<string, number>> {
  if (RUNS <= 0) return {};
  const cases: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['--help', [BIN, '--help']],
    ['validate', [BIN, 'validate', 'examples/quickstart/quickstart.yaml']],
  ];
  const result: Record<string, number> = {};
  console.log(`start-up of the built CLI, median of ${RUNS} runs:`);
  for (const [label, args] of cases) {
    result[label] = timeRuns(args);
    const target = TARGETS_MS[label] ? ` (target < ${TARGETS_MS[label]} ms)` : '';
    console.log(
      `  ${(label === 'node -e 0' ? label : `syncengine ${label}`).padEnd(20)} ${result[label]!.toFixed(0).padStart(5)} ms${target}`,
    );
  }
  return result;
}
