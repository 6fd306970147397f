export { main, EXIT } from './main.js';
export type { CliIo } from './output/cli-io.js';
export { createWorker, type SyncWorker, type WorkerOptions } from './queue/create-worker.js';
export { createEnqueuer, enqueue, type DeadLetter, type Enqueuer, type EnqueuerOptions, type EnqueueUnit } from './queue/enqueue.js';
export { createQueuedRunQueue, type QueuedRunQueue, type QueuedRunQueueOptions } from './queue/queued-run-queue.js';
export type { UnitJobData, QueueConnectionOptions } from './queue/unit-job.js';
export { openOpsPipelines, type OpsPipelines } from './ops/ops-pipeline.js';
export { renderSummary } from './output/render-summary.js';
