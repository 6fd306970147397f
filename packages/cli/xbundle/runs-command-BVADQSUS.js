import {
  openPipelineState,
  renderTable,
  showValue
} from "./chunk-TW5FLHKL.js";
import "./chunk-DALFLWS2.js";
import "./chunk-LYA7H2TX.js";
import "./chunk-P3UW47MM.js";
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
import "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/runs-command.js
var STATUSES = ["running", "succeeded", "failed", "aborted", "abandoned"];
async function runsCommand(action, file, runId, options, io) {
  if (action !== "list" && action !== "show")
    throw new UsageError(`runs ${action}: the action must be list or show`);
  if (action === "show" && !runId)
    throw new UsageError("runs show: give the id of a run (see runs list)");
  if (options.status !== void 0 && !STATUSES.includes(options.status))
    throw new UsageError(`--status ${options.status}: must be one of ${STATUSES.join(", ")}`);
  const limit = options.limit === void 0 ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit ${String(options.limit)}: write a whole number of at least 1`);
  const opened = await openPipelineState(file, options, io);
  if (typeof opened === "number")
    return opened;
  const { pipeline, state } = opened;
  try {
    if (action === "show") {
      const run = await state.getRun(runId);
      if (!run || run.pipeline !== pipeline.name) {
        io.stderr.write(`error no run ${runId} of ${pipeline.name} in the run history
`);
        return 1;
      }
      io.stdout.write(options.json ? `${JSON.stringify(run, null, 2)}
` : renderRun(run));
      return 0;
    }
    const runs = await state.listRuns({
      pipeline: pipeline.name,
      limit,
      ...options.tenant !== void 0 ? { tenant: String(options.tenant) } : {},
      ...options.status ? { status: options.status } : {}
    });
    if (options.json)
      io.stdout.write(`${JSON.stringify(runs, null, 2)}
`);
    else if (runs.length === 0)
      io.stdout.write(`no runs of ${pipeline.name} in the run history
`);
    else
      io.stdout.write(renderTable(["run", "status", "trigger", "tenant", "started", "duration", "read", "written", "rejected", "error"], runs.map(runRow)));
    return 0;
  } finally {
    await state.close();
  }
}
function formatDuration(ms) {
  if (ms === void 0 || Number.isNaN(ms))
    return "";
  if (ms < 6e4)
    return `${(ms / 1e3).toFixed(1)}s`;
  const s = Math.round(ms / 1e3);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
}
function duration(run) {
  return run.finishedAt ? Date.parse(run.finishedAt) - Date.parse(run.startedAt) : void 0;
}
function runRow(run) {
  const sum = (f) => String(run.streams.reduce((n, s) => n + f(s), 0));
  return [
    run.id,
    run.status,
    run.trigger,
    run.tenant ?? "",
    run.startedAt,
    formatDuration(duration(run)),
    sum((s) => s.recordsRead),
    sum((s) => s.recordsWritten),
    sum((s) => s.recordsRejected),
    (run.error ?? "").slice(0, 80)
  ];
}
function renderRun(run) {
  const head = [
    `run:      ${run.id}`,
    `pipeline: ${run.pipeline}${run.tenant ? ` (tenant ${run.tenant})` : ""}`,
    `status:   ${run.status}`,
    `trigger:  ${run.trigger}`,
    `started:  ${run.startedAt}`,
    ...run.finishedAt ? [`finished: ${run.finishedAt} (${formatDuration(duration(run))})`] : [],
    ...run.error ? [`error:    ${run.error}`] : [],
    ""
  ].join("\n");
  const streams = renderTable(["stream", "status", "read", "written", "rejected", "duration", "cursor before", "cursor after", "error"], run.streams.map((s) => [
    s.stream,
    s.status,
    String(s.recordsRead),
    String(s.recordsWritten),
    String(s.recordsRejected),
    formatDuration(duration(s)),
    showValue(s.cursorBefore),
    showValue(s.cursorAfter),
    s.error ?? ""
  ]));
  return `${head}
${streams}`;
}
export {
  formatDuration,
  runsCommand
};
