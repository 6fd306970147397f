import {
  createScheduler
} from "./chunk-WVYVQSNU.js";
import {
  openOpsRuntime,
  untilAborted
} from "./chunk-VMM7LPXO.js";
import "./chunk-JSIGFRPI.js";
import "./chunk-E5RDEU7U.js";
import "./chunk-TW5FLHKL.js";
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
import "./chunk-JGRDHK3I.js";
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

// packages/cli/dist/commands/schedule-command.js
async function scheduleCommand(files, options, io, signal) {
  const runtime = await openOpsRuntime(files, options, io);
  if (typeof runtime === "number")
    return runtime;
  const { logger } = runtime;
  const scheduler = createScheduler({
    pipelines: runtime.pipelines,
    queue: runtime.queue,
    checkEveryMs: runtime.checkEveryMs,
    retryAfterMs: runtime.retryAfterMs,
    logger
  });
  logger.info(`scheduling ${runtime.pipelines.list.map((p) => p.name).join(", ")} (lock holder ${runtime.queue.holder})`);
  scheduler.start();
  await untilAborted(signal);
  logger.info("stopping: running runs finish their current batch and save their state");
  await scheduler.stop();
  await runtime.close();
  logger.info("stopped");
  return 0;
}
export {
  scheduleCommand
};
