import { Cron } from 'croner';
import type { PipelineDefinition } from '@syncengine/engine';
import { formatDuration, parseDuration } from './parse-duration.js';

/** How often something runs: the next time it is due after a given time. */
export interface Cadence {
  /** The first due time after `after` (epoch ms), or undefined when it never runs again. */
  next(after: number): number | undefined;
  /** Whether a run that never ran yet waits for `next(start)` (cron) instead of running at once (intervals). */
  readonly waitsForFirst: boolean;
  /** How it reads in status output, e.g. `every 6h` or `cron 0 *\/6 * * * (UTC)`. */
  readonly describe: string;
}

/** A fixed interval after the last run. */
export function everyCadence(ms: number): Cadence {
  return { next: (after) => after + ms, waitsForFirst: false, describe: `every ${formatDuration(ms)}` };
}

/**
 * The cadence of a pipeline's `schedule` block, or undefined when it has none.
 * Throws for a cron expression croner cannot read.
 */
export function scheduleCadence(schedule: PipelineDefinition['schedule']): Cadence | undefined {
  if (!schedule) return undefined;
  if (schedule.cron) {
    const timezone = schedule.timezone ?? 'UTC';
    const cron = new Cron(schedule.cron, { timezone, paused: true });
    return {
      next: (after) => cron.nextRun(new Date(after))?.getTime(),
      waitsForFirst: true,
      describe: `cron ${schedule.cron} (${timezone})`,
    };
  }
  if (schedule.every) {
    const ms = parseDuration(schedule.every);
    if (ms === undefined) throw new Error(`schedule.every ${schedule.every}: not a duration`);
    return everyCadence(ms);
  }
  return undefined;
}
