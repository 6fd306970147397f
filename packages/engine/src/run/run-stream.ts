import { createHash } from 'node:crypto';
import type { ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { renderRuntime } from '../config/template.js';
import type { BatchCheckpoint, Connection, SourcePage, StreamWriter, SyncRecord } from '../connector/connector.js';
import { describeError, RecordRejectedError, SinkError, SourceError, SyncError } from '../errors.js';
import type { EndpointPlan, PartitionPlan, StreamPlan } from '../plan/plan-types.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import type { RunStrategy } from './run-events.js';
import type { Crosswalk, QuarantinedRecord, StateStore, StreamKey } from '../state/state-store.js';
import { compilePath, getPath } from '../util/record-path.js';
import { enumeratePartitions, type Partition } from './_partitions.js';
import { maxCursor } from './cursor.js';
import { cacheIsUsable, createCacheWriter, readCache, teeIntoCache } from './_source-cache.js';
import { emptyStreamResult, type RunEvent, type StreamResult } from './run-events.js';
import { prepareSteps, type RecordStep, type StepEnv } from './step-handlers.js';

/** What the run loop hands to each stream. */
export interface StreamRunContext {
  pipeline: Pipeline;
  runId: string;
  runStartedAt: string;
  /** The run's clock, ms since the epoch (`RunOptions.now`). */
  now: () => number;
  dryRun: boolean;
  limit: number | undefined;
  since: string | number | undefined;
  signal: AbortSignal;
  state: StateStore;
  logger: ConsolaInstance;
  /** Results of the pipeline's `discover` requests, as `${discover.*}`. */
  discovered: Readonly<Record<string, unknown>>;
  /** Replay quarantined records (all open ones of the stream, or these ids) instead of reading the source. */
  replay?: { ids?: readonly string[] };
  /** The tenant of a multi-tenant run. */
  tenant?: { id: string; record: Readonly<Record<string, unknown>> };
  /** The tenant's ID crosswalk. */
  crosswalk: Crosswalk;
  /** The strategy the run asked for; undefined lets the stream's `strategies.auto` rules decide. */
  strategy?: RunStrategy;
  /** For the `ids` strategy: the ids to fetch. */
  ids?: readonly (string | number)[];
  /** Facts the `auto` rules decide on. */
  strategyFacts: { trigger: string; hours_since_success: number | null };
  openConnection(endpoint: EndpointPlan): Promise<Connection>;
  emit(event: RunEvent): void;
  output: { write(text: string): unknown };
}

/** Cursor bookkeeping of one partition (the whole stream when it has none). */
interface CursorSlot {
  key: StreamKey;
  /** Value in the state store. */
  committed: unknown;
  /** Highest cursor among records read so far. */
  seen: unknown;
}

/**
 * Runs one stream: for each partition, pulls pages from the source, runs each record through the
 * compiled steps, hands full batches to the sink and checkpoints the cursor after each committed
 * batch (ordered streams) or once the partition is written (unordered ones). Batches never span
 * partitions, so each batch carries exactly one cursor. At most one batch plus one source page is
 * held in memory.
 */
export async function runStream(plan: StreamPlan, ctx: StreamRunContext): Promise<StreamResult> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const { redactor } = ctx.pipeline;
  // A replay writes quarantined records again; it never reads the source or moves a cursor.
  const strategy = ctx.replay ? 'incremental' : chooseStrategy(plan, ctx);
  // A replay or an ids run writes given records; neither reads from a cursor nor moves one.
  const incremental = ctx.replay || strategy === 'ids' ? undefined : plan.incremental;
  const idsScope = strategy === 'ids' ? { ids: [...(ctx.ids ?? [])], ids_csv: (ctx.ids ?? []).join(',') } : {};
  const sourceOptions = strategy === 'ids' && plan.idsSource ? { ...plan.source.options, ...plan.idsSource } : plan.source.options;
  /** One request per id, unless the ids options take them all at once. */
  const perId = strategy === 'ids' && !/\$\{\s*ids(_csv)?\s*\}/.test(JSON.stringify(plan.idsSource ?? {}));
  const result = emptyStreamResult(plan.name, 'running');
  const history = async () => {
    if (ctx.dryRun) return;
    await ctx.state.saveStreamRun({
      runId: ctx.runId,
      stream: plan.name,
      status: result.status === 'skipped' ? 'failed' : result.status,
      startedAt,
      ...(result.status !== 'running' ? { finishedAt: new Date().toISOString() } : {}),
      recordsRead: result.recordsRead,
      recordsWritten: result.recordsWritten,
      recordsRejected: result.recordsRejected,
      cursorBefore: result.cursorBefore,
      cursorAfter: result.cursorAfter,
      ...(result.error ? { error: result.error } : {}),
    });
  };

  const baseScopes: Record<string, unknown> = {
    ...(ctx.tenant ? { tenant: ctx.tenant.record } : {}),
    stream: { name: plan.name },
    run: { id: ctx.runId, started_at: ctx.runStartedAt },
    now: ctx.runStartedAt,
    discover: ctx.discovered,
  };
  let writer: StreamWriter | undefined;
  /** Rejections past `quarantine.max_records` stop the stream, whichever step or sink refused them. */
  const checkRejectLimit = () => {
    const limit = plan.quarantine.maxRecords;
    if (limit !== undefined && result.recordsRejected > limit) {
      throw new SyncError(
        'TRANSFORM_FAILED',
        `${result.recordsRejected} records rejected, more than quarantine.max_records (${limit}); the run stops`,
      );
    }
  };
  /** Whether the sink deferred its writes (then a failure rolls all of them back). */
  let deferredWrites = false;
  /** How an error names the cursor it kept: only incremental streams have one. */
  const cursorNote = (value: unknown) => (incremental ? `; the cursor stays at ${JSON.stringify(value ?? null)}` : '');
  /** The `also` outputs, written after the main sink for every batch. */
  const extras: { label: string; connection: string; step: RecordStep; writer: StreamWriter }[] = [];
  const cleanups: (() => void)[] = [];
  const env: StepEnv = {
    scopes: baseScopes,
    signal: ctx.signal,
    logger: ctx.logger,
    openConnection: ctx.openConnection,
    defer: (cleanup) => cleanups.push(cleanup),
    crosswalk: ctx.crosswalk,
  };
  /** Rejected records waiting to be stored: written with the next batch, so storing them is per-batch I/O. */
  let quarantined: Omit<QuarantinedRecord, 'status' | 'createdAt'>[] = [];
  const storeQuarantined = async () => {
    if (ctx.dryRun || quarantined.length === 0) return;
    const entries = quarantined;
    quarantined = [];
    await ctx.state.quarantine.put(entries);
  };
  try {
    await history();
    const source = ctx.replay ? undefined : await ctx.openConnection(plan.source);
    if (source && !source.read) throw new SyncError('CONFIG_INVALID', `connection "${plan.source.connection}" cannot be read from`);
    const renderSink = (v: unknown, extra?: Readonly<Record<string, unknown>>) =>
      renderRuntime(v, extra ? { ...baseScopes, ...extra } : baseScopes);
    writer = ctx.dryRun ? dryRunWriter(plan.name, ctx) : await openWriter(plan, ctx, renderSink);
    const activeWriter = writer;
    for (const [i, extra] of plan.also.entries()) {
      const label = `${plan.name}.also[${i}]`;
      extras.push({
        label,
        connection: extra.sink.connection,
        step: await prepareSteps(extra.steps, env),
        writer: ctx.dryRun ? dryRunWriter(label, ctx) : await openWriter({ ...plan, sink: extra.sink }, ctx, renderSink),
      });
    }

    const step = await prepareSteps(plan.steps, env);
    const cursorPath = incremental ? compilePath(incremental.cursorField) : undefined;
    const keyPaths = plan.primaryKey?.map(compilePath);
    /** Set once the sink reports deferred batches: nothing is durable before finish(). */
    let deferred = false;
    /** Cursors to save once a deferred sink has finished. */
    const pending: CursorSlot[] = [];
    let limited = false;
    let started = false;

    const saveCursor = async (slot: CursorSlot, value: unknown) => {
      await ctx.state.setCursor(slot.key, value);
      slot.committed = value;
    };

    const readPartition = async (partition: Partition) => {
      const slot: CursorSlot = {
        key: {
          pipeline: ctx.pipeline.name,
          stream: plan.name,
          ...(ctx.tenant ? { tenant: ctx.tenant.id } : {}),
          ...(partition.key !== undefined ? { partition: partition.key } : {}),
        },
        committed: undefined,
        seen: undefined,
      };
      // `--since` only changes where this run starts: the stored cursor never moves backwards because of it.
      if (incremental) slot.committed = await ctx.state.getCursor(slot.key);
      // `full` starts over from the initial value; like --since, it never moves the stored cursor back.
      const startCursor = incremental
        ? (ctx.since ?? (strategy === 'full' ? undefined : slot.committed) ?? incremental.initial)
        : undefined;
      if (!started) {
        started = true;
        result.cursorBefore = startCursor;
        result.cursorAfter = slot.committed ?? startCursor;
        ctx.emit({ type: 'stream_started', runId: ctx.runId, stream: plan.name, cursor: startCursor });
        ctx.logger.debug(`stream ${plan.name} started${incremental ? ` from cursor ${JSON.stringify(startCursor ?? null)}` : ''}`);
      }
      if (partition.key !== undefined)
        ctx.logger.debug(`partition ${partition.key}${incremental ? ` from cursor ${JSON.stringify(startCursor ?? null)}` : ''}`);
      const scopes: Record<string, unknown> = {
        ...baseScopes,
        cursor: startCursor,
        ...idsScope,
        ...(partition.key !== undefined ? { partition: partition.value } : {}),
        ...(perId ? { id: partition.value } : {}),
        ...(partition.parent ? { parent: partition.parent } : {}),
      };
      let batch: SyncRecord[] = [];
      /** The source record each batch record came from, so a record the sink refuses is quarantined as read. */
      let batchRaw: SyncRecord[] = [];
      /** Quarantine ids of the records in `batch`, during a replay. */
      let batchEntries = new Set<string>();

      const flush = async () => {
        await storeQuarantined();
        if (batch.length === 0) return;
        const records = batch;
        const raws = batchRaw;
        const entries = batchEntries;
        batch = [];
        batchRaw = [];
        batchEntries = new Set();
        const number = result.batches + 1;
        // The cursor this batch may commit: only ordered streams checkpoint per batch.
        const candidate = incremental?.ordered && !ctx.dryRun && !deferred ? maxCursor(slot.committed, slot.seen) : undefined;
        const advances = candidate !== undefined && candidate !== slot.committed;
        // With more outputs, the cursor waits for all of them: no single sink may commit it.
        const checkpoint: BatchCheckpoint | undefined =
          advances && extras.length === 0 && ctx.state.identity && ctx.state.setCursorWith
            ? {
                key: slot.key,
                value: candidate,
                stateIdentity: ctx.state.identity,
                writeWith: (db) => ctx.state.setCursorWith!(db, slot.key, candidate),
              }
            : undefined;
        let written;
        try {
          written = await activeWriter.write(records, checkpoint ? { checkpoint } : {});
        } catch (error) {
          throw new SinkError(
            `[sink:${plan.sink.connection}] batch ${number} (${records.length} records) failed: ${describeError(error)}${cursorNote(slot.committed ?? startCursor)}`,
            { cause: error },
          );
        }
        const refused = written.rejected ?? [];
        for (const { index, reasons } of refused) {
          const raw = raws[index] ?? records[index]!;
          // primary_key may name a field of the source record or of the mapped one.
          const recordKey = describeKey(raw, keyPaths, index + 1, records[index]);
          const reason = reasons.map((r) => redactor.redact(r)).join('; ');
          ctx.logger.warn(`record ${recordKey} refused by the sink: ${reason}`);
          ctx.emit({ type: 'record_rejected', runId: ctx.runId, stream: plan.name, key: recordKey, reason });
          quarantined.push(
            quarantineEntry(
              raw,
              recordKey,
              reasons.map((r) => redactor.redact(r)),
            ),
          );
          const entry = replayed.get(raw);
          if (entry) entries.delete(entry);
        }
        result.recordsRejected += refused.length;
        const refusedIndexes = new Set(refused.map((r) => r.index));
        for (const extra of extras) {
          const out: SyncRecord[] = [];
          for (const [index, record] of records.entries()) {
            if (refusedIndexes.has(index)) continue;
            try {
              const produced = extra.step(record, scopes);
              if (Array.isArray(produced)) out.push(...produced);
              else if (produced) out.push(produced);
            } catch (error) {
              const raw = raws[index] ?? record;
              const recordKey = describeKey(raw, keyPaths, index + 1, record);
              if (error instanceof SyncError && error.code === 'TRANSFORM_FAILED') {
                throw new SyncError('TRANSFORM_FAILED', `${extra.label}: record ${recordKey}: ${error.message}`, { cause: error });
              }
              const reason = `${extra.label}: ${redactor.redact(describeError(error))}`;
              ctx.logger.warn(`record ${recordKey} rejected: ${reason}`);
              ctx.emit({ type: 'record_rejected', runId: ctx.runId, stream: plan.name, key: recordKey, reason });
              quarantined.push(quarantineEntry(raw, recordKey, [reason]));
              result.recordsRejected += 1;
            }
          }
          if (out.length === 0) continue;
          try {
            const extraWritten = await extra.writer.write(out);
            if (extraWritten.deferred) written = { ...written, deferred: true };
            ctx.logger.debug(`${extra.label}: ${out.length} records to ${extra.connection}`);
          } catch (error) {
            throw new SinkError(
              `[sink:${extra.connection}] ${extra.label}, batch ${number} (${out.length} records) failed: ${describeError(error)}${cursorNote(slot.committed ?? startCursor)}`,
              { cause: error },
            );
          }
        }
        checkRejectLimit();
        if (entries.size) await ctx.state.quarantine.resolve([...entries], ctx.runId);
        result.batches = number;
        result.recordsWritten += records.length - refused.length;
        result.inserted += written.inserted;
        result.updated += written.updated;
        result.skipped += written.skipped;
        let advanced: unknown;
        checkRejectLimit();
        if (written.deferred) deferred = deferredWrites = true;
        else if (advances) {
          if (written.checkpointed) slot.committed = candidate;
          else await saveCursor(slot, candidate);
          result.cursorAfter = maxCursor(result.cursorAfter, candidate);
          advanced = candidate;
        }
        ctx.logger.info(
          `batch ${number} written: ${records.length} records (${written.inserted} inserted, ${written.updated} updated, ${written.skipped} unchanged)${advanced !== undefined ? `, cursor ${JSON.stringify(advanced)}` : ''}`,
        );
        ctx.emit({
          type: 'batch_written',
          runId: ctx.runId,
          stream: plan.name,
          batch: number,
          records: records.length,
          inserted: written.inserted,
          updated: written.updated,
          skipped: written.skipped,
          ...(advanced !== undefined ? { cursor: advanced } : {}),
        });
      };

      const replayed = new Map<SyncRecord, string>();
      /** The source stopped before the end of the data (a loop guard): like --limit for the cursor. */
      let truncated = false;
      const quarantineEntry = (raw: SyncRecord, recordKey: string, reasons: string[]) => ({
        id:
          replayed.get(raw) ??
          quarantineId(
            ctx.pipeline.name,
            plan.name,
            `${ctx.tenant?.id ?? ''}/${partition.key ?? ''}`,
            keyPaths ? recordKey : JSON.stringify(raw, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
          ),
        pipeline: ctx.pipeline.name,
        stream: plan.name,
        ...(ctx.tenant ? { tenant: ctx.tenant.id } : {}),
        runId: ctx.runId,
        recordKey,
        record: redactor.redactValue(raw),
        reasons,
      });
      // The source cache: its file instead of the source while it is usable, else the source teed into a new file.
      let cacheWriter: ReturnType<typeof createCacheWriter> | undefined;
      let fromCache = false;
      if (plan.cache && !ctx.replay && strategy !== 'ids') {
        const check = strategy === 'full' ? { usable: false, reason: 'strategy full' } : await cacheIsUsable(plan.cache);
        fromCache = check.usable;
        ctx.logger.info(fromCache ? `reading ${plan.cache.path} (cache)` : `reading the source: ${check.reason}`);
        if (!fromCache && !ctx.dryRun) cacheWriter = createCacheWriter(plan.cache, ctx.runId);
      }
      const sourcePages = () =>
        source!.read!(sourceOptions, {
          stream: plan.name,
          cursor: startCursor,
          limit: ctx.limit === undefined ? undefined : ctx.limit - result.recordsRead,
          signal: ctx.signal,
          logger: ctx.logger.withTag(`source:${plan.source.connection}`),
          render: (value) => renderRuntime(value, scopes),
          incomplete: (reason) => {
            truncated = true;
            ctx.logger.warn(
              `${plan.name}: the read stopped early (${reason})${incremental && !incremental.ordered ? '; the cursor is not moved' : ''}`,
            );
          },
        });
      const pages = ctx.replay
        ? replayPages(ctx, plan.name, replayed)
        : fromCache
          ? readCache(plan.cache!)
          : cacheWriter
            ? teeIntoCache(sourcePages(), cacheWriter)
            : sourcePages();
      try {
        reading: for await (const page of pages) {
          result.pages += 1;
          ctx.emit({
            type: 'page_fetched',
            runId: ctx.runId,
            stream: plan.name,
            records: page.records.length,
            page: result.pages,
            ...(page.description ? { description: page.description } : {}),
          });
          ctx.logger.debug(`page ${result.pages}: ${page.records.length} records${page.description ? ` from ${page.description}` : ''}`);
          for (const raw of page.records) {
            if (ctx.limit !== undefined && result.recordsRead >= ctx.limit) {
              limited = true;
              break reading;
            }
            result.recordsRead += 1;
            if (cursorPath) slot.seen = maxCursor(slot.seen, getPath(raw, cursorPath));
            let out: SyncRecord | SyncRecord[] | null;
            try {
              out = step(raw, scopes);
            } catch (error) {
              const recordKey = describeKey(raw, keyPaths, result.recordsRead);
              // A step may stop the run on purpose (e.g. translate with missing: fail); anything else rejects the record.
              if (error instanceof SyncError && error.code === 'TRANSFORM_FAILED') {
                throw new SyncError('TRANSFORM_FAILED', `record ${recordKey}: ${error.message}`, { cause: error });
              }
              result.recordsRejected += 1;
              const reasons = (error instanceof RecordRejectedError ? error.reasons : [describeError(error)]).map((r) =>
                redactor.redact(r),
              );
              const reason = reasons.join('; ');
              ctx.logger.warn(`record ${recordKey} rejected: ${reason}`);
              ctx.emit({ type: 'record_rejected', runId: ctx.runId, stream: plan.name, key: recordKey, reason });
              quarantined.push(quarantineEntry(raw, recordKey, reasons));
              checkRejectLimit();
              continue;
            }
            if (out === null || (Array.isArray(out) && out.length === 0)) {
              result.recordsFiltered += 1;
              continue;
            }
            const entry = replayed.get(raw);
            for (const record of Array.isArray(out) ? out : [out]) {
              batch.push(record);
              batchRaw.push(raw);
              if (entry) batchEntries.add(entry);
              if (batch.length >= plan.batchSize) await flush();
            }

            if (ctx.signal.aborted) break reading;
          }
          if (ctx.signal.aborted) break;
          if (ctx.limit !== undefined && result.recordsRead >= ctx.limit) {
            limited = true;
            break;
          }
        }
      } catch (error) {
        await cacheWriter?.discard();
        // Sink and state failures surface from flush() inside the loop: pass them through as they are.
        if (error instanceof SyncError && error.code !== 'SOURCE_FAILED') throw error;
        const where = partition.key !== undefined ? ` (partition ${partition.key})` : '';
        throw new SourceError(`[source:${plan.source.connection}]${where} ${describeError(error)}`, { cause: error });
      }
      if (cacheWriter) {
        if (ctx.signal.aborted || limited || truncated) await cacheWriter.discard();
        else {
          await cacheWriter.commit();
          ctx.logger.info(`wrote ${plan.cache!.path}`);
        }
      }
      if (ctx.signal.aborted) return;
      await flush();
      // An unordered partition may only move its cursor once every record up to it is written.
      if (incremental && !ctx.dryRun && (incremental.ordered || !(limited || truncated))) {
        const next = maxCursor(slot.committed, slot.seen);
        if (next !== undefined && next !== slot.committed) {
          if (deferred) pending.push({ ...slot, seen: next });
          else await saveCursor(slot, next);
        }
        result.cursorAfter = maxCursor(result.cursorAfter, next);
      }
      if (ctx.dryRun && incremental) result.cursorAfter = maxCursor(startCursor, slot.seen);
    };

    if (strategy === 'ids' && !plan.idsSource) {
      throw new SyncError(
        'CONFIG_INVALID',
        `stream ${plan.name} cannot fetch by ids: declare strategies.ids with the source options to use`,
      );
    }
    const partitionPlan: PartitionPlan | undefined = ctx.replay
      ? undefined
      : perId
        ? { kind: 'values', values: [...(ctx.ids ?? [])] }
        : strategy === 'ids'
          ? undefined
          : plan.partitions;
    ctx.logger.debug(`stream ${plan.name}: strategy ${strategy}${strategy === 'ids' ? ` (${ctx.ids?.length ?? 0} ids)` : ''}`);
    const partitions = enumeratePartitions(partitionPlan, { ...env, logger: ctx.logger.withTag('partitions') });
    for await (const partition of partitions) {
      await readPartition(partition);
      if (ctx.signal.aborted || limited) break;
    }

    if (ctx.signal.aborted) {
      result.status = 'aborted';
      result.error = `aborted after ${result.batches} committed batches${cursorNote(result.cursorAfter)}`;
      ctx.logger.warn(`stream ${plan.name} ${result.error}`);
    } else {
      const maxPercent = plan.quarantine.maxPercent;
      if (maxPercent !== undefined && result.recordsRead > 0 && (result.recordsRejected / result.recordsRead) * 100 > maxPercent) {
        const percent = ((result.recordsRejected / result.recordsRead) * 100).toFixed(1);
        throw new SyncError(
          'TRANSFORM_FAILED',
          `${result.recordsRejected} of ${result.recordsRead} records rejected (${percent}%), more than quarantine.max_percent (${maxPercent}%)`,
        );
      }
      await activeWriter.finish?.();
      for (const extra of extras) await extra.writer.finish?.();
      for (const slot of pending) await saveCursor(slot, slot.seen);
      result.status = 'succeeded';
    }
  } catch (error) {
    if (ctx.signal.aborted) {
      // Cancelled mid-request: the request's abort error is not a failure of the stream.
      result.status = 'aborted';
      result.error = `aborted after ${result.batches} committed batches${cursorNote(result.cursorAfter)}`;
      ctx.logger.warn(`stream ${plan.name} ${result.error}`);
    } else {
      result.status = 'failed';
      result.error = redactor.redact(describeError(error));
      if (deferredWrites) {
        // A deferred load (e.g. replace) rolls back as a whole: nothing it counted was kept.
        result.recordsWritten = 0;
        result.inserted = 0;
        result.updated = 0;
        result.skipped = 0;
      }
      ctx.logger.error(`stream ${plan.name} failed: ${result.error}`);
    }
  } finally {
    try {
      await storeQuarantined();
    } catch (error) {
      ctx.logger.error(`could not store quarantined records: ${redactor.redact(describeError(error))}`);
    }
    for (const cleanup of cleanups) cleanup();
    for (const extra of extras) {
      try {
        await extra.writer.close?.();
      } catch (error) {
        ctx.logger.debug(`closing ${extra.label} failed: ${redactor.redact(describeError(error))}`);
      }
    }
    try {
      await writer?.close?.();
    } catch (error) {
      ctx.logger.debug(`closing the writer failed: ${redactor.redact(describeError(error))}`);
    }
    result.durationMs = Date.now() - started;
    try {
      await history();
    } catch (error) {
      ctx.logger.error(`could not record the stream's run history: ${redactor.redact(describeError(error))}`);
    }
  }
  ctx.emit({ type: 'stream_finished', runId: ctx.runId, result });
  return result;
}

/** The run's strategy for a stream: asked for, else the first `auto` rule that holds, else incremental. */
function chooseStrategy(plan: StreamPlan, ctx: StreamRunContext): RunStrategy {
  if (ctx.strategy) return ctx.strategy;
  for (const rule of plan.autoStrategy) {
    if (isTruthy(compileLogic(rule.when)(ctx.strategyFacts))) return rule.use;
  }
  return 'incremental';
}

/** Open quarantined records of a stream, as pages; `replayed` maps each record to its quarantine id. */
async function* replayPages(ctx: StreamRunContext, stream: string, replayed: Map<SyncRecord, string>): AsyncGenerator<SourcePage> {
  const entries = await ctx.state.quarantine.list({
    pipeline: ctx.pipeline.name,
    stream,
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
    yield { records, description: `quarantine of ${stream}` };
  }
}

const REPLAY_PAGE = 500;

/** Stable per record, so a record rejected again on a rerun updates its entry instead of adding one. */
function quarantineId(pipeline: string, stream: string, partition: string | undefined, identity: string): string {
  return createHash('sha256')
    .update(`${pipeline}\u0000${stream}\u0000${partition ?? ''}\u0000${identity}`)
    .digest('hex')
    .slice(0, 32);
}

async function openWriter(
  plan: StreamPlan,
  ctx: StreamRunContext,
  render: (v: unknown, extra?: Readonly<Record<string, unknown>>) => unknown,
): Promise<StreamWriter> {
  const sink = await ctx.openConnection(plan.sink);
  if (!sink.openWriter) throw new SyncError('CONFIG_INVALID', `connection "${plan.sink.connection}" cannot be written to`);
  try {
    return await sink.openWriter(plan.sink.options, {
      stream: plan.name,
      logger: ctx.logger.withTag(`sink:${plan.sink.connection}`),
      render,
    });
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw new SinkError(`[sink:${plan.sink.connection}] cannot prepare the sink: ${describeError(error)}`, { cause: error });
  }
}

/** A dry run prints each record as one JSON line, secrets masked, and writes nothing. */
function dryRunWriter(stream: string, ctx: StreamRunContext): StreamWriter {
  const { redactor } = ctx.pipeline;
  return {
    async write(records) {
      let text = '';
      // In a multi-tenant run each line says whose record it is.
      const tenant = ctx.tenant ? { tenant: ctx.tenant.id } : {};
      for (const record of records) text += `${redactor.redact(JSON.stringify({ stream, ...tenant, record }))}\n`;
      ctx.output.write(text);
      return { inserted: 0, updated: 0, skipped: records.length };
    },
  };
}

function describeKey(
  record: SyncRecord,
  keyPaths: readonly (readonly string[])[] | undefined,
  position: number,
  mapped?: SyncRecord,
): string {
  for (const candidate of mapped ? [record, mapped] : [record]) {
    const paths = keyPaths ?? (candidate.id !== undefined ? [['id']] : []);
    const values = paths.map((p) => getPath(candidate, p)).filter((v) => v !== undefined);
    if (values.length) return values.map((v) => JSON.stringify(v)).join('/');
  }
  return `#${position}`;
}
