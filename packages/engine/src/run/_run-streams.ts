import type { ConsolaInstance } from 'consola';
import type { StreamPlan } from '../plan/plan-types.js';
import { emptyStreamResult, type StreamResult } from './run-events.js';

/** What running a run's streams needs. */
export interface RunStreamsContext {
  /** Every stream is skipped (a `discover` request failed). */
  readonly skipAll: boolean;
  readonly signal: AbortSignal;
  readonly logger: ConsolaInstance;
  run(stream: StreamPlan): Promise<StreamResult>;
}

/**
 * Runs the streams of a run, up to `stream_concurrency` at a time: each takes a turn in plan
 * order, then waits for the streams in its `after` list and is skipped unless they all succeeded.
 * With one at a time (the default) the streams run one after another in plan order. Results come
 * back in plan order.
 */
export async function runStreams(
  plan: { readonly streams: readonly StreamPlan[]; readonly streamConcurrency: number },
  ctx: RunStreamsContext,
): Promise<StreamResult[]> {
  const finished = new Map<string, Promise<StreamResult>>();
  const turns = createTurns(plan.streamConcurrency);
  for (const stream of plan.streams) {
    finished.set(
      stream.name,
      // Turns are taken in plan order, before waiting for `after`: streams earlier in the plan never wait behind later ones.
      turns.take(async () => {
        const before = await Promise.all(stream.after.map((name) => finished.get(name) ?? Promise.resolve(undefined)));
        if (ctx.skipAll || ctx.signal.aborted) return emptyStreamResult(stream.name, 'skipped');
        const blocked = stream.after.filter((_, i) => before[i] && before[i]!.status !== 'succeeded');
        if (blocked.length) {
          // Items before purchase orders: a PO stream must not run on a half-copied item set.
          const reason = `not run: it runs after ${blocked.join(', ')}, which did not succeed`;
          ctx.logger.warn(`stream ${stream.name} ${reason}`);
          return { ...emptyStreamResult(stream.name, 'skipped'), error: reason };
        }
        return ctx.run(stream);
      }),
    );
  }
  return Promise.all(plan.streams.map((stream) => finished.get(stream.name)!));
}

/** At most `limit` tasks at once, started in the order they were handed in. */
function createTurns(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async take<T>(task: () => Promise<T>): Promise<T> {
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      running += 1;
      try {
        return await task();
      } finally {
        running -= 1;
        waiting.shift()?.();
      }
    },
  };
}
