import { createConsola, type ConsolaInstance } from 'consola';
import { describeError, runLockName, type JobResult } from '@syncengine/engine';
import { SYSTEM_CLOCK, type Clock } from './clock.js';
import { createJobRunner, findJobTargets } from './due-jobs.js';
import { findTargets, isScheduled } from './due-targets.js';
import type { OpsPipeline, OpsPipelines } from './ops-pipeline.js';
import type { QueuedRun, RunQueue } from './run-queue.js';

/** Options for `createScheduler`. */
export interface SchedulerOptions {
  pipelines: OpsPipelines;
  /** Where due runs go: the same queue (and locks) as runs started through the API. */
  queue: RunQueue;
  /** The clock of due times; pass the same `now` to the queue (`RunQueueOptions.now`). @default the system clock */
  clock?: Clock;
  /** Longest wait between two checks, so new tenants and other processes' runs are noticed. @default 60000 */
  checkEveryMs?: number;
  /** After a failed run, wait this long (or one interval, if shorter) before trying again. @default 900000 */
  retryAfterMs?: number;
  logger?: ConsolaInstance;
}

/** Runs pipelines and tenants when they are due. */
export interface Scheduler {
  /** Checks every scheduled pipeline once and queues what is due; resolves with the runs it queued. */
  tick(): Promise<QueuedRun[]>;
  /** Checks every pipeline's SQL jobs (`jobs:`) once and runs the due ones; resolves with their results when they ended. */
  tickJobs(): Promise<JobResult[]>;
  /** Checks in a loop, sleeping until the next due time (at most `checkEveryMs`), until `stop`. */
  start(): void;
  /** Ends the loop; queued and running runs are left to the queue. */
  stop(): Promise<void>;
}

/**
 * Creates the scheduler of `syncengine schedule`. Each check reads the tenants and the run history
 * and queues every target whose next due time has passed. Due times come from the last successful
 * run, so after downtime a target runs once, not once per missed interval. Targets that run in
 * this process, or whose lock another process holds, are skipped until a later check.
 *
 * @example
 * ```ts
 * const scheduler = createScheduler({ pipelines, queue })
 * scheduler.start()
 * process.once('SIGTERM', () => void scheduler.stop().then(() => queue.close()))
 * ```
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const checkEveryMs = options.checkEveryMs ?? 60_000;
  const retryAfterMs = options.retryAfterMs ?? 900_000;
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag('schedule');
  const { queue } = options;
  const startedAt = clock.now();
  const controller = new AbortController();
  let nextWake = Infinity;
  let loop: Promise<void> | undefined;
  const jobs = createJobRunner({ holder: queue.holder, now: () => clock.now(), logger, signal: controller.signal });

  /** Starts the due jobs (each at most once at a time here) and moves `nextWake` to the next job due time. */
  const checkJobs = async (): Promise<Promise<JobResult | undefined>[]> => {
    if (controller.signal.aborted) return [];
    const now = clock.now();
    const started: Promise<JobResult | undefined>[] = [];
    for (const target of await findJobTargets(options.pipelines, now, startedAt)) {
      if (jobs.isRunning(target.job)) continue;
      if (!target.due) {
        if (target.dueAt !== undefined) nextWake = Math.min(nextWake, target.dueAt);
        continue;
      }
      logger.info(`${target.job.runName} is due (${target.cadence}; last run ${target.lastRunAt ?? 'never'})`);
      started.push(jobs.start(target.op, target.job, 'schedule'));
    }
    return started;
  };

  /** Another process's name on a lock of this target's streams, if one holds any. */
  const heldElsewhere = async (op: OpsPipeline, tenant: string | undefined) => {
    for (const stream of op.plan.streams) {
      const holder = await op.state.locks.holder(runLockName(op.name, tenant, stream.name), { now: clock.now() });
      if (holder && holder !== queue.holder) return holder;
    }
    return undefined;
  };

  const tick = async (): Promise<QueuedRun[]> => {
    const now = clock.now();
    const queued: QueuedRun[] = [];
    nextWake = Infinity;
    for (const op of options.pipelines.list) {
      if (!isScheduled(op) || controller.signal.aborted) continue;
      let targets;
      try {
        targets = await findTargets(op, { now, startedAt, retryAfterMs, logger, signal: controller.signal });
      } catch (error) {
        logger.error(`${op.name}: cannot decide what is due: ${op.pipeline.redactor.redact(describeError(error))}`);
        continue;
      }
      for (const target of targets) {
        const who = target.tenant === undefined ? op.name : `${op.name} (tenant ${target.tenant})`;
        // A tenant without frequency_hours in a pipeline without a schedule: only runs when asked.
        if (target.cadence === undefined || queue.isBusy(op.name, target.tenant)) continue;
        if (!target.due) {
          if (target.dueAt !== undefined) nextWake = Math.min(nextWake, target.dueAt);
          continue;
        }
        const holder = await heldElsewhere(op, target.tenant);
        if (holder) {
          logger.debug(`${who} is due but runs elsewhere (lock held by ${holder})`);
          continue;
        }
        logger.info(`${who} is due (${target.cadence ?? 'no schedule'}; last success ${target.lastSuccessAt ?? 'never'})`);
        // Decided from a snapshot: once the run holds its locks it asks again, so what another process ran meanwhile is skipped.
        const recheck = async () => {
          const again = await target.recheck(clock.now());
          return again.due ? undefined : `no longer due: it ran elsewhere meanwhile (last success ${again.lastSuccessAt ?? 'never'})`;
        };
        queued.push(queue.submit({ pipeline: op.name, tenant: target.tenant, trigger: 'schedule', recheck, slot: target.slot }).run);
      }
    }
    return queued;
  };

  return {
    tick,
    async tickJobs() {
      const results = await Promise.all(await checkJobs());
      return results.filter((r): r is JobResult => r !== undefined);
    },
    start() {
      if (loop) return;
      const scheduled = options.pipelines.list.filter(isScheduled);
      for (const op of options.pipelines.list)
        for (const job of op.plan.jobs)
          logger.info(`${job.runName}: ${job.cron ? `cron ${job.cron} (${job.timezone})` : job.every ? `every ${job.every}` : 'by hand only'}`);
      if (!scheduled.length && !options.pipelines.list.some((op) => op.plan.jobs.length)) logger.warn('no pipeline has a schedule or per-tenant frequency_hours; nothing will run on its own');
      for (const op of scheduled)
        logger.info(
          `${op.name}: ${op.cadence?.describe ?? 'per-tenant frequency'}${op.plan.tenants?.frequencyHours ? ` (tenants: ${op.plan.tenants.frequencyHours} hours)` : ''}`,
        );
      loop = (async () => {
        while (!controller.signal.aborted) {
          try {
            await tick();
            await checkJobs();
          } catch (error) {
            logger.error(`check failed: ${describeError(error)}`);
          }
          const untilDue = nextWake - clock.now();
          const wait = Math.min(checkEveryMs, Math.max(Math.min(1_000, checkEveryMs), untilDue));
          await clock.sleep(wait, controller.signal);
        }
      })();
    },
    async stop() {
      controller.abort();
      await loop;
      await jobs.idle();
    },
  };
}
