import { checkPipeline, createEngine, createStateStore, defaultStatePath, describeError, type StateStore } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import type { CliIo } from '../output/cli-io.js';
import { jsonChecks, jsonProblem, writeJson, type JsonIssue } from '../output/json-result.js';
import { loadOrReport } from './load-or-report.js';
import { parseVars } from './parse-vars.js';

/** Options of `syncengine check`. */
export interface CheckCommandOptions {
  var?: string | string[];
  state?: string;
  /** Print one JSON result on stdout instead of the lines. */
  json?: boolean;
}

/**
 * `syncengine check <pipeline>`: tests every connection (credentials, then one call per source)
 * without writing anything. Exit code 0 when all pass, 1 otherwise, 2 for an invalid pipeline.
 */
export async function checkCommand(file: string, options: CheckCommandOptions, io: CliIo): Promise<number> {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const problems: JsonIssue[] = [];
  const pipeline = await loadOrReport(engine, file, { vars: parseVars(options.var), env: io.env }, io, problems);
  if (!pipeline) {
    if (options.json) writeJson(io, 'check', { status: 'invalid', file, connections: [], errors: problems });
    return 2;
  }
  let state: StateStore;
  try {
    state = await createStateStore(options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline), { baseDir: io.cwd });
  } catch (error) {
    io.stderr.write(`error ${pipeline.redactor.redact(describeError(error))}\n`);
    if (options.json)
      writeJson(
        io,
        'check',
        { status: 'failed', file, connections: [], errors: [jsonProblem(file, describeError(error))] },
        pipeline.redactor.redact,
      );
    return 1;
  }
  try {
    const checks = await checkPipeline(pipeline, { state });
    const failed = checks.filter((c) => !c.ok).length;
    if (options.json) {
      writeJson(
        io,
        'check',
        { status: failed ? 'failed' : 'ok', file, pipeline: pipeline.name, connections: jsonChecks(checks), errors: [] },
        pipeline.redactor.redact,
      );
      return failed ? 1 : 0;
    }
    const width = Math.max(...checks.map((c) => c.connection.length + c.type.length + 3));
    for (const c of checks) {
      io.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${`${c.connection} (${c.type})`.padEnd(width)}  ${c.detail} [${c.durationMs} ms]\n`);
    }
    io.stdout.write(failed ? `${failed} of ${checks.length} connections failed\n` : `all ${checks.length} connections work\n`);
    return failed ? 1 : 0;
  } finally {
    await state.close();
  }
}
