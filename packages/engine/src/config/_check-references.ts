import { compileLogic, LogicCompileError } from '../expressions/logic.js';
import { checkRecordSchema } from '../expressions/record-validator.js';
import { checkAfterCycles } from './_check-after-cycles.js';
import type { CheckEndpoint } from './_check-connector-blocks.js';
import { checkSchedule } from './_check-schedule.js';
import type { ConfigReporter } from './_config-reporter.js';
import { CONNECTION_NAMES, STREAM_NAMES, unknownName } from './_unknown-name.js';
import type { PathSegment } from './_yaml-positions.js';
import type { PipelineDefinition } from './pipeline-types.generated.js';

/**
 * A pipeline as it stands after the schema check: the shape of `PipelineDefinition`, every member
 * optional, since a file with schema errors is still checked for references (each value guarded).
 */
export type LoosePipeline = Loose<PipelineDefinition>;
type Loose<T> = T extends readonly (infer U)[] ? Loose<U>[] : T extends object ? { [K in keyof T]?: Loose<T[K]> } : T;
type LooseStream = NonNullable<NonNullable<LoosePipeline['streams']>[string]>;

/** What the reference checks need: where to report, and the endpoint checker of the connector blocks. */
export interface ReferenceContext {
  reporter: ConfigReporter;
  checkEndpoint: CheckEndpoint;
  /** The connections, by name. */
  connections: Record<string, unknown>;
}

/**
 * Checks what the schemas cannot: names that refer to other parts of the file (connections, streams),
 * expressions (compiled here so an unknown operation has a position), and exclusive options.
 */
export function checkReferences(root: LoosePipeline, ctx: ReferenceContext): void {
  const streams = isMap(root.streams) ? (root.streams as Record<string, LooseStream | undefined>) : {};
  for (const [name, stream] of Object.entries(streams)) if (isMap(stream)) checkStream(name, stream, streams, ctx);
  checkAfterRunAndTenants(root, ctx);
  checkJobs(root, ctx);
  const known = Object.keys(streams);
  for (const [name, hook] of Object.entries(isMap(root.webhooks) ? root.webhooks : {})) {
    if (!isMap(hook)) continue;
    if (typeof hook.stream === 'string') {
      const target = streams[hook.stream];
      if (!target) ctx.reporter.at(['webhooks', name, 'stream'], unknownName(STREAM_NAMES, hook.stream, known));
      else if (!target.strategies?.ids)
        ctx.reporter.at(
          ['webhooks', name, 'stream'],
          `stream "${hook.stream}" declares no strategies.ids, so a webhook cannot run it by ids`,
        );
    }
    if ('when' in hook) checkLogic(hook.when, ['webhooks', name, 'when'], ctx);
  }
  if (isMap(root.streams)) for (const problem of checkAfterCycles(root.streams)) ctx.reporter.at(problem.path, problem.message);
  const schedule = root.schedule;
  if (isMap(schedule)) {
    if ((schedule.every === undefined) === (schedule.cron === undefined))
      ctx.reporter.at(['schedule'], 'set exactly one of "every" or "cron"');
    for (const problem of checkSchedule(schedule)) ctx.reporter.atSchema(problem.path, problem.message, false);
  }
  for (const [name, discovery] of Object.entries(isMap(root.discover) ? root.discover : {})) {
    if (isMap(discovery)) ctx.checkEndpoint(discovery.source, 'source', ['discover', name, 'source']);
  }
}

