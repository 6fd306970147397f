// packages/cli/dist/queue/unit-job.js
var UNITS_QUEUE = "syncengine-units";
var DEFAULT_QUEUE_PREFIX = "syncengine";
function unitJobId(parts) {
  return parts.map((part) => encodeURIComponent(part ?? "-").replace(/:/g, "%3A")).join("|");
}
function describeQueueUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password)
      parsed.password = "***";
    return parsed.toString();
  } catch {
    return "an invalid Redis URL";
  }
}

// packages/cli/dist/queue/enqueue.js
import { Queue } from "bullmq";
import { Redis } from "ioredis";
function openRedis(url) {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}
function createEnqueuer(options) {
  const connection = openRedis(options.url);
  const queue = new Queue(UNITS_QUEUE, { connection, prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX });
  const jobOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: "exponential", delay: options.backoffMs ?? 1e4 },
    // Done units stay a day, so a scheduler that decided from an older snapshot adds nothing.
    removeOnComplete: { age: 86400, count: 1e5 },
    removeOnFail: { count: 1e4 }
  };
  const toDeadLetter = (job) => ({
    jobId: String(job.id),
    pipeline: job.data.pipeline,
    tenant: job.data.tenant,
    trigger: job.data.trigger,
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : void 0,
    error: job.failedReason ?? ""
  });
  return {
    async enqueue(units) {
      if (!units.length)
        return [];
      const bulk = units.map((unit) => ({
        name: unit.data.pipeline,
        data: unit.data,
        opts: {
          ...jobOptions,
          jobId: unit.jobId ?? unitJobId([unit.data.trigger, unit.data.pipeline, unit.data.tenant, unit.data.runId])
        }
      }));
      const jobs = await queue.addBulk(bulk);
      return jobs.map((job) => String(job.id));
    },
    async deadLetters(limit = 100) {
      const jobs = await queue.getFailed(0, limit - 1);
      return jobs.filter(Boolean).map((job) => toDeadLetter(job));
    },
    async retryDeadLetter(jobId) {
      const job = await queue.getJob(jobId);
      if (!job || !await job.isFailed())
        return false;
      await job.retry("failed", { resetAttemptsMade: true });
      return true;
    },
    counts: () => queue.getJobCounts("waiting", "active", "delayed", "failed", "completed", "prioritized"),
    async close() {
      await queue.close();
      await connection.quit().catch(() => void 0);
    }
  };
}

export {
  UNITS_QUEUE,
  DEFAULT_QUEUE_PREFIX,
  unitJobId,
  describeQueueUrl,
  openRedis,
  createEnqueuer
};
