import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { LineCounter } from 'yaml';
import type { AnyConnectorDefinition, ConnectorRegistry } from '../connector/connector.js';
import { PipelineConfigError, type ConfigIssue } from '../errors.js';
import { createRedactor, type Redactor } from '../logging/redactor.js';
import { compileLogic, LogicCompileError } from '../expressions/logic.js';
import { checkRecordSchema } from '../expressions/record-validator.js';
import { checkAfterCycles } from './_check-after-cycles.js';
import { checkSchedule } from './_check-schedule.js';
import { formatAjvErrors } from './_format-ajv-errors.js';
import { parseYaml } from './_parse-yaml.js';
import { checkPipelineText, readPipelineText } from './_read-pipeline-text.js';
import { describeYamlErrors } from './_yaml-errors.js';
import { expandTemplates } from './_expand-templates.js';
import { validateWithSecrets } from './_ajv.js';
import { formatPath, pointerToPath, positionOf, type PathSegment } from './_yaml-positions.js';
import type { JsonSchema } from './json-schema.js';
import { PIPELINE_SCHEMA } from './pipeline-schema.js';
import type { PipelineDefinition } from './pipeline-types.generated.js';
import { hasTemplate, lookupRef, parseTemplate, renderParts, RUNTIME_SCOPES, TemplateSyntaxError, type TemplateRef } from './template.js';

/** Environment variable names whose values are treated as secrets even outside secret fields. */
const SECRET_ENV_NAME = /(TOKEN|SECRET|PASSW|API_?KEY|(^|_)KEY($|_)|PRIVATE|CREDENTIAL|AUTH)/i;
/** Names that say "address", not "credential", even beside AUTH or TOKEN (`ST_AUTH_URL`, `TOKEN_ENDPOINT`). */
const ADDRESS_ENV_NAME = /(^|_)(URL|URI|HOST|ENDPOINT|DOMAIN)(_|$)/i;

/** Options for loading a pipeline file. */
export interface LoadPipelineOptions {
  /** Values for `${vars.name}`, overriding the file's `vars:` (the CLI's `--var name=value`). */
  vars?: Record<string, unknown>;
  /** Environment for `${env.NAME}`; `.env` files fill in what it does not set. @default process.env */
  env?: Record<string, string | undefined>;
  /** Also read `.env` from the working directory and from the pipeline's directory (the environment wins). @default true */
  dotenv?: boolean;
  /** How the file is named in messages. @default the path as given */
  displayPath?: string;
  /** Run `secrets:` commands and read their files. `syncengine validate` turns this off and checks only their shape. @default true */
  resolveSecrets?: boolean;
  /**
   * What an unset `${env.NAME}` (or `secrets.*.env`) is: an `error`, or a `warning` passed to
   * `onWarning` (the value is then empty and schema checks of it are skipped). `syncengine validate`
   * uses `warning` unless `--require-env` is given. @default 'error'
   */
  unsetEnv?: 'error' | 'warning';
  /** Receives each warning, sorted by position, before the pipeline is returned or its errors are thrown. */
  onWarning?: (issue: ConfigIssue) => void;
}

/** A validated pipeline: its definition with `env` and `vars` resolved, ready to plan and run. */
export interface Pipeline {
  /** Pipeline name: `name:` from the file, else the file name without extension. */
  readonly name: string;
  /** The file as named in messages. */
  readonly file: string;
  /** Directory that relative paths in the pipeline resolve against. */
  readonly baseDir: string;
  /** The validated definition, defaults applied. Runtime references such as `${cursor}` are still templates. */
  readonly definition: PipelineDefinition;
  /** Masks every secret this pipeline resolved. */
  readonly redactor: Redactor;
  /** The connectors this pipeline uses, by `type` name. */
  readonly connectors: ReadonlyMap<string, AnyConnectorDefinition>;
  /** JSON pointers (e.g. `/streams/orders/source/params`) of options the connector renders at run time. */
  readonly runtimeTemplates: ReadonlySet<string>;
}

/** Reads, parses and validates a pipeline file. Throws `PipelineConfigError` listing every problem. */
export async function loadPipelineFile(path: string, registry: ConnectorRegistry, options: LoadPipelineOptions = {}): Promise<Pipeline> {
  const text = await readPipelineText(path, options.displayPath ?? path);
  return parsePipeline(
    text,
    { file: options.displayPath ?? path, baseDir: dirname(resolve(path)), name: basename(path, extname(path)) },
    registry,
    options,
  );
}

