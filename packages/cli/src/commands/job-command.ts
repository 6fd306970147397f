import { resolve } from 'node:path';
import { describeError, runJob, type JobResult } from '@syncengine/engine';
import type { CliIo } from '../output/cli-io.js';
import { createCliLogger } from '../output/cli-logger.js';
import { openPipelineState, type PipelineStateOptions } from './_pipeline-state.js';

/** Options of `syncengine job`, as cac parses them. */
export interface JobCommandOptions extends PipelineStateOptions {
  /** `for_each_tenant` jobs: only these tenants (repeatable or comma-separated). */
  tenant?: string | string[];
  debug?: boolean;
  json?: boolean;
  logDir?: string;
  logs?: boolean;
}

/**
 * `syncengine job <pipeline> <job>`: runs one SQL job of the pipeline now, as its schedule would,
 * recorded in run history as `<pipeline>/<job>`. Exit 0 when it succeeded, 1 when it failed (a
 * `for_each_tenant` job: when any tenant failed), 2 for an invalid file or job name.
 */
export async function jobCommand(file: string, name: string, options: JobCommandOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  const opened = await openPipelineState(file, options, io);
  if (typeof opened === 'number') return opened;
  const { pipeline, state } = opened;
  const logDir =
    options.logs === false
      ? undefined
      : resolve(io.cwd, options.logDir ?? io.env.SYNCENGINE_LOG_DIR ?? resolve(pipeline.baseDir, '.syncengine', 'logs'));
  const { logger, close } = createCliLogger({ io, redactor: pipeline.redactor, debug: options.debug ?? false, logDir });
  const tenants = [options.tenant ?? []]
    .flat()
    .flatMap((t) => String(t).split(','))
    .filter(Boolean);
  try {
    const result = await runJob(pipeline, name, {
      state,
      logger,
      trigger: 'cli',
      ...(signal ? { signal } : {}),
      ...(tenants.length ? { tenants } : {}),
      ...(io.now ? { now: io.now } : {}),
    });
    io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderJob(result));
    return result.status === 'succeeded' ? 0 : 1;
  } catch (error) {
    io.stderr.write(`error ${pipeline.redactor.redact(describeError(error))}\n`);
    return /has no job|unknown tenant/.test(describeError(error)) ? 2 : 1;
  } finally {
    await close();
    await state.close();
  }
}

function renderJob(result: JobResult): string {
  const line = (r: JobResult) =>
    `${r.pipeline}${r.tenant !== undefined ? ` (tenant ${r.tenant})` : ''}: ${r.status} in ${((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1)}s, run ${r.runId}` +
    `${r.rows.length ? `, rows ${r.rows.join(' + ')}` : ''}${r.error ? `: ${r.error}` : ''}\n`;
  if (!result.tenants) return line(result);
  return `${result.tenants.map(line).join('')}${result.pipeline}: ${result.status} (${result.tenants.length} tenants)${result.error ? `: ${result.error}` : ''}\n`;
}
