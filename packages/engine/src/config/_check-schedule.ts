import { createRequire } from 'node:module';
import { checkTimeZone } from '../util/time-zone.js';
import type { PathSegment } from './_yaml-positions.js';

/** Where a `schedule` value is wrong, and why. */
export interface ScheduleProblem {
  path: PathSegment[];
  message: string;
}

/**
 * Checks a `schedule` block the way the scheduler will read it: the time zone through `Intl`,
 * the cron expression through croner (the scheduler's own library), and that it ever fires.
 */
export function checkSchedule(schedule: { cron?: unknown; timezone?: unknown }): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  let zone: string | undefined;
  if (typeof schedule.timezone === 'string') {
    try {
      checkTimeZone(schedule.timezone);
      zone = schedule.timezone;
    } catch (error) {
      problems.push({ path: ['schedule', 'timezone'], message: (error as Error).message });
    }
  }
  if (typeof schedule.cron === 'string') {
    // croner is loaded only for a pipeline with a cron schedule.
    const { Cron } = createRequire(import.meta.url)('croner') as typeof import('croner');
    try {
      // A fixed instant: whether the expression ever fires does not depend on when it is checked.
      const next = new Cron(schedule.cron, { timezone: zone ?? 'UTC', paused: true }).nextRun(new Date(Date.UTC(2000, 0, 1)));
      if (!next) problems.push({ path: ['schedule', 'cron'], message: `"${schedule.cron}" never matches a date, so it would never run` });
    } catch (error) {
      const reason = (error as Error).message.replace(/^CronPattern: /, '');
      problems.push({
        path: ['schedule', 'cron'],
        message: `"${schedule.cron}" is not a cron expression: ${reason} (write 5 or 6 fields, e.g. "0 */6 * * *")`,
      });
    }
  }
  return problems;
}