/** Parses and validates pipeline YAML text. `source.file` names it in messages. */
export async function parsePipeline(
  text: string,
  source: { file: string; baseDir: string; name?: string },
  registry: ConnectorRegistry,
  options: LoadPipelineOptions = {},
): Promise<Pipeline> {
  const bad = checkPipelineText(text);
  if (bad) throw new PipelineConfigError([{ file: source.file, line: bad.line, column: bad.column, path: '', message: bad.message }]);
  const lineCounter = new LineCounter();
  const parsed = parseYaml(text, lineCounter);
  const issues: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  const report = () => {
    for (const warning of sortIssues(warnings)) options.onWarning?.(warning);
  };
  const atOffset = (problem: { offset: number; path: PathSegment[]; message: string }) => {
    const pos = lineCounter.linePos(problem.offset);
    issues.push({ file: source.file, line: pos.line, column: pos.col, path: formatPath(problem.path), message: problem.message });
  };
  if (!parsed.doc) {
    parsed.problems.forEach(atOffset);
    throw new PipelineConfigError(issues);
  }
  const doc = parsed.doc;
  /** Paths whose value already has a reference error: schema errors there would only repeat it. */
  const brokenRefs = new Set<string>();
  /** Where a path of the pipeline was written: streams that extend a template point into it (_expand-templates.ts). */
  let origin = (path: readonly PathSegment[]): readonly PathSegment[] => path;
  const at = (path: readonly PathSegment[], message: string, key = false): void => {
    const pos = positionOf(doc, lineCounter, origin(path), { key });
    issues.push({ file: source.file, line: pos.line, column: pos.column, path: formatPath(path), message });
  };
  const atRef = (path: readonly PathSegment[], message: string): void => {
    brokenRefs.add(formatPath(path));
    at(path, message);
  };
  const atSchema = (path: readonly PathSegment[], message: string, key: boolean): void => {
    if (!brokenRefs.has(formatPath(path))) at(path, message, key);
  };
  const atUnsetEnv = (path: readonly PathSegment[], message: string): void => {
    if ((options.unsetEnv ?? 'error') === 'error') return atRef(path, message);
    brokenRefs.add(formatPath(path));
    const pos = positionOf(doc, lineCounter, origin(path));
    warnings.push({ file: source.file, line: pos.line, column: pos.column, path: formatPath(path), message });
  };

  describeYamlErrors([...doc.errors, ...doc.warnings], text, doc, lineCounter).forEach(atOffset);
  parsed.problems.forEach(atOffset);
  if (issues.length) throw new PipelineConfigError(sortIssues(issues));

  // Aliases were checked above (defined, not circular, bounded expansion), so the library's own cap is off.
  const data = doc.toJS({ maxAliasCount: -1 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    at([], 'a pipeline file must be a map with at least `version` and `streams`');
    throw new PipelineConfigError(issues);
  }
  const root = data as Record<string, unknown>;
  origin = expandTemplates(root, atRef).origin;
  const redactor = createRedactor();
  /** JSON pointers of connector options the connector renders itself (`x-runtime-template`). */
  const runtimeTemplates = new Set<string>();
  const env = loadEnvironment(source.baseDir, options.dotenv ?? true, options.env ?? process.env);

  // 0. Secrets from their providers (env, file, command), before anything may use them.
  const secrets: Record<string, unknown> = {};
  const secretDefs = root.secrets;
  if (secretDefs && typeof secretDefs === 'object' && !Array.isArray(secretDefs)) {
    for (const [name, def] of Object.entries(secretDefs as Record<string, unknown>)) {
      const resolved = interpolate(def, ['secrets', name], {
        env,
        vars: undefined,
        secrets: undefined,
        redactor,
        at: atRef,
        unsetEnv: atUnsetEnv,
      }) as Record<string, unknown>;
      let unsetWarning = false;
      const value =
        resolveSecret(name, resolved, env, source.baseDir, options.resolveSecrets ?? true, (message, unset) => {
          if (unset) {
            unsetWarning = options.unsetEnv === 'warning';
            atUnsetEnv(['secrets', name], message);
          } else atRef(['secrets', name], message);
        }) ?? (unsetWarning ? `<secret ${name}>` : undefined);
      if (value !== undefined) redactor.add(value);
      // A secret that could not be read is reported once, here; its uses see an empty value.
      secrets[name] = value ?? '';
    }
  }

  // 1. Variables: the file's `vars:` (which may use env), then --var overrides.
  const vars: Record<string, unknown> = {};
  const fileVars = root.vars;
  if (fileVars && typeof fileVars === 'object' && !Array.isArray(fileVars)) {
    for (const [name, value] of Object.entries(fileVars)) {
      vars[name] = interpolate(value, ['vars', name], { env, vars: undefined, secrets, redactor, at: atRef, unsetEnv: atUnsetEnv });
    }
    root.vars = vars;
  }
  for (const [name, value] of Object.entries(options.vars ?? {})) vars[name] = value;

  // 2. Everything else: env and vars now, runtime scopes kept for the engine.
  for (const key of Object.keys(root)) {
    if (key === 'vars' || key === 'secrets') continue;
    root[key] = interpolate(root[key], [key], { env, vars, secrets, redactor, at: atRef, unsetEnv: atUnsetEnv });
  }

  // 3. The engine's schema, then each connector's schema for its blocks.
  const connectorNames = Object.keys(registry).sort();
  const pipelineSchema = pipelineSchemaFor(connectorNames);
  const base = validateWithSecrets(pipelineSchema, root);
  for (const problem of formatAjvErrors(base.errors, root)) atSchema(problem.path, problem.message, problem.atKey);

  const connectors = new Map<string, AnyConnectorDefinition>();
  const connectionsAreMap = root.connections === undefined || isPlainObject(root.connections);
  const connections = (connectionsAreMap ? (root.connections ?? {}) : {}) as Record<string, Record<string, unknown>>;
  for (const [name, connection] of Object.entries(connections)) {
    const type = connection?.type;
    if (typeof type !== 'string' || !registry[type]) continue;
    const definition = connectors.get(type) ?? (await registry[type]());
    connectors.set(type, definition);
    checkBlock(connectionBlockSchema(definition), connection, ['connections', name]);
  }

  // Every source and sink block is checked against its connector's schema.
  const checkEndpoint = (block: unknown, role: 'source' | 'sink', path: PathSegment[]) => {
    if (!block || typeof block !== 'object') return;
    const name = (block as Record<string, unknown>).connection;
    if (typeof name !== 'string' || !connectionsAreMap) return;
    const connection = connections[name];
    if (!connection) {
      const known = Object.keys(connections);
      at(
        [...path, 'connection'],
        `unknown connection "${name}"; ${known.length ? `defined connections: ${known.join(', ')}` : 'no connections are defined'}`,
      );
      return;
    }
    const definition = connectors.get(String(connection.type));
    if (!definition) return;
    const capability = definition[role];
    if (!capability) {
      at([...path, 'connection'], `connection "${name}" (type ${definition.name}) cannot be a ${role}`);
      return;
    }
    checkBlock(withConnectionKey(capability.streamSchema), block, path);
  };

  const streams = (root.streams ?? {}) as Record<string, Record<string, unknown>>;
  if (streams && typeof streams === 'object') {
    for (const [streamName, stream] of Object.entries(streams)) {
      if (!stream || typeof stream !== 'object') continue;
      checkEndpoint(stream.source, 'source', ['streams', streamName, 'source']);
      checkEndpoint(stream.sink, 'sink', ['streams', streamName, 'sink']);
      checkTransforms(stream.transforms, ['streams', streamName, 'transforms'], streams, streamName);
      if (Array.isArray(stream.also)) {
        stream.also.forEach((extra: Record<string, unknown>, i: number) => {
          if (!extra || typeof extra !== 'object') return;
          checkEndpoint(extra.sink, 'sink', ['streams', streamName, 'also', i, 'sink']);
          checkTransforms(extra.transforms, ['streams', streamName, 'also', i, 'transforms'], streams, streamName);
        });
      }
      const strategies = stream.strategies as { ids?: { source?: unknown }; auto?: { when?: unknown }[] } | undefined;
      strategies?.auto?.forEach(
        (rule, i) => rule && 'when' in rule && checkLogic(rule.when, ['streams', streamName, 'strategies', 'auto', i, 'when']),
      );
      const idsSource = strategies?.ids?.source;
      const baseSource = stream.source as Record<string, unknown> | undefined;
      if (idsSource && typeof idsSource === 'object' && baseSource && typeof baseSource === 'object') {
        // The ids options are checked as the stream's source block would be once they replace it.
        checkEndpoint({ ...baseSource, ...(idsSource as Record<string, unknown>) }, 'source', [
          'streams',
          streamName,
          'strategies',
          'ids',
          'source',
        ]);
      }
      if (Array.isArray(stream.after)) {
        // Unknown names and self-references here; cycles across streams below.
        stream.after.forEach((dep: unknown, i: number) => {
          if (typeof dep === 'string' && (dep === streamName || !(dep in streams))) {
            at(
              ['streams', streamName, 'after', i],
              dep === streamName
                ? 'a stream cannot run after itself'
                : `unknown stream "${dep}"; streams: ${Object.keys(streams).join(', ')}`,
            );
          }
        });
      }
      if (stream.cache && stream.partitions) at(['streams', streamName, 'cache'], 'a stream with partitions cannot have a cache');
      const partitions = stream.partitions as { values?: unknown; from?: { source?: unknown; stream?: unknown } } | undefined;
      if (partitions && typeof partitions === 'object') {
        const path = ['streams', streamName, 'partitions'];
        if ((partitions.values === undefined) === (partitions.from === undefined)) at(path, 'set exactly one of "values" or "from"');
        if (partitions.from?.source) checkEndpoint(partitions.from.source, 'source', [...path, 'from', 'source']);
        const parent = partitions.from?.stream;
        if (typeof parent === 'string' && (parent === streamName || !(parent in streams))) {
          at(
            [...path, 'from', 'stream'],
            parent === streamName
              ? 'a stream cannot be its own parent'
              : `unknown stream "${parent}"; streams: ${Object.keys(streams).join(', ')}`,
          );
        }
      }
    }
  }
  /** Expressions compile here, so an unknown operation is reported with its position. */
  function checkLogic(rule: unknown, path: PathSegment[]): void {
    try {
      compileLogic(rule);
    } catch (error) {
      if (error instanceof LogicCompileError) at(path, error.message);
      else throw error;
    }
  }
  function checkFields(fields: unknown, path: PathSegment[]): void {
    if (!fields || typeof fields !== 'object') return;
    for (const [name, spec] of Object.entries(fields)) {
      if (spec && typeof spec === 'object') {
        const kinds = ['path', 'value', 'template', 'expr', 'object', 'list', 'each'].filter((k) => k in spec);
        if (kinds.length !== 1) {
          at(
            [...path, name],
            kinds.length === 0
              ? 'set one of "path", "value", "template", "expr", "object", "list" or "each" (and optionally "default")'
              : `set only one of ${kinds.map((k) => `"${k}"`).join(', ')}`,
          );
        }
        const nested = spec as { object?: unknown; list?: unknown[]; each?: { fields?: unknown; key?: unknown; value?: unknown } };
        if (nested.object) checkFields(nested.object, [...path, name, 'object']);
        if (Array.isArray(nested.list)) checkFields(Object.fromEntries(nested.list.map((item, i) => [i, item])), [...path, name, 'list']);
        if (nested.each?.fields) checkFields(nested.each.fields, [...path, name, 'each', 'fields']);
        if (nested.each && !nested.each.fields) {
          if (nested.each.key === undefined || nested.each.value === undefined)
            at([...path, name, 'each'], 'set "fields", or "key" and "value"');
          else checkFields({ key: nested.each.key, value: nested.each.value }, [...path, name, 'each']);
        }
      }
      if (spec && typeof spec === 'object' && 'expr' in spec) checkLogic((spec as { expr: unknown }).expr, [...path, name, 'expr']);
    }
  }
  function checkTransforms(transforms: unknown, path: PathSegment[], all: Record<string, unknown>, self: string): void {
    if (!Array.isArray(transforms)) return;
    transforms.forEach((step: Record<string, unknown>, i) => {
      if (!step || typeof step !== 'object') return;
      const at_ = [...path, i];
      if ('filter' in step) checkLogic(step.filter, [...at_, 'filter']);
      if (step.map) checkFields(step.map, [...at_, 'map']);
      if (step.set) checkFields(step.set, [...at_, 'set']);
      const validate = step.validate as { schema?: unknown } | undefined;
      if (validate?.schema && typeof validate.schema === 'object') {
        const problem = checkRecordSchema(validate.schema);
        if (problem) at([...at_, 'validate', 'schema'], `not a valid JSON Schema: ${problem}`);
      }
      const classify = step.classify as { rules?: { when?: unknown }[] } | undefined;
      classify?.rules?.forEach((rule, r) => rule && 'when' in rule && checkLogic(rule.when, [...at_, 'classify', 'rules', r, 'when']));
      const join = step.join as { from?: { source?: unknown; stream?: unknown }; fields?: unknown } | undefined;
      if (join) {
        checkFields(join.fields, [...at_, 'join', 'fields']);
        if (join.from?.source) checkEndpoint(join.from.source, 'source', [...at_, 'join', 'from', 'source']);
        const other = join.from?.stream;
        if (typeof other === 'string' && (other === self || !(other in all))) {
          at(
            [...at_, 'join', 'from', 'stream'],
            other === self ? 'a stream cannot join itself' : `unknown stream "${other}"; streams: ${Object.keys(all).join(', ')}`,
          );
        }
      }
    });
  }

  const afterRun = root.after_run as { connection?: unknown } | undefined;
  if (afterRun && typeof afterRun.connection === 'string' && !connections[afterRun.connection]) {
    at(
      ['after_run', 'connection'],
      `unknown connection "${afterRun.connection}"; defined connections: ${Object.keys(connections).join(', ')}`,
    );
  }
  const tenants = root.tenants as { source?: unknown; list?: unknown; file?: unknown; write_back?: { connection?: unknown } } | undefined;
  if (tenants && typeof tenants === 'object') {
    const given = ['source', 'list', 'file'].filter((k) => (tenants as Record<string, unknown>)[k] !== undefined);
    if (given.length !== 1)
      at(['tenants'], `set exactly one of "source", "list" or "file"${given.length ? ` (found ${given.join(', ')})` : ''}`);
    if (tenants.source) checkEndpoint(tenants.source, 'source', ['tenants', 'source']);
    if ('where' in tenants) checkLogic((tenants as { where?: unknown }).where, ['tenants', 'where']);
    const wb = tenants.write_back?.connection;
    if (typeof wb === 'string') {
      const connection = connections[wb];
      if (!connection)
        at(
          ['tenants', 'write_back', 'connection'],
          `unknown connection "${wb}"; defined connections: ${Object.keys(connections).join(', ')}`,
        );
    }
  }

  const webhooks = (root.webhooks ?? {}) as Record<string, { stream?: unknown; when?: unknown }>;
  if (webhooks && typeof webhooks === 'object') {
    for (const [name, hook] of Object.entries(webhooks)) {
      if (!hook || typeof hook !== 'object') continue;
      if (typeof hook.stream === 'string') {
        const target = (streams as Record<string, { strategies?: { ids?: unknown } }>)[hook.stream];
        if (!target) at(['webhooks', name, 'stream'], `unknown stream "${hook.stream}"; streams: ${Object.keys(streams).join(', ')}`);
        else if (!target.strategies?.ids)
          at(['webhooks', name, 'stream'], `stream "${hook.stream}" declares no strategies.ids, so a webhook cannot run it by ids`);
      }
      if ('when' in hook) checkLogic(hook.when, ['webhooks', name, 'when']);
    }
  }
  if (streams && typeof streams === 'object') for (const problem of checkAfterCycles(streams)) at(problem.path, problem.message);
  const schedule = root.schedule as { every?: unknown; cron?: unknown; timezone?: unknown } | undefined;
  if (schedule && typeof schedule === 'object') {
    if ((schedule.every === undefined) === (schedule.cron === undefined)) at(['schedule'], 'set exactly one of "every" or "cron"');
    for (const problem of checkSchedule(schedule)) atSchema(problem.path, problem.message, false);
  }

  const discoveries = (root.discover ?? {}) as Record<string, Record<string, unknown>>;
  if (discoveries && typeof discoveries === 'object') {
    for (const [name, discovery] of Object.entries(discoveries)) {
      if (discovery && typeof discovery === 'object') checkEndpoint(discovery.source, 'source', ['discover', name, 'source']);
    }
  }

  if (issues.length) {
    // A message may quote a value; never let a secret out through it.
    for (const pointer of base.secrets) addSecretAt(redactor, root, pointer);
    report();
    throw new PipelineConfigError(sortIssues(issues).map((i) => ({ ...i, message: redactor.redact(i.message) })));
  }

  for (const pointer of base.secrets) addSecretAt(redactor, root, pointer);
  report();
  return Object.freeze({
    name: typeof root.name === 'string' ? root.name : (source.name ?? 'pipeline'),
    file: source.file,
    baseDir: source.baseDir,
    definition: root as unknown as PipelineDefinition,
    redactor,
    connectors,
    runtimeTemplates,
  });

  function checkBlock(schema: JsonSchema, block: unknown, prefix: PathSegment[]): void {
    const result = validateWithSecrets(schema, block);
    const base = prefix.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    for (const pointer of result.templates) runtimeTemplates.add(`${base}${pointer}`);
    for (const problem of formatAjvErrors(result.errors, block)) atSchema([...prefix, ...problem.path], problem.message, problem.atKey);
    for (const pointer of result.secrets) addSecretAt(redactor, block, pointer);
  }
}

interface InterpolationContext {
  env: Record<string, string | undefined>;
  /** Undefined while resolving `vars:` itself, where only env may be used. */
  vars: Record<string, unknown> | undefined;
  /** Values of `secrets:`; undefined while resolving `secrets:` itself. */
  secrets: Record<string, unknown> | undefined;
  redactor: Redactor;
  at: (path: readonly PathSegment[], message: string) => void;
  /** Reports an unset environment variable: an error, or a warning when validating structure only. */
  unsetEnv: (path: readonly PathSegment[], message: string) => void;
}

const KNOWN_SCOPES = ['env', 'vars', 'secrets', ...RUNTIME_SCOPES];

function interpolate(value: unknown, path: PathSegment[], ctx: InterpolationContext): unknown {
  if (typeof value === 'string') {
    if (!hasTemplate(value)) return value;
    let parts;
    try {
      parts = parseTemplate(value);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) {
        ctx.at(path, error.message);
        return value;
      }
      throw error;
    }
    return renderParts(parts, (ref) => resolveLoadTimeRef(ref, path, ctx), true);
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, [...path, i], ctx));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, [...path, k], ctx);
    return out;
  }
  return value;
}

