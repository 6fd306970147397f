import type { Pipeline } from '../config/load-pipeline.js';
import { SyncError } from '../errors.js';
import { resolve } from 'node:path';
import { hasTemplate, parseTemplate, unescapeStatic } from '../config/template.js';
import type { PipelineDefinition } from '../config/pipeline-types.generated.js';
import { planQueries, planSelections } from './_plan-selections.js';
import type {
  DiscoveryPlan,
  EndpointPlan,
  FieldPlan,
  JobPlan,
  FieldSource,
  PartitionPlan,
  PipelinePlan,
  RecordsFromPlan,
  StepNode,
  StreamPlan,
  TenantPlan,
  TriggerPlan,
} from './plan-types.js';

type TransformStep = NonNullable<PipelineDefinition['streams'][string]['transforms']>[number];

/** Options for planning a run. */
export interface PlanOptions {
  /** Run only these streams (the CLI's `--stream`). @default every stream */
  streams?: readonly string[];
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_READ_AHEAD = 4;

/**
 * Turns a validated pipeline into a frozen plan of step nodes. Planning does no I/O, so it is
 * also what `syncengine validate` runs to prove a pipeline is runnable.
 */
export function planPipeline(pipeline: Pipeline, options: PlanOptions = {}): PipelinePlan {
  const def = pipeline.definition;
  const names = Object.keys(def.streams);
  const named = options.streams?.length ? options.streams : [];
  const unknown = named.filter((s) => !names.includes(s));
  if (unknown.length) {
    throw new SyncError(
      'CONFIG_INVALID',
      `unknown stream ${unknown.map((s) => `"${s}"`).join(', ')}; ${pipeline.name} has: ${names.join(', ')}`,
    );
  }
  const needed = named.length ? referencesNeeded(def.streams, named) : new Map<string, string>();
  const selected = named.length ? [...named, ...needed.keys()] : names;
  const defaultBatch = def.defaults?.batch_size ?? DEFAULT_BATCH_SIZE;
  const defaultReadAhead = def.defaults?.read_ahead ?? DEFAULT_READ_AHEAD;
  const streams = names
    .filter((name) => selected.includes(name))
    .map((name): StreamPlan => {
      const stream = def.streams[name]!;
      return deepFreeze({
        name,
        source: endpoint(pipeline, stream.source, `/streams/${name}/source`),
        sink: endpoint(pipeline, stream.sink, `/streams/${name}/sink`),
        steps: (stream.transforms ?? []).map((step, i) => planStep(pipeline, name, step, i)),
        incremental: stream.incremental
          ? {
              cursorField: stream.incremental.cursor_field,
              initial: stream.incremental.initial,
              ordered: stream.incremental.ordered ?? false,
            }
          : undefined,
        primaryKey: stream.primary_key,
        batchSize: stream.batch_size ?? defaultBatch,
        readAhead: stream.read_ahead ?? defaultReadAhead,
        partitions: planPartitions(pipeline, name),
        partitionConcurrency: stream.partitions?.concurrency ?? 1,
        after: (stream.after ?? []).filter((s) => selected.includes(s)),
        unlimited: (stream.reference ?? false) && !named.includes(name),
        neededBy: needed.get(name),
        idsSource: stream.strategies?.ids
          ? unescapeStatic(stream.strategies.ids.source, (sub) =>
              pipeline.runtimeTemplates.has(`/streams/${name}/strategies/ids/source${sub}`),
            )
          : undefined,
        idsRequest: stream.strategies?.ids
          ? referencesScope(stream.strategies.ids.source, ['ids', 'ids_csv'])
            ? 'all'
            : 'each'
          : undefined,
        autoStrategy: stream.strategies?.auto ?? [],
        quarantine: { maxRecords: stream.quarantine?.max_records, maxPercent: stream.quarantine?.max_percent },
        cache: stream.cache
          ? {
              path: resolve(pipeline.baseDir, stream.cache.path),
              format: stream.cache.format ?? (stream.cache.path.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl'),
              maxAgeMs: stream.cache.max_age === undefined ? undefined : parseDuration(stream.cache.max_age),
            }
          : undefined,
        also: (stream.also ?? []).map((extra, i) => ({
          steps: (extra.transforms ?? []).map((step, j) => planStep(pipeline, name, step, j)),
          sink: endpoint(pipeline, extra.sink, `/streams/${name}/also/${i}/sink`),
        })),
      });
    });
  const ordered = orderByDependencies(streams);
  const discoveries = Object.entries(def.discover ?? {}).map(([name, d]): DiscoveryPlan => ({
    name,
    source: endpoint(pipeline, d.source, `/discover/${name}/source`),
    pick: d.pick,
  }));
  const after = def.after_run;
  const afterRun = after
    ? { connection: endpoint(pipeline, { connection: after.connection }, '/after_run'), success: after.success, failure: after.failure }
    : undefined;
  return deepFreeze({
    pipeline: pipeline.name,
    streams: ordered,
    streamConcurrency: def.stream_concurrency ?? 1,
    discoveries,
    tenants: planTenants(pipeline),
    afterRun,
    tags: def.tags ?? [],
    jobs: Object.entries(def.jobs ?? {}).map(
      ([name, job]): JobPlan => ({
        name,
        runName: `${pipeline.name}/${name}`,
        connection: endpoint(pipeline, { connection: job.connection }, `/jobs/${name}`),
        statements: job.statements,
        cron: job.cron,
        every: job.every,
        timezone: job.timezone,
        forEachTenant: job.for_each_tenant,
        where: job.where,
      }),
    ),
    triggers: Object.entries(def.triggers ?? {}).map(([name, t]): TriggerPlan => ({ name, force: t.force, tenant: t.tenant, tag: t.tag })),
    selections: planSelections(pipeline),
    queries: planQueries(pipeline, (block, pointer) => endpoint(pipeline, block, pointer)),
  });
}

function planTenants(pipeline: Pipeline): TenantPlan | undefined {
  const t = pipeline.definition.tenants;
  if (!t) return undefined;
  const from: TenantPlan['from'] = t.source
    ? { kind: 'source', source: endpoint(pipeline, t.source, '/tenants/source') }
    : t.list
      ? { kind: 'list', list: t.list }
      : { kind: 'file', path: resolve(pipeline.baseDir, t.file!) };
  const wb = t.write_back;
  return {
    from,
    id: t.id,
    where: t.where,
    concurrency: t.concurrency,
    frequencyHours: t.frequency_hours,
    at: t.at,
    timezone: t.timezone,
    timezoneField: t.timezone_field,
    decrypt: t.decrypt,
    writeBack: wb
      ? { connection: endpoint(pipeline, { connection: wb.connection }, '/tenants/write_back'), success: wb.success, failure: wb.failure }
      : undefined,
  };
}

/**
 * The `reference: true` streams a stream list leaves out but its streams run `after` (directly, or
 * through another such reference stream), each with the named stream that needs it.
 */
function referencesNeeded(streams: PipelineDefinition['streams'], named: readonly string[]): Map<string, string> {
  const needed = new Map<string, string>();
  const visit = (name: string, by: string) => {
    for (const dep of streams[name]?.after ?? []) {
      if (named.includes(dep) || needed.has(dep) || !streams[dep]?.reference) continue;
      needed.set(dep, by);
      visit(dep, by);
    }
  };
  for (const name of named) visit(name, name);
  return needed;
}

/** Declaration order, except that a stream runs after every stream in its `after` list. */
function orderByDependencies(streams: StreamPlan[]): StreamPlan[] {
  const byName = new Map(streams.map((s) => [s.name, s]));
  const done = new Set<string>();
  const visiting: string[] = [];
  const out: StreamPlan[] = [];
  const visit = (stream: StreamPlan) => {
    if (done.has(stream.name)) return;
    if (visiting.includes(stream.name)) {
      throw new SyncError(
        'CONFIG_INVALID',
        `streams depend on each other in a cycle: ${[...visiting.slice(visiting.indexOf(stream.name)), stream.name].join(' -> ')}`,
      );
    }
    visiting.push(stream.name);
    for (const dep of stream.after) {
      const other = byName.get(dep);
      if (other) visit(other);
    }
    visiting.pop();
    done.add(stream.name);
    out.push(stream);
  };
  streams.forEach(visit);
  return out;
}

function planPartitions(pipeline: Pipeline, name: string): PartitionPlan | undefined {
  const partitions = pipeline.definition.streams[name]!.partitions;
  if (!partitions) return undefined;
  if (partitions.values !== undefined) return { kind: 'values', values: partitions.values };
  return { kind: 'parents', from: recordsFrom(pipeline, partitions.from!, `/streams/${name}/partitions/from`), key: partitions.key };
}

/** `from: {source}` or `from: {stream}`: where partition parents or join records come from. */
function recordsFrom(
  pipeline: Pipeline,
  from: { source?: { connection: string; [k: string]: unknown }; stream?: string },
  pointer: string,
): RecordsFromPlan {
  if (from.stream !== undefined) {
    const parent = pipeline.definition.streams[from.stream]!;
    return {
      source: endpoint(pipeline, parent.source, `/streams/${from.stream}/source`),
      steps: (parent.transforms ?? []).map((step, i) => planStep(pipeline, from.stream!, step, i)),
    };
  }
  return { source: endpoint(pipeline, from.source!, `${pointer}/source`), steps: [] };
}

/** A source or sink block; `pointer` is where it sits in the file, to keep escapes in options the connector renders. */
function endpoint(pipeline: Pipeline, block: { connection: string; [k: string]: unknown }, pointer: string): EndpointPlan {
  const { connection, ...options } = block;
  const { type, ...connectionOptions } = pipeline.definition.connections?.[connection] ?? { type: '' };
  const connector = pipeline.connectors.get(String(type));
  if (!connector) throw new SyncError('CONFIG_INVALID', `connection "${connection}" has no connector`);
  const rendered = (sub: string) => pipeline.runtimeTemplates.has(`${pointer}${sub}`);
  return { connection, connector, connectionOptions, options: unescapeStatic(options, rendered) };
}

function planStep(pipeline: Pipeline, stream: string, step: TransformStep, index: number): StepNode {
  if (step.map) return { kind: 'map', index, fields: fieldPlans(step.map) };
  if (step.set) return { kind: 'set', index, fields: fieldPlans(step.set) };
  if (step.keep) return { kind: 'keep', index, fields: step.keep };
  if (step.drop) return { kind: 'drop', index, fields: step.drop };
  if (step.pack) return { kind: 'pack', index, into: step.pack.into, keep: step.pack.keep ?? [] };
  if (step.flatten) {
    const f = step.flatten;
    return { kind: 'flatten', index, path: f.path, into: f.into, indexField: f.index, keepEmpty: f.keep_empty };
  }
  if ('filter' in step) return { kind: 'filter', index, rule: step.filter };
  if (step.dedupe) return { kind: 'dedupe', index, key: step.dedupe.key };
  if (step.classify) return { kind: 'classify', index, rules: step.classify.rules, default: step.classify.default };
  if (step.translate)
    return {
      kind: 'translate',
      index,
      crosswalkKind: step.translate.kind,
      path: step.translate.path,
      missing: step.translate.missing,
      ...(step.translate.as ? { as: step.translate.as } : {}),
    };
  if (step.validate) return { kind: 'validate', index, schema: step.validate.schema };
  if (step.join) {
    const j = step.join;
    return {
      kind: 'join',
      index,
      from: recordsFrom(pipeline, j.from, `/streams/${stream}/transforms/${index}/join/from`),
      left: j.on.left,
      right: j.on.right,
      fields: fieldPlans(j.fields),
      maxInMemory: j.max_in_memory,
    };
  }
  throw new SyncError('CONFIG_INVALID', `transforms[${index}]: unknown step ${Object.keys(step).join(', ')}`);
}

function fieldPlans(map: Record<string, unknown>): FieldPlan[] {
  return Object.entries(map).map(([target, spec]) => ({ target, source: fieldSource(spec) }));
}

function fieldSource(spec: unknown): FieldSource {
  if (typeof spec === 'string') return { from: 'path', path: spec };
  const s = spec as {
    path?: string;
    value?: unknown;
    template?: string;
    expr?: unknown;
    object?: Record<string, unknown>;
    list?: unknown[];
    each?: { path: string; fields?: Record<string, unknown>; key?: unknown; value?: unknown };
    default?: unknown;
  };
  if (s.path !== undefined) return { from: 'path', path: s.path, default: s.default };
  if (s.template !== undefined) return { from: 'template', template: s.template, default: s.default };
  if (s.expr !== undefined) return { from: 'expr', expr: s.expr, default: s.default };
  if (s.object !== undefined) return { from: 'object', fields: fieldPlans(s.object), default: s.default };
  if (s.list !== undefined) return { from: 'list', items: s.list.map(fieldSource), default: s.default };
  if (s.each?.fields !== undefined) return { from: 'each', path: s.each.path, fields: fieldPlans(s.each.fields), default: s.default };
  if (s.each !== undefined)
    return { from: 'entries', path: s.each.path, key: fieldSource(s.each.key), value: fieldSource(s.each.value), default: s.default };
  return { from: 'value', value: unescapeStatic(s.value) };
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

/** `30s`, `15m`, `6h`, `1d`, `250ms` in milliseconds. */
export function parseDuration(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d)$/.exec(text);
  if (!match) throw new SyncError('CONFIG_INVALID', `not a duration: ${text} (write e.g. 30s, 15m, 6h, 1d)`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

/** Whether a runtime reference to one of `scopes` appears anywhere in `value` (e.g. `${ids_csv}` in ids options). */
function referencesScope(value: unknown, scopes: readonly string[]): boolean {
  if (typeof value === 'string') {
    if (!hasTemplate(value)) return false;
    try {
      return parseTemplate(value).some((part) => typeof part !== 'string' && scopes.includes(part.scope));
    } catch {
      return false;
    }
  }
  if (Array.isArray(value)) return value.some((v) => referencesScope(v, scopes));
  if (value && typeof value === 'object') return Object.values(value).some((v) => referencesScope(v, scopes));
  return false;
}