function checkStream(name: string, stream: LooseStream, streams: Record<string, unknown>, ctx: ReferenceContext): void {
  const { checkEndpoint, reporter } = ctx;
  const path = ['streams', name];
  checkEndpoint(stream.source, 'source', [...path, 'source']);
  checkEndpoint(stream.sink, 'sink', [...path, 'sink']);
  checkTransforms(stream.transforms, [...path, 'transforms'], streams, name, ctx);
  if (Array.isArray(stream.also)) {
    stream.also.forEach((extra, i) => {
      if (!isMap(extra)) return;
      checkEndpoint(extra.sink, 'sink', [...path, 'also', i, 'sink']);
      checkTransforms(extra.transforms, [...path, 'also', i, 'transforms'], streams, name, ctx);
    });
  }
  const strategies = isMap(stream.strategies) ? stream.strategies : undefined;
  if (Array.isArray(strategies?.auto)) {
    strategies.auto.forEach(
      (rule, i) => isMap(rule) && 'when' in rule && checkLogic(rule.when, [...path, 'strategies', 'auto', i, 'when'], ctx),
    );
  }
  const idsSource = strategies?.ids?.source;
  if (isMap(idsSource) && isMap(stream.source)) {
    // The ids options are checked as the stream's source block would be once they replace it.
    checkEndpoint({ ...stream.source, ...idsSource }, 'source', [...path, 'strategies', 'ids', 'source']);
  }
  if (Array.isArray(stream.after)) {
    // Unknown names and self-references here; cycles across streams in checkAfterCycles.
    stream.after.forEach((dep, i) => {
      if (typeof dep === 'string') checkStreamName(dep, name, streams, [...path, 'after', i], 'a stream cannot run after itself', ctx);
    });
  }
  if (stream.cache && stream.partitions) reporter.at([...path, 'cache'], 'a stream with partitions cannot have a cache');
  const partitions = stream.partitions;
  if (isMap(partitions)) {
    const at = [...path, 'partitions'];
    if ((partitions.values === undefined) === (partitions.from === undefined)) reporter.at(at, 'set exactly one of "values" or "from"');
    if (partitions.from?.source) checkEndpoint(partitions.from.source, 'source', [...at, 'from', 'source']);
    const parent = partitions.from?.stream;
    if (typeof parent === 'string')
      checkStreamName(parent, name, streams, [...at, 'from', 'stream'], 'a stream cannot be its own parent', ctx);
  }
}

/** Reports a reference to a stream that does not exist, or to the stream itself. */
function checkStreamName(
  target: string,
  self: string,
  streams: Record<string, unknown>,
  path: PathSegment[],
  selfMessage: string,
  ctx: ReferenceContext,
): void {
  if (target === self) ctx.reporter.at(path, selfMessage);
  else if (!Object.hasOwn(streams, target)) ctx.reporter.at(path, unknownName(STREAM_NAMES, target, Object.keys(streams)));
}

function checkJobs(root: LoosePipeline, ctx: ReferenceContext): void {
  if (!isMap(root.jobs)) return;
  const known = Object.keys(ctx.connections);
  for (const [name, job] of Object.entries(root.jobs)) {
    if (!isMap(job)) continue;
    if (typeof job.connection === 'string' && !Object.hasOwn(ctx.connections, job.connection))
      ctx.reporter.at(['jobs', name, 'connection'], unknownName(CONNECTION_NAMES, job.connection, known));
    if (job.cron !== undefined && job.every !== undefined) ctx.reporter.at(['jobs', name], 'set either "cron" or "every", not both');
    if ('where' in job) checkLogic(job.where, ['jobs', name, 'where'], ctx);
    if (job.for_each_tenant === true && !isMap(root.tenants))
      ctx.reporter.at(['jobs', name, 'for_each_tenant'], 'the pipeline has no tenants block');
  }
}

function checkAfterRunAndTenants(root: LoosePipeline, ctx: ReferenceContext): void {
  const known = Object.keys(ctx.connections);
  const afterRun = root.after_run;
  if (isMap(afterRun) && typeof afterRun.connection === 'string' && !Object.hasOwn(ctx.connections, afterRun.connection)) {
    ctx.reporter.at(['after_run', 'connection'], unknownName(CONNECTION_NAMES, afterRun.connection, known));
  }
  const tenants = root.tenants;
  if (!isMap(tenants)) return;
  const given = (['source', 'list', 'file'] as const).filter((k) => tenants[k] !== undefined);
  if (given.length !== 1)
    ctx.reporter.at(['tenants'], `set exactly one of "source", "list" or "file"${given.length ? ` (found ${given.join(', ')})` : ''}`);
  if (tenants.source) ctx.checkEndpoint(tenants.source, 'source', ['tenants', 'source']);
  if ('where' in tenants) checkLogic(tenants.where, ['tenants', 'where'], ctx);
  const writeBack = isMap(tenants.write_back) ? tenants.write_back.connection : undefined;
  if (typeof writeBack === 'string' && !Object.hasOwn(ctx.connections, writeBack)) {
    ctx.reporter.at(['tenants', 'write_back', 'connection'], unknownName(CONNECTION_NAMES, writeBack, known));
  }
}

