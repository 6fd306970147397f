import type { ConsolaInstance } from 'consola';
import { describeError, RunLockedError, runJob, type JobPlan, type JobResult } from '@syncengine/engine';
import { everyCadence, scheduleCadence, type Cadence } from './cadence.js';
import type { OpsPipeline, OpsPipelines } from './ops-pipeline.js';
import { parseDuration } from './parse-duration.js';

/** A SQL job of an operated pipeline and when it is due. */
export interface JobTarget {
  readonly op: OpsPipeline;
  readonly job: JobPlan;
  /** When it is next due (epoch ms); undefined without a schedule. */
  readonly dueAt: number | undefined;
  readonly due: boolean;
  /** How often it runs, e.g. `cron 0 1,9,17 * * * (UTC)`. */
  readonly cadence: string | undefined;
  /** When its last run started, if it ran. */
  readonly lastRunAt: string | undefined;
}

/** The cadence of a job's `cron` or `every`; undefined for a job that only runs by hand. */
export function jobCadence(job: JobPlan): Cadence | undefined {
  if (job.cron) return scheduleCadence({ cron: job.cron, timezone: job.timezone });
  if (job.every) {
    const ms = parseDuration(job.every);
    return ms === undefined ? undefined : everyCadence(ms);
  }
  return undefined;
}

/**
 * Every job of the pipelines and whether it is due at `now`. A cron job is due at the first cron
 * time after its last run started (after `startedAt` when it never ran); an `every` job that many
 * hours after its last run finished, at once when it never ran. Its runs are in run history as
 * `<pipeline>/<job>`, so every process sharing the state store decides alike.
 */
export async function findJobTargets(pipelines: OpsPipelines, now: number, startedAt: number): Promise<JobTarget[]> {
  const targets: JobTarget[] = [];
  for (const op of pipelines.list) {
    for (const job of op.plan.jobs) {
      const cadence = jobCadence(job);
      const [last] = await op.state.listRuns({ pipeline: job.runName, limit: 1 });
      let dueAt: number | undefined;
      if (cadence?.waitsForFirst) dueAt = cadence.next(last ? Date.parse(last.startedAt) : startedAt);
      else if (cadence) dueAt = last ? cadence.next(Date.parse(last.finishedAt ?? last.startedAt)) : now;
      targets.push({ op, job, dueAt, due: dueAt !== undefined && dueAt <= now, cadence: cadence?.describe, lastRunAt: last?.startedAt });
    }
  }
  return targets;
}

/** Runs due jobs, each at most once at a time in this process; another process holding its lock is left alone. */
export function createJobRunner(options: { holder: string; now: () => number; logger: ConsolaInstance; signal: AbortSignal }) {
  const running = new Map<string, Promise<JobResult | undefined>>();
  const start = (op: OpsPipeline, job: JobPlan, trigger: string): Promise<JobResult | undefined> => {
    const key = job.runName;
    const busy = running.get(key);
    if (busy) return busy;
    const run = runJob(op.pipeline, job.name, {
      state: op.state,
      logger: options.logger,
      trigger,
      now: options.now,
      signal: options.signal,
      lock: { holder: options.holder },
    })
      .catch((error: unknown) => {
        if (error instanceof RunLockedError) options.logger.debug(`${key} runs elsewhere: ${error.message}`);
        else options.logger.error(`${key}: ${op.pipeline.redactor.redact(describeError(error))}`);
        return undefined;
      })
      .finally(() => running.delete(key));
    running.set(key, run);
    return run;
  };
  return {
    start,
    isRunning: (job: JobPlan) => running.has(job.runName),
    /** Resolves when every started job ended. */
    idle: async () => {
      await Promise.all([...running.values()]);
    },
  };
}
