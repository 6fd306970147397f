import type { Engine, LoadPipelineOptions, Pipeline } from '@syncengine/engine';
import { describeError, formatConfigIssue, PipelineConfigError } from '@syncengine/engine/errors';
import type { CliIo } from '../output/cli-io.js';
import { jsonIssue, jsonProblem, type JsonIssue } from '../output/json-result.js';

/**
 * Loads a pipeline, or prints every problem in it (`file:line:col path: message`) and returns undefined;
 * `problems` (for `--json`) receives them too.
 */
export async function loadOrReport(
  engine: Engine,
  file: string,
  options: LoadPipelineOptions,
  io: CliIo,
  problems?: JsonIssue[],
): Promise<Pipeline | undefined> {
  try {
    return await engine.load(file, options);
  } catch (error) {
    if (error instanceof PipelineConfigError) {
      for (const issue of error.issues) io.stderr.write(`${formatConfigIssue(issue)}\n`);
      problems?.push(...error.issues.map(jsonIssue));
      return undefined;
    }
    io.stderr.write(`${file}: ${describeError(error)}\n`);
    problems?.push(jsonProblem(file, describeError(error)));
    return undefined;
  }
}
