import { createHash } from 'node:crypto';
import type { ConsolaInstance } from 'consola';
import type { SyncRecord } from '../connector/connector.js';
import { SyncError } from '../errors.js';
import type { Redactor } from '../logging/redactor.js';
import type { QuarantinedRecord, StateStore } from '../state/state-store.js';
import { compilePath, getPath } from '../util/record-path.js';
import type { RunEvent, StreamResult } from './run-events.js';

/** One rejected record, wherever it was refused: a transform step, the sink, or an `also` output. */
export interface Rejection {
  /** The record as the source sent it (what a replay sends through the stream again). */
  readonly raw: SyncRecord;
  /** The record after the stream's steps, when it got that far: its key may only exist there. */
  readonly mapped?: SyncRecord;
  /** Position of the record in the stream, for records without a key. */
  readonly position: number;
  /** Why, unredacted: the quarantine masks secrets. */
  readonly reasons: readonly string[];
  /** The quarantine entry a replayed record came from. */
  readonly replayId?: string | undefined;
  /** How the log line words it. @default 'rejected' */
  readonly verb?: 'rejected' | 'refused by the sink';
}

/** The part of a unit of work a quarantine id depends on. */
export interface RejectionScope {
  readonly tenant: string | undefined;
  readonly partition: string | undefined;
}

/** What the quarantine buffer needs from the stream. */
export interface RejectionsContext {
  readonly pipeline: string;
  readonly stream: string;
  readonly runId: string;
  readonly dryRun: boolean;
  readonly primaryKey: readonly string[] | undefined;
  readonly maxRecords: number | undefined;
  readonly redactor: Redactor;
  readonly logger: ConsolaInstance;
  readonly state: StateStore;
  readonly result: StreamResult;
  emit(event: RunEvent): void;
}

/**
 * Collects a stream's rejected records: names each by its key, logs and emits it once, counts it,
 * and keeps the entries until the next batch stores them (quarantine writes are per-batch I/O).
 */
export class Rejections {
  private pending: Omit<QuarantinedRecord, 'status' | 'createdAt'>[] = [];
  private readonly keyPaths: readonly (readonly string[])[] | undefined;

  constructor(private readonly ctx: RejectionsContext) {
    this.keyPaths = ctx.primaryKey?.map(compilePath);
  }

  /** The record's key as messages show it: its primary key, its `id`, or its position. */
  describe(record: SyncRecord, position: number, mapped?: SyncRecord): string {
    return describeKey(record, this.keyPaths, position, mapped);
  }

  /** Records one rejection; throws once `quarantine.max_records` is passed, unless `deferLimit`. */
  add(rejection: Rejection, scope: RejectionScope, deferLimit = false): void {
    const { ctx } = this;
    const recordKey = this.describe(rejection.raw, rejection.position, rejection.mapped);
    const reasons = rejection.reasons.map((r) => ctx.redactor.redact(r));
    const reason = reasons.join('; ');
    ctx.logger.warn(`record ${recordKey} ${rejection.verb ?? 'rejected'}: ${reason}`);
    ctx.emit({ type: 'record_rejected', runId: ctx.runId, stream: ctx.stream, key: recordKey, reason });
    const identity = this.keyPaths
      ? recordKey
      : JSON.stringify(rejection.raw, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    this.pending.push({
      id: rejection.replayId ?? quarantineId(ctx.pipeline, ctx.stream, `${scope.tenant ?? ''}/${scope.partition ?? ''}`, identity),
      pipeline: ctx.pipeline,
      stream: ctx.stream,
      ...(scope.tenant !== undefined ? { tenant: scope.tenant } : {}),
      runId: ctx.runId,
      recordKey,
      record: ctx.redactor.redactValue(rejection.raw),
      reasons,
    });
    ctx.result.recordsRejected += 1;
    if (!deferLimit) this.checkLimit();
  }

  /** Fails the stream once more records were rejected than `quarantine.max_records` allows. */
  checkLimit(): void {
    const { maxRecords } = this.ctx;
    const rejected = this.ctx.result.recordsRejected;
    if (maxRecords !== undefined && rejected > maxRecords) {
      throw new SyncError(
        'TRANSFORM_FAILED',
        `${rejected} records rejected, more than quarantine.max_records (${maxRecords}); the run stops`,
      );
    }
  }

  /** Stores the entries collected so far (nothing in a dry run). */
  async store(): Promise<void> {
    if (this.ctx.dryRun || this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    await this.ctx.state.quarantine.put(entries);
  }
}

/** Stable per record, so a record rejected again on a rerun updates its entry instead of adding one. */
function quarantineId(pipeline: string, stream: string, partition: string, identity: string): string {
  return createHash('sha256').update(`${pipeline}\u0000${stream}\u0000${partition}\u0000${identity}`).digest('hex').slice(0, 32);
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
