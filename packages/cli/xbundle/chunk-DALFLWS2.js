import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import {
  PipelineConfigError,
  describeError,
  formatConfigIssue
} from "./chunk-RLQ4YVQZ.js";

// packages/cli/dist/output/json-result.js
function jsonIssue(issue) {
  return {
    file: issue.file,
    line: issue.line,
    column: issue.column,
    path: issue.path,
    message: issue.message,
    at: `${issue.file}:${issue.line}:${issue.column}`
  };
}
function jsonProblem(file, message) {
  return { file, message, at: file };
}
function jsonStream(result) {
  const { stream, status, recordsRead, recordsWritten, recordsRejected, recordsFiltered, inserted, updated, skipped, cursorBefore, cursorAfter, error } = result;
  return {
    stream,
    status,
    records: { read: recordsRead, written: recordsWritten, rejected: recordsRejected, filtered: recordsFiltered },
    inserted,
    updated,
    skipped,
    cursor: { before: cursorBefore ?? null, after: cursorAfter ?? null },
    ...error ? { error } : {}
  };
}
function jsonRun(result) {
  return {
    status: result.status,
    runId: result.runId,
    pipeline: result.pipeline,
    ...result.tenant ? { tenant: result.tenant } : {},
    dryRun: result.dryRun,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    streams: result.streams.map(jsonStream),
    ...result.tenants ? { tenants: result.tenants.map(jsonRun) } : {},
    errors: result.error ? [{ message: result.error }] : []
  };
}
function jsonChecks(checks) {
  return checks.map((c) => ({ connection: c.connection, type: c.type, ok: c.ok, detail: c.detail, durationMs: c.durationMs }));
}
function writeJson(io, command, body, redact = (t) => t) {
  io.stdout.write(`${redact(JSON.stringify({ command, ...body }, null, 2))}
`);
}

// packages/cli/dist/commands/load-or-report.js
async function loadOrReport(engine, file, options, io, problems) {
  try {
    return await engine.load(file, options);
  } catch (error) {
    if (error instanceof PipelineConfigError) {
      for (const issue of error.issues)
        io.stderr.write(`${formatConfigIssue(issue)}
`);
      problems?.push(...error.issues.map(jsonIssue));
      return void 0;
    }
    io.stderr.write(`${file}: ${describeError(error)}
`);
    problems?.push(jsonProblem(file, describeError(error)));
    return void 0;
  }
}

// packages/cli/dist/commands/parse-vars.js
function parseVars(raw) {
  const list = raw === void 0 ? [] : Array.isArray(raw) ? raw : [raw];
  const vars = {};
  for (const item of list) {
    const text = String(item);
    const eq = text.indexOf("=");
    const name = eq > 0 ? text.slice(0, eq) : "";
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
      throw new UsageError(`--var ${text}: write --var name=value`);
    vars[name] = text.slice(eq + 1);
  }
  return vars;
}

export {
  jsonIssue,
  jsonProblem,
  jsonRun,
  jsonChecks,
  writeJson,
  loadOrReport,
  parseVars
};
