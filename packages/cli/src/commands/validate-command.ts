// Subpath entries: validating loads the pipeline loader, the planner and the connectors' schemas,
// not the run loop, the state stores or any driver.
import { createEngine } from '@syncengine/engine/engine';
import { describeError, formatConfigIssue } from '@syncengine/engine/errors';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors/builtin-connectors';
import type { CliIo } from '../output/cli-io.js';
import { jsonIssue, jsonProblem, writeJson, type JsonIssue } from '../output/json-result.js';
import { loadOrReport } from './load-or-report.js';
import { parseVars } from './parse-vars.js';

/** Options of `syncengine validate`. */
export interface ValidateCommandOptions {
  var?: string | string[];
  /** Make an unset `${env.*}` variable an error instead of a warning. @default false */
  requireEnv?: boolean;
  /** Print each file's streams as YAML after templates are expanded (`extends`, `params`) and defaults applied. @default false */
  printExpanded?: boolean;
  /** Print one JSON result on stdout (per file: status, streams, errors and warnings with positions) instead of the lines. */
  json?: boolean;
}

/**
 * `syncengine validate <files...>`: parses, validates and plans each file without running it.
 * Validation checks structure without needing the environment: an unset `${env.*}` variable is a
 * warning naming it and its position, an error with `--require-env`. Exit code 2 when any file is invalid.
 */
export async function validateCommand(files: string[], options: ValidateCommandOptions, io: CliIo): Promise<number> {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const vars = parseVars(options.var);
  let invalid = 0;
  let unset = 0;
  const results: Record<string, unknown>[] = [];
  // With --json, stdout holds the one result: the human lines go to stderr.
  const out = options.json ? io.stderr : io.stdout;
  for (const file of files) {
    const errors: JsonIssue[] = [];
    const warnings: JsonIssue[] = [];
    const pipeline = await loadOrReport(
      engine,
      file,
      {
        vars,
        env: io.env,
        resolveSecrets: false,
        unsetEnv: options.requireEnv ? 'error' : 'warning',
        onWarning: (issue) => {
          unset += 1;
          warnings.push(jsonIssue(issue));
          io.stderr.write(`warning ${formatConfigIssue(issue)}\n`);
        },
      },
      io,
      errors,
    );
    if (!pipeline) {
      invalid += 1;
      results.push({ file, status: 'invalid', errors, warnings });
      continue;
    }
    try {
      const plan = engine.plan(pipeline);
      if (options.printExpanded) {
        const { stringify } = await import('yaml');
        const streams = pipeline.definition.streams as Record<string, unknown>;
        out.write(pipeline.redactor.redact(stringify({ streams }, { lineWidth: 0 })));
      }
      results.push({ file, status: 'valid', pipeline: pipeline.name, streams: plan.streams.map((s) => s.name), errors, warnings });
      out.write(
        `ok ${file}: pipeline ${pipeline.name}, ${plan.streams.length} stream${plan.streams.length === 1 ? '' : 's'} (${plan.streams.map((s) => s.name).join(', ')})\n`,
      );
    } catch (error) {
      invalid += 1;
      io.stderr.write(`${file}: ${describeError(error)}\n`);
      results.push({ file, status: 'invalid', errors: [...errors, jsonProblem(file, describeError(error))], warnings });
    }
  }
  if (options.json) writeJson(io, 'validate', { status: invalid ? 'invalid' : 'valid', files: results });
  if (files.length > 1) out.write(`${files.length - invalid} of ${files.length} pipelines valid\n`);
  if (unset)
    io.stderr.write(
      `${unset} environment variable reference${unset === 1 ? ' is' : 's are'} not set: checked without ${unset === 1 ? 'its value' : 'their values'}; --require-env makes ${unset === 1 ? 'it an error' : 'them errors'}\n`,
    );
  return invalid ? 2 : 0;
}
