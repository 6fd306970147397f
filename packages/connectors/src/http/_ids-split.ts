import { hasTemplate, parseTemplate, type TemplatePart, type TemplateRef } from '@syncengine/engine';
import type { HttpSourceOptions } from './http-types.generated.js';

/** The options that may carry `${ids}` / `${ids_csv}`. */
const TEMPLATED = ['path', 'params', 'headers', 'body'] as const;

/** How an `ids` run is split into requests. */
export interface IdsSplit {
  readonly maxIds: number;
  readonly maxUrlLength: number;
  /** Length of the first request's URL for these options. */
  readonly urlLength: (options: HttpSourceOptions) => number;
}

/**
 * The options of each request of an `ids` run whose options take all ids at once (`${ids}`,
 * `${ids_csv}`): the ids split into groups of at most `maxIds` whose first URL stays within
 * `maxUrlLength` (a lone id longer than that still gets its request). Undefined when the options
 * name no ids or the run is not an `ids` run, so the read goes on as one.
 */
export function splitIds(options: HttpSourceOptions, ids: unknown, split: IdsSplit): HttpSourceOptions[] | undefined {
  if (!Array.isArray(ids) || !TEMPLATED.some((key) => namesIds(options[key]))) return undefined;
  const groups: HttpSourceOptions[] = [];
  for (let start = 0; start < ids.length;) {
    const fits = (n: number) => split.urlLength(withIds(options, ids.slice(start, start + n))) <= split.maxUrlLength;
    // The URL grows with every id: binary search for the largest group that fits.
    let low = 1;
    let high = Math.min(split.maxIds, ids.length - start);
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    groups.push(withIds(options, ids.slice(start, start + low)));
    start += low;
  }
  return groups;
}

/** The options with `${ids}` and `${ids_csv}` replaced by these ids; other references stay for `ctx.render`. */
function withIds(options: HttpSourceOptions, ids: readonly unknown[]): HttpSourceOptions {
  const out: Record<string, unknown> = { ...options };
  for (const key of TEMPLATED) if (options[key] !== undefined) out[key] = substitute(options[key], ids);
  return out as unknown as HttpSourceOptions;
}

function substitute(value: unknown, ids: readonly unknown[]): unknown {
  if (Array.isArray(value)) return value.map((v) => substitute(v, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, ids)]));
  }
  if (typeof value !== 'string' || !namesIds(value)) return value;
  const parts = parseTemplate(value);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (typeof only === 'object' && isIdsRef(only)) {
    const found = lookup(only, ids);
    return Array.isArray(found) ? found.map(escapeValue) : escapeValue(found);
  }
  return parts.map((part) => textOf(part, ids)).join('');
}

/** One part as template text again: literal `${` escaped, ids written in, other references as written. */
function textOf(part: TemplatePart, ids: readonly unknown[]): string {
  if (typeof part === 'string') return escape(part);
  if (!isIdsRef(part)) return part.raw;
  const found = lookup(part, ids);
  if (found === undefined || found === null) return '';
  return escape(typeof found === 'object' ? JSON.stringify(found) : String(found));
}

function lookup(ref: TemplateRef, ids: readonly unknown[]): unknown {
  let found: unknown = ref.scope === 'ids' ? [...ids] : ids.map(String).join(',');
  for (const key of ref.path) found = found !== null && typeof found === 'object' ? (found as Record<string, unknown>)[key] : undefined;
  return found;
}

function namesIds(value: unknown): boolean {
  if (typeof value === 'string') return hasTemplate(value) && parseTemplate(value).some((p) => typeof p === 'object' && isIdsRef(p));
  if (Array.isArray(value)) return value.some(namesIds);
  if (value !== null && typeof value === 'object') return Object.values(value).some(namesIds);
  return false;
}

function isIdsRef(ref: TemplateRef): boolean {
  return ref.scope === 'ids' || ref.scope === 'ids_csv';
}

/** An id is data: a `${` inside it must not be read as a reference when the options are rendered. */
function escapeValue(value: unknown): unknown {
  return typeof value === 'string' ? escape(value) : value;
}

function escape(text: string): string {
  return text.replace(/\$\{/g, () => '$${');
}
