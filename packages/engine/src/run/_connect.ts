import type { ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { renderRuntime } from '../config/template.js';
import { NO_METRICS, type Connection, type MetricsRecorder, type SharedRateBudgets } from '../connector/connector.js';
import type { EndpointPlan } from '../plan/plan-types.js';
import type { ApiCacheStore } from '../state/api-cache-store.js';
import type { StateStore } from '../state/state-store.js';

/** What opening a connection needs from the run. */
export interface ConnectOptions {
  pipeline: Pipeline;
  state: StateStore;
  logger: ConsolaInstance;
  signal: AbortSignal;
  /** Scopes the connection's options may use, e.g. `${tenant.shop}`. */
  scopes: Readonly<Record<string, unknown>>;
  /** The tenant whose stored values and crosswalk the connection sees. */
  tenant?: string;
  metrics?: MetricsRecorder;
  /** Request budgets shared with other processes. */
  rateBudgets?: SharedRateBudgets;
  /** A dry run: the response cache is read, never written. */
  dryRun?: boolean;
}

/** The state store namespace of a connection's stored values and response cache: `connection:<pipeline>:[<tenant>:]<name>`. */
export function connectionNamespace(pipeline: string, connection: string, tenant?: string): string {
  return `connection:${pipeline}:${tenant ? `${tenant}:` : ''}${connection}`;
}

/**
 * Opens the connection behind an endpoint: its options rendered with the run's scopes, a logger
 * tagged with connector and name, and the pipeline's (and tenant's) key-value store and crosswalk.
 * The one place connections are opened, for runs, tenant lists, statements and `check`.
 */
export function connectEndpoint(endpoint: EndpointPlan, options: ConnectOptions): Promise<Connection> {
  const { pipeline, state, tenant } = options;
  const namespace = connectionNamespace(pipeline.name, endpoint.connection, tenant);
  const cache = state.apiCache?.(namespace);
  return endpoint.connector.connect(renderRuntime(endpoint.connectionOptions, options.scopes), {
    connectionName: endpoint.connection,
    logger: options.logger.withTag(`${endpoint.connector.name}:${endpoint.connection}`),
    redactor: pipeline.redactor,
    baseDir: pipeline.baseDir,
    store: state.kv(namespace),
    ...(cache ? { responseCache: options.dryRun ? readOnly(cache) : cache } : {}),
    crosswalk: state.crosswalk(tenant ?? ''),
    signal: options.signal,
    metrics: options.metrics ?? NO_METRICS,
    ...(options.rateBudgets ? { rateBudgets: options.rateBudgets } : {}),
  });
}

/** A cache a dry run may read: it stores nothing and drops nothing. */
function readOnly(cache: ApiCacheStore): ApiCacheStore {
  return { get: (key, now) => cache.get(key, now), put: async () => {}, invalidate: async () => 0, purge: async () => 0 };
}
