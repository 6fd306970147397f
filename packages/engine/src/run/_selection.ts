import type { Pipeline } from '../config/load-pipeline.js';
import { SyncError } from '../errors.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import type { SelectionPlan } from '../plan/plan-types.js';
import type { RunOptions } from './run-options.js';
import type { RecordStep } from './step-handlers.js';

/**
 * A run limited to a `selections:` entry runs the streams the selection names (or those of
 * `options.streams`, which must be among them) and takes no strategy: it reads what it selects in full.
 */
export function applySelection(pipeline: Pipeline, options: RunOptions): RunOptions {
  if (options.selection === undefined) return options;
  const selections = planPipeline(pipeline).selections;
  const selection = selections[options.selection];
  if (!selection) {
    const known = Object.keys(selections);
    throw new SyncError(
      'CONFIG_INVALID',
      `unknown selection "${options.selection}"; ${known.length ? `${pipeline.name} has: ${known.join(', ')}` : `${pipeline.name} declares no selections:`}`,
    );
  }
  if (options.strategy)
    throw new SyncError(
      'CONFIG_INVALID',
      `selection ${selection.name} reads what it selects in full, without a cursor: it takes no strategy (leave out "${options.strategy}")`,
    );
  const chosen = Object.keys(selection.streams);
  const outside = (options.streams ?? []).filter((s) => !chosen.includes(s));
  if (outside.length)
    throw new SyncError(
      'CONFIG_INVALID',
      `selection ${selection.name} does not run ${outside.map((s) => `"${s}"`).join(', ')}; it runs: ${chosen.join(', ')}`,
    );
  return { ...options, streams: options.streams?.length ? options.streams : chosen };
}

/** The selection a run is limited to, or undefined. */
export function selectionOf(pipeline: Pipeline, options: RunOptions): SelectionPlan | undefined {
  return options.selection === undefined ? undefined : planPipeline(pipeline).selections[options.selection];
}

/** The stream's steps behind the selection's `where` filter: a record it does not keep is filtered before any step. */
export function behindWhere(where: unknown, step: RecordStep): RecordStep {
  if (where === undefined) return step;
  const keep = compileLogic(where);
  return (record, scopes) => (isTruthy(keep(record)) ? step(record, scopes) : null);
}