function checkTransforms(
  transforms: unknown,
  path: PathSegment[],
  all: Record<string, unknown>,
  self: string,
  ctx: ReferenceContext,
): void {
  if (!Array.isArray(transforms)) return;
  transforms.forEach((step: unknown, i) => {
    if (!isMap(step)) return;
    const at = [...path, i];
    if ('filter' in step) checkLogic(step.filter, [...at, 'filter'], ctx);
    if (step.map) checkFields(step.map, [...at, 'map'], ctx);
    if (step.set) checkFields(step.set, [...at, 'set'], ctx);
    const validate = isMap(step.validate) ? step.validate : undefined;
    if (isMap(validate?.schema)) {
      const problem = checkRecordSchema(validate.schema);
      if (problem) ctx.reporter.at([...at, 'validate', 'schema'], `not a valid JSON Schema: ${problem}`);
    }
    const rules = isMap(step.classify) ? step.classify.rules : undefined;
    if (Array.isArray(rules))
      rules.forEach((rule, r) => isMap(rule) && 'when' in rule && checkLogic(rule.when, [...at, 'classify', 'rules', r, 'when'], ctx));
    const join = isMap(step.join) ? step.join : undefined;
    if (join) {
      checkFields(join.fields, [...at, 'join', 'fields'], ctx);
      const from = isMap(join.from) ? join.from : undefined;
      if (from?.source) ctx.checkEndpoint(from.source, 'source', [...at, 'join', 'from', 'source']);
      if (typeof from?.stream === 'string')
        checkStreamName(from.stream, self, all, [...at, 'join', 'from', 'stream'], 'a stream cannot join itself', ctx);
    }
  });
}

const FIELD_KINDS = ['path', 'value', 'template', 'expr', 'object', 'list', 'each'];

function checkFields(fields: unknown, path: PathSegment[], ctx: ReferenceContext): void {
  if (!isMap(fields)) return;
  for (const [name, spec] of Object.entries(fields)) {
    if (!isMap(spec)) continue;
    const kinds = FIELD_KINDS.filter((k) => k in spec);
    if (kinds.length !== 1) {
      ctx.reporter.at(
        [...path, name],
        kinds.length === 0
          ? 'set one of "path", "value", "template", "expr", "object", "list" or "each" (and optionally "default")'
          : `set only one of ${kinds.map((k) => `"${k}"`).join(', ')}`,
      );
    }
    if (spec.object) checkFields(spec.object, [...path, name, 'object'], ctx);
    if (Array.isArray(spec.list)) checkFields(Object.fromEntries(spec.list.map((item, i) => [i, item])), [...path, name, 'list'], ctx);
    if (isMap(spec.each) && spec.each.fields) checkFields(spec.each.fields, [...path, name, 'each', 'fields'], ctx);
    if (isMap(spec.each) && !spec.each.fields) {
      if (spec.each.key === undefined || spec.each.value === undefined) ctx.reporter.at([...path, name, 'each'], 'set "fields", or "key" and "value"');
      else checkFields({ key: spec.each.key, value: spec.each.value }, [...path, name, 'each'], ctx);
    }
    if ('expr' in spec) checkLogic(spec.expr, [...path, name, 'expr'], ctx);
  }
}

/** Expressions compile here, so an unknown operation is reported with its position. */
function checkLogic(rule: unknown, path: PathSegment[], ctx: ReferenceContext): void {
  try {
    compileLogic(rule);
  } catch (error) {
    if (error instanceof LogicCompileError) ctx.reporter.at(path, error.message);
    else throw error;
  }
}

function isMap(value: unknown): value is Record<string, unknown> & object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
