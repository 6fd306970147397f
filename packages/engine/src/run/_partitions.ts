import { renderRuntime } from '../config/template.js';
import type { SyncRecord } from '../connector/connector.js';
import { describeError, SourceError, SyncError } from '../errors.js';
import type { EndpointPlan, PartitionPlan, StepNode } from '../plan/plan-types.js';
import { compilePath, getPath } from '../util/record-path.js';
import { prepareSteps, type StepEnv } from './step-handlers.js';

/** One slice of a stream: read with fresh pagination, its own cursor, and `${partition}`/`${parent}` in scope. */
export interface Partition {
  /** Cursor key of the partition; undefined for an unpartitioned stream. */
  key: string | undefined;
  /** `${partition}`. */
  value: unknown;
  /** `${parent}`: the parent record, for partitions of parent records. */
  parent?: SyncRecord;
}

/** What enumerating partitions needs from the run. */
export type PartitionContext = Omit<StepEnv, 'readRecords'>;

/** Yields the partitions of a stream in order, streaming parent records page by page. */
export async function* enumeratePartitions(plan: PartitionPlan | undefined, ctx: PartitionContext): AsyncGenerator<Partition> {
  if (!plan) {
    yield { key: undefined, value: undefined };
    return;
  }
  if (plan.kind === 'values') {
    const values = renderRuntime(plan.values, ctx.scopes);
    if (!Array.isArray(values)) throw new SyncError('CONFIG_INVALID', `partitions.values must be a list, got ${JSON.stringify(values)}`);
    for (const value of values) yield { key: partitionKey(value), value };
    return;
  }
  for await (const record of readRecords(plan.from.source, plan.from.steps, ctx)) {
    const value = getPath(record, compilePath(plan.key));
    if (value === undefined || value === null) {
      ctx.logger.warn(`a parent record has no "${plan.key}"; skipping it`);
      continue;
    }
    yield { key: partitionKey(value), value, parent: record };
  }
}

/** Reads every record of a source block (through optional steps), page by page. */
export async function* readRecords(source: EndpointPlan, steps: readonly StepNode[], ctx: PartitionContext): AsyncGenerator<SyncRecord> {
  const connection = await ctx.openConnection(source);
  if (!connection.read) throw new SyncError('CONFIG_INVALID', `connection "${source.connection}" cannot be read from`);
  const step = await prepareSteps(steps, { ...ctx, readRecords: (s, nested) => readRecords(s, nested, ctx) });
  const pages = connection.read(source.options, {
    stream: `${String((ctx.scopes.stream as { name?: string } | undefined)?.name ?? '')}:parents`,
    cursor: undefined,
    limit: undefined,
    signal: ctx.signal,
    logger: ctx.logger,
    render: (value) => renderRuntime(value, ctx.scopes),
    incomplete: (reason) => ctx.logger.warn(`the read stopped early (${reason})`),
  });
  try {
    for await (const page of pages) {
      for (const raw of page.records) {
        const out = step(raw, ctx.scopes);
        if (Array.isArray(out)) yield* out;
        else if (out) yield out;
      }
    }
  } catch (error) {
    // Name the connection: parents, joins and lookups read from connections a stream's own error would not show.
    if (error instanceof SyncError && error.code !== 'SOURCE_FAILED') throw error;
    throw new SourceError(`[source:${source.connection}] ${describeError(error)}`, { cause: error });
  }
}

function partitionKey(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
