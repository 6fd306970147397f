import type { ErrorObject } from 'ajv';
import { pointerToPath, type PathSegment } from './_yaml-positions.js';

/** A schema error reduced to what a pipeline author needs: where, and what was expected. */
export interface SchemaProblem {
  path: PathSegment[];
  /** Point at the key itself rather than its value (unknown keys, bad key names). */
  atKey: boolean;
  message: string;
}

/**
 * Turns ajv's raw errors into one plain problem per mistake.
 *
 * ajv reports every failed branch of an `anyOf`; an author wants the branch that matches the
 * kind of value they wrote, so branches that failed only on `type` are dropped when another fits.
 */
export function formatAjvErrors(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  const kept = pruneBranches(errors);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    // `if` only says "must match then"; the `then` branch's own errors say what is missing.
    if (error.keyword === 'if') continue;
    // A bad map key yields an inner error (with propertyName) besides the propertyNames one: keep one.
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    const problem = describe(error, data);
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  // A discriminator's "missing required key "type" (one of: ...)" says more than `required`'s own.
  return problems.filter(
    (p) => !problems.some((o) => o !== p && o.path.join('\u0000') === p.path.join('\u0000') && o.message.startsWith(`${p.message} (`)),
  );
}

function pruneBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  let result = [...errors];
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  for (const union of unions) {
    const prefix = `${union.schemaPath}/`;
    const branchErrors = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branchErrors.set(branch, [...(branchErrors.get(branch) ?? []), e]);
    }
    const fitting = [...branchErrors.entries()].filter(
      ([, errs]) => !errs.some((e) => e.keyword === 'type' && e.instancePath === union.instancePath),
    );
    const allBranch = new Set([...branchErrors.values()].flat());
    result = result.filter((e) => e !== union && !allBranch.has(e));
    if (fitting.length > 0) {
      result.push(...fitting[0]![1]);
    } else {
      const types = [...branchErrors.values()]
        .flat()
        .filter((e) => e.keyword === 'type' && e.instancePath === union.instancePath)
        .map((e) => String(e.params.type));
      result.push({ ...union, keyword: 'type', params: { type: [...new Set(types)].join(' or ') } });
    }
  }
  return result;
}

function describe(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pointerToPath(error.instancePath, data);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, atKey: false, message: `missing required key "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = closest(key, allowed);
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
      const list = allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '';
      return { path: [...path, key], atKey: true, message: `unknown key "${key}"${hint}${list}` };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      return {
        path: [...path, name],
        atKey: true,
        message: `"${name}" is not a valid name: use letters, digits, "_" and "-", starting with a letter or "_"`,
      };
    }
    case 'pattern':
      if (error.parentSchema && (error.parentSchema as { pattern?: string }).pattern === '^[A-Za-z_][A-Za-z0-9_-]*$')
        return {
          path,
          atKey: false,
          message: `${JSON.stringify(value)} is not a valid name: use letters, digits, "_" and "-", starting with a letter or "_"`,
        };
      return { path, atKey: false, message: `must match the pattern ${String(params.pattern)} (got ${show(value)})` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
      return { path, atKey: false, message: `must be one of: ${allowed.join(', ')} (got ${show(value)})${hint}` };
    }
    case 'discriminator': {
      const tag = String(params.tag);
      const branches = ((error.parentSchema as { oneOf?: { properties?: Record<string, { const?: unknown }> }[] })?.oneOf ?? [])
        .map((b) => b.properties?.[tag]?.const)
        .filter((v): v is string => typeof v === 'string');
      const got = value && typeof value === 'object' ? (value as Record<string, unknown>)[tag] : undefined;
      if (got === undefined) return { path, atKey: false, message: `missing required key "${tag}" (one of: ${branches.join(', ')})` };
      const suggestion = typeof got === 'string' ? closest(got, branches) : undefined;
      return {
        path: [...path, tag],
        atKey: false,
        message: `must be one of: ${branches.join(', ')} (got ${show(got)})${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      };
    }
    case 'const':
      return { path, atKey: false, message: `must be ${JSON.stringify(params.allowedValue)} (got ${show(value)})` };
    case 'type':
      return {
        path,
        atKey: false,
        message: `must be ${article(String(params.type))} (got ${value === null ? 'null' : `${kindOf(value)} ${show(value)}`})`,
      };
    case 'minLength':
      if (params.limit === 1) return { path, atKey: false, message: 'must not be empty' };
      return { path, atKey: false, message: `must be at least ${String(params.limit)} characters long (got ${show(value)})` };
    case 'maxLength':
      return { path, atKey: false, message: `must be at most ${String(params.limit)} characters long (got ${show(value)})` };
    case 'format':
      if (params.format === 'http-url')
        return {
          path,
          atKey: false,
          message: `must be an absolute http or https URL, e.g. https://api.example.com/v1 (got ${show(value)})`,
        };
      return { path, atKey: false, message: `must be a valid ${String(params.format)} (got ${show(value)})` };
    case 'minProperties':
    case 'maxProperties': {
      const props = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      if (error.keyword === 'minProperties' && params.limit === 1)
        return { path, atKey: false, message: 'must not be empty (got an empty map)' };
      if (error.parentSchema?.maxProperties === 1 && props.length)
        return { path, atKey: false, message: `must have exactly one key, one of: ${props.join(', ')}` };
      return { path, atKey: false, message: `${error.message ?? 'has the wrong number of keys'}` };
    }
    default:
      return { path, atKey: false, message: `${error.message ?? 'is invalid'} (got ${show(value)})` };
  }
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return typeof value === 'string' ? 'text' : typeof value;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? '[...]' : '{...}';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function article(type: string): string {
  return type
    .split(' or ')
    .map((t) => (t === 'object' ? 'a map' : t === 'array' ? 'a list' : t === 'integer' ? 'an integer' : t === 'string' ? 'text' : `a ${t}`))
    .join(' or ');
}

/** The allowed word nearest to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