function resolveLoadTimeRef(
  ref: TemplateRef,
  path: PathSegment[],
  ctx: InterpolationContext,
): { found: true; value: unknown } | { found: false } {
  if (ref.scope === 'env') {
    const name = ref.path.join('.');
    if (ref.path.length !== 1) {
      ctx.at(path, `${ref.raw}: write \${env.NAME} with one variable name`);
      return { found: true, value: '' };
    }
    const value = ctx.env[name];
    if (value === undefined) {
      ctx.unsetEnv(path, `${ref.raw}: environment variable ${name} is not set (set it in the environment or in .env)`);
      return { found: true, value: '' };
    }
    if (SECRET_ENV_NAME.test(name) && !ADDRESS_ENV_NAME.test(name)) ctx.redactor.add(value);
    return { found: true, value };
  }
  if (ref.scope === 'vars') {
    if (!ctx.vars) {
      ctx.at(path, `${ref.raw}: a variable cannot reference another variable; use \${env.NAME} or a literal`);
      return { found: true, value: '' };
    }
    const value = lookupRef({ vars: ctx.vars }, ref);
    if (value === undefined) {
      const known = Object.keys(ctx.vars);
      ctx.at(
        path,
        `${ref.raw}: unknown variable "${ref.path.join('.')}"; ${known.length ? `defined vars: ${known.join(', ')}` : 'no vars are defined'} (add it under vars: or pass --var ${ref.path[0] ?? 'name'}=value)`,
      );
      return { found: true, value: '' };
    }
    return { found: true, value };
  }
  if (ref.scope === 'secrets') {
    const name = ref.path.join('.');
    if (!ctx.secrets) {
      ctx.at(path, `${ref.raw}: a secret provider cannot use another secret`);
      return { found: true, value: '' };
    }
    if (!(name in ctx.secrets)) {
      const known = Object.keys(ctx.secrets);
      ctx.at(
        path,
        `${ref.raw}: unknown secret "${name}"; ${known.length ? `defined secrets: ${known.join(', ')}` : 'no secrets are defined (add it under secrets:)'}`,
      );
      return { found: true, value: '' };
    }
    return { found: true, value: ctx.secrets[name] };
  }
  if ((RUNTIME_SCOPES as readonly string[]).includes(ref.scope)) return { found: false };
  ctx.at(path, `${ref.raw}: unknown scope "${ref.scope}"; known scopes: ${KNOWN_SCOPES.join(', ')}`);
  return { found: true, value: '' };
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function addSecretAt(redactor: Redactor, data: unknown, pointer: string): void {
  let value: unknown = data;
  for (const seg of pointerToPath(pointer, data)) {
    if (value === null || typeof value !== 'object') return;
    value = (value as Record<string | number, unknown>)[seg];
  }
  if (typeof value === 'string') redactor.add(value);
}

const schemaCache = new Map<string, JsonSchema>();

/** The engine's schema with `connections.*.type` limited to the registered connector names. */
export function pipelineSchemaFor(connectorNames: readonly string[]): JsonSchema {
  const key = connectorNames.join(',');
  let schema = schemaCache.get(key);
  if (!schema) {
    const copy = structuredClone(PIPELINE_SCHEMA) as unknown as JsonSchema & { $id?: string };
    delete copy.$id;
    const entry = copy.properties!.connections!.additionalProperties as JsonSchema;
    entry.properties!.type = { ...entry.properties!.type, enum: [...connectorNames] };
    schema = copy;
    schemaCache.set(key, schema);
  }
  return schema;
}

const blockSchemas = new WeakMap<JsonSchema, JsonSchema>();

function connectionBlockSchema(definition: AnyConnectorDefinition): JsonSchema {
  let schema = blockSchemas.get(definition.connectionSchema);
  if (!schema) {
    schema = {
      ...definition.connectionSchema,
      properties: { type: { type: 'string' }, ...definition.connectionSchema.properties },
    };
    blockSchemas.set(definition.connectionSchema, schema);
  }
  return schema;
}

function withConnectionKey(streamSchema: JsonSchema): JsonSchema {
  let schema = blockSchemas.get(streamSchema);
  if (!schema) {
    schema = { ...streamSchema, properties: { connection: { type: 'string' }, ...streamSchema.properties } };
    blockSchemas.set(streamSchema, schema);
  }
  return schema;
}

function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The environment a pipeline sees: `base` (process env), plus `.env` files for what it does not set. */
export function loadEnvironment(
  pipelineDir: string,
  dotenv: boolean,
  base: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  if (dotenv) {
    const files = [join(pipelineDir, '.env'), join(process.cwd(), '.env')];
    for (const file of [...new Set(files)]) {
      if (!existsSync(file)) continue;
      Object.assign(env, parseEnv(readFileSync(file, 'utf8')));
    }
  }
  return { ...env, ...base };
}

/** Reads one `secrets:` entry from its provider: an environment variable, a file, or a command's output. */
function resolveSecret(
  name: string,
  def: Record<string, unknown>,
  env: Record<string, string | undefined>,
  baseDir: string,
  resolve: boolean,
  report: (message: string, unsetEnv?: boolean) => void,
): string | undefined {
  if (!def || typeof def !== 'object') return undefined;
  if (typeof def.env === 'string') {
    const value = env[def.env];
    if (value === undefined) report(`environment variable ${def.env} is not set`, true);
    return value;
  }
  if (!resolve) return `<secret ${name}>`;
  if (typeof def.file === 'string') {
    try {
      return readFileSync(isAbsolute(def.file) ? def.file : join(baseDir, def.file), 'utf8').trim();
    } catch (error) {
      report(`cannot read the secret file ${def.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return undefined;
    }
  }
  if (typeof def.command === 'string') {
    try {
      // The command is trusted configuration (like a cron line); its output is the secret.
      return execSync(def.command, {
        cwd: baseDir,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 30_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '')
        .trim()
        .split('\n')[0];
      report(`the secret command failed${stderr ? `: ${stderr}` : ''}`);
      return undefined;
    }
  }
  return undefined;
}
