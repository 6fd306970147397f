import type { ColumnType } from './sql-schema.js';

/** A declared column, normalised. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  precision?: number;
  scale?: number;
}

/**
 * What differs between SQL dialects, and nothing more: the generic SQL writer builds every
 * query with kysely and asks the adapter only for these.
 */
export interface SqlDialectAdapter {
  /** Dialect name for messages, e.g. `sqlite`. */
  readonly name: string;
  /** How "insert or update on key" is written. */
  readonly upsertStyle: 'on-conflict' | 'on-duplicate-key';
  /** Most bind parameters one statement may carry. */
  readonly maxParameters: number;
  /** The column type to create for a declared column. */
  columnType(column: ColumnSpec): string;
  /** Converts a record value to what the driver binds for this column. */
  encode(value: unknown, column: ColumnSpec): unknown;
}

/** Shared encoding: JSON for structures, ISO text for dates, null for undefined. */
export function encodeCommon(value: unknown, column: ColumnSpec): unknown {
  if (value === undefined || value === null) return null;
  if (column.type === 'json') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  if (column.type === 'decimal' && typeof value === 'number') return String(value);
  return value;
}
