import { createConsola, type ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { renderRuntime } from '../config/template.js';
import type { Connection } from '../connector/connector.js';
import { describeError } from '../errors.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import { connectEndpoint } from './_connect.js';
import type { EndpointPlan, StepNode } from '../plan/plan-types.js';
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
  /** One read per connection that is read from: a stream's source, a join's or a partition's records, a discover. */
  const reads = new Map<string, { name: string; options: Readonly<Record<string, unknown>>; cursor: unknown }>();
  const add = (e: EndpointPlan | undefined) => e && !endpoints.has(e.connection) && endpoints.set(e.connection, e);
  const addRead = (e: EndpointPlan, name: string, cursor?: unknown) => {
    add(e);
    if (!reads.has(e.connection)) reads.set(e.connection, { name, options: e.options, cursor });
  };
  const joins = (steps: readonly StepNode[], name: string) => {
    for (const step of steps) if (step.kind === 'join') addRead(step.from.source, `${name} (join)`);
  };
  for (const stream of plan.streams) {
    if (!stream.partitions) addRead(stream.source, stream.name, stream.incremental?.initial);
  }
  for (const stream of plan.streams) {
    add(stream.source);
    add(stream.sink);
    joins(stream.steps, stream.name);
    for (const extra of stream.also) {
      add(extra.sink);
      joins(extra.steps, stream.name);
    }
    if (stream.partitions?.kind === 'parents') addRead(stream.partitions.from.source, `${stream.name} (parents)`);
  }
  for (const d of plan.discoveries) addRead(d.source, `discover ${d.name}`);
  if (plan.tenants?.from.kind === 'source') addRead(plan.tenants.from.source, 'tenants');
  add(plan.tenants?.writeBack?.connection);
  add(plan.afterRun?.connection);

  const results: ConnectionCheck[] = [];
  for (const endpoint of endpoints.values()) {
    const started = Date.now();
    const check = (ok: boolean, detail: string) =>
      results.push({
        connection: endpoint.connection,
        type: endpoint.connector.name,
        ok,
        detail: pipeline.redactor.redact(detail),
        durationMs: Date.now() - started,
      });
    if (JSON.stringify(endpoint.connectionOptions).includes('${tenant')) {
      check(true, 'not tested: its options depend on the tenant (try: run --tenant <id> --dry-run --limit 1)');
      continue;
    }
    let connection: Connection | undefined;
    try {
      connection = await connectEndpoint(endpoint, { pipeline, state: options.state, logger, signal, scopes });
      const parts: string[] = [];
      if (connection.check) parts.push(await connection.check());
      const read = reads.get(endpoint.connection);
      if (read && connection.read) {
        const cursor = read.cursor;
        const streamScopes = { ...scopes, stream: { name: read.name }, cursor };
        for await (const page of connection.read(read.options, {
          stream: read.name,
          cursor,
          limit: 1,
          signal,
          logger,
          render: (value) => renderRuntime(value, streamScopes),
          incomplete: () => undefined,
        })) {
          parts.push(
            `${page.description ?? read.name}: ${page.records.length} record${page.records.length === 1 ? '' : 's'} in the first page`,
          );
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
