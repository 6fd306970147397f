import { randomUUID } from 'node:crypto';
import { createConsola, type ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { renderRuntime } from '../config/template.js';
import type { Connection } from '../connector/connector.js';
import { AbortedError, describeError, SyncError } from '../errors.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import type { JobPlan } from '../plan/plan-types.js';
import type { RunStatus, RunTrigger, StateStore } from '../state/state-store.js';
import { connectEndpoint } from './_connect.js';
import { listTenantContexts } from './_run-tenants.js';
import { acquireRunLocks, type RunLockOptions } from './run-lock.js';
import type { TenantContext } from './run-options.js';

/** Options for `runJob`. */
export interface RunJobOptions {
  /** Where the job's runs are recorded (as pipeline `<pipeline>/<job>`) and its lock lives. */
  state: StateStore;
  logger?: ConsolaInstance;
  signal?: AbortSignal;
  /** What started it, kept in run history. @default 'api' */
  trigger?: RunTrigger;
  /** With `for_each_tenant`: only these tenants. @default every tenant */
  tenants?: readonly string[];
  /** The clock, ms since the epoch. @default Date.now */
  now?: () => number;
  /** How the job takes its lock (`run:<pipeline>/<job>:<tenant or ->:<job>`). @default fail at once when another holder has it */
  lock?: RunLockOptions;
}

/** How one run of a job went (per tenant with `for_each_tenant`, in `tenants`). */
export interface JobResult {
  runId: string;
  /** The run-history name, `<pipeline>/<job>`. */
  pipeline: string;
  job: string;
  tenant?: string;
  trigger: string;
  status: Exclude<RunStatus, 'running' | 'abandoned'>;
  startedAt: string;
  finishedAt: string;
  /** Rows each statement changed (or returned), in order. */
  rows: number[];
  /** One line, secrets redacted. */
  error?: string;
  /** With `for_each_tenant`: one result per tenant. */
  tenants?: JobResult[];
}

/**
 * Runs one SQL job of a pipeline (`jobs.<name>`): its statements in order on its connection, in one
 * transaction where the connector has them, as a run of its own in run history (pipeline
 * `<pipeline>/<job>`, one "stream" named after the job whose `recordsWritten` is the rows changed).
 * With `for_each_tenant`, once per tenant, each its own run. Never throws for a failed statement.
 *
 * @example
 * ```ts
 * const result = await runJob(pipeline, 'sku_analysis', { state, trigger: 'cli' })
 * console.log(result.status, result.rows)
 * ```
 */
export async function runJob(pipeline: Pipeline, name: string, options: RunJobOptions): Promise<JobResult> {
  const plan = planPipeline(pipeline);
  const job = plan.jobs.find((j) => j.name === name);
  if (!job)
    throw new SyncError(
      'CONFIG_INVALID',
      `${pipeline.name} has no job "${name}"${plan.jobs.length ? `; its jobs: ${plan.jobs.map((j) => j.name).join(', ')}` : ''}`,
    );
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(job.runName);
  if (!job.forEachTenant) return runOnce(pipeline, job, options, logger, undefined);
  const now = options.now ?? Date.now;
  const started = new Date(now()).toISOString();
  const list = await listTenantContexts(pipeline, plan.tenants!, {
    state: options.state,
    logger,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.tenants ? { tenants: options.tenants } : {}),
  });
  const where = job.where === undefined ? undefined : compileLogic(job.where);
  const tenants: JobResult[] = [];
  for (const tenant of list) {
    if (where && !isTruthy(where(tenant.record))) continue;
    if (options.signal?.aborted) break;
    tenants.push(await runOnce(pipeline, job, options, logger.withTag(tenant.id), tenant));
  }
  const failed = tenants.filter((t) => t.status === 'failed');
  return {
    runId: randomUUID(),
    pipeline: job.runName,
    job: job.name,
    trigger: String(options.trigger ?? 'api'),
    status: failed.length ? 'failed' : options.signal?.aborted ? 'aborted' : 'succeeded',
    startedAt: started,
    finishedAt: new Date(now()).toISOString(),
    rows: tenants.flatMap((t) => t.rows),
    tenants,
    ...(failed.length ? { error: `${failed.length} of ${tenants.length} tenants failed: ${failed.map((t) => t.tenant).join(', ')}` } : {}),
  };
}

