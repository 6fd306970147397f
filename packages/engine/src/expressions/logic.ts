import { createRequire } from 'node:module';
import { CUSTOM_OPERATIONS } from './custom-operations.js';

/** A json-logic rule as written in a pipeline file. */
export type LogicRule = unknown;

/** A rule compiled into a function of the record. */
export type CompiledLogic = (data: unknown) => unknown;

/** A rule that uses an operation syncengine does not know. */
export class LogicCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogicCompileError';
  }
}

// Required, not imported: an ESM import of a CommonJS module makes Node scan it for its exports
// (the CJS lexer, a few ms at the start-up of `syncengine validate`).
const jsonLogic = createRequire(import.meta.url)('json-logic-js') as typeof import('json-logic-js');

// The custom operations also work through json-logic-js itself (it is the reference the compiler is tested against).
for (const [name, fn] of Object.entries(CUSTOM_OPERATIONS)) jsonLogic.add_operation(name, fn as never);

type Fn = CompiledLogic;
const truthy = (v: unknown) => jsonLogic.truthy(v);

/** Operations over already-evaluated arguments, with json-logic-js semantics. */
const EAGER: Record<string, (...a: any[]) => unknown> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b, c) => (c === undefined ? a < b : a < b && b < c),
  '<=': (a, b, c) => (c === undefined ? a <= b : a <= b && b <= c),
  '!!': (a) => truthy(a),
  '!': (a) => !truthy(a),
  '%': (a, b) => a % b,
  in: (a, b) => (!b || typeof b.indexOf === 'undefined' ? false : b.indexOf(a) !== -1),
  cat: (...a) => a.join(''),
  substr: (source, start, end) => {
    if (end < 0) {
      const temp = String(source).substr(start);
      return temp.substr(0, temp.length + end);
    }
    return String(source).substr(start, end);
  },
  '+': (...a) => a.reduce((x: number, y: unknown) => parseFloat(x as never) + parseFloat(y as never), 0),
  '*': (...a) => a.reduce((x: unknown, y: unknown) => parseFloat(x as never) * parseFloat(y as never)),
  '-': (a, b) => (b === undefined ? -a : a - b),
  '/': (a, b) => a / b,
  min: (...a) => Math.min(...a),
  max: (...a) => Math.max(...a),
  merge: (...a) => a.reduce((x: unknown[], y: unknown) => x.concat(y), []),
  ...CUSTOM_OPERATIONS,
};

/** Every operation name a rule may use. */
export const LOGIC_OPERATIONS: readonly string[] = [
  ...new Set([
    'var',
    'missing',
    'missing_some',
    'if',
    '?:',
    'and',
    'or',
    'map',
    'filter',
    'reduce',
    'all',
    'none',
    'some',
    ...Object.keys(EAGER),
  ]),
].sort();

const OPERATION_NAMES: ReadonlySet<string> = new Set(LOGIC_OPERATIONS);

/**
 * Compiles a json-logic rule once into a closure, so records are evaluated without re-reading
 * the rule. Semantics follow json-logic-js (tested against it). Throws `LogicCompileError`
 * naming an unknown operation and where it is.
 */
export function compileLogic(rule: LogicRule): CompiledLogic {
  return compile(rule, '');
}

