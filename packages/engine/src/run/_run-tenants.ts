import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createConsola } from 'consola';
import { parse as parseYaml } from '../config/_yaml.js';
import type { Pipeline } from '../config/load-pipeline.js';
import type { Connection } from '../connector/connector.js';
import { describeError, RunLockedError, SyncError } from '../errors.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import type { EndpointPlan, PipelinePlan, TenantPlan } from '../plan/plan-types.js';
import { compilePath, getPath } from '../util/record-path.js';
import { forEachConcurrently } from './_channel.js';
import { createConnectionPool } from './_connection-pool.js';
import { readRecords } from './_partitions.js';
import { resultScope, runStatement } from './_statements.js';
import { decryptTenant } from './_tenant-decrypt.js';
import { nextAtTimeOfDay } from '../util/time-of-day.js';
import type { RunResult } from './run-events.js';
import type { RunOptions, TenantContext } from './run-options.js';

/** Field names whose values are credentials: masked wherever they could be printed. */
const SECRET_FIELD = /(token|secret|password|passwd|api_?key|credential|auth|private)/i;

/**
 * Runs a pipeline once per tenant, up to `concurrency` at a time. One tenant failing never
 * stops the others; after each tenant, the write-back statement records how it went.
 */
export async function runTenants(
  pipeline: Pipeline,
  plan: PipelinePlan,
  tenants: TenantPlan,
  options: RunOptions,
  runTenant: (tenant: TenantContext) => Promise<RunResult>,
): Promise<RunResult> {
  const now = options.now ?? Date.now;
  const started = new Date(now());
  const batchId = options.runId ?? randomUUID();
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const signal = options.signal ?? new AbortController().signal;
  const scopes = { run: { id: batchId, started_at: started.toISOString() }, now: started.toISOString() };
  const { open, close } = createConnectionPool(pipeline, { state: options.state, logger, signal, scopes, metrics: options.metrics });

  const results: RunResult[] = [];
  let listError: string | undefined;
  try {
    let list: TenantContext[] = [];
    try {
      list = await loadTenants(pipeline, tenants, options, { scopes, signal, logger, open });
    } catch (error) {
      listError = `tenants: ${pipeline.redactor.redact(describeError(error))}`;
      logger.error(listError);
    }
    logger.info(
      `${list.length} tenant${list.length === 1 ? '' : 's'} to run${tenants.concurrency > 1 ? `, ${tenants.concurrency} at a time` : ''}`,
    );

    const byTenant = new Map<string, RunResult>();
    // Tenants are units of work too: the same executor as a stream's partitions runs them, `concurrency` at a time.
    await forEachConcurrently(
      list,
      tenants.concurrency,
      async (tenant) => {
        let result: RunResult;
        try {
          // Credentials that did not decrypt: the tenant fails with the reason, without calling anything.
          result = tenant.error ? await unreadableTenant(pipeline, options, tenant, now()) : await runTenant(tenant);
        } catch (error) {
          // Another process runs this tenant: it fails here, but its write-back is the other run's to do.
          if (!(error instanceof RunLockedError)) throw error;
          logger.error(`tenant ${tenant.id}: ${error.message}`);
          byTenant.set(tenant.id, notStarted(pipeline, options, tenant.id, now(), error.message));
          return;
        }
        // A partition run is a share of another run, whose tenant write-back says how it went.
        if (!options.dryRun && !options.partition && tenants.writeBack)
          await writeBack(tenants, tenant, result, open, pipeline, logger);
        byTenant.set(tenant.id, result);
        logger.info(`tenant ${tenant.id}: ${result.status}${result.error ? ` (${result.error})` : ''}`);
      },
      () => signal.aborted,
    );
    for (const tenant of list) {
      const result = byTenant.get(tenant.id);
      if (result) results.push(result);
    }
  } finally {
    await close();
  }

  const finished = new Date(now());
  const failed = results.filter((r) => r.status === 'failed');
  const status =
    listError || failed.length ? 'failed' : signal.aborted || results.some((r) => r.status === 'aborted') ? 'aborted' : 'succeeded';
  const error =
    listError ??
    (failed.length ? `${failed.length} of ${results.length} tenants failed: ${failed.map((r) => r.tenant).join(', ')}` : undefined);
  return {
    runId: batchId,
    pipeline: plan.pipeline,
    trigger: String(options.trigger ?? 'api'),
    ...(options.strategy ? { strategy: options.strategy } : {}),
    status,
    dryRun: options.dryRun ?? false,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    streams: [],
    tenants: results,
    ...(error ? { error } : {}),
  };
}

