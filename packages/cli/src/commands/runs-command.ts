import type { RunRecord, RunStatus } from '@syncengine/engine';
import type { CliIo } from '../output/cli-io.js';
import { openPipelineState, renderTable, showValue, type PipelineStateOptions } from './_pipeline-state.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine runs`. */
export interface RunsCommandOptions extends PipelineStateOptions {
  tenant?: string;
  /** The runs of this SQL job (`<pipeline>/<job>` in run history). */
  job?: string;
  status?: string;
  limit?: string | number;
  json?: boolean;
}

const STATUSES: readonly RunStatus[] = ['running', 'succeeded', 'failed', 'aborted', 'abandoned'];

/** `syncengine runs list <pipeline>` and `runs show <pipeline> <run-id>`: the run history of a pipeline. */
export async function runsCommand(
  action: string,
  file: string,
  runId: string | undefined,
  options: RunsCommandOptions,
  io: CliIo,
): Promise<number> {
  if (action !== 'list' && action !== 'show') throw new UsageError(`runs ${action}: the action must be list or show`);
  if (action === 'show' && !runId) throw new UsageError('runs show: give the id of a run (see runs list)');
  if (options.status !== undefined && !(STATUSES as readonly string[]).includes(options.status))
    throw new UsageError(`--status ${options.status}: must be one of ${STATUSES.join(', ')}`);
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit ${String(options.limit)}: write a whole number of at least 1`);
  const opened = await openPipelineState(file, options, io);
  if (typeof opened === 'number') return opened;
  const { state } = opened;
  // A job's runs are kept as pipeline `<pipeline>/<job>`.
  const pipeline = options.job ? { name: `${opened.pipeline.name}/${options.job}` } : opened.pipeline;
  try {
    if (action === 'show') {
      const run = await state.getRun(runId!);
      if (!run || run.pipeline !== pipeline.name) {
        io.stderr.write(`error no run ${runId} of ${pipeline.name} in the run history\n`);
        return 1;
      }
      io.stdout.write(options.json ? `${JSON.stringify(run, null, 2)}\n` : renderRun(run));
      return 0;
    }
    const runs = await state.listRuns({
      pipeline: pipeline.name,
      limit,
      ...(options.tenant !== undefined ? { tenant: String(options.tenant) } : {}),
      ...(options.status ? { status: options.status as RunStatus } : {}),
    });
    if (options.json) io.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
    else if (runs.length === 0) io.stdout.write(`no runs of ${pipeline.name} in the run history\n`);
    else
      io.stdout.write(
        renderTable(
          ['run', 'status', 'trigger', 'tenant', 'started', 'duration', 'read', 'written', 'rejected', 'error'],
          runs.map(runRow),
        ),
      );
    return 0;
  } finally {
    await state.close();
  }
}

/** Milliseconds as `1.2s`, `3m 04s`. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

function duration(run: { startedAt: string; finishedAt?: string }): number | undefined {
  return run.finishedAt ? Date.parse(run.finishedAt) - Date.parse(run.startedAt) : undefined;
}

function runRow(run: RunRecord): string[] {
  const sum = (f: (s: RunRecord['streams'][number]) => number) => String(run.streams.reduce((n, s) => n + f(s), 0));
  return [
    run.id,
    run.status,
    run.trigger,
    run.tenant ?? '',
    run.startedAt,
    formatDuration(duration(run)),
    sum((s) => s.recordsRead),
    sum((s) => s.recordsWritten),
    sum((s) => s.recordsRejected),
    (run.error ?? '').slice(0, 80),
  ];
}

function renderRun(run: RunRecord): string {
  const head = [
    `run:      ${run.id}`,
    `pipeline: ${run.pipeline}${run.tenant ? ` (tenant ${run.tenant})` : ''}`,
    `status:   ${run.status}`,
    `trigger:  ${run.trigger}`,
    `started:  ${run.startedAt}`,
    ...(run.finishedAt ? [`finished: ${run.finishedAt} (${formatDuration(duration(run))})`] : []),
    ...(run.error ? [`error:    ${run.error}`] : []),
    '',
  ].join('\n');
  const streams = renderTable(
    ['stream', 'status', 'read', 'written', 'rejected', 'duration', 'cursor before', 'cursor after', 'error'],
    run.streams.map((s) => [
      s.stream,
      s.status,
      String(s.recordsRead),
      String(s.recordsWritten),
      String(s.recordsRejected),
      formatDuration(duration(s)),
      showValue(s.cursorBefore),
      showValue(s.cursorAfter),
      s.error ?? '',
    ]),
  );
  return `${head}\n${streams}`;
}
