import type { ConsolaInstance } from 'consola';
import { hasTemplate, lookupRef, parseTemplate, renderParts } from '../config/template.js';
import type { Connection, SyncRecord } from '../connector/connector.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import { compileRecordSchema } from '../expressions/record-validator.js';
import { RecordRejectedError, SyncError } from '../errors.js';
import type { Crosswalk } from '../state/state-store.js';
import type { EndpointPlan, FieldPlan, FieldSource, StepKind, StepNode } from '../plan/plan-types.js';
import { compilePath, getPath } from '../util/record-path.js';
import { compileTarget, type TargetWriter } from './_field-target.js';
import { compileRecordBuilder, type FieldReader } from './_record-builder.js';
import { buildJoinLookup } from './_join-lookup.js';

/**
 * A compiled step: the transformed record, several records (flatten), or null to drop it.
 * Throws to reject the record (the engine counts it, names it and goes on).
 */
export type RecordStep = (record: SyncRecord, scopes: Readonly<Record<string, unknown>>) => SyncRecord | SyncRecord[] | null;

/** What preparing steps may use: joins read their right side once, before the stream starts. */
export interface StepEnv {
  scopes: Readonly<Record<string, unknown>>;
  signal: AbortSignal;
  logger: ConsolaInstance;
  openConnection(endpoint: EndpointPlan): Promise<Connection>;
  /** Registers clean-up to run when the stream ends. */
  defer(cleanup: () => void): void;
  /** The ID crosswalk of the run's tenant. */
  crosswalk: Crosswalk;
  /** Reads every record of a source block through optional steps (a join's right side). */
  readRecords(source: EndpointPlan, steps: readonly StepNode[]): AsyncIterable<SyncRecord>;
}

type Handler<K extends StepKind> = (node: Extract<StepNode, { kind: K }>, env: StepEnv) => RecordStep | Promise<RecordStep>;

/** One compiler per step kind: a new kind does not compile until it is listed here. */
export const STEP_HANDLERS: { [K in StepKind]: Handler<K> } = {
  map(node) {
    return compileRecordBuilder(node.fields, compileField);
  },
  set(node) {
    const fields = compileFields(node.fields);
    return (record, scopes) => {
      const out: SyncRecord = { ...record };
      for (const field of fields) field.write(out, field.read(record, scopes));
      return out;
    };
  },
  keep(node) {
    const keep = node.fields;
    return (record) => {
      const out: SyncRecord = {};
      for (const name of keep) if (name in record) out[name] = record[name];
      return out;
    };
  },
  drop(node) {
    const drop = new Set(node.fields);
    return (record) => {
      const out: SyncRecord = {};
      for (const name in record) if (!drop.has(name)) out[name] = record[name];
      return out;
    };
  },
  pack(node) {
    const keep = new Set(node.keep);
    return (record) => {
      const out: SyncRecord = {};
      const packed: SyncRecord = {};
      for (const name in record) {
        if (keep.has(name)) out[name] = record[name];
        else packed[name] = record[name];
      }
      out[node.into] = packed;
      return out;
    };
  },
  flatten(node) {
    const path = compilePath(node.path);
    return (record) => {
      const list = getPath(record, path);
      const base = withoutPath(record, path);
      if (!Array.isArray(list) || list.length === 0) {
        if (!node.keepEmpty) return null;
        return { ...base, [node.into]: null, ...(node.indexField ? { [node.indexField]: null } : {}) };
      }
      return list.map((item, i) => ({ ...base, [node.into]: item, ...(node.indexField ? { [node.indexField]: i } : {}) }));
    };
  },
  filter(node) {
    const rule = compileLogic(node.rule);
    return (record) => (isTruthy(rule(record)) ? record : null);
  },
  dedupe(node) {
    const paths = node.key.map(compilePath);
    const seen = new Set<string>();
    return (record) => {
      const values = paths.map((p) => getPath(record, p) ?? null);
      // Without its key a record cannot be a duplicate of anything: keep it.
      if (values.every((v) => v === null)) return record;
      const key = JSON.stringify(values);
      if (seen.has(key)) return null;
      seen.add(key);
      return record;
    };
  },
  classify(node) {
    const rules = node.rules.map((r) => ({ when: compileLogic(r.when), set: compileConstants(r.set) }));
    const fallback = node.default ? compileConstants(node.default) : undefined;
    return (record, scopes) => {
      const rule = rules.find((r) => isTruthy(r.when(record)));
      const set = rule?.set ?? fallback;
      return set ? { ...record, ...set(record, scopes) } : record;
    };
  },
  validate(node) {
    const check = compileRecordSchema(node.schema);
    return (record) => {
      const reasons = check(record);
      if (reasons.length) throw new RecordRejectedError(reasons);
      return record;
    };
  },
  async translate(node, env) {
    // Loaded once when the stream starts, after the streams it runs `after` have written theirs.
    const mapping = await env.crosswalk.all(node.crosswalkKind);
    const keys = compilePath(node.path);
    return (record) => {
      const missing: string[] = [];
      const out = replaceAt(record, keys, (value, where) => {
        if (value === undefined || value === null || value === '') return value;
        const target = mapping.get(String(value));
        if (target === undefined) {
          missing.push(`${where}: no ${node.crosswalkKind} mapped for source id ${JSON.stringify(value)}`);
          return value;
        }
        return convertId(target, value, node.as, where, missing);
      });
      if (missing.length === 0) return out as SyncRecord;
      if (node.missing === 'skip') {
        env.logger.warn(`skipped a record: ${missing.join('; ')}`);
        return null;
      }
      if (node.missing === 'fail') throw new SyncError('TRANSFORM_FAILED', missing.join('; '));
      throw new RecordRejectedError(missing);
    };
  },
  async join(node, env) {
    const rightPath = compilePath(node.right);
    const leftPath = compilePath(node.left);
    const rows = async function* () {
      for await (const record of env.readRecords(node.from.source, node.from.steps)) {
        const key = getPath(record, rightPath);
        if (key !== undefined && key !== null) yield { key: String(key), record };
      }
    };
    const lookup = await buildJoinLookup(rows(), node.maxInMemory);
    env.defer(() => lookup.close());
    env.logger.debug(`join: ${lookup.size} right-side records loaded${lookup.onDisk ? ' (on disk)' : ''}`);
    const fields = compileFields(node.fields);
    const missing: SyncRecord = {};
    return (record, scopes) => {
      const key = getPath(record, leftPath);
      const right = (key === undefined || key === null ? undefined : lookup.get(String(key))) ?? missing;
      const out: SyncRecord = { ...record };
      for (const field of fields) field.write(out, field.read(right, scopes));
      return out;
    };
  },
};

