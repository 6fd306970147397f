import type { SourcePage, SyncRecord } from '../connector/connector.js';
import { describeError, RecordRejectedError, SinkError, SyncError } from '../errors.js';
import { getPath } from '../util/record-path.js';
import { createChannel, linkedController, type Channel } from './_channel.js';
import type { CursorSlot } from './_checkpoints.js';
import { startReadStage, type ReadState } from './_read-stage.js';
import type { RejectionScope } from './_rejections.js';
import type { StreamSession } from './_stream-session.js';
import { maxCursor } from './cursor.js';
import type { WorkUnit } from './work-unit.js';

/** Records on their way to the sink, with the cursor their last record reached. */
interface Batch {
  readonly records: SyncRecord[];
  /** The source record each batch record came from, so a record the sink refuses is quarantined as read. */
  readonly raws: SyncRecord[];
  /** Quarantine ids of the replayed records in the batch. */
  readonly replayIds: Set<string>;
  /** Highest cursor among the records read up to this batch's last one. */
  seen: unknown;
}

/** What flows from the transform stage to the write stage: batches, then how the unit's read ended. */
type Item = { readonly kind: 'batch'; readonly batch: Batch } | { readonly kind: 'end'; readonly seen: unknown; readonly whole: boolean };

/** One unit of work being run: what its three stages share. */
interface UnitRun {
  readonly session: StreamSession;
  readonly unit: WorkUnit;
  readonly slot: CursorSlot;
  readonly scopes: Readonly<Record<string, unknown>>;
  readonly startCursor: unknown;
  readonly scope: RejectionScope;
}

/**
 * Runs one unit of work as three stages joined by bounded queues: read pages (the source fetching
 * up to the stream's `read_ahead` pages ahead) -> transform records and cut batches -> write each
 * batch and checkpoint its cursor, in source order. A failing stage stops the others: the running request is aborted and
 * nothing read after the failure is written.
 */
export async function runUnit(session: StreamSession, unit: WorkUnit): Promise<void> {
  const { plan, ctx, result, incremental } = session;
  const slot = await session.checkpoints.open(unit.cursorKey);
  // `--since` and `full` only change where this run starts: the stored cursor never moves backwards because of them.
  const startCursor = incremental
    ? (ctx.since ?? (unit.strategy === 'full' ? undefined : slot.committed) ?? incremental.initial)
    : undefined;
  const cursorText = () => (incremental ? ` from cursor ${JSON.stringify(startCursor ?? null)}` : '');
  if (!session.started) {
    session.started = true;
    result.cursorBefore = startCursor;
    result.cursorAfter = slot.committed ?? startCursor;
    ctx.emit({ type: 'stream_started', runId: ctx.runId, stream: plan.name, cursor: startCursor });
    ctx.logger.debug(`stream ${plan.name} started${cursorText()}`);
  }
  if (unit.partition) ctx.logger.debug(`partition ${unit.partition.key}${cursorText()}`);
  const partition = unit.partition;
  const scopes: Record<string, unknown> = {
    ...session.baseScopes,
    cursor: startCursor,
    ...session.idsScope,
    ...(partition ? { partition: partition.value } : {}),
    ...(partition && unit.strategy === 'ids' ? { id: partition.value } : {}),
    ...(partition?.parent ? { parent: partition.parent } : {}),
  };
  const run: UnitRun = { session, unit, slot, scopes, startCursor, scope: { tenant: unit.tenant?.id, partition: partition?.key } };

  const reading = linkedController(session.halt.signal);
  // A hand-off of one page: how far a source fetches ahead is its own window (`ReadContext.readAhead`).
  const pages = createChannel<SourcePage>(1);
  const items = createChannel<Item>(1);
  const read = startReadStage(session, { unit, scopes, startCursor, signal: reading.controller.signal }, pages);
  const transforming = transformStage(run, read.state, pages, items);
  try {
    await writeStage(run, read.state, items);
  } finally {
    reading.controller.abort();
    pages.close();
    items.close();
    await Promise.allSettled([read.done, transforming]);
    await read.state.settleCache(false);
    reading.dispose();
  }
}

