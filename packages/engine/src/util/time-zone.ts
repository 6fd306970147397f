/**
 * Reading times as instants and writing instants in the formats `since.format` names (the http
 * connector) and reading zone-less times for the `date` operation, in any IANA time zone.
 *
 * The zone rules come from the Temporal polyfill (`temporal-polyfill`), which reads them through `Intl`
 * (so no time zone database ships with syncengine) and resolves wall-clock times the way Temporal's
 * `disambiguation: 'compatible'` does: a time a clock change repeats is the earlier instant, a time it
 * skips is moved forward by the length of the gap (New York `2025-03-09 02:30` is `03:30` EDT).
 */
import { createRequire } from 'node:module';
import type { Temporal as TemporalNamespace } from 'temporal-polyfill';

/** The polyfill is loaded on first use: an instant with an offset or in UTC needs no zone rules. */
let temporal: typeof TemporalNamespace | undefined;
const Temporal = (): typeof TemporalNamespace =>
  (temporal ??= (createRequire(import.meta.url)('temporal-polyfill') as typeof import('temporal-polyfill')).Temporal);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Below this a numeric cursor is Unix seconds (until the year 5138), above it milliseconds. */
const SECONDS_LIMIT = 1e11;

/** Zones already checked, so a record pays for the lookup once per zone, not once per call. */
const knownZones = new Set<string>(['UTC']);

/** Throws a RangeError naming the zone when it is not an IANA time zone. */
export function checkTimeZone(zone: string): void {
  if (knownZones.has(zone)) return;
  try {
    // Offsets such as `-03:00` are valid Temporal zones but not IANA names; the callers only accept names.
    if (!/^[A-Za-z]/.test(zone)) throw new RangeError(zone);
    Temporal().Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
  } catch {
    throw new RangeError(`unknown time zone ${JSON.stringify(zone)}; use an IANA name such as UTC or America/Sao_Paulo`);
  }
  knownZones.add(zone);
}

function zoned(epochMs: number, zone: string): TemporalNamespace.ZonedDateTime {
  checkTimeZone(zone);
  return Temporal().Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
}

/** The zone's offset from UTC in minutes at an instant, e.g. -180 in Sao Paulo. */
export function offsetMinutes(epochMs: number, zone: string): number {
  if (zone === 'UTC') return 0;
  return Math.round(zoned(epochMs, zone).offsetNanoseconds / 60e9);
}

/** The instant of a wall-clock time in a zone: a repeated time is the earlier instant, a skipped one moves forward by the gap. */
function zonedToEpoch(wall: Date, zone: string): number {
  checkTimeZone(zone);
  const local = new (Temporal().PlainDateTime)(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  return local.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/**
 * Reads a cursor as an instant (epoch ms): a Date, Unix seconds or milliseconds (number or digits),
 * or an ISO 8601 date or date-time. A time without an offset is wall-clock time in `zone` (a repeated
 * time is the earlier instant, a skipped one moves forward by the gap).
 * Undefined when the value is none of these, or names a day or time that does not exist (`2024-02-30`).
 */
export function parseInstant(value: unknown, zone: string): number | undefined {
  if (value instanceof Date) return value.getTime();
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isFinite(number)) return Math.abs(number) < SECONDS_LIMIT ? Math.round(number * 1000) : Math.round(number);
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = m;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const wall = new Date(Date.UTC(...fields, Number(frac.padEnd(3, '0').slice(0, 3))));
  wall.setUTCFullYear(fields[0]); // Date.UTC reads years 0-99 as 1900-1999
  const back = [
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  ];
  if (back.some((n, i) => n !== fields[i])) return undefined;
  if (!offset) return zonedToEpoch(wall, zone);
  if (offset.toUpperCase() === 'Z') return wall.getTime();
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return wall.getTime() - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
}

/**
 * Writes an instant: `iso` (`2024-05-01T12:00:00Z`, or with the zone's offset; milliseconds only when
 * not zero), `iso_date`, `unix` (seconds, a number), `unix_ms`, or a pattern of `%Y %m %d %H %M %S
 * %L %z %%` in the zone's wall-clock time.
 */
export function formatInstant(epochMs: number, format: string, zone: string): string | number {
  if (format === 'unix') return Math.floor(epochMs / 1000);
  if (format === 'unix_ms') return epochMs;
  const offset = offsetMinutes(epochMs, zone);
  // The wall-clock fields are those of the instant moved by the offset, read in UTC (cheaper than Temporal's getters).
  const local = new Date(epochMs + offset * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const fields: Record<string, string> = {
    Y: pad(local.getUTCFullYear(), 4),
    m: pad(local.getUTCMonth() + 1),
    d: pad(local.getUTCDate()),
    H: pad(local.getUTCHours()),
    M: pad(local.getUTCMinutes()),
    S: pad(local.getUTCSeconds()),
    L: pad(local.getUTCMilliseconds(), 3),
    z: `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`,
    '%': '%',
  };
  if (format === 'iso_date') return `${fields.Y}-${fields.m}-${fields.d}`;
  if (format === 'iso') {
    const millis = local.getUTCMilliseconds() ? `.${fields.L}` : '';
    const suffix = zone === 'UTC' ? 'Z' : `${fields.z!.slice(0, 3)}:${fields.z!.slice(3)}`;
    return `${fields.Y}-${fields.m}-${fields.d}T${fields.H}:${fields.M}:${fields.S}${millis}${suffix}`;
  }
  return format.replace(/%([YmdHMSLz%])/g, (_, key: string) => fields[key]!);
}