/** A copy of `record` without the field at `path`, copying only the objects along the way. */
function withoutPath(record: SyncRecord, path: readonly string[]): SyncRecord {
  const [key, ...rest] = path as [string, ...string[]];
  const copy: SyncRecord = { ...record };
  if (rest.length === 0) delete copy[key];
  else {
    const child = copy[key];
    if (child && typeof child === 'object' && !Array.isArray(child)) copy[key] = withoutPath(child as SyncRecord, rest);
  }
  return copy;
}

/**
 * Copies `value` with the leaf(s) at `keys` replaced (`*` walks every element of a list).
 * `where` names each leaf for messages, e.g. `items[2].skuId`.
 */
function replaceAt(value: unknown, keys: readonly string[], replace: (leaf: unknown, where: string) => unknown, where = ''): unknown {
  if (keys.length === 0) return replace(value, where);
  const [key, ...rest] = keys as [string, ...string[]];
  if (key === '*') {
    if (!Array.isArray(value)) return value;
    return value.map((item, i) => replaceAt(item, rest, replace, `${where}[${i}]`));
  }
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  if (!(key in copy)) return value;
  copy[key] = replaceAt(copy[key], rest, replace, where ? `${where}.${key}` : key);
  return copy;
}

/** Prepares a stream's steps into one function per record (which may fan out into several records). */
export async function prepareSteps(steps: readonly StepNode[], env: StepEnv): Promise<RecordStep> {
  const compiled: RecordStep[] = [];
  for (const node of steps) compiled.push(await (STEP_HANDLERS[node.kind] as Handler<typeof node.kind>)(node as never, env));
  if (compiled.length === 0) return (record) => record;
  const run = (record: SyncRecord, from: number, scopes: Readonly<Record<string, unknown>>): SyncRecord | SyncRecord[] | null => {
    let current: SyncRecord = record;
    for (let i = from; i < compiled.length; i++) {
      const out = compiled[i]!(current, scopes);
      if (out === null) return null;
      if (Array.isArray(out)) {
        const results: SyncRecord[] = [];
        for (const item of out) {
          const rest = run(item, i + 1, scopes);
          if (rest === null) continue;
          if (Array.isArray(rest)) results.push(...rest);
          else results.push(rest);
        }
        return results;
      }
      current = out;
    }
    return current;
  };
  return (record, scopes) => run(record, 0, scopes);
}