function compile(rule: unknown, where: string): Fn {
  if (Array.isArray(rule)) {
    const items = rule.map((r, i) => compile(r, `${where}[${i}]`));
    return (data) => items.map((f) => f(data));
  }
  if (!jsonLogic.is_logic(rule)) {
    checkLiteral(rule, where);
    return () => rule;
  }
  const op = Object.keys(rule as object)[0]!;
  let raw = (rule as Record<string, unknown>)[op];
  if (!Array.isArray(raw)) raw = [raw];
  const args = raw as unknown[];
  const at = where ? `${where}.${op}` : op;
  const sub = (i: number) => compile(args[i], `${at}[${i}]`);

  switch (op) {
    case 'var': {
      const path = args[0];
      const fallbackFn = args.length > 1 ? sub(1) : undefined;
      if (jsonLogic.is_logic(path)) {
        const pathFn = sub(0);
        return (data) => readVar(data, pathFn(data), fallbackFn ? fallbackFn(data) : null);
      }
      if (path === undefined || path === null || path === '') return (data) => data;
      const keys = String(path).split('.');
      if (keys.length === 1) {
        const key = keys[0]!;
        return (data) => {
          const value = data === null || data === undefined ? undefined : (data as Record<string, unknown>)[key];
          return value === undefined ? (fallbackFn ? fallbackFn(data) : null) : value;
        };
      }
      return (data) => {
        let value: unknown = data;
        for (const key of keys) {
          if (value === null || value === undefined) return fallbackFn ? fallbackFn(data) : null;
          value = (value as Record<string, unknown>)[key];
          if (value === undefined) return fallbackFn ? fallbackFn(data) : null;
        }
        return value;
      };
    }
    case 'missing': {
      const fns = args.map((_, i) => sub(i));
      return (data) => {
        // As json-logic-js: a list as the first argument is the whole list of keys.
        const values = fns.map((f) => f(data));
        const keys = Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
        return keys.filter((key) => {
          const v = readVar(data, key, null);
          return v === null || v === '';
        });
      };
    }
    case 'missing_some': {
      const needFn = sub(0);
      const keysFn = sub(1);
      return (data) => {
        const keys = keysFn(data) as unknown[];
        const missing = keys.filter((key) => {
          const v = readVar(data, key, null);
          return v === null || v === '';
        });
        return keys.length - missing.length >= Number(needFn(data)) ? [] : missing;
      };
    }
    case 'if':
    case '?:': {
      const fns = args.map((_, i) => sub(i));
      return (data) => {
        let i = 0;
        for (; i < fns.length - 1; i += 2) if (truthy(fns[i]!(data))) return fns[i + 1]!(data);
        return fns.length === i + 1 ? fns[i]!(data) : null;
      };
    }
    case 'and': {
      const fns = args.map((_, i) => sub(i));
      return (data) => {
        let current: unknown;
        for (const f of fns) {
          current = f(data);
          if (!truthy(current)) return current;
        }
        return current;
      };
    }
    case 'or': {
      const fns = args.map((_, i) => sub(i));
      return (data) => {
        let current: unknown;
        for (const f of fns) {
          current = f(data);
          if (truthy(current)) return current;
        }
        return current;
      };
    }
    case 'map':
    case 'filter':
    case 'all':
    case 'none':
    case 'some': {
      const listFn = sub(0);
      const itemFn = sub(1);
      return (data) => {
        const list = listFn(data);
        if (op === 'map') return Array.isArray(list) ? list.map((d) => itemFn(d)) : [];
        if (op === 'filter') return Array.isArray(list) ? list.filter((d) => truthy(itemFn(d))) : [];
        if (op === 'all') return Array.isArray(list) && list.length > 0 && list.every((d) => truthy(itemFn(d)));
        if (op === 'none') return !Array.isArray(list) || !list.some((d) => truthy(itemFn(d)));
        return Array.isArray(list) && list.some((d) => truthy(itemFn(d)));
      };
    }
    case 'reduce': {
      const listFn = sub(0);
      const stepFn = sub(1);
      const initialFn = args[2] !== undefined ? sub(2) : () => null;
      return (data) => {
        const list = listFn(data);
        const initial = initialFn(data);
        if (!Array.isArray(list)) return initial;
        return list.reduce((accumulator, current) => stepFn({ current, accumulator }), initial);
      };
    }
    default: {
      const fn = Object.hasOwn(EAGER, op) ? EAGER[op] : undefined;
      if (!fn) {
        const inside = where ? ` (inside ${where})` : '';
        throw new LogicCompileError(`unknown operation "${op}"${inside}; known operations: ${LOGIC_OPERATIONS.join(', ')}`);
      }
      // `lookup`'s inline table is data: its keys may be any names, operation names included.
      const fns = args.map((arg, i) => (op === 'lookup' && i === 0 && isLiteralMap(arg) ? () => arg : sub(i)));
      if (fns.length === 1) {
        const only = fns[0]!;
        return (data) => fn(only(data));
      }
      if (fns.length === 2) {
        const [a, b] = fns as [Fn, Fn];
        return (data) => fn(a(data), b(data));
      }
      return (data) => fn(...fns.map((f) => f(data)));
    }
  }
}

function isLiteralMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length !== 1;
}

/**
 * A map of two or more keys is a literal, unless one of its keys is an operation: then it is a
 * rule with a mistake (json-logic-js would return the map itself, which is always true).
 */
function checkLiteral(value: unknown, where: string): void {
  if (!isLiteralMap(value)) return;
  const keys = Object.keys(value as object);
  const operations = keys.filter((k) => OPERATION_NAMES.has(k));
  if (operations.length === 0) return;
  const inside = where ? ` (inside ${where})` : '';
  const list = keys.map((k) => JSON.stringify(k)).join(', ');
  const hint =
    operations.length > 1
      ? '; combine tests with {"and": [...]} or {"or": [...]}'
      : `; move the other keys out of the "${operations[0]}" rule`;
  throw new LogicCompileError(
    `a rule is a map with exactly one key, its operation, but this one has ${keys.length}: ${list}${inside}${hint}`,
  );
}

function readVar(data: unknown, path: unknown, fallback: unknown): unknown {
  if (path === undefined || path === null || path === '') return data;
  let value: unknown = data;
  for (const key of String(path).split('.')) {
    if (value === null || value === undefined) return fallback;
    value = (value as Record<string, unknown>)[key];
    if (value === undefined) return fallback;
  }
  return value;
}

/** json-logic's truthiness (an empty array is false), used by `filter`. */
export function isTruthy(value: unknown): boolean {
  return truthy(value);
}
