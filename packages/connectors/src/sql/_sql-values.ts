import { SinkError } from '@syncengine/engine';
import type { ColumnSpec } from './sql-dialect-adapter.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER_TEXT = /^[+-]?\d+$/;
/** Where a canonical instant (`2026-01-02T03:04:05.678Z`) has digits. */
const CANONICAL_DIGITS: readonly number[] = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TRUE_TEXT = /^(true|t|yes|y|on|1)$/i;
const FALSE_TEXT = /^(false|f|no|n|off|0)$/i;

/**
 * A record value that cannot be converted to its column's type (`"n/a"` for a number column): the
 * sink refuses that record, the rest of the batch is written.
 */
export class ValueRefused extends SinkError {
  constructor(column: string, value: unknown, expected: string) {
    super(`column "${column}": ${JSON.stringify(value)} is not ${expected}`);
    this.name = 'ValueRefused';
  }
}

/**
 * Checks a value for a `number`, `decimal`, `integer` or `bigint` column before it is bound: a finite
 * number, a bigint, or a text of digits (trimmed); anything else is refused, on every dialect, also
 * where the database would store it as it is (SQLite) or as 0 (MySQL outside strict mode).
 */
export function toNumeric(value: unknown, column: ColumnSpec): unknown {
  const integral = column.type === 'integer' || column.type === 'bigint';
  const expected = integral ? 'an integer' : 'a number';
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (integral && !Number.isInteger(value))) throw new ValueRefused(column.name, value, expected);
    return column.type === 'number' || column.type === 'integer' ? value : String(value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if ((integral ? INTEGER_TEXT : NUMBER_TEXT).test(text)) return text;
  }
  throw new ValueRefused(column.name, value, expected);
}

/** Reads a value for a `boolean` column: true/false, 1/0, or `true`, `t`, `yes`, `on`, `1` (and their opposites) in any case. */
export function toBoolean(value: unknown, column: ColumnSpec): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const text = value.trim();
    if (TRUE_TEXT.test(text)) return true;
    if (FALSE_TEXT.test(text)) return false;
  }
  throw new ValueRefused(column.name, value, 'a boolean');
}

/**
 * Reads a timestamp value as an instant. Text without a zone (`2026-01-02 03:04:05`) is UTC, never
 * the machine's zone; a number is milliseconds since the epoch.
 */
export function toInstant(value: unknown, column: string): Date {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string') {
    const text = value.trim();
    const iso = DATE_ONLY.test(text) ? `${text}T00:00:00Z` : HAS_ZONE.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`;
    date = new Date(iso);
  }
  if (!date || Number.isNaN(date.getTime())) {
    throw new ValueRefused(column, value, 'a date and time (use ISO 8601, e.g. 2026-01-31T12:00:00Z)');
  }
  return date;
}

/**
 * Whether `value` is already the canonical text of an instant (`Date#toISOString`: `2026-01-02T03:04:05.678Z`)
 * and a valid one, so that it can be written as it is, without parsing it into a `Date` and back.
 */
export function isCanonicalInstant(value: unknown): value is string {
  // Called for every timestamp of a batch: character codes, no regular expression, no substrings.
  if (typeof value !== 'string' || value.length !== 24) return false;
  // `-` `-` `T` `:` `:` `.` `Z` at their places, ASCII digits everywhere else.
  const separators =
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45 &&
    value.charCodeAt(10) === 84 &&
    value.charCodeAt(13) === 58 &&
    value.charCodeAt(16) === 58 &&
    value.charCodeAt(19) === 46 &&
    value.charCodeAt(23) === 90;
  if (!separators) return false;
  for (let i = 0; i < CANONICAL_DIGITS.length; i++) {
    const c = value.charCodeAt(CANONICAL_DIGITS[i]!);
    if (c < 48 || c > 57) return false;
  }
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  return day <= days && twoDigits(value, 11) < 24 && twoDigits(value, 14) < 60 && twoDigits(value, 17) < 60;
}

/** The number of the two ASCII digits at `at` (checked by the caller). */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** Reads a date value as `YYYY-MM-DD` (the UTC date of an instant). */
export function toDateOnly(value: unknown, column: string): string {
  if (typeof value === 'string' && DATE_ONLY.test(value.trim())) return value.trim();
  return toInstant(value, column).toISOString().slice(0, 10);
}

/** MySQL's DATETIME literal of a UTC instant: `2026-01-02 03:04:05.678`. */
export function mysqlDateTime(instant: Date | string): string {
  const iso = typeof instant === 'string' ? instant : instant.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

/**
 * A canonical text for comparing a stored value with a new one across driver representations, so an
 * upsert can tell unchanged rows apart: `1`/`true`, `12.5`/`"12.50"`, a `Date`/ISO text, JSON with any key order.
 */
export function comparable(value: unknown, column: ColumnSpec): string {
  if (value === null || value === undefined) return '\u0000null';
  switch (column.type) {
    case 'json':
      return stableJson(typeof value === 'string' ? parseJson(value) : value);
    case 'timestamp':
      try {
        return String(toInstant(value, column.name).getTime());
      } catch {
        return String(value);
      }
    case 'date':
      try {
        return toDateOnly(value, column.name);
      } catch {
        return String(value);
      }
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 't' || value === 'true' ? '1' : '0';
    case 'integer':
    case 'bigint':
    case 'number':
    case 'decimal':
      return canonicalNumber(value);
    default:
      if (value instanceof Date) return value.toISOString();
      if (Buffer.isBuffer(value)) return value.toString('base64');
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** `0012.500` -> `12.5`, `-0.0` -> `0`; exact for any number of digits. */
function canonicalNumber(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return text;
  const whole = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const digits = fraction ? `${whole}.${fraction}` : whole;
  return m[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** JSON with object keys sorted, so `{"b":1,"a":2}` and `{"a":2,"b":1}` compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