function compileFields(fields: readonly FieldPlan[]): { write: TargetWriter; read: FieldReader }[] {
  return fields.map(({ target, source }) => ({ write: compileTarget(target), read: compileField(source) }));
}

/**
 * A translated id in the type asked for (`as`), else in the source id's type: the crosswalk keeps text,
 * and a numeric source id stays a number, as the target API expects. An id that is not of the type
 * asked for is reported in `problems` (the record is rejected) and left as it was.
 */
function convertId(
  target: string,
  source: unknown,
  as: 'integer' | 'number' | 'text' | undefined,
  where: string,
  problems: string[],
): unknown {
  if (as === 'text') return target;
  if (as === undefined) return typeof source === 'number' && /^-?\d+$/.test(target) ? Number(target) : target;
  const number = Number(target);
  if (target.trim() === '' || !Number.isFinite(number) || (as === 'integer' && !Number.isSafeInteger(number))) {
    problems.push(`${where}: target id ${JSON.stringify(target)} is not ${as === 'integer' ? 'an integer' : 'a number'}`);
    return source;
  }
  return number;
}

function compileField(source: FieldSource): FieldReader {
  const fallback = 'default' in source ? source.default : undefined;
  const withDefault = (v: unknown) => (v === undefined || v === null ? (fallback ?? null) : v);
  switch (source.from) {
    case 'value':
      return () => source.value;
    case 'path': {
      const read = compileReadPath(source.path);
      return (record) => withDefault(read(record));
    }
    case 'expr': {
      const rule = compileLogic(source.expr);
      return (record) => withDefault(rule(record));
    }
    case 'template': {
      const render = compileTemplate(source.template);
      return (record, scopes) => withDefault(render(record, scopes));
    }
    case 'object':
      return compileRecordBuilder(source.fields, compileField);
    case 'list': {
      const items = source.items.map(compileField);
      return (record, scopes) => items.map((read) => read(record, scopes));
    }
    case 'each': {
      const list = compilePath(source.path);
      const build = compileRecordBuilder(source.fields, compileField);
      return (record, scopes) => {
        const items = getPath(record, list);
        if (!Array.isArray(items)) return fallback ?? [];
        return items.map((item) => build(item as SyncRecord, scopes));
      };
    }
    case 'entries': {
      const list = compilePath(source.path);
      const key = compileField(source.key);
      const value = compileField(source.value);
      return (record, scopes) => {
        const items = getPath(record, list);
        if (!Array.isArray(items)) return fallback ?? {};
        const out: SyncRecord = {};
        for (const item of items) {
          const name = key(item as SyncRecord, scopes);
          if (name === undefined || name === null || name === '') continue;
          out[String(name)] = value(item as SyncRecord, scopes);
        }
        return out;
      };
    }
  }
}

/** A dot path; `*` maps over a list (`lines.*.sku` gives every line's sku). */
function compileReadPath(path: string): (record: unknown) => unknown {
  const keys = compilePath(path);
  const star = keys.indexOf('*');
  if (star === -1) return (record) => getPath(record, keys);
  const head = keys.slice(0, star);
  const tail = compileReadPath(keys.slice(star + 1).join('.') || '');
  const rest = keys.length > star + 1;
  return (record) => {
    const list = head.length ? getPath(record, head) : record;
    if (!Array.isArray(list)) return undefined;
    return rest ? list.map((item) => tail(item)) : list;
  };
}

function compileTemplate(template: string): FieldReader {
  const parts = parseTemplate(template);
  return (record, scopes) =>
    renderParts(parts, (ref) => ({ found: true, value: lookupRef(ref.scope === 'record' ? { record } : scopes, ref) }));
}

/** `classify` values: constants, where text may use `${record.field}` and runtime scopes. */
function compileConstants(
  values: Readonly<Record<string, unknown>>,
): (record: SyncRecord, scopes: Readonly<Record<string, unknown>>) => SyncRecord {
  const entries = Object.entries(values).map(
    ([k, v]) => [k, typeof v === 'string' && hasTemplate(v) ? compileTemplate(v) : () => v] as const,
  );
  return (record, scopes) => {
    const out: SyncRecord = {};
    for (const [k, read] of entries) out[k] = read(record, scopes);
    return out;
  };
}
