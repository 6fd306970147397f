import {
  renderSummary
} from "./chunk-FCXBJHRA.js";
import {
  createCliLogger
} from "./chunk-E5RDEU7U.js";
import {
  loadOrReport,
  parseVars
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
import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import "./chunk-MG6B7KT6.js";
import "./chunk-LYI5B7ID.js";
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

// packages/cli/dist/commands/quarantine-command.js
var ACTIONS = ["list", "show", "replay"];
async function quarantineCommand(action, file, ids, options, io) {
  if (!ACTIONS.includes(action))
    throw new UsageError(`quarantine ${action}: the action must be one of ${ACTIONS.join(", ")}`);
  const streams = (Array.isArray(options.stream) ? options.stream : options.stream ? [options.stream] : []).flatMap((s) => String(s).split(","));
  const status = options.status ?? "open";
  if (!["open", "replayed", "all"].includes(status))
    throw new UsageError(`--status ${status}: must be one of open, replayed, all`);
  if (action === "show" && ids.length === 0)
    throw new UsageError("quarantine show: give the id of at least one record (see quarantine list)");
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const pipeline = await loadOrReport(engine, file, { vars: parseVars(options.var), env: io.env }, io);
  if (!pipeline)
    return 2;
  const stateLocation = options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline);
  let state;
  try {
    state = await createStateStore(stateLocation, { baseDir: io.cwd });
  } catch (error) {
    io.stderr.write(`error ${pipeline.redactor.redact(describeError(error))}
`);
    return 1;
  }
  try {
    const filter = { pipeline: pipeline.name, status: action === "replay" ? "open" : status };
    const matches = (id) => ids.length === 0 || ids.some((given) => id.startsWith(given));
    const entries = (await state.quarantine.list({ ...filter, limit: 1e5 })).filter((e) => (streams.length === 0 || streams.includes(e.stream)) && matches(e.id));
    const ambiguous = ids.filter((given) => entries.filter((e) => e.id.startsWith(given)).length > 1 && given.length < 32);
    if (action === "show" && ambiguous.length) {
      io.stderr.write(`error id ${ambiguous.join(", ")} matches several records; give more characters
`);
      return 2;
    }
    const fullIds = entries.map((e) => e.id);
    if (action === "list") {
      if (options.json)
        io.stdout.write(`${JSON.stringify(entries, null, 2)}
`);
      else
        io.stdout.write(renderList(entries, status));
      return 0;
    }
    if (action === "show") {
      if (entries.length === 0) {
        io.stderr.write(`error no quarantined record with id ${ids.join(", ")} in ${pipeline.name}
`);
        return 1;
      }
      io.stdout.write(options.json ? `${JSON.stringify(entries, null, 2)}
` : entries.map(renderEntry).join("\n"));
      return 0;
    }
    if (entries.length === 0) {
      io.stdout.write(`nothing to replay: ${pipeline.name} has no open quarantined records${streams.length ? ` in ${streams.join(", ")}` : ""}
`);
      return 0;
    }
    const toReplay = [...new Set(entries.map((e) => e.stream))];
    const { logger, close } = createCliLogger({ io, redactor: pipeline.redactor, debug: options.debug ?? false, logDir: void 0 });
    try {
      const result = await engine.run(pipeline, {
        state,
        logger,
        streams: toReplay,
        trigger: "replay",
        replay: ids.length ? { ids: fullIds } : {},
        output: io.stdout
      });
      io.stdout.write(`
${pipeline.redactor.redact(renderSummary(result))}`);
      return result.status === "succeeded" ? 0 : 1;
    } finally {
      await close();
    }
  } finally {
    await state.close();
  }
}
function renderList(entries, status) {
  if (entries.length === 0)
    return `no ${status === "all" ? "" : `${status} `}quarantined records
`;
  const header = ["id", "stream", "key", "status", "rejected at", "reason"];
  const rows = entries.map((e) => [e.id.slice(0, 12), e.stream, e.recordKey, e.status, e.createdAt, truncate(e.reasons.join("; "), 80)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}
${entries.length} record${entries.length === 1 ? "" : "s"}
`;
}
function renderEntry(e) {
  return [
    `id:       ${e.id}`,
    `stream:   ${e.stream}`,
    `key:      ${e.recordKey}`,
    `status:   ${e.status}${e.resolvedRunId ? ` (by run ${e.resolvedRunId} at ${e.resolvedAt ?? "?"})` : ""}`,
    `run:      ${e.runId} at ${e.createdAt}`,
    "reasons:",
    ...e.reasons.map((r) => `  - ${r}`),
    "record:",
    JSON.stringify(e.record, null, 2).replace(/^/gm, "  "),
    ""
  ].join("\n");
}
function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
export {
  quarantineCommand
};
