import { describeError, parseRollbackTarget, planPipeline, rollbackCursor, type StreamKey } from '@syncengine/engine';
import type { CliIo } from '../output/cli-io.js';
import { cliActor, openPipelineState, renderTable, showValue, type PipelineStateOptions } from './_pipeline-state.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine state`. */
export interface StateCommandOptions extends PipelineStateOptions {
  tenant?: string | number;
  partition?: string | number;
  to?: string;
  limit?: string | number;
  json?: boolean;
}

const ACTIONS = ['show', 'set', 'reset', 'history', 'rollback'] as const;

/**
 * `syncengine state show|set|reset|history|rollback <pipeline> [stream] [value]`: read and change the
 * cursors of a pipeline per stream, tenant and partition; every change is kept in the cursor history.
 */
export async function stateCommand(action: string, file: string, args: string[], options: StateCommandOptions, io: CliIo): Promise<number> {
  if (!(ACTIONS as readonly string[]).includes(action))
    throw new UsageError(`state ${action}: the action must be one of ${ACTIONS.join(', ')}`);
  const [stream, value, ...extra] = args;
  if (action !== 'show' && !stream)
    throw new UsageError(`state ${action}: give the stream (syncengine state ${action} <pipeline> <stream>)`);
  if (action === 'set' && value === undefined)
    throw new UsageError('state set: give the new cursor value (JSON, or plain text for a string)');
  if (extra.length || (action !== 'set' && value !== undefined))
    throw new UsageError(`state ${action}: too many arguments: ${args.join(' ')}`);
  if (action === 'rollback' && !options.to) throw new UsageError('state rollback: say where to with --to <run-id|time>');
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit ${String(options.limit)}: write a whole number of at least 1`);

  const opened = await openPipelineState(file, options, io);
  if (typeof opened === 'number') return opened;
  const { pipeline, state } = opened;
  try {
    const streams = planPipeline(pipeline).streams.map((s) => s.name);
    if (stream !== undefined && !streams.includes(stream)) {
      io.stderr.write(`error ${pipeline.name} has no stream ${stream}; its streams: ${streams.join(', ')}\n`);
      return 2;
    }
    const key: StreamKey = {
      pipeline: pipeline.name,
      stream: stream ?? '',
      ...(options.tenant !== undefined ? { tenant: String(options.tenant) } : {}),
      ...(options.partition !== undefined ? { partition: String(options.partition) } : {}),
    };
    const where = `${stream}${key.tenant ? ` tenant ${key.tenant}` : ''}${key.partition ? ` partition ${key.partition}` : ''}`;
    const actor = cliActor();
    switch (action) {
      case 'show': {
        const cursors = await state.cursors!.list({
          pipeline: pipeline.name,
          ...(stream ? { stream } : {}),
          ...(key.tenant !== undefined ? { tenant: key.tenant } : {}),
          ...(key.partition !== undefined ? { partition: key.partition } : {}),
        });
        if (options.json) io.stdout.write(`${JSON.stringify(cursors, null, 2)}\n`);
        else if (cursors.length === 0) io.stdout.write(`no stored cursors for ${pipeline.name}${stream ? ` ${where}` : ''}\n`);
        else
          io.stdout.write(
            renderTable(
              ['stream', 'tenant', 'partition', 'cursor', 'updated'],
              cursors.map((c) => [c.stream, c.tenant ?? '', c.partition ?? '', showValue(c.value), c.updatedAt]),
            ),
          );
        return 0;
      }
      case 'set': {
        const parsed = parseValue(value!);
        const before = await state.getCursor(key);
        await state.setCursor(key, parsed, { actor, action: 'set' });
        io.stdout.write(`cursor of ${where}: ${showValue(before)} -> ${showValue(parsed)}\n`);
        return 0;
      }
      case 'reset': {
        const before = await state.getCursor(key);
        await state.deleteCursor(key, { actor });
        io.stdout.write(`cursor of ${where} reset (was ${showValue(before)}); the next run reads from the start\n`);
        return 0;
      }
      case 'history': {
        const entries = await state.cursors!.history({ ...key, tenant: key.tenant ?? '', partition: key.partition ?? '', limit });
        if (options.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        else if (entries.length === 0) io.stdout.write(`no cursor history for ${where}\n`);
        else
          io.stdout.write(
            renderTable(
              ['at', 'action', 'cursor', 'run', 'by', 'note'],
              entries.map((e) => [e.at, e.action, showValue(e.value), e.runId ?? '', e.actor, e.note ?? '']),
            ),
          );
        return 0;
      }
      default: {
        const before = await state.getCursor(key);
        try {
          const result = await rollbackCursor(state, key, parseRollbackTarget(options.to!), actor);
          io.stdout.write(
            `cursor of ${where}: ${showValue(before)} -> ${showValue(result.value)}${result.restored ? ` (as committed at ${result.restored.at}${result.restored.runId ? ` by run ${result.restored.runId}` : ''})` : ' (before its first commit: reset)'}\n`,
          );
          return 0;
        } catch (error) {
          io.stderr.write(`error ${describeError(error)}\n`);
          return 1;
        }
      }
    }
  } finally {
    await state.close();
  }
}

/** A cursor value from the command line: JSON (`17`, `"a"`, `{"page":3}`), else the text itself. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
