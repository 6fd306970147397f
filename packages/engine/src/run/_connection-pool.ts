import type { ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import type { Connection, MetricsRecorder, SharedRateBudgets } from '../connector/connector.js';
import { describeError, SyncError } from '../errors.js';
import type { EndpointPlan } from '../plan/plan-types.js';
import type { StateStore } from '../state/state-store.js';
import { connectEndpoint } from './_connect.js';

/** What opening a run's connections needs. */
export interface ConnectionPoolOptions {
  readonly state: StateStore;
  readonly logger: ConsolaInstance;
  readonly signal: AbortSignal;
  /** Scopes connection options may use (`${tenant.*}`, `${run.*}`, `${now}`). */
  readonly scopes: Record<string, unknown>;
  readonly tenant?: string | undefined;
  readonly metrics?: MetricsRecorder | undefined;
  /** Request budgets shared with other processes (across workers). */
  readonly rateBudgets?: SharedRateBudgets | undefined;
  /** Name the connection in a connect failure (`[http:crm] cannot connect: ...`). @default false */
  readonly nameFailures?: boolean;
  /** A dry run: connections read their response cache but write nothing to it. */
  readonly dryRun?: boolean;
}

/**
 * The connections of one run (or one batch of tenants): each opened once, on first use, shared by
 * everything that names it, and closed together at the end.
 */
export function createConnectionPool(pipeline: Pipeline, options: ConnectionPoolOptions) {
  const connections = new Map<string, Promise<Connection>>();
  const open = (endpoint: EndpointPlan): Promise<Connection> => {
    let connection = connections.get(endpoint.connection);
    if (!connection) {
      connection = connectEndpoint(endpoint, {
        pipeline,
        state: options.state,
        logger: options.logger,
        signal: options.signal,
        scopes: options.scopes,
        ...(options.tenant !== undefined ? { tenant: options.tenant } : {}),
        ...(options.metrics ? { metrics: options.metrics } : {}),
        ...(options.rateBudgets ? { rateBudgets: options.rateBudgets } : {}),
        ...(options.dryRun ? { dryRun: true } : {}),
      });
      if (options.nameFailures) {
        const tag = `${endpoint.connector.name}:${endpoint.connection}`;
        connection = connection.catch((error: unknown) => {
          throw new SyncError('SOURCE_FAILED', `[${tag}] cannot connect: ${pipeline.redactor.redact(describeError(error))}`, {
            cause: error,
          });
        });
      }
      connections.set(endpoint.connection, connection);
    }
    return connection;
  };
  const close = async () => {
    for (const connection of connections.values()) {
      try {
        await (await connection).close?.();
      } catch (error) {
        options.logger.debug(`closing a connection failed: ${pipeline.redactor.redact(describeError(error))}`);
      }
    }
    connections.clear();
  };
  return { open, close };
}