/** Runs each record through the steps and cuts batches of `batch_size`; never throws (a failure is queued). */
async function transformStage(run: UnitRun, read: ReadState, pages: Channel<SourcePage>, items: Channel<Item>): Promise<void> {
  const { session } = run;
  const { plan, ctx, result, rejections, cursorPath, step } = session;
  const halted = session.halt.signal;
  const limitReached = () => ctx.limit !== undefined && result.recordsRead >= ctx.limit;
  const fresh = (): Batch => ({ records: [], raws: [], replayIds: new Set(), seen: undefined });
  let batch = fresh();
  let seen: unknown;
  let whole = true;
  try {
    reading: for await (const page of pages) {
      result.pages += 1;
      const description = page.description ? { description: page.description } : {};
      ctx.emit({
        type: 'page_fetched',
        runId: ctx.runId,
        stream: plan.name,
        records: page.records.length,
        page: result.pages,
        ...description,
        ...(page.total !== undefined ? { total: page.total } : {}),
      });
      ctx.logger.debug(`page ${result.pages}: ${page.records.length} records${page.description ? ` from ${page.description}` : ''}`);
      // An index loop: `for...of` allocates an iterator result per record wherever V8 does not optimise it away.
      const records = page.records;
      for (let r = 0; r < records.length; r++) {
        const raw = records[r]!;
        if (limitReached() || session.limited) {
          session.limited = true;
          whole = false;
          break reading;
        }
        result.recordsRead += 1;
        if (cursorPath) seen = maxCursor(seen, getPath(raw, cursorPath));
        let out: SyncRecord | SyncRecord[] | null;
        try {
          out = step(raw, run.scopes);
        } catch (error) {
          // A step may stop the run on purpose (e.g. translate with missing: fail); anything else rejects the record.
          if (error instanceof SyncError && error.code === 'TRANSFORM_FAILED') {
            const key = rejections.describe(raw, result.recordsRead);
            throw new SyncError('TRANSFORM_FAILED', `record ${key}: ${error.message}`, { cause: error });
          }
          const reasons = error instanceof RecordRejectedError ? error.reasons : [describeError(error)];
          rejections.add({ raw, position: result.recordsRead, reasons, replayId: read.replayed.get(raw) }, run.scope);
          continue;
        }
        if (out === null || (Array.isArray(out) && out.length === 0)) {
          result.recordsFiltered += 1;
          continue;
        }
        const replayId = read.replayed.get(raw);
        // One record (no array around it: this runs for every record), or the several a step made.
        const outs = Array.isArray(out) ? out : undefined;
        for (let i = 0, n = outs ? outs.length : 1; i < n; i++) {
          batch.records.push(outs ? outs[i]! : (out as SyncRecord));
          batch.raws.push(raw);
          if (replayId) batch.replayIds.add(replayId);
          if (batch.records.length >= plan.batchSize) {
            batch.seen = seen;
            if (!(await items.push({ kind: 'batch', batch }))) return;
            batch = fresh();
          }
        }
        if (halted.aborted) break reading;
      }
      if (halted.aborted) break;
      if (limitReached()) {
        session.limited = true;
        whole = false;
        break;
      }
    }
  } catch (error) {
    items.fail(error);
    return;
  }
  // Stopped (cancelled, or another unit failed): the partial batch is not written and the cursor stays.
  if (halted.aborted) return items.end();
  batch.seen = seen;
  if (batch.records.length) await items.push({ kind: 'batch', batch });
  await items.push({ kind: 'end', seen, whole: whole && !read.truncated });
  items.end();
}

/** Writes batches in order, one at a time across the stream's units, and moves the unit's cursor. */
async function writeStage(run: UnitRun, read: ReadState, items: Channel<Item>): Promise<void> {
  const { session, slot } = run;
  const { ctx, result, checkpoints, incremental, outputs } = session;
  for await (const item of items) {
    // Cancelled: stop between batches; what is committed stays committed.
    if (session.halt.signal.aborted) return;
    if (item.kind === 'batch') {
      await outputs.exclusive(() => writeBatch(run, read, item.batch));
      continue;
    }
    // The source cache is kept only once every batch read into it was written.
    await read.settleCache(item.whole);
    await outputs.exclusive(async () => {
      await session.rejections.store();
      const moved = await checkpoints.unitDone(slot, item.seen, item.whole);
      if (moved !== undefined) result.cursorAfter = maxCursor(result.cursorAfter, moved);
    });
    if (ctx.dryRun && incremental) result.cursorAfter = maxCursor(run.startCursor, item.seen);
  }
}

