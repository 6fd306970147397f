import type { ColumnType } from './sql-schema.js';

/** ISO 8601 date and time with a zone, at most millisecond precision (what every dialect stores exactly). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;
const INT32 = 2_147_483_647;
const NUMERIC: readonly ColumnType[] = ['integer', 'bigint', 'number'];

/**
 * The column type a record value asks for, or undefined for null and undefined (they fit any column):
 * booleans, integers (32-bit; larger ones are numbers, exact up to 2^53 and read back as numbers on every
 * dialect), other numbers, timestamps from ISO 8601 text with a zone, other text, and nested objects
 * and lists as JSON.
 */
export function inferType(value: unknown): ColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) && Math.abs(value) <= INT32 ? 'integer' : 'number';
    case 'string':
      return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T'))) ? 'timestamp' : 'text';
    case 'object':
      return value instanceof Date ? 'timestamp' : Buffer.isBuffer(value) ? 'text' : 'json';
    default:
      return 'text';
  }
}

/** The narrowest type that holds values of both types: integer -> number within numbers, else text. */
export function widenType(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if (NUMERIC.includes(a) && NUMERIC.includes(b)) return a === 'number' || b === 'number' ? 'number' : 'bigint';
  return 'text';
}

/** The type of every field of `records` that has a value, widened over the records, in first-seen order; null-only fields are `undefined`. */
export function inferFields(records: readonly Record<string, unknown>[]): Map<string, ColumnType | undefined> {
  const fields = new Map<string, ColumnType | undefined>();
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      const type = inferType(value);
      const known = fields.get(field);
      if (type === undefined) {
        if (!fields.has(field)) fields.set(field, undefined);
      } else fields.set(field, known === undefined ? type : widenType(known, type));
    }
  }
  return fields;
}
