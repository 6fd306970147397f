import { parseInstant } from '../util/time-zone.js';

/**
 * The json-logic operations syncengine adds for integrations. Each takes its evaluated
 * arguments. Documented in docs/expressions.md; every one has a test.
 */
export const CUSTOM_OPERATIONS: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  /** `{"number": [v]}`: a number from a number or numeric text ("12.50", " 3 "), else null. */
  number: (v) => toNumber(v),
  /** `{"integer": [v]}`: a whole number (truncated) from a number or numeric text, else null. */
  integer: (v) => {
    const n = toNumber(v);
    return n === null ? null : Math.trunc(n);
  },
  /** `{"string": [v]}`: text; null stays null; objects become JSON. */
  string: (v) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v)),
  /** `{"boolean": [v]}`: true for true, 1, "1", "true", "yes", "y", "on" (any case); false for their opposites; else null. */
  boolean: (v) => toBoolean(v),
  /**
   * `{"date": [v, zone?]}`: an ISO 8601 UTC timestamp from a date text, epoch milliseconds, or a Date.
   * A text without a zone (`2024-05-01 10:00:00`) is read in `zone`: an offset like `-03:00` or an IANA
   * name like `America/Sao_Paulo` (daylight saving time included); default UTC.
   */
  date: (v, zone) => toIsoDate(v, typeof zone === 'string' ? zone : undefined),
  /** `{"now": []}`: the current time as an ISO 8601 UTC timestamp. */
  now: () => new Date().toISOString(),
  /** `{"coalesce": [a, b, ...]}`: the first argument that is not null, undefined or empty text. */
  coalesce: (...args) => args.find((a) => a !== null && a !== undefined && a !== '') ?? null,
  /** `{"default": [v, fallback]}`: v unless it is null, undefined or empty text. */
  default: (v, fallback) => (v === null || v === undefined || v === '' ? fallback : v),
  /** `{"lower": [s]}`, `{"upper": [s]}`, `{"trim": [s]}`: text case and whitespace; null stays null. */
  lower: (s) => (s === null || s === undefined ? null : String(s).toLowerCase()),
  upper: (s) => (s === null || s === undefined ? null : String(s).toUpperCase()),
  trim: (s) => (s === null || s === undefined ? null : String(s).trim()),
  /** `{"starts_with": [s, prefix]}`, `{"ends_with": [s, suffix]}`: text tests; false for null. */
  starts_with: (s, prefix) =>
    s !== null && s !== undefined && prefix !== null && prefix !== undefined && String(s).startsWith(String(prefix)),
  ends_with: (s, suffix) => s !== null && s !== undefined && suffix !== null && suffix !== undefined && String(s).endsWith(String(suffix)),
  /** `{"contains": [s, part]}`: whether text contains a part, or a list an element. */
  contains: (s, part) =>
    Array.isArray(s)
      ? s.includes(part)
      : s !== null && s !== undefined && part !== null && part !== undefined && String(s).includes(String(part)),
  /** `{"concat": [a, b, ...]}`: the arguments joined as text, skipping null and undefined. */
  concat: (...args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map(asText)
      .join(''),
  /** `{"split": [s, separator]}`: a list of parts; `{"join": [list, separator]}`: text. */
  split: (s, sep) => (s === null || s === undefined ? [] : String(s).split(String(sep ?? ','))),
  join: (list, sep) =>
    Array.isArray(list)
      ? list
          .filter((a) => a !== null && a !== undefined)
          .map(asText)
          .join(String(sep ?? ','))
      : null,
  /** `{"replace": [s, find, with]}`: every occurrence of `find` replaced. */
  replace: (s, find, by) => {
    if (s === null || s === undefined) return null;
    if (find === null || find === undefined || find === '') return String(s);
    return String(s)
      .split(String(find))
      .join(String(by ?? ''));
  },
  /** `{"round": [v, digits?]}`: rounded half away from zero to `digits` decimals (default 0). */
  round: (v, digits) => {
    const n = toNumber(v);
    if (n === null) return null;
    const d = Math.trunc(Number(digits ?? 0));
    if (!Number.isFinite(d)) return null;
    const factor = 10 ** d;
    // 15 significant digits drop the float residue, so 1.005 rounds as written (1.01), not as stored (1.00499…).
    const shifted = Math.round(Number((Math.abs(n) * factor).toPrecision(15)));
    const rounded = (Math.sign(n) * shifted) / factor;
    return rounded === 0 ? 0 : rounded;
  },
  /** `{"to_json": [v]}`: JSON text; `{"from_json": [s]}`: the parsed value (null for invalid JSON). */
  to_json: (v) => (v === undefined ? null : JSON.stringify(v)),
  from_json: (s) => {
    if (typeof s !== 'string') return s ?? null;
    try {
      return JSON.parse(s) as unknown;
    } catch {
      return null;
    }
  },
  /** `{"lookup": [table, key, default?]}`: `table[key]` from a static map (inline or `${vars.x}`), else default (null). */
  lookup: (table, key, fallback) => {
    if (table && typeof table === 'object' && key !== null && key !== undefined) {
      const name = String(key);
      if (Object.hasOwn(table, name)) {
        const found = (table as Record<string, unknown>)[name];
        if (found !== undefined) return found;
      }
    }
    return fallback ?? null;
  },
};

function asText(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const text = v.trim();
    if (text === '') return null;
    // Thousands separators go (`1,234.5`); most texts have none, and skip the regular expression.
    const n = Number(text.includes(',') ? text.replace(/,(?=\d{3}\b)/g, '') : text);
    return Number.isFinite(n) ? n : null;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'on']);
const FALSE = new Set(['false', '0', 'no', 'n', 'off']);

function toBoolean(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (TRUE.has(s)) return true;
    if (FALSE.has(s)) return false;
  }
  return null;
}

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

function toIsoDate(v: unknown, zone: string | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'number') {
    const date = new Date(v);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  let text = String(v).trim();
  if (/^\d{13}$/.test(text)) return toIsoDate(Number(text), zone);
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  // Date.parse rolls 2024-02-30 over to March: a day the month does not have is no date.
  if (day && Number(day[3]) > new Date(Date.UTC(Number(day[1]), Number(day[2]), 0)).getUTCDate()) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00';
  text = text.replace(/^(\S+) (?=\d)/, '$1T').replace(/\s+(?=[+-]\d{2}(:?\d{2})?$|Z$)/i, '');
  // Postgres writes short offsets (`+02`): make them ISO (`+02:00`).
  text = text.replace(/([+-]\d{2})$/, '$1:00');
  if (!HAS_ZONE.test(text) && zone && /^[A-Za-z]+(?:[/_][A-Za-z_+-]+)+$/.test(zone)) {
    // An IANA zone: the shared time-zone reader (formatters cached per zone, daylight saving time included).
    try {
      const instant = parseInstant(text, zone);
      return instant === undefined ? null : new Date(instant).toISOString();
    } catch {
      return null;
    }
  }
  if (!HAS_ZONE.test(text)) text += zone ?? 'Z';
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