/** Writes one batch to the sink and the `also` outputs, quarantines what they refused, and checkpoints. */
async function writeBatch(run: UnitRun, read: ReadState, batch: Batch): Promise<void> {
  const { session, slot } = run;
  const { plan, ctx, result, rejections, checkpoints, outputs } = session;
  await rejections.store();
  const number = result.batches + 1;
  const cursor = checkpoints.forBatch(slot, batch.seen);
  const cursorNote = () =>
    session.incremental ? `; the cursor stays at ${JSON.stringify(slot.committed ?? run.startCursor ?? null)}` : '';
  let written;
  try {
    written = await outputs.write(batch.records, cursor?.checkpoint ? { checkpoint: cursor.checkpoint } : {});
  } catch (error) {
    throw new SinkError(
      `[sink:${plan.sink.connection}] batch ${number} (${batch.records.length} records) failed: ${describeError(error)}${cursorNote()}`,
      { cause: error },
    );
  }
  const refused = new Set<number>();
  for (const { index, reasons } of written.rejected ?? []) {
    const raw = batch.raws[index] ?? batch.records[index]!;
    const replayId = read.replayed.get(raw);
    rejections.add(
      { raw, mapped: batch.records[index], position: index + 1, reasons, replayId, verb: 'refused by the sink' },
      run.scope,
      true,
    );
    if (replayId) batch.replayIds.delete(replayId);
    refused.add(index);
  }
  let deferred = written.deferred === true;
  for (const extra of outputs.extras) {
    const out: SyncRecord[] = [];
    /** The batch record each output record came from. */
    const origin: number[] = [];
    for (const [index, record] of batch.records.entries()) {
      if (refused.has(index)) continue;
      try {
        const produced = extra.step(record, run.scopes);
        for (const one of Array.isArray(produced) ? produced : produced ? [produced] : []) {
          out.push(one);
          origin.push(index);
        }
      } catch (error) {
        const raw = batch.raws[index] ?? record;
        if (error instanceof SyncError && error.code === 'TRANSFORM_FAILED') {
          const key = rejections.describe(raw, index + 1, record);
          throw new SyncError('TRANSFORM_FAILED', `${extra.label}: record ${key}: ${error.message}`, { cause: error });
        }
        const reasons = [`${extra.label}: ${describeError(error)}`];
        rejections.add({ raw, mapped: record, position: index + 1, reasons }, run.scope, true);
      }
    }
    if (out.length === 0) continue;
    try {
      const extraWritten = await extra.writer.write(out);
      if (extraWritten.deferred) deferred = true;
      for (const { index, reasons } of extraWritten.rejected ?? []) {
        const at = origin[index] ?? 0;
        const raw = batch.raws[at] ?? batch.records[at]!;
        const labelled = reasons.map((reason) => `${extra.label}: ${reason}`);
        rejections.add(
          { raw, mapped: batch.records[at], position: at + 1, reasons: labelled, verb: 'refused by the sink' },
          run.scope,
          true,
        );
      }
      ctx.logger.debug(`${extra.label}: ${out.length} records to ${extra.connection}`);
    } catch (error) {
      throw new SinkError(
        `[sink:${extra.connection}] ${extra.label}, batch ${number} (${out.length} records) failed: ${describeError(error)}${cursorNote()}`,
        { cause: error },
      );
    }
  }
  rejections.checkLimit();
  if (batch.replayIds.size) await ctx.state.quarantine.resolve([...batch.replayIds], ctx.runId);
  result.batches = number;
  result.recordsWritten += batch.records.length - refused.size;
  result.inserted += written.inserted;
  result.updated += written.updated;
  result.skipped += written.skipped;
  let advanced: unknown;
  if (deferred) checkpoints.deferred = true;
  else if (cursor) {
    await checkpoints.batchCommitted(slot, cursor, written.checkpointed === true);
    result.cursorAfter = maxCursor(result.cursorAfter, cursor.value);
    advanced = cursor.value;
  }
  const counts = `${written.inserted} inserted, ${written.updated} updated, ${written.skipped} unchanged`;
  ctx.logger.info(
    ctx.dryRun
      ? `batch ${number}: would write ${batch.records.length} records (dry run)`
      : `batch ${number} written: ${batch.records.length} records (${counts})${advanced !== undefined ? `, cursor ${JSON.stringify(advanced)}` : ''}`,
  );
  ctx.emit({
    type: 'batch_written',
    runId: ctx.runId,
    stream: plan.name,
    batch: number,
    records: batch.records.length,
    inserted: written.inserted,
    updated: written.updated,
    skipped: written.skipped,
    ...(advanced !== undefined ? { cursor: advanced } : {}),
  });
}
