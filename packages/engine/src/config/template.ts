/**
 * The one interpolation syntax of the pipeline language: `${scope.path}`.
 *
 * `env` and `vars` are resolved when the pipeline is loaded; every other scope (`cursor`, `tenant`,
 * `parent`, ...) is provided by the engine while it runs. `$${` writes a literal `${`.
 * `${env.NAME:-text}` gives an environment variable a default, as a shell does.
 */

/** Scopes resolved when the pipeline file is loaded. */
export const LOAD_TIME_SCOPES = ['env', 'vars', 'secrets'] as const;
/** Scopes the engine provides while a stream runs. */
export const RUNTIME_SCOPES = [
  'cursor',
  'stream',
  'run',
  'tenant',
  'parent',
  'partition',
  'record',
  'discover',
  'result',
  'id',
  'ids',
  'ids_csv',
  'records',
  'target_id',
  'now',
  'report',
  'job',
] as const;

export type LoadTimeScope = (typeof LOAD_TIME_SCOPES)[number];
export type RuntimeScope = (typeof RUNTIME_SCOPES)[number];

/** A `${...}` reference inside a template string. */
export interface TemplateRef {
  scope: string;
  path: string[];
  /** The reference as written, e.g. `${env.API_TOKEN}`. */
  raw: string;
  /** `${env.NAME:-text}`: the text used when the variable is unset or empty (env references only). */
  fallback?: string;
}

export type TemplatePart = string | TemplateRef;

const REF = /\$\$\{|\$\{([^}]*)\}/g;
const REF_BODY = /^\s*([A-Za-z_][\w]*)((?:\.[\w-]+)*)(?:\s*|:-(.*))$/s;

/** Thrown for a reference that is not `${scope.path}` or names no known scope. */
export class TemplateSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

/** True when the string contains at least one `${`. Cheap pre-check before parsing. */
export function hasTemplate(text: string): boolean {
  return text.includes('${');
}

/** Splits a string into literal text and references. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  let literal = '';
  for (const match of text.matchAll(REF)) {
    literal += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '$${') {
      literal += '${';
      continue;
    }
    const body = REF_BODY.exec(match[1] ?? '');
    if (!body) throw new TemplateSyntaxError(`invalid reference ${match[0]}: write \${scope.name}, e.g. \${env.API_TOKEN}`);
    if (literal) parts.push(literal);
    literal = '';
    const path = body[2] ? body[2].slice(1).split('.') : [];
    const fallback = body[3];
    if (fallback !== undefined && body[1] !== 'env')
      throw new TemplateSyntaxError(
        `invalid reference ${match[0]}: only \${env.NAME:-default} takes a default; write \${${body[1]}${body[2] ?? ''}}`,
      );
    parts.push({ scope: body[1]!, path, raw: match[0], ...(fallback !== undefined ? { fallback } : {}) });
  }
  const tail = text.slice(last);
  const open = tail.indexOf('${');
  if (open !== -1) {
    const ref = tail.slice(open).split(/\s/)[0]!;
    throw new TemplateSyntaxError(`unclosed reference ${ref}: end it with "}" (write $\${ for a literal "\${")`);
  }
  literal += tail;
  if (literal) parts.push(literal);
  return parts;
}

/** Looks a reference up in nested scope values; `undefined` when any step is missing. */
export function lookupRef(scopes: Readonly<Record<string, unknown>>, ref: TemplateRef): unknown {
  let value: unknown = scopes[ref.scope];
  for (const key of ref.path) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** How a resolved value is written into a larger string. */
export function stringifyValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Resolves the parts whose scope `resolve` knows, keeping the rest as references.
 * A string that is exactly one reference keeps the referenced value's type.
 */
export function renderParts(
  parts: readonly TemplatePart[],
  resolve: (ref: TemplateRef) => { found: true; value: unknown } | { found: false },
  /** Keep literal `${` escaped as `$${`, for a string that will be rendered again later. */
  keepEscapes = false,
): unknown {
  if (parts.length === 1 && typeof parts[0] !== 'string') {
    const only = parts[0]!;
    const r = resolve(only);
    return r.found ? r.value : only.raw;
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += keepEscapes ? part.replace(/\$\{/g, '$$${') : part;
      continue;
    }
    const r = resolve(part);
    out += r.found ? stringifyValue(r.value) : part.raw;
  }
  return out;
}

const parsed = new Map<string, TemplatePart[]>();

/** `parseTemplate` with a cache: runtime templates are rendered once per request, from few distinct strings. */
export function parseTemplateCached(text: string): TemplatePart[] {
  let parts = parsed.get(text);
  if (!parts) {
    parts = parseTemplate(text);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(text, parts);
  }
  return parts;
}

/**
 * Renders runtime references (`${cursor}`, `${tenant.id}`, ...) in a value, deeply.
 * A string that is exactly one reference to a missing value renders as `undefined`,
 * so an optional parameter such as `since: ${cursor}` can be left out on the first run.
 */
export function renderRuntime(value: unknown, scopes: Readonly<Record<string, unknown>>): unknown {
  if (typeof value === 'string') {
    if (!hasTemplate(value)) return value;
    const parts = parseTemplateCached(value);
    return renderParts(parts, (ref) => {
      const v = lookupRef(scopes, ref);
      return v === undefined
        ? parts.length === 1
          ? { found: true, value: undefined }
          : { found: true, value: '' }
        : { found: true, value: v };
    });
  }
  if (Array.isArray(value)) return value.map((v) => renderRuntime(v, scopes));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderRuntime(v, scopes);
    return out;
  }
  return value;
}

/**
 * Turns `$${` back into `${` in strings that hold no runtime reference, deeply. Load-time
 * interpolation keeps the escape in case a runtime pass follows; options that are never rendered
 * at runtime go through this once, when the pipeline is planned.
 */
export function unescapeStatic<T>(value: T, rendered: (pointer: string) => boolean = () => false, pointer = ''): T {
  // Options the connector renders at run time keep their escapes: the render turns `$${` into `${`.
  if (pointer && rendered(pointer)) return value;
  if (typeof value === 'string') {
    if (!value.includes('$${')) return value;
    const parts = parseTemplate(value);
    return (parts.every((p) => typeof p === 'string') ? parts.join('') : value) as T;
  }
  if (Array.isArray(value)) return value.map((v, i) => unescapeStatic(v, rendered, `${pointer}/${i}`)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = unescapeStatic(v, rendered, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    return out as T;
  }
  return value;
}
