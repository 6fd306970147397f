import {
  jsonChecks,
  jsonProblem,
  loadOrReport,
  parseVars,
  writeJson
} from "./chunk-DALFLWS2.js";
import "./chunk-LYA7H2TX.js";
import {
  BUILTIN_CONNECTORS
} from "./chunk-P3UW47MM.js";
import "./chunk-VHNRJIKL.js";
import "./chunk-USJJSOEW.js";
import "./chunk-JFTVXPZF.js";
import "./chunk-UVMJULST.js";
import "./chunk-WN2DRB5R.js";
import "./chunk-QNSC5OAB.js";
import "./chunk-3POCXQQ3.js";
import "./chunk-JGRDHK3I.js";
import "./chunk-MG6B7KT6.js";
import {
  checkPipeline
} from "./chunk-LYI5B7ID.js";
import {
  createEngine,
  defaultStatePath
} from "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import {
  createStateStore
} from "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import {
  describeError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/check-command.js
async function checkCommand(file, options, io) {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const problems = [];
  const pipeline = await loadOrReport(engine, file, { vars: parseVars(options.var), env: io.env }, io, problems);
  if (!pipeline) {
    if (options.json)
      writeJson(io, "check", { status: "invalid", file, connections: [], errors: problems });
    return 2;
  }
  let state;
  try {
    state = await createStateStore(options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline), { baseDir: io.cwd });
  } catch (error) {
    io.stderr.write(`error ${pipeline.redactor.redact(describeError(error))}
`);
    if (options.json)
      writeJson(io, "check", { status: "failed", file, connections: [], errors: [jsonProblem(file, describeError(error))] }, pipeline.redactor.redact);
    return 1;
  }
  try {
    const checks = await checkPipeline(pipeline, { state });
    const failed = checks.filter((c) => !c.ok).length;
    if (options.json) {
      writeJson(io, "check", { status: failed ? "failed" : "ok", file, pipeline: pipeline.name, connections: jsonChecks(checks), errors: [] }, pipeline.redactor.redact);
      return failed ? 1 : 0;
    }
    const width = Math.max(...checks.map((c) => c.connection.length + c.type.length + 3));
    for (const c of checks) {
      io.stdout.write(`${c.ok ? "ok  " : "FAIL"} ${`${c.connection} (${c.type})`.padEnd(width)}  ${c.detail} [${c.durationMs} ms]
`);
    }
    io.stdout.write(failed ? `${failed} of ${checks.length} connections failed
` : `all ${checks.length} connections work
`);
    return failed ? 1 : 0;
  } finally {
    await state.close();
  }
}
export {
  checkCommand
};
