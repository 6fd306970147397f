/**
 * Dot paths into response bodies (`data`, `payload.NextToken`). A key that itself contains dots,
 * such as OData's `@odata.nextLink`, is found as a whole: at each level the longest run of
 * segments that names an existing key wins.
 */
export function readPath(value: unknown, path: string): unknown {
  return readSegments(value, path.split('.'));
}

function readSegments(value: unknown, segments: readonly string[]): unknown {
  if (segments.length === 0) return value;
  if (value === null || value === undefined || typeof value !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  for (let take = segments.length; take >= 1; take--) {
    const key = segments.slice(0, take).join('.');
    if (Object.hasOwn(object, key)) return readSegments(object[key], segments.slice(take));
  }
  return undefined;
}

/** Sets a dot path in a plain object, creating the maps on the way. */
export function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = target;
  for (const key of segments.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[segments.at(-1)!] = value;
}
