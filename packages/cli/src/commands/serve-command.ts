import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describeError } from '@syncengine/engine';
import type { CliIo } from '../output/cli-io.js';
import { SYSTEM_CLOCK } from '../ops/clock.js';
import { createControlPlane } from '../ops/control-plane.js';
import { openOpsRuntime, untilAborted, type OpsCommandOptions } from '../ops/ops-runtime.js';
import { OpsConfigError } from '../ops/ops-pipeline.js';
import { createServedQueries, type ServedQueries } from '../ops/query-routes.js';
import { createScheduler } from '../ops/scheduler.js';
import { UsageError } from './usage-error.js';

/** Environment variable that holds the API token unless `--token-env` names another. */
export const DEFAULT_TOKEN_ENV = 'SYNCENGINE_API_TOKEN';

/** Options of `syncengine serve`, as cac parses them. */
export interface ServeCommandOptions extends OpsCommandOptions {
  port?: string | number;
  host?: string;
  /** Also run the scheduler in this process. */
  schedule?: boolean;
  /** Name of the environment variable with the API token. */
  tokenEnv?: string;
}

/**
 * `syncengine serve <pipelines...>`: the control-plane HTTP API (and, with `--schedule`, the
 * scheduler) until SIGINT or SIGTERM aborts `signal`; then it stops accepting runs, lets running
 * runs finish their current batch and closes. Exit 2 without an API token or for invalid input.
 */
export async function serveCommand(files: string[], options: ServeCommandOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  const tokenEnv = options.tokenEnv ?? DEFAULT_TOKEN_ENV;
  const token = io.env[tokenEnv]?.trim();
  if (!token)
    throw new UsageError(
      `serve needs an API token: set ${tokenEnv}${options.tokenEnv ? '' : ' (or name another variable with --token-env)'}; every endpoint but /health requires it`,
    );
  if (token.length < 16) throw new UsageError(`${tokenEnv} is too short: use at least 16 characters (e.g. openssl rand -hex 32)`);
  const port = Number(options.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${String(options.port)}: must be a port number`);
  const host = options.host ?? '127.0.0.1';

  const runtime = await openOpsRuntime(files, options, io);
  if (typeof runtime === 'number') return runtime;
  const { logger } = runtime;
  runtime.redactor.add(token);
  let app;
  let queries: ServedQueries | undefined;
  try {
    queries = createServedQueries(runtime.pipelines, logger);
    app = createControlPlane({
      queries,
      pipelines: runtime.pipelines,
      queue: runtime.queue,
      metrics: runtime.metrics,
      logBook: runtime.logBook,
      token,
      retryAfterMs: runtime.retryAfterMs,
      logger,
      // The CLI's clock (tests pass a fixed one): webhook timestamps and due times are judged by it.
      ...(io.now ? { clock: { ...SYSTEM_CLOCK, now: io.now } } : {}),
    });
  } catch (error) {
    io.stderr.write(`error ${describeError(error)}\n`);
    await runtime.close();
    return error instanceof OpsConfigError ? 2 : 1;
  }

  const server = serve({ fetch: app.fetch, port, hostname: host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    io.stderr.write(`error cannot listen on ${host}:${port}: ${describeError(error)}\n`);
    await runtime.close();
    return 1;
  }
  const address = server.address() as AddressInfo;
  logger.info(
    `listening on http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port} (${runtime.pipelines.list.map((p) => p.name).join(', ')})`,
  );
  const scheduler = options.schedule
    ? createScheduler({
        pipelines: runtime.pipelines,
        queue: runtime.queue,
        checkEveryMs: runtime.checkEveryMs,
        retryAfterMs: runtime.retryAfterMs,
        logger,
        ...(io.now ? { clock: { ...SYSTEM_CLOCK, now: io.now } } : {}),
      })
    : undefined;
  scheduler?.start();

  await untilAborted(signal);
  logger.info('stopping: no new runs; running runs finish their current batch and save their state');
  await scheduler?.stop();
  await runtime.queue.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
  await queries.close();
  await runtime.close();
  logger.info('stopped');
  return 0;
}
