/**
 * Reading times as instants and writing instants in the formats `since.format` names (the http
 * connector) and reading zone-less times for the `date` operation,
 * in any IANA time zone (through `Intl`, so no time zone database ships with syncengine).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Below this a numeric cursor is Unix seconds (until the year 5138), above it milliseconds. */
const SECONDS_LIMIT = 1e11;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError naming the zone when `Intl` does not know it. */
export function checkTimeZone(zone: string): void {
  formatter(zone);
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`unknown time zone ${JSON.stringify(zone)}; use an IANA name such as UTC or America/Sao_Paulo`);
    }
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC in minutes at an instant, e.g. -180 in Sao Paulo. */
export function offsetMinutes(epochMs: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((local - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant of a wall-clock time in a zone (the earlier one when a clock change repeats it). */
function zonedToEpoch(wallAsUtc: number, zone: string): number {
  const first = wallAsUtc - offsetMinutes(wallAsUtc, zone) * 60_000;
  const second = wallAsUtc - offsetMinutes(first, zone) * 60_000;
  return Math.min(first, second);
}

/**
 * Reads a cursor as an instant (epoch ms): a Date, Unix seconds or milliseconds (number or digits),
 * or an ISO 8601 date or date-time. A time without an offset is wall-clock time in `zone`.
 * Undefined when the value is none of these.
 */
export function parseInstant(value: unknown, zone: string): number | undefined {
  if (value instanceof Date) return value.getTime();
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isFinite(number)) return Math.abs(number) < SECONDS_LIMIT ? Math.round(number * 1000) : Math.round(number);
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
  if (Number.isNaN(wall)) return undefined;
  if (!offset) return zonedToEpoch(wall, zone);
  if (offset.toUpperCase() === 'Z') return wall;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
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
