import {
  loadOrReport,
  parseVars
} from "./chunk-DALFLWS2.js";
import {
  BUILTIN_CONNECTORS
} from "./chunk-P3UW47MM.js";
import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import {
  createEngine,
  defaultStatePath
} from "./chunk-4UUC4JN3.js";
import {
  createStateStore
} from "./chunk-AXXOOHKV.js";
import {
  describeError
} from "./chunk-RLQ4YVQZ.js";

// packages/cli/dist/commands/_pipeline-state.js
import { userInfo } from "node:os";
function historyRetentionFrom(env) {
  const raw = env.SYNCENGINE_STATE_HISTORY;
  if (raw === void 0 || raw === "")
    return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`SYNCENGINE_STATE_HISTORY=${raw}: write a whole number of at least 1`);
  return n;
}
function cliActor() {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli";
  }
}
async function openPipelineState(file, options, io) {
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const retention = historyRetentionFrom(io.env);
  const pipeline = await loadOrReport(engine, file, { vars: parseVars(options.var), env: io.env }, io);
  if (!pipeline)
    return 2;
  try {
    const state = await createStateStore(options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline), {
      baseDir: io.cwd,
      ...retention !== void 0 ? { historyRetention: retention } : {}
    });
    return { pipeline, state };
  } catch (error) {
    io.stderr.write(`error ${pipeline.redactor.redact(describeError(error))}
`);
    return 1;
  }
}
function renderTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}
`;
}
function showValue(value) {
  return value === void 0 ? "(none)" : JSON.stringify(value);
}

export {
  historyRetentionFrom,
  cliActor,
  openPipelineState,
  renderTable,
  showValue
};
