import type { Pipeline } from '../config/load-pipeline.js';
import { unescapeStatic } from '../config/template.js';
import type { EndpointPlan, QueryPlan, SelectionPlan } from './plan-types.js';

/**
 * Merges option maps the way selections and templates do: maps merge key by key, anything else
 * (text, numbers, lists) in `over` replaces what `base` has.
 */
export function mergeOptions(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = isMap(under) && isMap(value) ? mergeOptions(under, value) : value;
  }
  return out;
}

/** The `selections:` of a pipeline, by name; source options keep the escapes of those rendered at run time. */
export function planSelections(pipeline: Pipeline): Readonly<Record<string, SelectionPlan>> {
  const out: Record<string, SelectionPlan> = {};
  for (const [name, selection] of Object.entries(pipeline.definition.selections ?? {})) {
    const streams: Record<string, SelectionPlan['streams'][string]> = {};
    for (const [stream, choice] of Object.entries(selection.streams)) {
      const pointer = `/selections/${name}/streams/${stream}/source`;
      streams[stream] = {
        source: unescapeStatic(choice.source ?? {}, (sub) => pipeline.runtimeTemplates.has(`${pointer}${sub}`)),
        where: choice.where,
      };
    }
    out[name] = { name, description: selection.description, streams };
  }
  return out;
}

/** The `queries:` of a pipeline, by name. */
export function planQueries(
  pipeline: Pipeline,
  endpoint: (block: { connection: string }, pointer: string) => EndpointPlan,
): Readonly<Record<string, QueryPlan>> {
  const out: Record<string, QueryPlan> = {};
  for (const [name, query] of Object.entries(pipeline.definition.queries ?? {})) {
    out[name] = {
      name,
      description: query.description,
      connection: endpoint({ connection: query.connection }, `/queries/${name}`),
      sql: query.sql,
      params: Object.entries(query.params ?? {}).map(([param, spec]) => ({
        name: param,
        type: spec.type ?? 'text',
        required: spec.required ?? false,
        default: spec.default,
        minimum: spec.minimum,
        maximum: spec.maximum,
        maxLength: spec.max_length ?? 200,
        enum: spec.allowed,
      })),
      maxRows: query.max_rows ?? 1000,
      timeoutMs: query.timeout_ms ?? 10_000,
    };
  }
  return out;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
