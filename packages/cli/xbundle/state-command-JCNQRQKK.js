import {
  cliActor,
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
import {
  parseRollbackTarget,
  rollbackCursor
} from "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import {
  planPipeline
} from "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
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

// packages/cli/dist/commands/state-command.js
var ACTIONS = ["show", "set", "reset", "history", "rollback"];
async function stateCommand(action, file, args, options, io) {
  if (!ACTIONS.includes(action))
    throw new UsageError(`state ${action}: the action must be one of ${ACTIONS.join(", ")}`);
  const [stream, value, ...extra] = args;
  if (action !== "show" && !stream)
    throw new UsageError(`state ${action}: give the stream (syncengine state ${action} <pipeline> <stream>)`);
  if (action === "set" && value === void 0)
    throw new UsageError("state set: give the new cursor value (JSON, or plain text for a string)");
  if (extra.length || action !== "set" && value !== void 0)
    throw new UsageError(`state ${action}: too many arguments: ${args.join(" ")}`);
  if (action === "rollback" && !options.to)
    throw new UsageError("state rollback: say where to with --to <run-id|time>");
  const limit = options.limit === void 0 ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit ${String(options.limit)}: write a whole number of at least 1`);
  const opened = await openPipelineState(file, options, io);
  if (typeof opened === "number")
    return opened;
  const { pipeline, state } = opened;
  try {
    const streams = planPipeline(pipeline).streams.map((s) => s.name);
    if (stream !== void 0 && !streams.includes(stream)) {
      io.stderr.write(`error ${pipeline.name} has no stream ${stream}; its streams: ${streams.join(", ")}
`);
      return 2;
    }
    const key = {
      pipeline: pipeline.name,
      stream: stream ?? "",
      ...options.tenant !== void 0 ? { tenant: String(options.tenant) } : {},
      ...options.partition !== void 0 ? { partition: String(options.partition) } : {}
    };
    const where = `${stream}${key.tenant ? ` tenant ${key.tenant}` : ""}${key.partition ? ` partition ${key.partition}` : ""}`;
    const actor = cliActor();
    switch (action) {
      case "show": {
        const cursors = await state.cursors.list({
          pipeline: pipeline.name,
          ...stream ? { stream } : {},
          ...key.tenant !== void 0 ? { tenant: key.tenant } : {},
          ...key.partition !== void 0 ? { partition: key.partition } : {}
        });
        if (options.json)
          io.stdout.write(`${JSON.stringify(cursors, null, 2)}
`);
        else if (cursors.length === 0)
          io.stdout.write(`no stored cursors for ${pipeline.name}${stream ? ` ${where}` : ""}
`);
        else
          io.stdout.write(renderTable(["stream", "tenant", "partition", "cursor", "updated"], cursors.map((c) => [c.stream, c.tenant ?? "", c.partition ?? "", showValue(c.value), c.updatedAt])));
        return 0;
      }
      case "set": {
        const parsed = parseValue(value);
        const before = await state.getCursor(key);
        await state.setCursor(key, parsed, { actor, action: "set" });
        io.stdout.write(`cursor of ${where}: ${showValue(before)} -> ${showValue(parsed)}
`);
        return 0;
      }
      case "reset": {
        const before = await state.getCursor(key);
        await state.deleteCursor(key, { actor });
        io.stdout.write(`cursor of ${where} reset (was ${showValue(before)}); the next run reads from the start
`);
        return 0;
      }
      case "history": {
        const entries = await state.cursors.history({ ...key, tenant: key.tenant ?? "", partition: key.partition ?? "", limit });
        if (options.json)
          io.stdout.write(`${JSON.stringify(entries, null, 2)}
`);
        else if (entries.length === 0)
          io.stdout.write(`no cursor history for ${where}
`);
        else
          io.stdout.write(renderTable(["at", "action", "cursor", "run", "by", "note"], entries.map((e) => [e.at, e.action, showValue(e.value), e.runId ?? "", e.actor, e.note ?? ""])));
        return 0;
      }
      default: {
        const before = await state.getCursor(key);
        try {
          const result = await rollbackCursor(state, key, parseRollbackTarget(options.to), actor);
          io.stdout.write(`cursor of ${where}: ${showValue(before)} -> ${showValue(result.value)}${result.restored ? ` (as committed at ${result.restored.at}${result.restored.runId ? ` by run ${result.restored.runId}` : ""})` : " (before its first commit: reset)"}
`);
          return 0;
        } catch (error) {
          io.stderr.write(`error ${describeError(error)}
`);
          return 1;
        }
      }
    }
  } finally {
    await state.close();
  }
}
function parseValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
export {
  stateCommand
};
