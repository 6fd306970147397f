import { createConsola, type ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { renderRuntime } from '../config/template.js';
import { NO_METRICS, type Connection } from '../connector/connector.js';
import { describeError } from '../errors.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import type { EndpointPlan, StreamPlan } from '../plan/plan-types.js';
import type { StateStore } from '../state/state-store.js';

/** What `syncengine check` found out about one connection. */
export interface ConnectionCheck {
  connection: string;
  /** Connector type. */
  type: string;
  ok: boolean;
  /** What was done and what came back, secrets masked. */
  detail: string;
  durationMs: number;
}

/** Options for `checkPipeline`. */
export interface CheckOptions {
  state: StateStore;
  logger?: ConsolaInstance;
  signal?: AbortSignal;
}

/**
 * Tests every connection of a pipeline without writing anything: opens it, lets the connector
 * prove its credentials (`Connection.check`), and for a source makes one real call (the first
 * page of its first stream, one record).
 */
export async function checkPipeline(pipeline: Pipeline, options: CheckOptions): Promise<ConnectionCheck[]> {
  const plan = planPipeline(pipeline);
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const signal = options.signal ?? new AbortController().signal;
  const now = new Date().toISOString();
  const scopes = { now, run: { id: 'check', started_at: now } };

  const endpoints = new Map<string, EndpointPlan>();
  const firstStream = new Map<string, StreamPlan>();
  const add = (e: EndpointPlan | undefined) => e && !endpoints.has(e.connection) && endpoints.set(e.connection, e);
  for (const stream of plan.streams) {
    add(stream.source);
    if (!firstStream.has(stream.source.connection)) firstStream.set(stream.source.connection, stream);
    add(stream.sink);
    for (const extra of stream.also) add(extra.sink);
    if (stream.partitions?.kind === 'parents') add(stream.partitions.from.source);
  }
  for (const d of plan.discoveries) add(d.source);
  if (plan.tenants?.from.kind === 'source') add(plan.tenants.from.source);
  add(plan.tenants?.writeBack?.connection);
  add(plan.afterRun?.connection);

  const results: ConnectionCheck[] = [];
  for (const endpoint of endpoints.values()) {
    const started = Date.now();
    const check = (ok: boolean, detail: string) =>
      results.push({ connection: endpoint.connection, type: endpoint.connector.name, ok, detail: pipeline.redactor.redact(detail), durationMs: Date.now() - started });
    if (JSON.stringify(endpoint.connectionOptions).includes('${tenant')) {
      check(true, 'not tested: its options depend on the tenant (try: run --tenant <id> --dry-run --limit 1)');
      continue;
    }
    let connection: Connection | undefined;
    try {
      connection = await endpoint.connector.connect(renderRuntime(endpoint.connectionOptions, scopes), {
        connectionName: endpoint.connection,
        logger: logger.withTag(`${endpoint.connector.name}:${endpoint.connection}`),
        redactor: pipeline.redactor,
        baseDir: pipeline.baseDir,
        store: options.state.kv(`connection:${pipeline.name}:${endpoint.connection}`),
        crosswalk: options.state.crosswalk(),
        signal,
        metrics: NO_METRICS,
      });
      const parts: string[] = [];
      if (connection.check) parts.push(await connection.check());
      const stream = firstStream.get(endpoint.connection);
      if (stream && connection.read && !stream.partitions) {
        const cursor = stream.incremental?.initial;
        const streamScopes = { ...scopes, stream: { name: stream.name }, cursor };
        for await (const page of connection.read(stream.source.options, {
          stream: stream.name,
          cursor,
          limit: 1,
          signal,
          logger,
          render: (value) => renderRuntime(value, streamScopes),
          incomplete: () => undefined,
        })) {
          parts.push(`${page.description ?? `stream ${stream.name}`}: ${page.records.length} record${page.records.length === 1 ? '' : 's'} in the first page`);
          break;
        }
      }
      check(true, parts.length ? parts.join('; ') : 'connected');
    } catch (error) {
      check(false, describeError(error));
    } finally {
      await connection?.close?.().catch(() => undefined);
    }
  }
  return results;
}
