/** Helpers shared by the HTTP source suites: pipelines around one source block, and reading what a dry run wrote. */
import { createConsola, type ConsolaInstance, type LogObject } from 'consola';
import {
  createSqliteStateStore,
  NO_METRICS,
  renderRuntime,
  type Connection,
  type MetricsRecorder,
  type SourcePage,
  type StateStore,
  type SyncRecord,
} from '@syncengine/engine';
import type { HttpConnectionConfig, HttpSourceOptions } from '../src/index.js';
import { engine, runYaml } from './_run.js';

/** Indents a YAML block by `spaces`. */
export const indent = (text: string, spaces: number) =>
  text
    .trim()
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n');

/** A pipeline with one http connection `api` and one stream `items` that reads from it into stdout. */
export function httpPipeline(connection: string, source: string, stream = ''): string {
  return `version: 1
name: http_conformance
connections:
  api:
    type: http
${indent(connection, 4)}
  out: { type: stdout }
streams:
  items:
    source:
      connection: api
${indent(source, 6)}
${stream ? indent(stream, 4) : ''}
    sink: { connection: out }
`;
}

/** The records a dry run printed. */
export function written(output: string): SyncRecord[] {
  return output
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { record: SyncRecord }).record);
}

/** Runs a pipeline as a dry run and returns its result, the records it read, and the warnings it logged. */
export async function dryRun(yaml: string, options: Parameters<typeof runYaml>[1] = {}) {
  const { logger, logs } = capturingLogger();
  const run = await runYaml(yaml, { dryRun: true, logger, ...options });
  return {
    ...run,
    records: written(run.output),
    warnings: logs.filter((l) => l.type === 'warn').map((l) => String(l.args.join(' '))),
    logs,
  };
}

/** A consola logger that keeps every log object instead of printing it. */
export function capturingLogger(): { logger: ConsolaInstance; logs: LogObject[] } {
  const logs: LogObject[] = [];
  const logger = createConsola({ level: 5, reporters: [{ log: (entry) => logs.push(entry) }] });
  return { logger, logs };
}

/**
 * Opens the `api` connection of a pipeline directly, so a test can run several reads of it at once
 * (the engine runs streams one after another). `read(stream)` collects all pages of a stream.
 */
export async function connectApi(yaml: string, options: { state?: StateStore; metrics?: MetricsRecorder } = {}) {
  const pipeline = await engine.parse(yaml, { file: 'test.yaml', baseDir: '/tmp' }, { env: {} });
  const definition = pipeline.definition;
  const { type: _type, ...config } = definition.connections!.api as unknown as HttpConnectionConfig & { type: string };
  const connector = pipeline.connectors.get('http')!;
  const state = options.state ?? (await createSqliteStateStore({ path: ':memory:' }));
  const { logger, logs } = capturingLogger();
  const controller = new AbortController();
  const context = {
    connectionName: 'api',
    logger,
    redactor: pipeline.redactor,
    baseDir: '/tmp',
    store: state.kv('connection:test:api'),
    crosswalk: state.crosswalk(),
    signal: controller.signal,
    metrics: options.metrics ?? NO_METRICS,
  };
  const connection = (await connector.connect(config, context)) as Connection<HttpSourceOptions>;
  const read = async (stream: string, scopes: Record<string, unknown> = {}): Promise<SyncRecord[]> => {
    const { connection: _c, ...options } = definition.streams[stream]!.source as unknown as HttpSourceOptions & { connection: string };
    const pages: SourcePage[] = [];
    for await (const page of connection.read!(options, {
      stream,
      cursor: scopes.cursor,
      limit: undefined,
      signal: controller.signal,
      logger,
      render: (value) => renderRuntime(value, scopes),
      incomplete: (reason) => logger.warn(`the read stopped early (${reason})`),
    })) {
      pages.push(page);
    }
    return pages.flatMap((p) => p.records);
  };
  return { read, logs, redactor: pipeline.redactor, abort: () => controller.abort() };
}
