import { userInfo } from 'node:os';
import { createEngine, createStateStore, defaultStatePath, describeError, type Pipeline, type StateStore } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import type { CliIo } from '../output/cli-io.js';
import { loadOrReport } from './load-or-report.js';
import { parseVars } from './parse-vars.js';
import { UsageError } from './usage-error.js';

/** The options every command that reads a pipeline's state takes. */
export interface PipelineStateOptions {
  state?: string;
  var?: string | string[];
}

/** `SYNCENGINE_STATE_HISTORY`: how many past values each cursor keeps (a whole number of at least 1), or undefined for the default. */
export function historyRetentionFrom(env: CliIo['env']): number | undefined {
  const raw = env.SYNCENGINE_STATE_HISTORY;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`SYNCENGINE_STATE_HISTORY=${raw}: write a whole number of at least 1`);
  return n;
}

/** Who the CLI records as the author of a state change: `cli:<user>`. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/**
 * Loads a pipeline and opens its state store (`--state`, `SYNCENGINE_STATE`, or the default file),
 * printing what went wrong and returning an exit code instead when either fails.
 */
export async function openPipelineState(
  file: string,
  options: PipelineStateOptions,
  io: CliIo,
): Promise<{ pipeline: Pipeline; state: StateStore } | number> {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const retention = historyRetentionFrom(io.env);
  const pipeline = await loadOrReport(engine, file, { vars: parseVars(options.var), env: io.env }, io);
  if (!pipeline) return 2;
  try {
    const state = await createStateStore(options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline), {
      baseDir: io.cwd,
      ...(retention !== undefined ? { historyRetention: retention } : {}),
    });
    return { pipeline, state };
  } catch (error) {
    io.stderr.write(`error ${pipeline.redactor.redact(describeError(error))}\n`);
    return 1;
  }
}

/** A plain text table: a header row, aligned columns, no trailing spaces. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** A cursor value as one line of text. */
export function showValue(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}
