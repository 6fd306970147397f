import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { createEngine, type RunRecord } from '@syncengine/engine';
import { openOpsPipelines, type OpsPipelines } from '../src/ops/ops-pipeline.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../src/ops/prometheus-metrics.js';
import { createRunQueue, type RunQueue, type RunQueueOptions } from '../src/ops/run-queue.js';

export const engine = createEngine({ connectors: BUILTIN_CONNECTORS });

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'syncengine-ops-'));
}

/** Writes a pipeline file and returns its path. */
export function writePipeline(dir: string, name: string, yaml: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

/** Everything one "process" of schedule/serve has: pipelines on a state store, a queue, metrics. */
export interface OpsProcess {
  pipelines: OpsPipelines;
  queue: RunQueue;
  metrics: PrometheusMetrics;
  close(): Promise<void>;
}

/** Loads pipeline files and opens them on one SQLite state file, as `--state` would. */
export async function openProcess(
  files: string[],
  statePath: string,
  env: Record<string, string>,
  queue: Partial<RunQueueOptions> = {},
): Promise<OpsProcess> {
  const loaded = await Promise.all(files.map((f) => engine.load(f, { env, dotenv: false })));
  const pipelines = await openOpsPipelines(loaded, { state: statePath, cwd: process.cwd() });
  const metrics = createPrometheusMetrics();
  const runQueue = createRunQueue({ pipelines, engine, metrics, observers: [metrics], lockRetryMs: 20, ...queue });
  return {
    pipelines,
    queue: runQueue,
    metrics,
    async close() {
      await runQueue.close();
      await pipelines.close();
    },
  };
}

/** Rows of a table of a SQLite database file. */
export function rows(file: string, sql: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** Writes a finished run into run history, as an earlier process would have. */
export async function seedRun(
  ops: OpsProcess,
  run: { pipeline: string; tenant?: string; stream: string; status: 'succeeded' | 'failed'; finishedAt: number; trigger?: string },
): Promise<void> {
  const state = ops.pipelines.get(run.pipeline)!.state;
  const id = `seed-${Math.random().toString(36).slice(2)}`;
  const startedAt = new Date(run.finishedAt - 1000).toISOString();
  const finishedAt = new Date(run.finishedAt).toISOString();
  await state.startRun({
    id,
    pipeline: run.pipeline,
    ...(run.tenant ? { tenant: run.tenant } : {}),
    trigger: run.trigger ?? 'schedule',
    startedAt,
  });
  await state.saveStreamRun({
    runId: id,
    stream: run.stream,
    status: run.status,
    startedAt,
    finishedAt,
    recordsRead: 0,
    recordsWritten: 0,
    recordsRejected: 0,
  });
  await state.finishRun(id, { status: run.status, finishedAt });
}

/** Runs of a pipeline in history, oldest first. */
export async function history(ops: OpsProcess, pipeline: string, tenant?: string): Promise<RunRecord[]> {
  const runs = await ops.pipelines.get(pipeline)!.state.listRuns({ pipeline, ...(tenant !== undefined ? { tenant } : {}), limit: 500 });
  return runs.reverse();
}

/** Waits until `check` is true, polling every few milliseconds. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
