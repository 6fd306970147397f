const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Orders two cursor values: numbers numerically, ISO dates by instant (so `+02:00` and `Z`
 * compare correctly), anything else as text. Returns <0, 0 or >0.
 */
export function compareCursors(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = a instanceof Date ? a.toISOString() : String(a);
  const sb = b instanceof Date ? b.toISOString() : String(b);
  if (ISO_DATE.test(sa) && ISO_DATE.test(sb)) {
    const ta = Date.parse(sa);
    const tb = Date.parse(sb);
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
  }
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The larger of two cursors, ignoring null and undefined. */
export function maxCursor(current: unknown, candidate: unknown): unknown {
  if (candidate === undefined || candidate === null || candidate === '') return current;
  if (current === undefined || current === null) return candidate;
  return compareCursors(candidate, current) > 0 ? candidate : current;
}
