import type { SyncRecord } from '../connector/connector.js';
import type { StreamPlan } from '../plan/plan-types.js';
import type { StreamKey } from '../state/state-store.js';
import { enumeratePartitions, type PartitionContext } from './_partitions.js';
import type { DispatchedPartition } from './partition-dispatch.js';
import type { RunStrategy } from './run-events.js';

/**
 * One unit of work: one stream of one pipeline, for one tenant and one partition, with the
 * strategy it runs and the cursor slot it reads and moves. Plain data: a unit can be handed to
 * another process, which opens the pipeline file by name and resumes from the state store.
 */
export interface WorkUnit {
  /** The pipeline's `name`. */
  readonly pipeline: string;
  /** The pipeline file, when the unit travels to another process. */
  readonly file?: string;
  /** The stream's name. */
  readonly stream: string;
  /** The tenant of a multi-tenant run: its id and record (`${tenant.*}`). */
  readonly tenant?: { readonly id: string; readonly record: Readonly<Record<string, unknown>> };
  /** The partition: its cursor key, `${partition}` (or `${id}` for one id of an ids run), and `${parent}`. */
  readonly partition?: { readonly key: string; readonly value: unknown; readonly parent?: SyncRecord };
  /** How the unit reads: from the cursor, from the start, or given ids. */
  readonly strategy: RunStrategy;
  /** The ids of an `ids` run whose options take them all at once (`${ids}`, `${ids_csv}`). */
  readonly ids?: readonly (string | number)[];
  /** Where the unit's cursor lives in the state store. */
  readonly cursorKey: StreamKey;
}

/** What enumerating a stream's units needs. */
export interface UnitsContext extends PartitionContext {
  readonly pipeline: string;
  readonly file?: string | undefined;
  readonly tenant?: WorkUnit['tenant'] | undefined;
  /** The ids of an `ids` run. */
  readonly ids?: readonly (string | number)[] | undefined;
  /** A replay reads the quarantine: one unit, no partitions. */
  readonly replay: boolean;
  /** The one partition another run handed to this one: the only unit. */
  readonly only?: DispatchedPartition | undefined;
}

/**
 * The units of one stream, in order: one per partition (values, parent records read page by page,
 * or one per id when the ids options take a single `${id}`), else one for the whole stream.
 */
export async function* streamUnits(plan: StreamPlan, strategy: RunStrategy, ctx: UnitsContext): AsyncGenerator<WorkUnit> {
  const base = {
    pipeline: ctx.pipeline,
    ...(ctx.file ? { file: ctx.file } : {}),
    stream: plan.name,
    ...(ctx.tenant ? { tenant: ctx.tenant } : {}),
    strategy,
  };
  const cursorKey = (partition?: string): StreamKey => ({
    pipeline: ctx.pipeline,
    stream: plan.name,
    ...(ctx.tenant ? { tenant: ctx.tenant.id } : {}),
    ...(partition !== undefined ? { partition } : {}),
  });
  if (ctx.replay) {
    yield { ...base, cursorKey: cursorKey() };
    return;
  }
  if (ctx.only) {
    const { key, value, parent } = ctx.only;
    yield { ...base, partition: { key, value, ...(parent ? { parent } : {}) }, cursorKey: cursorKey(key) };
    return;
  }
  if (strategy === 'ids') {
    const ids = [...(ctx.ids ?? [])];
    if (plan.idsRequest === 'each') {
      for (const id of ids) {
        const key = typeof id === 'string' ? id : JSON.stringify(id);
        yield { ...base, partition: { key, value: id }, cursorKey: cursorKey(key) };
      }
    } else yield { ...base, ids, cursorKey: cursorKey() };
    return;
  }
  for await (const partition of enumeratePartitions(plan.partitions, ctx)) {
    if (partition.key === undefined) {
      yield { ...base, cursorKey: cursorKey() };
      continue;
    }
    yield {
      ...base,
      partition: { key: partition.key, value: partition.value, ...(partition.parent ? { parent: partition.parent } : {}) },
      cursorKey: cursorKey(partition.key),
    };
  }
}