/**
 * The tenants of a multi-tenant pipeline (after `where` and the `tenants` filter of `options`),
 * each with its `frequency_hours`: what a scheduler needs to decide who is due.
 */
export async function listTenantPlan(
  pipeline: Pipeline,
  tenants: TenantPlan,
  options: RunOptions,
): Promise<{ id: string; frequencyHours: number | undefined; timezone: string }[]> {
  const list = await listTenantContexts(pipeline, tenants, options);
  return list.map((tenant) => ({ id: tenant.id, frequencyHours: frequencyOf(tenants, tenant), timezone: timezoneOf(tenants, tenant) }));
}

/** The tenants with their records (credentials decrypted), as a run sees them. */
export async function listTenantContexts(pipeline: Pipeline, tenants: TenantPlan, options: RunOptions): Promise<TenantContext[]> {
  const now = new Date((options.now ?? Date.now)()).toISOString();
  const scopes = { run: { id: randomUUID(), started_at: now }, now };
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const signal = options.signal ?? new AbortController().signal;
  const { open, close } = createConnectionPool(pipeline, { state: options.state, logger, signal, scopes, metrics: options.metrics });
  try {
    return await loadTenants(pipeline, tenants, options, { scopes, signal, logger, open });
  } finally {
    await close();
  }
}

/** A tenant whose credentials did not decrypt: a failed run in history with the reason, nothing called. */
async function unreadableTenant(pipeline: Pipeline, options: RunOptions, tenant: TenantContext, at: number): Promise<RunResult> {
  const result = notStarted(pipeline, options, tenant.id, at, tenant.error!);
  if (options.dryRun) return result;
  await options.state.startRun({ id: result.runId, pipeline: pipeline.name, tenant: tenant.id, trigger: result.trigger, startedAt: result.startedAt });
  await options.state.finishRun(result.runId, { status: 'failed', finishedAt: result.finishedAt, error: result.error! });
  return result;
}

/** The result of a tenant that did not start (its lock was taken): failed, nothing read. */
function notStarted(pipeline: Pipeline, options: RunOptions, tenant: string, at: number, error: string): RunResult {
  const time = new Date(at).toISOString();
  return {
    runId: randomUUID(),
    pipeline: pipeline.name,
    trigger: String(options.trigger ?? 'api'),
    ...(options.strategy ? { strategy: options.strategy } : {}),
    tenant,
    status: 'failed',
    dryRun: false,
    startedAt: time,
    finishedAt: time,
    durationMs: 0,
    streams: [],
    error,
  };
}

interface TenantEnv {
  scopes: Record<string, unknown>;
  signal: AbortSignal;
  logger: ReturnType<typeof createConsola>;
  open: (endpoint: EndpointPlan) => Promise<Connection>;
}

async function loadTenants(pipeline: Pipeline, plan: TenantPlan, options: RunOptions, env: TenantEnv): Promise<TenantContext[]> {
  let records: Record<string, unknown>[] = [];
  if (plan.from.kind === 'list') records = plan.from.list.map((r) => ({ ...r }));
  else if (plan.from.kind === 'file') {
    const text = await readFile(plan.from.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new SyncError(
        'CONFIG_INVALID',
        error.code === 'ENOENT' ? `tenants file ${plan.from.kind === 'file' ? plan.from.path : ''} not found` : error.message,
      );
    });
    const parsed = plan.from.path.endsWith('.json') ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown);
    if (!Array.isArray(parsed)) throw new SyncError('CONFIG_INVALID', `tenants file ${plan.from.path} must hold a list of tenants`);
    records = parsed as Record<string, unknown>[];
  } else {
    for await (const record of readRecords(plan.from.source, [], {
      scopes: env.scopes,
      signal: env.signal,
      logger: env.logger,
      openConnection: env.open,
      defer: () => undefined,
      crosswalk: options.state.crosswalk(),
    })) {
      records.push(record);
    }
  }

  const idPath = compilePath(plan.id);
  const where = plan.where === undefined ? undefined : compileLogic(plan.where);
  const wanted = options.tenants?.length ? new Set(options.tenants) : undefined;
  const seen = new Set<string>();
  const tenants: TenantContext[] = [];
  for (let record of records) {
    const raw = getPath(record, idPath);
    if (raw === undefined || raw === null || raw === '') {
      env.logger.warn(`a tenant record has no "${plan.id}"; skipping it`);
      continue;
    }
    const id = String(raw);
    if (seen.has(id)) {
      env.logger.warn(`tenant ${id} is listed twice; only the first entry runs`);
      continue;
    }
    seen.add(id);
    registerSecrets(pipeline, record);
    let error: string | undefined;
    if (plan.decrypt) {
      try {
        const opened = decryptTenant(record, plan.decrypt);
        record = opened.record;
        for (const text of opened.plaintexts) pipeline.redactor.add(text);
        // Decrypted maps: their secret-named fields (access_token, refresh_token, ...) are masked.
        for (const field of plan.decrypt.fields) registerSecrets(pipeline, record[field]);
      } catch (caught) {
        error = `tenants.decrypt: ${describeError(caught)}`;
      }
    }
    if (where && !isTruthy(where(record))) continue;
    if (wanted && !wanted.has(id)) continue;
    // Credentials stored as JSON text (a common column type) are opened, so `${tenant.credentials.token}` works.
    tenants.push({ id, record: { ...openJsonFields(record), id: record.id ?? id }, ...(error ? { error } : {}) });
  }
  if (wanted) {
    const unknown = [...wanted].filter((id) => !seen.has(id));
    if (unknown.length) throw new SyncError('CONFIG_INVALID', `unknown tenant ${unknown.map((u) => `"${u}"`).join(', ')}`);
  }
  return tenants;
}

