import {
  jsonIssue,
  jsonProblem,
  loadOrReport,
  parseVars,
  writeJson
} from "./chunk-DALFLWS2.js";
import {
  BUILTIN_CONNECTORS
} from "./chunk-P3UW47MM.js";
import "./chunk-JGRDHK3I.js";
import {
  createEngine
} from "./chunk-4UUC4JN3.js";
import {
  require_dist
} from "./chunk-GRVIXJDI.js";
import {
  describeError,
  formatConfigIssue
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-Q4FN6NNM.js";
import {
  __toESM
} from "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/validate-command.js
var import_yaml = __toESM(require_dist(), 1);
async function validateCommand(files, options, io) {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const vars = parseVars(options.var);
  let invalid = 0;
  let unset = 0;
  const results = [];
  const out = options.json ? io.stderr : io.stdout;
  for (const file of files) {
    const errors = [];
    const warnings = [];
    const pipeline = await loadOrReport(engine, file, {
      vars,
      env: io.env,
      resolveSecrets: false,
      unsetEnv: options.requireEnv ? "error" : "warning",
      onWarning: (issue) => {
        unset += 1;
        warnings.push(jsonIssue(issue));
        io.stderr.write(`warning ${formatConfigIssue(issue)}
`);
      }
    }, io, errors);
    if (!pipeline) {
      invalid += 1;
      results.push({ file, status: "invalid", errors, warnings });
      continue;
    }
    try {
      const plan = engine.plan(pipeline);
      if (options.printExpanded) {
        const streams = pipeline.definition.streams;
        out.write(pipeline.redactor.redact((0, import_yaml.stringify)({ streams }, { lineWidth: 0 })));
      }
      results.push({ file, status: "valid", pipeline: pipeline.name, streams: plan.streams.map((s) => s.name), errors, warnings });
      out.write(`ok ${file}: pipeline ${pipeline.name}, ${plan.streams.length} stream${plan.streams.length === 1 ? "" : "s"} (${plan.streams.map((s) => s.name).join(", ")})
`);
    } catch (error) {
      invalid += 1;
      io.stderr.write(`${file}: ${describeError(error)}
`);
      results.push({ file, status: "invalid", errors: [...errors, jsonProblem(file, describeError(error))], warnings });
    }
  }
  if (options.json)
    writeJson(io, "validate", { status: invalid ? "invalid" : "valid", files: results });
  if (files.length > 1)
    out.write(`${files.length - invalid} of ${files.length} pipelines valid
`);
  if (unset)
    io.stderr.write(`${unset} environment variable reference${unset === 1 ? " is" : "s are"} not set: checked without ${unset === 1 ? "its value" : "their values"}; --require-env makes ${unset === 1 ? "it an error" : "them errors"}
`);
  return invalid ? 2 : 0;
}
export {
  validateCommand
};
