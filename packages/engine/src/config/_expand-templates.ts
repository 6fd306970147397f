import { parseTemplate, renderParts, TemplateSyntaxError } from './template.js';
import type { PathSegment } from './_yaml-positions.js';

/** What expanding the stream templates of a pipeline file gives the loader. */
export interface TemplateExpansion {
  /** Where the value at a path of the expanded pipeline was written: in the stream, or in its template. */
  origin(path: readonly PathSegment[]): PathSegment[];
}

type Report = (path: readonly PathSegment[], message: string) => void;
type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Expands `extends` in place: each stream that names a template under the top-level `templates:`
 * becomes the template, deeply merged with the stream's own keys (a stream's key wins; maps merge,
 * lists and other values are replaced), with `${params.name}` references replaced by the stream's
 * `params` (and `${params.stream}` by the stream's name). A text that is exactly one reference
 * keeps the parameter's type. `templates`, and the streams' `extends` and `params`, are removed. Problems (an unknown template, an unknown parameter) are reported at
 * the stream's `extends` or at the reference. Runs before interpolation, so `${env.*}`, `${vars.*}`
 * and runtime references in a template work as they do in a stream.
 */
export function expandTemplates(root: Plain, report: Report): TemplateExpansion {
  const templates = isPlain(root.templates) ? root.templates : {};
  const streams = isPlain(root.streams) ? root.streams : {};
  /** Stream name -> its template's name and the stream's own keys, as written. */
  const expanded = new Map<string, { template: string; own: Plain }>();
  for (const [name, stream] of Object.entries(streams)) {
    if (!isPlain(stream) || stream.extends === undefined) continue;
    const { extends: base, params = {}, ...own } = stream;
    if (typeof base !== 'string' || !isPlain(templates[base])) {
      const known = Object.keys(templates);
      report(
        ['streams', name, 'extends'],
        `unknown template ${JSON.stringify(base)}; ${known.length ? `templates: ${known.join(', ')}` : 'the file has no templates:'}`,
      );
      delete stream.extends;
      delete stream.params;
      continue;
    }
    if (!isPlain(params)) {
      report(['streams', name, 'params'], 'must be a map of parameter names to values');
      continue;
    }
    const values: Plain = { stream: name, ...params };
    const missing = new Set<string>();
    const template = substitute(templates[base], values, missing) as Plain;
    streams[name] = merge(template, substitute(own, values, missing) as Plain);
    for (const key of missing) {
      report(['streams', name, 'extends'], `template ${base} uses \${params.${key}}: give it under params (params: { ${key}: ... })`);
    }
    expanded.set(name, { template: base, own });
  }
  // Expanded: the engine never sees the templates themselves (their `${params.*}` would mean nothing to it).
  delete root.templates;
  return {
    origin(path) {
      if (path[0] !== 'streams' || typeof path[1] !== 'string') return [...path];
      const entry = expanded.get(path[1]);
      if (!entry) return [...path];
      const rest = path.slice(2);
      return has(entry.own, rest) ? [...path] : ['templates', entry.template, ...rest];
    },
  };
}

/** Whether a value was written at `path` inside `value` (the first step is enough to tell where it came from). */
function has(value: unknown, path: readonly PathSegment[]): boolean {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(String(key) in (node as Plain))) return false;
    node = (node as Plain)[String(key)];
  }
  return true;
}

/** A deep copy of `value` with `${params.*}` references replaced; `$${` escapes are kept for interpolation. */
function substitute(value: unknown, params: Plain, missing: Set<string>): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${params')) return value;
    let parts;
    try {
      parts = parseTemplate(value);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) return value; // reported by interpolation, at the stream
      throw error;
    }
    return renderParts(
      parts,
      (ref) => {
        if (ref.scope !== 'params') return { found: false };
        const key = ref.path.join('.');
        if (key in params) return { found: true, value: params[key] };
        missing.add(key);
        return { found: true, value: '' };
      },
      true,
    );
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, params, missing));
  if (isPlain(value)) {
    const out: Plain = {};
    for (const [key, item] of Object.entries(value)) out[key] = substitute(item, params, missing);
    return out;
  }
  return value;
}

/** `base` with `over` merged in: maps merge key by key, anything else in `over` replaces. */
function merge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isPlain(value) && isPlain(out[key]) ? merge(out[key] as Plain, value) : value;
  return out;
}
