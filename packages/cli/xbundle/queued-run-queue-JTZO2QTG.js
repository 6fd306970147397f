import {
  createEnqueuer,
  unitJobId
} from "./chunk-PVBZJ22S.js";
import {
  listTenants
} from "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import {
  PROCESS_LOCK_HOLDER
} from "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import {
  describeError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/queue/queued-run-queue.js
import { randomUUID } from "node:crypto";
import { createConsola } from "consola";
var KEPT = 500;
function createQueuedRunQueue(options) {
  const enqueuer = createEnqueuer(options);
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag("queue");
  const now = options.now ?? Date.now;
  const runs = /* @__PURE__ */ new Map();
  const order = [];
  const pending = /* @__PURE__ */ new Set();
  let closing = false;
  const remember = (run) => {
    runs.set(run.runId, run);
    order.push(run.runId);
    while (order.length > KEPT)
      runs.delete(order.shift());
  };
  const unitOf = (request, tenant, runId) => {
    const data = {
      pipeline: request.pipeline,
      ...tenant !== void 0 ? { tenant } : {},
      trigger: String(request.trigger),
      ...request.strategy ? { strategy: request.strategy } : {},
      ...request.ids ? { ids: [...request.ids] } : {},
      ...request.streams?.length ? { streams: [...request.streams] } : {},
      runId,
      ...request.trigger === "schedule" && options.schedule ? { recheck: options.schedule } : {}
    };
    const jobId = request.slot !== void 0 ? unitJobId(["schedule", request.pipeline, tenant, request.slot]) : void 0;
    return { data, ...jobId ? { jobId } : {} };
  };
  const handOver = async (run, request) => {
    const op = options.pipelines.get(request.pipeline);
    let tenants = [request.tenant];
    if (op.plan.tenants && request.tenant === void 0) {
      const listed = await listTenants(op.pipeline, { state: op.state, logger });
      tenants = (listed ?? []).map((t) => t.id);
    }
    const units = tenants.map((tenant, i) => unitOf(request, tenant, i === 0 ? run.runId : randomUUID()));
    const ids = await enqueuer.enqueue(units);
    logger.debug(`${request.pipeline}: ${ids.length} unit(s) handed to the queue`);
  };
  return {
    enqueuer,
    holder: PROCESS_LOCK_HOLDER,
    submit(request) {
      if (closing)
        throw new Error("shutting down: no new runs are accepted");
      const op = options.pipelines.get(request.pipeline);
      if (!op)
        throw new Error(`unknown pipeline "${request.pipeline}"`);
      const run = {
        runId: randomUUID(),
        pipeline: request.pipeline,
        tenant: op.plan.tenants ? request.tenant : void 0,
        trigger: request.trigger,
        strategy: request.strategy,
        streams: request.streams?.length ? [...request.streams] : void 0,
        ids: request.ids ? [...request.ids] : void 0,
        status: "queued",
        queuedAt: new Date(now()).toISOString()
      };
      remember(run);
      options.observers?.forEach((o) => o.onRun?.(run));
      const work = handOver(run, request).catch((error) => {
        run.status = "failed";
        run.error = `could not hand the run to the queue: ${describeError(error)}`;
        logger.error(`${request.pipeline}: ${run.error}`);
      }).finally(() => pending.delete(work));
      pending.add(work);
      return { run, merged: false };
    },
    get: (runId) => runs.get(runId),
    // Runs live on the workers: only hand-overs in flight are this process's.
    active: () => [...runs.values()].filter((r) => r.status === "queued" && pending.size > 0),
    isBusy: () => false,
    async idle() {
      while (pending.size)
        await Promise.all([...pending]);
    },
    async close() {
      if (closing)
        return;
      closing = true;
      while (pending.size)
        await Promise.all([...pending]);
      await enqueuer.close();
    }
  };
}
export {
  createQueuedRunQueue
};
