import type { BatchCheckpoint } from '../connector/connector.js';
import type { IncrementalPlan } from '../plan/plan-types.js';
import type { CursorChange, StateStore, StreamKey } from '../state/state-store.js';
import { maxCursor } from './cursor.js';

/** The cursor of one unit of work: its key and the value in the state store. */
export interface CursorSlot {
  readonly key: StreamKey;
  /** Value in the state store. */
  committed: unknown;
}

/** What a batch may commit: the cursor value, and the checkpoint a sink can write in its own transaction. */
export interface BatchCursor {
  readonly value: unknown;
  readonly checkpoint: BatchCheckpoint | undefined;
}

/**
 * Cursor bookkeeping of one stream. Ordered streams checkpoint after every committed batch (in the
 * sink's transaction when the state shares its database); unordered ones once a unit is read
 * whole; a sink that defers its writes (replace) gets its cursors saved only after `finish()`.
 */
export class Checkpoints {
  /** Set once the sink reported deferred writes: nothing is durable before `finish()`. */
  deferred = false;
  private readonly pending: { slot: CursorSlot; value: unknown }[] = [];

  constructor(
    private readonly state: StateStore,
    private readonly incremental: IncrementalPlan | undefined,
    private readonly dryRun: boolean,
    /** More outputs than the main sink: no single sink may commit the cursor. */
    private readonly sharedOutputs: boolean,
    /** The run committing, kept in the cursor history. */
    private readonly change: CursorChange = {},
  ) {}

  /** The slot of a unit, with its stored cursor (read only for incremental streams). */
  async open(key: StreamKey): Promise<CursorSlot> {
    return { key, committed: this.incremental ? await this.state.getCursor(key) : undefined };
  }

  /** The cursor a batch whose records reach `seen` may commit, when it moves one: only ordered streams checkpoint per batch. */
  forBatch(slot: CursorSlot, seen: unknown): BatchCursor | undefined {
    if (!this.incremental?.ordered || this.dryRun || this.deferred) return undefined;
    const value = maxCursor(slot.committed, seen);
    if (value === undefined || value === slot.committed) return undefined;
    const { state } = this;
    const checkpoint: BatchCheckpoint | undefined =
      !this.sharedOutputs && state.identity && state.setCursorWith
        ? {
            key: slot.key,
            value,
            stateIdentity: state.identity,
            writeWith: (db) => state.setCursorWith!(db, slot.key, value, this.change),
          }
        : undefined;
    return { value, checkpoint };
  }

  /** Records that a batch carrying `cursor` committed; saves the cursor unless the sink already did. */
  async batchCommitted(slot: CursorSlot, cursor: BatchCursor, checkpointed: boolean): Promise<void> {
    if (!checkpointed) await this.state.setCursor(slot.key, cursor.value, this.change);
    slot.committed = cursor.value;
  }

  /**
   * A unit was read to its end (`complete`) or stopped early (a limit or loop guard): moves its cursor
   * to `seen` where that is safe, and returns the cursor it moved to (also when that waits for a deferred sink).
   */
  async unitDone(slot: CursorSlot, seen: unknown, complete: boolean): Promise<unknown> {
    const incremental = this.incremental;
    if (!incremental || this.dryRun) return undefined;
    // An unordered unit may only move its cursor once every record up to it is written.
    if (!incremental.ordered && !complete) return undefined;
    const next = maxCursor(slot.committed, seen);
    if (next !== undefined && next !== slot.committed) {
      if (this.deferred) this.pending.push({ slot, value: next });
      else {
        await this.state.setCursor(slot.key, next, this.change);
        slot.committed = next;
      }
    }
    return next;
  }

  /** Saves the cursors that waited for a deferred sink's `finish()`. */
  async savePending(): Promise<void> {
    for (const { slot, value } of this.pending) {
      await this.state.setCursor(slot.key, value, this.change);
      slot.committed = value;
    }
  }
}
