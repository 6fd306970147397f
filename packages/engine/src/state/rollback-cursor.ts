import { StateError } from '../errors.js';
import type { CursorHistoryEntry, StateStore, StreamKey } from './state-store.js';

/** Where `rollbackCursor` puts a cursor back to: as a run left it, or as it was at a time. */
export type RollbackTarget = { runId: string } | { time: string };

/** What a rollback did. */
export interface RollbackResult {
  /** The value the cursor has now; undefined when the rollback went back before the first commit (the cursor was reset). */
  value: unknown;
  /** The history entry whose value was restored; undefined when the cursor was reset. */
  restored?: CursorHistoryEntry;
}

/** A `--to` value: an ISO time (with a date) reads as a time, anything else as a run id. */
export function parseRollbackTarget(to: string): RollbackTarget {
  return /^\d{4}-\d{2}-\d{2}/.test(to) && !Number.isNaN(Date.parse(to)) ? { time: new Date(Date.parse(to)).toISOString() } : { runId: to };
}

/**
 * Puts a cursor back to the value it had when run `runId` last committed it, or to the value it had
 * at `time` (reset, when that is before its first commit), and records the rollback with `actor`.
 * Throws `StateError` when the store keeps no history or the history does not reach the target.
 *
 * @example
 * ```ts
 * await rollbackCursor(state, { pipeline: 'shop', stream: 'orders' }, { time: '2026-03-01T00:00:00Z' }, 'cli:ana')
 * ```
 */
export async function rollbackCursor(state: StateStore, key: StreamKey, target: RollbackTarget, actor: string): Promise<RollbackResult> {
  if (!state.cursors) throw new StateError('this state store keeps no cursor history');
  const exact = { pipeline: key.pipeline, stream: key.stream, tenant: key.tenant ?? '', partition: key.partition ?? '' };
  const entries = (await state.cursors.history({ ...exact, limit: 100_000 })).sort((a, b) => b.seq - a.seq);
  const where = `${key.stream}${key.tenant ? ` (tenant ${key.tenant})` : ''}${key.partition ? ` partition ${key.partition}` : ''}`;
  let restored: CursorHistoryEntry | undefined;
  if ('runId' in target) {
    restored = entries.find((e) => e.runId === target.runId && e.action === 'commit');
    if (!restored) {
      throw new StateError(
        `the cursor history of ${where} has no commit by run ${target.runId} (it keeps the last ${entries.length} changes; see state history)`,
      );
    }
  } else {
    const oldest = entries.at(-1);
    restored = entries.find((e) => e.at <= target.time);
    // History that was trimmed may not reach back to the time: refuse rather than reset a cursor that had a value then.
    if (!restored && oldest && oldest.seq > 1) {
      throw new StateError(`the cursor history of ${where} starts at ${oldest.at}, after ${target.time}; it cannot go back that far`);
    }
  }
  const note = 'runId' in target ? `to run ${target.runId}` : `to ${target.time}`;
  if (restored?.value === undefined) {
    await state.deleteCursor(key, { actor, action: 'rollback', note });
    return { value: undefined };
  }
  await state.setCursor(key, restored.value, { actor, action: 'rollback', note });
  return { value: restored.value, restored };
}
