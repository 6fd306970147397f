/** A dot path compiled once (`customer.email`, `lines.0.sku`) and read many times. */
export type RecordPath = readonly string[];

/** Splits a dot path into its keys. */
export function compilePath(path: string): RecordPath {
  return path.split('.');
}

/** Reads a compiled path from a record; undefined when any step is missing. */
export function getPath(record: unknown, path: RecordPath): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
