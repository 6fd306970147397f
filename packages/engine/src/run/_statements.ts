import type { ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { renderRuntime } from '../config/template.js';
import type { Connection } from '../connector/connector.js';
import { describeError, SyncError } from '../errors.js';
import type { StatementsPlan } from '../plan/plan-types.js';
import type { StateStore } from '../state/state-store.js';
import type { RunResult } from './run-events.js';
import { connectEndpoint } from './_connect.js';

/** The `${result.*}` scope of write-back and after-run statements. */
export function resultScope(result: RunResult, nextRunAt: string | null = null): Record<string, unknown> {
  const all = result.tenants?.length ? result.tenants.flatMap((t) => t.streams) : result.streams;
  return {
    status: result.status,
    error: result.error ?? null,
    error_class: result.errorClass ?? result.tenants?.find((t) => t.errorClass)?.errorClass ?? null,
    started_at: result.startedAt,
    finished_at: result.finishedAt,
    next_run_at: nextRunAt,
    records_read: all.reduce((n, s) => n + s.recordsRead, 0),
    records_written: all.reduce((n, s) => n + s.recordsWritten, 0),
    records_rejected: all.reduce((n, s) => n + s.recordsRejected, 0),
    inserted: all.reduce((n, s) => n + s.inserted, 0),
    updated: all.reduce((n, s) => n + s.updated, 0),
    unchanged: all.reduce((n, s) => n + s.skipped, 0),
    // Names, in run order, of the streams that ran (succeeded, failed or aborted); a skipped one did not.
    streams_run: [...new Set(all.filter((s) => s.status !== 'skipped').map((s) => s.stream))],
    streams_succeeded: [...new Set(all.filter((s) => s.status === 'succeeded').map((s) => s.stream))],
    trigger: result.trigger,
    strategy: result.strategy ?? null,
    selection: result.selection ?? null,
    run_id: result.runId,
    pipeline: result.pipeline,
    tenant: result.tenant ?? null,
  };
}

/**
 * Runs the success or failure statement of a plan through a connection that can execute
 * statements. Errors are logged, never thrown: a failed bookkeeping statement must not turn a
 * finished run into a failed one.
 */
export async function runStatement(
  plan: StatementsPlan,
  result: RunResult,
  scopes: Record<string, unknown>,
  connection: Connection,
  logger: ConsolaInstance,
  pipeline: Pipeline,
): Promise<void> {
  const statement = result.status === 'succeeded' ? plan.success : plan.failure;
  if (!statement) return;
  try {
    if (!connection.execute)
      throw new SyncError(
        'CONFIG_INVALID',
        `connection "${plan.connection.connection}" (${plan.connection.connector.name}) cannot run statements`,
      );
    await connection.execute(statement, { render: (value) => renderRuntime(value, scopes) });
  } catch (error) {
    logger.error(`statement on ${plan.connection.connection} failed: ${pipeline.redactor.redact(describeError(error))}`);
  }
}

/** `after_run`: opens the connection, runs the statement for how the run ended, closes it. */
export async function runAfterRun(
  pipeline: Pipeline,
  plan: StatementsPlan,
  result: RunResult,
  state: StateStore,
  logger: ConsolaInstance,
  signal: AbortSignal,
): Promise<void> {
  const endpoint = plan.connection;
  let connection: Connection | undefined;
  try {
    connection = await connectEndpoint(endpoint, { pipeline, state, logger, signal, scopes: { now: result.finishedAt } });
    const scopes = { now: result.finishedAt, run: { id: result.runId, started_at: result.startedAt }, result: resultScope(result) };
    await runStatement(plan, result, scopes, connection, logger, pipeline);
  } catch (error) {
    logger.error(`after_run: ${pipeline.redactor.redact(describeError(error))}`);
  } finally {
    await connection?.close?.().catch(() => undefined);
  }
}
