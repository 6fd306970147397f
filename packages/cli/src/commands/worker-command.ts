import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CliIo } from '../output/cli-io.js';
import { openOpsRuntime, untilAborted, type OpsCommandOptions } from '../ops/ops-runtime.js';
import { createWorker } from '../queue/create-worker.js';
import { describeQueueUrl } from '../queue/unit-job.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine worker`, as cac parses them. */
export interface WorkerCommandOptions extends OpsCommandOptions {
  /** Units run at once. */
  concurrency?: string | number;
  /** Serve Prometheus metrics on this port (`/metrics`). */
  metricsPort?: string | number;
  /** Address of the metrics endpoint. */
  host?: string;
}

/**
 * `syncengine worker <pipelines...> --queue redis://...`: takes units of work from the queue and
 * runs them until SIGINT or SIGTERM aborts `signal`; then it takes no new unit, stops the running
 * ones after their current batch (committed batches stay, the rest goes back to the queue) and exits 0.
 */
export async function workerCommand(files: string[], options: WorkerCommandOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  if (!options.queue) throw new UsageError('worker needs --queue redis://host:port: the queue it takes units from');
  const concurrency = Number(options.concurrency ?? 1);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`--concurrency ${String(options.concurrency)}: must be a whole number of at least 1`);
  }
  const metricsPort = options.metricsPort === undefined ? undefined : Number(options.metricsPort);
  if (metricsPort !== undefined && !(Number.isInteger(metricsPort) && metricsPort >= 0 && metricsPort <= 65535)) {
    throw new UsageError(`--metrics-port ${String(options.metricsPort)}: must be a port number`);
  }
  // The worker runs units itself: it opens no producer queue.
  const runtime = await openOpsRuntime(files, { ...options, queue: undefined }, io);
  if (typeof runtime === 'number') return runtime;
  const { logger } = runtime;
  if (new URL(options.queue).password) runtime.redactor.add(decodeURIComponent(new URL(options.queue).password));
  const worker = createWorker({
    url: options.queue,
    ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
    pipelines: runtime.pipelines,
    engine: runtime.engine,
    concurrency,
    lockTtlMs: runtime.lockTtlMs,
    logger,
    metrics: runtime.metrics,
  });
  const server =
    metricsPort === undefined
      ? undefined
      : createServer((req, res) => {
          if (req.url !== '/metrics') return void res.writeHead(404).end('not found\n');
          void worker.counts().finally(() => {
            res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(runtime.metrics.render());
          });
        });
  if (server) {
    await new Promise<void>((resolve) => server.listen(metricsPort, options.host ?? '127.0.0.1', resolve));
    logger.info(`metrics on http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}/metrics`);
  }
  logger.info(
    `worker ${worker.name} takes units of ${runtime.pipelines.list.map((p) => p.name).join(', ')} from ${describeQueueUrl(options.queue)} (concurrency ${concurrency})`,
  );
  await untilAborted(signal);
  logger.info('stopping: no new units; running units stop after their current batch and go back to the queue');
  await worker.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await runtime.close();
  logger.info('stopped');
  return 0;
}
