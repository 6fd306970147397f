import { Temporal } from 'temporal-polyfill';
import { checkTimeZone } from './time-zone.js';

/** Most local days looked at for the next slot (a frequency of a year at most). */
const MAX_DAYS = 400;

/**
 * The first time after `afterMs` that a sync every `frequencyHours` anchored at the time of day
 * `at` (`HH:MM`, wall clock in `zone`) is due. Each day's slots are `at`, then every
 * `frequencyHours` after it until the next day's `at` (6 h at `00:00`: 00:00, 06:00, 12:00, 18:00);
 * a frequency of whole days counts calendar days from the day of `afterMs` (48 h: every other day
 * at `at`), so daylight-saving changes keep the wall-clock time.
 *
 * @example
 * ```ts
 * nextAtTimeOfDay(Date.parse('2024-01-15T14:00:00Z'), 24, '00:00', 'UTC') // 2024-01-16T00:00:00Z
 * ```
 */
export function nextAtTimeOfDay(afterMs: number, frequencyHours: number, at: string, zone: string): number {
  checkTimeZone(zone);
  const time = Temporal.PlainTime.from(at);
  const local = Temporal.Instant.fromEpochMilliseconds(afterMs).toZonedDateTimeISO(zone);
  let anchor = local.withPlainTime(time);
  if (anchor.epochMilliseconds > afterMs) anchor = anchor.subtract({ days: 1 }).withPlainTime(time);
  if (frequencyHours >= 24 && Number.isInteger(frequencyHours / 24)) {
    return anchor.add({ days: frequencyHours / 24 }).withPlainTime(time).epochMilliseconds;
  }
  const stepMs = frequencyHours * 3_600_000;
  if (frequencyHours > 24) {
    const steps = Math.floor((afterMs - anchor.epochMilliseconds) / stepMs) + 1;
    return anchor.epochMilliseconds + steps * stepMs;
  }
  for (let day = 0; day < MAX_DAYS; day++) {
    const start = anchor.add({ days: day }).withPlainTime(time).epochMilliseconds;
    const end = anchor.add({ days: day + 1 }).withPlainTime(time).epochMilliseconds;
    for (let t = start; t < end; t += stepMs) if (t > afterMs) return t;
  }
  return afterMs + stepMs;
}
