import { basename, dirname, extname, resolve } from 'node:path';
import type { Document } from 'yaml';
import type { AnyConnectorDefinition, ConnectorRegistry } from '../connector/connector.js';
import { PipelineConfigError, type ConfigIssue } from '../errors.js';
import { createRedactor, type Redactor } from '../logging/redactor.js';
import { addSecretAt, checkConnectionTypes, checkConnectorBlocks } from './_check-connector-blocks.js';
import { checkReferences, type LoosePipeline } from './_check-references.js';
import { checkSelectionsAndQueries } from './_check-selections.js';
import { createConfigReporter, sortIssues, type ConfigReporter } from './_config-reporter.js';
import { formatAjvErrors } from './_format-ajv-errors.js';
import { interpolatePipeline, loadEnvironment } from './_interpolate-pipeline.js';
import { parseYaml } from './_parse-yaml.js';
import { LineCounter } from './_yaml.js';
import { checkPipelineText, readPipelineText } from './_read-pipeline-text.js';
import { describeYamlErrors } from './_yaml-errors.js';
import { expandTemplates } from './_expand-templates.js';
import { validateWithSecrets } from './_ajv.js';
import { formatPath, type PathSegment } from './_yaml-positions.js';
import { parseDatabaseUrl } from '../state/database-url.js';
import { PIPELINE_SCHEMA } from './pipeline-schema.js';
import type { PipelineDefinition } from './pipeline-types.generated.js';
import { PIPELINE_VALIDATORS } from './pipeline-validators.generated.js';

export { loadEnvironment } from './_interpolate-pipeline.js';
export { pipelineSchemaFor } from './_check-connector-blocks.js';

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
  const { doc, reporter } = parseDocument(text, source.file, options);
  // Aliases were checked (defined, not circular, bounded expansion), so the library's own cap is off.
  const data = doc.toJS({ maxAliasCount: -1 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    reporter.at([], 'a pipeline file must be a map with at least `version` and `streams`');
    throw new PipelineConfigError(reporter.issues);
  }
  const root = data as Record<string, unknown>;
  reporter.setOrigin(expandTemplates(root, reporter.atRef).origin);
  const redactor = createRedactor();
  /** JSON pointers of connector options the connector renders itself (`x-runtime-template`). */
  const runtimeTemplates = new Set<string>();
  interpolatePipeline(root, {
    env: loadEnvironment(source.baseDir, options.dotenv ?? true, options.env ?? process.env),
    baseDir: source.baseDir,
    vars: options.vars ?? {},
    resolveSecrets: options.resolveSecrets ?? true,
    unsetEnv: options.unsetEnv ?? 'error',
    redactor,
    reporter,
  });

  // The engine's schema, then each connector's schema for its blocks, then what refers to what.
  const base = validateWithSecrets(PIPELINE_SCHEMA, root, PIPELINE_VALIDATORS);
  const errors = [...base.errors, ...checkConnectionTypes(root, Object.keys(registry).sort())];
  for (const problem of formatAjvErrors(errors, root)) reporter.atSchema(problem.path, problem.message, problem.atKey);
  const blocks = await checkConnectorBlocks(root, { registry, reporter, redactor, runtimeTemplates });
  checkReferences(root as LoosePipeline, { reporter, checkEndpoint: blocks.checkEndpoint, connections: blocks.connections });
  checkSelectionsAndQueries(root, { reporter, ...blocks });

  for (const pointer of base.secrets) addSecretAt(redactor, root, pointer);
  checkStateLocation(root, source.baseDir, reporter, redactor);
  for (const warning of sortIssues(reporter.warnings)) options.onWarning?.(warning);
  // A message may quote a value; never let a secret out through it.
  if (reporter.issues.length)
    throw new PipelineConfigError(sortIssues(reporter.issues).map((i) => ({ ...i, message: redactor.redact(i.message) })));
  return Object.freeze({
    name: typeof root.name === 'string' ? root.name : (source.name ?? 'pipeline'),
    file: source.file,
    baseDir: source.baseDir,
    definition: root as unknown as PipelineDefinition,
    redactor,
    connectors: blocks.connectors,
    runtimeTemplates,
  });
}

/** Reads the YAML text into a document; throws on size, syntax and YAML-level problems. */
function parseDocument(text: string, file: string, options: LoadPipelineOptions): { doc: Document; reporter: ConfigReporter } {
  const bad = checkPipelineText(text);
  if (bad) throw new PipelineConfigError([{ file, line: bad.line, column: bad.column, path: '', message: bad.message }]);
  const lineCounter = new LineCounter();
  const parsed = parseYaml(text, lineCounter);
  const issues: ConfigIssue[] = [];
  const atOffset = (problem: { offset: number; path: PathSegment[]; message: string }) => {
    const pos = lineCounter.linePos(problem.offset);
    issues.push({ file, line: pos.line, column: pos.col, path: formatPath(problem.path), message: problem.message });
  };
  if (!parsed.doc) {
    parsed.problems.forEach(atOffset);
    throw new PipelineConfigError(issues);
  }
  describeYamlErrors([...parsed.doc.errors, ...parsed.doc.warnings], text, parsed.doc, lineCounter).forEach(atOffset);
  parsed.problems.forEach(atOffset);
  if (issues.length) throw new PipelineConfigError(sortIssues(issues));
  return { doc: parsed.doc, reporter: createConfigReporter(file, parsed.doc, lineCounter, options.unsetEnv ?? 'error') };
}

/** `state:` must parse as a store location; the password of a URL is masked from here on. */
function checkStateLocation(root: Record<string, unknown>, baseDir: string, reporter: ConfigReporter, redactor: Redactor): void {
  if (typeof root.state !== 'string' || !root.state) return;
  try {
    const location = parseDatabaseUrl(root.state, baseDir);
    if (location.dialect !== 'sqlite' && location.password) redactor.add(location.password);
  } catch (error) {
    reporter.at(['state'], redactor.redact((error as Error).message));
  }
}
