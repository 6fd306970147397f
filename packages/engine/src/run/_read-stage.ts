import type { SourcePage, SyncRecord } from '../connector/connector.js';
import { renderRuntime } from '../config/template.js';
import { describeError, SourceError, SyncError } from '../errors.js';
import type { Channel } from './_channel.js';
import { cacheIsUsable, createCacheWriter, readCache, teeIntoCache } from './_source-cache.js';
import type { StreamSession } from './_stream-session.js';
import type { WorkUnit } from './work-unit.js';

/** What the read stage of one unit shares with the stages after it. */
export interface ReadState {
  /** The source stopped before the end of the data (a loop guard): like --limit for the cursor. */
  truncated: boolean;
  /** Replayed records and the quarantine entries they came from. */
  readonly replayed: Map<SyncRecord, string>;
  /** Settles the source cache once the pages were consumed: kept when the read was whole, else discarded. */
  settleCache(whole: boolean): Promise<void>;
}

/** Where a unit's pages come from and how its request is rendered. */
export interface ReadInput {
  readonly unit: WorkUnit;
  readonly scopes: Readonly<Record<string, unknown>>;
  readonly startCursor: unknown;
  /** Aborted when the unit stops early: a running request is cancelled. */
  readonly signal: AbortSignal;
}

/**
 * The first stage: pulls pages from the quarantine (a replay), the source cache, or the source
 * (teed into a new cache file), and queues them for the transform stage. The queue's capacity is
 * how far reading runs ahead of writing. Never throws: a failure is queued after the pages before it.
 */
export function startReadStage(
  session: StreamSession,
  input: ReadInput,
  pages: Channel<SourcePage>,
): { state: ReadState; done: Promise<void> } {
  const { plan, ctx } = session;
  let cache: ReturnType<typeof createCacheWriter> | undefined;
  let cacheSettled = false;
  const state: ReadState = {
    truncated: false,
    replayed: new Map(),
    async settleCache(whole) {
      if (!cache || cacheSettled) return;
      cacheSettled = true;
      if (!whole || state.truncated || ctx.signal.aborted) await cache.discard();
      else {
        await cache.commit();
        ctx.logger.info(`wrote ${plan.cache!.path}`);
      }
    },
  };
  const done = (async () => {
    try {
      let fromCache = false;
      if (plan.cache && !ctx.replay && input.unit.strategy !== 'ids') {
        const check =
          input.unit.strategy === 'full' ? { usable: false, reason: 'strategy full' } : await cacheIsUsable(plan.cache, ctx.now());
        fromCache = check.usable;
        ctx.logger.info(fromCache ? `reading ${plan.cache.path} (cache)` : `reading the source: ${check.reason}`);
        if (!fromCache && !ctx.dryRun) cache = createCacheWriter(plan.cache, ctx.runId);
      }
      const source = ctx.replay
        ? replayPages(session, state.replayed)
        : fromCache
          ? readCache(plan.cache!)
          : cache
            ? teeIntoCache(sourcePages(session, input, state), cache)
            : sourcePages(session, input, state);
      // Pull a page only when the queue has room for it: no page waits outside the bound.
      const iterator = source[Symbol.asyncIterator]();
      try {
        while (await pages.ready()) {
          const step = await iterator.next();
          if (step.done) break;
          if (!(await pages.push(step.value))) break;
        }
      } finally {
        await iterator.return?.();
      }
      pages.end();
    } catch (error) {
      await state.settleCache(false);
      pages.fail(sourceFailure(session, input.unit, error));
    }
  })();
  return { state, done };
}

function sourcePages(session: StreamSession, input: ReadInput, state: ReadState): AsyncIterable<SourcePage> {
  const { plan, ctx, result } = session;
  const incremental = session.incremental;
  return session.source!.read!(session.sourceOptions, {
    stream: plan.name,
    cursor: input.startCursor,
    limit: ctx.limit === undefined ? undefined : Math.max(ctx.limit - result.recordsRead, 0),
    signal: input.signal,
    logger: ctx.logger.withTag(`source:${plan.source.connection}`),
    render: (value) => renderRuntime(value, input.scopes),
    readAhead: plan.readAhead,
    incomplete: (reason) => {
      state.truncated = true;
      ctx.logger.warn(
        `${plan.name}: the read stopped early (${reason})${incremental && !incremental.ordered ? '; the cursor is not moved' : ''}`,
      );
    },
  });
}

/** Open quarantined records of a stream, as pages; `replayed` maps each record to its quarantine id. */
async function* replayPages(session: StreamSession, replayed: Map<SyncRecord, string>): AsyncGenerator<SourcePage> {
  const { ctx, plan } = session;
  const entries = await ctx.state.quarantine.list({
    pipeline: ctx.pipeline.name,
    stream: plan.name,
    tenant: ctx.tenant?.id ?? '',
    status: 'open',
    ...(ctx.replay?.ids ? { ids: [...ctx.replay.ids] } : {}),
    limit: 1_000_000,
  });
  for (let i = 0; i < entries.length; i += REPLAY_PAGE) {
    const records = entries.slice(i, i + REPLAY_PAGE).map((entry) => {
      replayed.set(entry.record, entry.id);
      return entry.record;
    });
    yield { records, description: `quarantine of ${plan.name}` };
  }
}

const REPLAY_PAGE = 500;

/** A read failure, named after the connection and partition; the engine's own errors pass as they are. */
function sourceFailure(session: StreamSession, unit: WorkUnit, error: unknown): unknown {
  if (error instanceof SyncError && error.code !== 'SOURCE_FAILED') return error;
  const where = unit.partition ? ` (partition ${unit.partition.key})` : '';
  return new SourceError(`[source:${session.plan.source.connection}]${where} ${describeError(error)}`, { cause: error });
}
