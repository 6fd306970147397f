import type { Pipeline } from '../config/load-pipeline.js';
import { SyncError } from '../errors.js';
import type { DiscoveryPlan, EndpointPlan, FieldSource, PartitionPlan, PipelinePlan, StepNode, StreamPlan } from './plan-types.js';

/** Options for planning a run. */
export interface PlanOptions {
  /** Run only these streams (the CLI's `--stream`). @default every stream */
  streams?: readonly string[];
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * Turns a validated pipeline into a frozen plan of step nodes. Planning does no I/O, so it is
 * also what `syncengine validate` runs to prove a pipeline is runnable.
 */
export function planPipeline(pipeline: Pipeline, options: PlanOptions = {}): PipelinePlan {
  const def = pipeline.definition;
  const names = Object.keys(def.streams);
  const selected = options.streams?.length ? options.streams : names;
  const unknown = selected.filter((s) => !names.includes(s));
  if (unknown.length) {
    throw new SyncError('CONFIG_INVALID', `unknown stream ${unknown.map((s) => `"${s}"`).join(', ')}; ${pipeline.name} has: ${names.join(', ')}`);
  }
  const defaultBatch = def.defaults?.batch_size ?? DEFAULT_BATCH_SIZE;
  const streams = names
    .filter((name) => selected.includes(name))
    .map((name): StreamPlan => {
      const stream = def.streams[name]!;
      return deepFreeze({
        name,
        source: endpoint(pipeline, stream.source),
        sink: endpoint(pipeline, stream.sink),
        steps: (stream.transforms ?? []).map(planStep),
        incremental: stream.incremental
          ? { cursorField: stream.incremental.cursor_field, initial: stream.incremental.initial, ordered: stream.incremental.ordered ?? false }
          : undefined,
        primaryKey: stream.primary_key,
        batchSize: stream.batch_size ?? defaultBatch,
        partitions: planPartitions(pipeline, name),
      });
    });
  const discoveries = Object.entries(def.discover ?? {}).map(([name, d]): DiscoveryPlan => ({ name, source: endpoint(pipeline, d.source), pick: d.pick }));
  return deepFreeze({ pipeline: pipeline.name, streams, discoveries });
}

function planPartitions(pipeline: Pipeline, name: string): PartitionPlan | undefined {
  const partitions = pipeline.definition.streams[name]!.partitions;
  if (!partitions) return undefined;
  if (partitions.values !== undefined) return { kind: 'values', values: partitions.values };
  const parentStream = partitions.from?.stream;
  if (parentStream !== undefined) {
    const parent = pipeline.definition.streams[parentStream]!;
    return { kind: 'parents', source: endpoint(pipeline, parent.source), steps: (parent.transforms ?? []).map(planStep), key: partitions.key };
  }
  return { kind: 'parents', source: endpoint(pipeline, partitions.from!.source!), steps: [], key: partitions.key };
}

function endpoint(pipeline: Pipeline, block: { connection: string; [k: string]: unknown }): EndpointPlan {
  const { connection, ...options } = block;
  const { type, ...connectionOptions } = pipeline.definition.connections?.[connection] ?? { type: '' };
  const connector = pipeline.connectors.get(String(type));
  if (!connector) throw new SyncError('CONFIG_INVALID', `connection "${connection}" has no connector`);
  return { connection, connector, connectionOptions, options };
}

function planStep(step: Record<string, unknown>, index: number): StepNode {
  if ('map' in step) {
    const fields = Object.entries(step.map as Record<string, unknown>).map(([target, spec]) => ({ target, source: fieldSource(spec) }));
    return { kind: 'map', index, fields };
  }
  if ('filter' in step) return { kind: 'filter', index, rule: step.filter };
  throw new SyncError('CONFIG_INVALID', `transforms[${index}]: unknown step ${Object.keys(step).join(', ')}`);
}

function fieldSource(spec: unknown): FieldSource {
  if (typeof spec === 'string') return { from: 'path', path: spec };
  const s = spec as { path?: string; value?: unknown; template?: string; expr?: unknown; default?: unknown };
  if (s.path !== undefined) return { from: 'path', path: s.path, default: s.default };
  if (s.template !== undefined) return { from: 'template', template: s.template, default: s.default };
  if (s.expr !== undefined) return { from: 'expr', expr: s.expr, default: s.default };
  return { from: 'value', value: s.value };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) {
      // Connector definitions are shared module objects; leave them alone.
      if (v && typeof v === 'object' && !('connect' in v)) deepFreeze(v);
    }
  }
  return value;
}
