import { parseTemplate, renderParts, lookupRef } from '../config/template.js';
import type { SyncRecord } from '../connector/connector.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import type { FieldSource, StepKind, StepNode } from '../plan/plan-types.js';
import { compilePath, getPath } from '../util/record-path.js';

/** A compiled step: returns the transformed record, or null to drop it. Throws to reject it. */
export type RecordStep = (record: SyncRecord, scopes: Readonly<Record<string, unknown>>) => SyncRecord | null;

type Handler<K extends StepKind> = (node: Extract<StepNode, { kind: K }>) => RecordStep;

/** One compiler per step kind: a new kind does not compile until it is listed here. */
export const STEP_HANDLERS: { [K in StepKind]: Handler<K> } = {
  map(node) {
    const fields = node.fields.map(({ target, source }) => ({ target, read: compileField(source) }));
    return (record, scopes) => {
      const out: SyncRecord = {};
      for (const field of fields) out[field.target] = field.read(record, scopes);
      return out;
    };
  },
  filter(node) {
    const rule = compileLogic(node.rule);
    return (record) => (isTruthy(rule(record)) ? record : null);
  },
};

/** Compiles a stream's steps into one function per record. */
export function compileSteps(steps: readonly StepNode[]): RecordStep {
  const compiled = steps.map((node) => (STEP_HANDLERS[node.kind] as Handler<typeof node.kind>)(node as never));
  if (compiled.length === 0) return (record) => record;
  return (record, scopes) => {
    let current: SyncRecord | null = record;
    for (const step of compiled) {
      current = step(current, scopes);
      if (current === null) return null;
    }
    return current;
  };
}

function compileField(source: FieldSource): (record: SyncRecord, scopes: Readonly<Record<string, unknown>>) => unknown {
  const fallback = 'default' in source ? source.default : undefined;
  const withDefault = (v: unknown) => (v === undefined || v === null ? (fallback ?? v ?? null) : v);
  switch (source.from) {
    case 'value':
      return () => source.value;
    case 'path': {
      const path = compilePath(source.path);
      return (record) => withDefault(getPath(record, path));
    }
    case 'expr': {
      const rule = compileLogic(source.expr);
      return (record) => withDefault(rule(record));
    }
    case 'template': {
      const parts = parseTemplate(source.template);
      return (record, scopes) =>
        renderParts(parts, (ref) => ({ found: true, value: lookupRef(ref.scope === 'record' ? { record } : scopes, ref) }));
    }
  }
}
