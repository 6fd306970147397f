import type { ConsolaInstance } from 'consola';
import { listTenants, tenantNextRunAt, type RunRecord } from '@syncengine/engine';
import { everyCadence, type Cadence } from './cadence.js';
import type { OpsPipeline } from './ops-pipeline.js';

/** How many recent successful runs are read to find the last full sync among webhook and partial runs. */
const SUCCESS_DEPTH = 100;

/** One thing a scheduler can run: a single-tenant pipeline, or one tenant of a multi-tenant one. */
export interface RunTarget {
  /** The tenant id; undefined for a single-tenant pipeline. */
  tenant: string | undefined;
  /** Whether it should run now. Always true when it has no cadence (nothing limits how often it runs). */
  due: boolean;
  /** When it is next due (epoch ms); undefined without a cadence, or when a cron expression has no next time. */
  dueAt: number | undefined;
  /** How often it runs, e.g. `every 6h`; undefined without a cadence. */
  cadence: string | undefined;
  /** Finish time of the last successful full sync. */
  lastSuccessAt: string | undefined;
  /** Names the due period (last success and last failure): two schedulers that decide alike name it alike. */
  slot: string;
  /**
   * Reads the run history again and decides anew at `now`: a run queued from a snapshot checks this
   * once it holds its locks, so a target another process ran meanwhile does not run twice.
   */
  recheck(now: number): Promise<RunTarget>;
}

/** Options for `findTargets`. */
export interface FindTargetsOptions {
  /** Current time (epoch ms). */
  now: number;
  /** When the scheduler started: a cron pipeline that never ran waits for the first time after this. */
  startedAt: number;
  /** After a failed run, wait this long (or one interval, if shorter) before trying again. */
  retryAfterMs: number;
  /** Only these tenants; an unknown id throws. */
  tenants?: readonly string[];
  logger?: ConsolaInstance;
  signal?: AbortSignal;
}

/**
 * The targets of a pipeline and whether each is due. A tenant with a `frequency_hours` value is
 * due that many hours after its last successful sync; others follow the pipeline's `schedule`.
 * Only runs that synced every stream count as a sync (not webhook runs, nor runs of a few streams),
 * so a by-ids webhook run does not push the next full sync back.
 */
export async function findTargets(op: OpsPipeline, options: FindTargetsOptions): Promise<RunTarget[]> {
  if (!op.plan.tenants) return [await target(op, undefined, op.cadence, options)];
  const tenants = await listTenants(op.pipeline, {
    state: op.state,
    ...(options.tenants ? { tenants: options.tenants } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const targets: RunTarget[] = [];
  for (const tenant of tenants ?? []) {
    const hours = tenant.frequencyHours;
    const plan = op.plan.tenants;
    const cadence =
      hours === undefined
        ? op.cadence
        : plan.at
          ? // `tenants.at`: due at that time of day in the tenant's zone (e.g. midnight), not last success + interval.
            {
              next: (after: number) => tenantNextRunAt(plan, hours, tenant.timezone, after),
              waitsForFirst: false,
              describe: `every ${hours}h at ${plan.at} (${tenant.timezone})`,
            }
          : everyCadence(hours * 3_600_000);
    targets.push(await target(op, tenant.id, cadence, options));
  }
  return targets;
}

/**
 * The target of one tenant already known (a queued unit's "still due?" check): the tenants are
 * listed only when the cadence comes from the tenant's record (`frequency_hours`). Undefined when
 * the tenant is no longer listed.
 */
export async function findTarget(
  op: OpsPipeline,
  tenant: string | undefined,
  options: Omit<FindTargetsOptions, 'tenants'>,
): Promise<RunTarget | undefined> {
  if (tenant === undefined || !op.plan.tenants?.frequencyHours) return target(op, tenant, op.cadence, options);
  return (await findTargets(op, { ...options, tenants: [tenant] }))[0];
}

/** Whether a pipeline has anything that tells a scheduler when to run it. */
export function isScheduled(op: OpsPipeline): boolean {
  return op.cadence !== undefined || op.plan.tenants?.frequencyHours !== undefined;
}

async function target(
  op: OpsPipeline,
  tenant: string | undefined,
  cadence: Cadence | undefined,
  options: FindTargetsOptions,
): Promise<RunTarget> {
  const filter = { pipeline: op.name, tenant: tenant ?? '' };
  const streams = op.plan.streams.map((s) => s.name);
  const isSync = (run: RunRecord) => run.trigger !== 'webhook' && streams.every((name) => run.streams.some((s) => s.stream === name));
  const successes = await op.state.listRuns({ ...filter, status: 'succeeded', limit: SUCCESS_DEPTH });
  const lastSuccess = successes.find(isSync);
  const lastSuccessAt = lastSuccess ? (lastSuccess.finishedAt ?? lastSuccess.startedAt) : undefined;
  const recheck = (now: number) => target(op, tenant, cadence, { ...options, now });
  if (!cadence) return { tenant, due: true, dueAt: undefined, cadence: undefined, lastSuccessAt, slot: lastSuccessAt ?? 'never', recheck };

  const finished = (run: RunRecord) => Date.parse(run.finishedAt ?? run.startedAt);
  // Any failed run counts (a failure may stop before every stream ran), so a broken API is not
  // retried on every check; a run aborted by a shutdown is not a failure and runs again when due.
  const failures = await op.state.listRuns({ ...filter, status: 'failed', limit: 10 });
  const lastFailure = failures.find((run) => run.trigger !== 'webhook' && (!lastSuccess || finished(run) > finished(lastSuccess)));
  let dueAt = lastSuccess ? cadence.next(finished(lastSuccess)) : cadence.waitsForFirst ? cadence.next(options.startedAt) : options.now;
  if (dueAt !== undefined && lastFailure) {
    const failedAt = finished(lastFailure);
    const interval = (cadence.next(failedAt) ?? Infinity) - failedAt;
    dueAt = Math.max(dueAt, failedAt + Math.min(options.retryAfterMs, interval));
  }
  const slot = `${lastSuccessAt ?? 'never'}/${lastFailure ? new Date(finished(lastFailure)).toISOString() : '-'}`;
  return { tenant, due: dueAt !== undefined && dueAt <= options.now, dueAt, cadence: cadence.describe, lastSuccessAt, slot, recheck };
}