async function runOnce(
  pipeline: Pipeline,
  job: JobPlan,
  options: RunJobOptions,
  logger: ConsolaInstance,
  tenant: TenantContext | undefined,
): Promise<JobResult> {
  const now = options.now ?? Date.now;
  const signal = options.signal ?? new AbortController().signal;
  const runId = randomUUID();
  const trigger = String(options.trigger ?? 'api');
  const startedAt = new Date(now()).toISOString();
  const lease = await acquireRunLocks(options.state.locks, {
    pipeline: job.runName,
    ...(tenant ? { tenant: tenant.id } : {}),
    streams: [job.name],
    runId,
    now,
    signal,
    ...(options.lock ? { lock: options.lock } : {}),
    onLost: (reason) => logger.error(`${reason}; the job's statements may still finish`),
  });
  const base = { runId, pipeline: job.runName, job: job.name, ...(tenant ? { tenant: tenant.id } : {}), trigger, startedAt };
  const rows: number[] = [];
  let error: string | undefined;
  let connection: Connection | undefined;
  try {
    await options.state.startRun({ id: runId, pipeline: job.runName, ...(tenant ? { tenant: tenant.id } : {}), trigger, startedAt });
    logger.info(`job ${job.name} started (${job.statements.length} statement${job.statements.length === 1 ? '' : 's'})`);
    const scopes = {
      job: { name: job.name, pipeline: pipeline.name },
      run: { id: runId, started_at: startedAt },
      now: startedAt,
      ...(tenant ? { tenant: tenant.record } : {}),
    };
    if (tenant?.error) throw new SyncError('CONFIG_INVALID', tenant.error);
    connection = await connectEndpoint(job.connection, {
      pipeline,
      state: options.state,
      logger,
      signal,
      scopes,
      ...(tenant ? { tenant: tenant.id } : {}),
    });
    const render = (value: unknown) => renderRuntime(value, scopes);
    if (connection.executeMany) rows.push(...(await connection.executeMany(job.statements, { render })).rows);
    else if (connection.execute) {
      for (const statement of job.statements) {
        if (signal.aborted) throw new AbortedError('the job was aborted between statements');
        rows.push((await connection.execute(statement, { render })).rows);
      }
    } else
      throw new SyncError(
        'CONFIG_INVALID',
        `connection "${job.connection.connection}" (${job.connection.connector.name}) cannot run statements`,
      );
  } catch (caught) {
    error = pipeline.redactor.redact(describeError(caught));
  } finally {
    await connection?.close?.().catch(() => undefined);
  }
  const status = error ? (signal.aborted ? 'aborted' : 'failed') : 'succeeded';
  const finishedAt = new Date(now()).toISOString();
  const written = rows.reduce((n, r) => n + r, 0);
  try {
    await options.state.saveStreamRun({
      runId,
      stream: job.name,
      status,
      startedAt,
      finishedAt,
      recordsRead: 0,
      recordsWritten: written,
      recordsRejected: 0,
      ...(error ? { error } : {}),
    });
    await options.state.finishRun(runId, { status, finishedAt, ...(error ? { error } : {}) });
  } finally {
    await lease.release().catch(() => undefined);
  }
  if (error) logger.error(`job ${job.name} ${status}: ${error}`);
  else logger.info(`job ${job.name} succeeded: ${rows.map((r) => `${r} row${r === 1 ? '' : 's'}`).join(', ')}`);
  return { ...base, status, finishedAt, rows, ...(error ? { error } : {}) };
}
