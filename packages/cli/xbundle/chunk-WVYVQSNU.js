import {
  findTargets,
  isScheduled
} from "./chunk-VMM7LPXO.js";
import {
  runLockName
} from "./chunk-XQSIKRHP.js";
import {
  describeError
} from "./chunk-RLQ4YVQZ.js";

// packages/cli/dist/ops/clock.js
var SYSTEM_CLOCK = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    if (signal.aborted)
      return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  })
};

// packages/cli/dist/ops/scheduler.js
import { createConsola } from "consola";
function createScheduler(options) {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const checkEveryMs = options.checkEveryMs ?? 6e4;
  const retryAfterMs = options.retryAfterMs ?? 9e5;
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag("schedule");
  const { queue } = options;
  const startedAt = clock.now();
  const controller = new AbortController();
  let nextWake = Infinity;
  let loop;
  const heldElsewhere = async (op, tenant) => {
    for (const stream of op.plan.streams) {
      const holder = await op.state.locks.holder(runLockName(op.name, tenant, stream.name), { now: clock.now() });
      if (holder && holder !== queue.holder)
        return holder;
    }
    return void 0;
  };
  const tick = async () => {
    const now = clock.now();
    const queued = [];
    nextWake = Infinity;
    for (const op of options.pipelines.list) {
      if (!isScheduled(op) || controller.signal.aborted)
        continue;
      let targets;
      try {
        targets = await findTargets(op, { now, startedAt, retryAfterMs, logger, signal: controller.signal });
      } catch (error) {
        logger.error(`${op.name}: cannot decide what is due: ${op.pipeline.redactor.redact(describeError(error))}`);
        continue;
      }
      for (const target of targets) {
        const who = target.tenant === void 0 ? op.name : `${op.name} (tenant ${target.tenant})`;
        if (target.cadence === void 0 || queue.isBusy(op.name, target.tenant))
          continue;
        if (!target.due) {
          if (target.dueAt !== void 0)
            nextWake = Math.min(nextWake, target.dueAt);
          continue;
        }
        const holder = await heldElsewhere(op, target.tenant);
        if (holder) {
          logger.debug(`${who} is due but runs elsewhere (lock held by ${holder})`);
          continue;
        }
        logger.info(`${who} is due (${target.cadence ?? "no schedule"}; last success ${target.lastSuccessAt ?? "never"})`);
        const recheck = async () => {
          const again = await target.recheck(clock.now());
          return again.due ? void 0 : `no longer due: it ran elsewhere meanwhile (last success ${again.lastSuccessAt ?? "never"})`;
        };
        queued.push(queue.submit({ pipeline: op.name, tenant: target.tenant, trigger: "schedule", recheck, slot: target.slot }).run);
      }
    }
    return queued;
  };
  return {
    tick,
    start() {
      if (loop)
        return;
      const scheduled = options.pipelines.list.filter(isScheduled);
      if (!scheduled.length)
        logger.warn("no pipeline has a schedule or per-tenant frequency_hours; nothing will run on its own");
      for (const op of scheduled)
        logger.info(`${op.name}: ${op.cadence?.describe ?? "per-tenant frequency"}${op.plan.tenants?.frequencyHours ? ` (tenants: ${op.plan.tenants.frequencyHours} hours)` : ""}`);
      loop = (async () => {
        while (!controller.signal.aborted) {
          try {
            await tick();
          } catch (error) {
            logger.error(`check failed: ${describeError(error)}`);
          }
          const untilDue = nextWake - clock.now();
          const wait = Math.min(checkEveryMs, Math.max(Math.min(1e3, checkEveryMs), untilDue));
          await clock.sleep(wait, controller.signal);
        }
      })();
    },
    async stop() {
      controller.abort();
      await loop;
    }
  };
}

export {
  SYSTEM_CLOCK,
  createScheduler
};
