import { SyncError } from '../errors.js';
import { forEachConcurrently } from './_channel.js';
import type { StreamSession } from './_stream-session.js';
import { maxCursor } from './cursor.js';
import type { PartitionDispatcher } from './partition-dispatch.js';
import type { RunStrategy, StreamResult } from './run-events.js';
import type { UnitsContext, WorkUnit } from './work-unit.js';
import { streamUnits } from './work-unit.js';

/** The counts a partition adds to its stream's result. */
const COUNTS = [
  'recordsRead',
  'recordsWritten',
  'recordsRejected',
  'recordsFiltered',
  'inserted',
  'updated',
  'skipped',
  'pages',
  'batches',
] as const;

/**
 * Whether this run hands the stream's partitions to `RunOptions.partitionDispatcher`: a partitioned
 * stream read from its cursor or from the start, whose writers can be shared between processes,
 * outside dry runs, `--limit`, `--since`, replays and ids runs.
 */
export function dispatchesPartitions(session: StreamSession, strategy: RunStrategy): boolean {
  const { plan, ctx } = session;
  return (
    ctx.dispatcher !== undefined &&
    ctx.partition === undefined &&
    plan.partitions !== undefined &&
    strategy !== 'ids' &&
    !ctx.replay &&
    !ctx.dryRun &&
    ctx.limit === undefined &&
    ctx.since === undefined &&
    session.outputs.shareable()
  );
}

/**
 * Hands the stream's partitions out, in order, up to `partitions.concurrency` at a time, and adds
 * each one's counts to the stream's result as it finishes. A partition that failed stops the hand-out
 * (those already handed out finish on their own) and fails the stream.
 */
export async function dispatchPartitions(
  session: StreamSession,
  strategy: RunStrategy,
  dispatcher: PartitionDispatcher,
  units: UnitsContext,
): Promise<void> {
  const { plan, ctx, result } = session;
  ctx.emit({ type: 'stream_started', runId: ctx.runId, stream: plan.name, cursor: undefined });
  let position = 0;
  const numbered = (async function* () {
    for await (const unit of streamUnits(plan, strategy, units)) yield { unit, position: position++ };
  })();
  let handedOut = 0;
  await forEachConcurrently(
    numbered,
    plan.partitionConcurrency,
    async ({ unit, position: at }: { unit: WorkUnit; position: number }) => {
      const partition = unit.partition!;
      handedOut += 1;
      const outcome = await dispatcher.run(
        {
          stream: plan.name,
          key: partition.key,
          value: partition.value,
          ...(partition.parent ? { parent: partition.parent } : {}),
          strategy,
          discovered: ctx.discovered,
          runStartedAt: ctx.runStartedAt,
        },
        session.halt.signal,
      );
      add(result, outcome, at === 0);
      ctx.logger.debug(`partition ${partition.key}: ${outcome.status} elsewhere (${outcome.recordsWritten} records written)`);
      if (outcome.status === 'succeeded') return;
      const error = new SyncError(
        outcome.status === 'aborted' ? 'ABORTED' : 'SOURCE_FAILED',
        `partition ${partition.key}: ${outcome.error ?? outcome.status}`,
      );
      session.halt.abort(error);
      throw error;
    },
    () => session.halt.signal.aborted,
  );
  ctx.logger.info(`stream ${plan.name}: ${handedOut} partition${handedOut === 1 ? '' : 's'} ran on workers`);
}

function add(result: StreamResult, outcome: StreamResult, first: boolean): void {
  for (const count of COUNTS) result[count] += outcome[count];
  if (first) result.cursorBefore = outcome.cursorBefore;
  result.cursorAfter = maxCursor(result.cursorAfter, outcome.cursorAfter);
}