function openJsonFields(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'string' && /^\s*[{[]/.test(v)) {
      try {
        out[k] = JSON.parse(v) as unknown;
        continue;
      } catch {
        // not JSON after all
      }
    }
    out[k] = v;
  }
  return out;
}

function registerSecrets(pipeline: Pipeline, value: unknown, secretParent = false): void {
  if (typeof value === 'string') {
    if (secretParent) pipeline.redactor.add(value);
    if (secretParent && /^\s*[{[]/.test(value)) {
      try {
        registerSecrets(pipeline, JSON.parse(value) as unknown, true);
      } catch {
        // plain text
      }
    }
    return;
  }
  if (Array.isArray(value)) value.forEach((v) => registerSecrets(pipeline, v, secretParent));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) registerSecrets(pipeline, v, secretParent || SECRET_FIELD.test(k));
  }
}

/** The tenant's time zone for `at`: its own (`timezone_field`) when it names a zone, else `tenants.timezone`. */
export function timezoneOf(plan: TenantPlan, tenant: TenantContext): string {
  const own = plan.timezoneField ? getPath(tenant.record, compilePath(plan.timezoneField)) : undefined;
  return typeof own === 'string' && own.trim() ? own.trim() : plan.timezone;
}

/** When a tenant that last finished at `afterMs` is next due: `at` its time of day, or the frequency later. */
export function tenantNextRunAt(plan: TenantPlan, frequencyHours: number, timezone: string, afterMs: number): number {
  if (!plan.at) return afterMs + frequencyHours * 3_600_000;
  try {
    return nextAtTimeOfDay(afterMs, frequencyHours, plan.at, timezone);
  } catch {
    // A tenant's zone that is not an IANA name: the pipeline's zone instead.
    return nextAtTimeOfDay(afterMs, frequencyHours, plan.at, plan.timezone);
  }
}

function frequencyOf(plan: TenantPlan, tenant: TenantContext): number | undefined {
  if (!plan.frequencyHours) return undefined;
  const hours = Number(getPath(tenant.record, compilePath(plan.frequencyHours)));
  return Number.isFinite(hours) && hours > 0 ? hours : undefined;
}

async function writeBack(
  plan: TenantPlan,
  tenant: TenantContext,
  result: RunResult,
  open: TenantEnv['open'],
  pipeline: Pipeline,
  logger: TenantEnv['logger'],
): Promise<void> {
  const wb = plan.writeBack!;
  const frequencyHours = frequencyOf(plan, tenant);
  const nextRunAt =
    frequencyHours === undefined
      ? null
      : new Date(tenantNextRunAt(plan, frequencyHours, timezoneOf(plan, tenant), Date.parse(result.finishedAt))).toISOString();
  const scopes = {
    tenant: tenant.record,
    now: result.finishedAt,
    run: { id: result.runId, started_at: result.startedAt },
    result: resultScope(result, nextRunAt),
  };
  try {
    await runStatement(wb, result, scopes, await open(wb.connection), logger.withTag(tenant.id), pipeline);
  } catch (error) {
    logger.error(`tenant ${tenant.id}: write-back failed: ${pipeline.redactor.redact(describeError(error))}`);
  }
}
