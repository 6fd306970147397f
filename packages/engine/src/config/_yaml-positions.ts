import type { Document, LineCounter, Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './_yaml.js';

export type PathSegment = string | number;

/** A 1-based line and column in the YAML text. */
export interface Position {
  line: number;
  column: number;
}

/** Finds where a value (or, with `key`, a map key) sits in the YAML document. */
export function positionOf(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  options: { key?: boolean } = {},
): Position {
  let node: unknown = doc.contents;
  let best: Node | null = (doc.contents as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      if (last && options.key && pair.key && typeof pair.key === 'object') {
        best = pair.key as Node;
        break;
      }
      node = pair.value;
      if (node && typeof node === 'object' && 'range' in node) best = node as Node;
      else {
        best = (pair.key as Node) ?? best;
        break;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node && typeof node === 'object' && 'range' in node) best = node as Node;
      else break;
    } else break;
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

/** Formats a path as users write it: `streams.orders.transforms[0].map`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Parses an ajv instance path (JSON pointer) into segments, numbers for array indexes. */
export function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (!pointer) return [];
  const segments: PathSegment[] = [];
  let cursor: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cursor) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      cursor = cursor[Number(key)];
    } else {
      segments.push(key);
      cursor = cursor && typeof cursor === 'object' ? (cursor as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}
