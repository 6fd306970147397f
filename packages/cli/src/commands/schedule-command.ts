import type { CliIo } from '../output/cli-io.js';
import { openOpsRuntime, untilAborted, type OpsCommandOptions } from '../ops/ops-runtime.js';
import { SYSTEM_CLOCK } from '../ops/clock.js';
import { createScheduler } from '../ops/scheduler.js';

/** Options of `syncengine schedule`, as cac parses them. */
export type ScheduleCommandOptions = OpsCommandOptions;

/**
 * `syncengine schedule <pipelines...>`: runs each pipeline (or tenant) when it is due until SIGINT
 * or SIGTERM aborts `signal`; then the running runs stop after their current batch, save their
 * state, and the command returns 0. Exit 2 for an invalid pipeline or option.
 */
export async function scheduleCommand(files: string[], options: ScheduleCommandOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  const runtime = await openOpsRuntime(files, options, io);
  if (typeof runtime === 'number') return runtime;
  const { logger } = runtime;
  const scheduler = createScheduler({
    pipelines: runtime.pipelines,
    queue: runtime.queue,
    checkEveryMs: runtime.checkEveryMs,
    retryAfterMs: runtime.retryAfterMs,
    logger,
    // The CLI's clock (tests pass a fixed one): due times are judged by it; the queue's runs use it too.
    ...(io.now ? { clock: { ...SYSTEM_CLOCK, now: io.now } } : {}),
  });
  logger.info(`scheduling ${runtime.pipelines.list.map((p) => p.name).join(', ')} (lock holder ${runtime.queue.holder})`);
  scheduler.start();
  await untilAborted(signal);
  logger.info('stopping: running runs finish their current batch and save their state');
  await scheduler.stop();
  await runtime.close();
  logger.info('stopped');
  return 0;
}
