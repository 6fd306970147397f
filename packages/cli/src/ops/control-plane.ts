import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createConsola, type ConsolaInstance } from 'consola';
import { describeError } from '@syncengine/engine';
import type { ControlPlaneContext } from './_control-plane-context.js';
import { SYSTEM_CLOCK, type Clock } from './clock.js';
import { findTargets, isScheduled } from './due-targets.js';
import type { OpsPipeline, OpsPipelines } from './ops-pipeline.js';
import type { PrometheusMetrics } from './prometheus-metrics.js';
import type { QueuedRunQueue } from '../queue/queued-run-queue.js';
import type { RunQueue } from './run-queue.js';
import { registerQueryRoutes, type ServedQueries } from './query-routes.js';
import { registerRunRoutes } from './runs-routes.js';
import { hasSession, loginPage, pageKeys, registerLoginRoutes } from './page/page-auth.js';
import { registerPageRoutes } from './page/page-routes.js';
import type { RunLogBook } from './run-log-book.js';
import { registerStateRoutes } from './state-routes.js';
import { compileTriggers, registerTriggerRoutes } from './trigger-routes.js';
import { safeEqual } from './safe-equal.js';
import { viewRun } from './run-view.js';
import { compileWebhooks } from './webhook.js';
import { registerWebhookRoute } from './webhook-route.js';

/** Largest request body accepted (webhook payloads included). */
const MAX_BODY_BYTES = 1024 * 1024;

/** Options for `createControlPlane`. */
export interface ControlPlaneOptions {
  pipelines: OpsPipelines;
  /** The queue runs go through (shared with the scheduler, when it runs too). */
  queue: RunQueue;
  metrics: PrometheusMetrics;
  /** The bearer token every endpoint but `/health` requires. */
  token: string;
  /** @default the system clock */
  clock?: Clock;
  /** See `SchedulerOptions.retryAfterMs`. @default 900000 */
  retryAfterMs?: number;
  logger?: ConsolaInstance;
  /** The log lines of recent runs, shown on the ops page and at `GET /runs/:id/logs` (pass it to the queue as an observer). */
  logBook?: RunLogBook;
  /** The pipelines' `queries:`, answered at `GET /queries/:name` (see `createServedQueries`). */
  queries?: ServedQueries;
}

/**
 * Builds the HTTP API of `syncengine serve` as a Hono app (serve it with `@hono/node-server`, or
 * call `app.request()` in process). Throws `OpsConfigError` when the pipelines' webhooks do not fit.
 *
 * @example
 * ```ts
 * const app = createControlPlane({ pipelines, queue, metrics, token: process.env.SYNCENGINE_API_TOKEN! })
 * serve({ fetch: app.fetch, port: 8080 })
 * ```
 */
export function createControlPlane(options: ControlPlaneOptions): Hono {
  if (!options.token) throw new Error('the control plane needs an API token');
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag('serve');
  const clock = options.clock ?? SYSTEM_CLOCK;
  const ctx: ControlPlaneContext = {
    pipelines: options.pipelines,
    queue: options.queue,
    metrics: options.metrics,
    webhooks: compileWebhooks(options.pipelines.list),
    authorized: (header) => {
      const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
      return match !== null && safeEqual(match[1]!.trim(), options.token);
    },
    clock,
    startedAt: clock.now(),
    retryAfterMs: options.retryAfterMs ?? 900_000,
    batches: new Map(),
    logger,
    redact: (text) =>
      options.pipelines.list
        .reduce((out, op) => op.pipeline.redactor.redact(out), text)
        .split(options.token)
        .join('***'),
    redactValue: (value) => options.pipelines.list.reduce((out, op) => op.pipeline.redactor.redactValue(out), value),
    ...(options.logBook ? { logBook: options.logBook } : {}),
  };
  const keys = pageKeys(options.token);
  compileTriggers(options.pipelines);

  const app = new Hono();
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: 'invalid_request', problems: [`body: larger than ${MAX_BODY_BYTES} bytes`] }, 413),
    }),
  );
  app.use('*', async (c, next) => {
    // /health is for load balancers; webhooks check their own signature (or the token) themselves.
    if (c.req.path === '/health' || c.req.path.startsWith('/webhooks/') || c.req.path === '/login') return next();
    if (c.req.path.startsWith('/ui/') && c.req.path.endsWith('.css')) return next();
    // The ops page logs in with a cookie; everything else (and every API client) sends the token.
    if (!ctx.authorized(c.req.header('authorization')) && !hasSession(c, keys)) {
      if (c.req.method === 'GET' && (c.req.path === '/' || c.req.path.startsWith('/ui/')))
        return loginPage(c, { status: 401, next: c.req.path });
      c.header('WWW-Authenticate', 'Bearer realm="syncengine"');
      return c.json({ error: 'unauthorized', message: 'send Authorization: Bearer <token>' }, 401);
    }
    return next();
  });

  app.get('/health', async (c) => {
    try {
      await Promise.all([...new Set(ctx.pipelines.list.map((p) => p.state))].map((state) => state.listRuns({ limit: 1 })));
      return c.json({
        status: 'ok',
        state: 'ok',
        pipelines: ctx.pipelines.list.length,
        running: ctx.queue.active().filter((r) => r.status === 'running').length,
      });
    } catch (error) {
      return c.json({ status: 'unavailable', state: ctx.redact(describeError(error)) }, 503);
    }
  });

  // With --queue: the queue's depth on /metrics, and the units that failed their last attempt.
  const enqueuer = 'enqueuer' in ctx.queue ? (ctx.queue as QueuedRunQueue).enqueuer : undefined;
  app.get('/metrics', async (c) => {
    if (enqueuer) {
      const counts = await enqueuer.counts().catch(() => ({}));
      for (const [state, n] of Object.entries(counts)) ctx.metrics.set('syncengine_queue_jobs', { state }, n);
    }
    return c.text(ctx.metrics.render(), 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
  app.get('/dead-letters', async (c) => {
    if (!enqueuer) return c.json({ error: 'no queue: start serve with --queue to see dead letters' }, 404);
    return c.json({ deadLetters: (await enqueuer.deadLetters(1_000)).map((l) => ({ ...l, error: ctx.redact(l.error) })) });
  });
  app.post('/dead-letters/:id/retry', async (c) => {
    if (!enqueuer) return c.json({ error: 'no queue: start serve with --queue to see dead letters' }, 404);
    const id = c.req.param('id');
    return (await enqueuer.retryDeadLetter(id))
      ? c.json({ jobId: id, status: 'queued' }, 202)
      : c.json({ error: `no dead letter ${id}` }, 404);
  });
  app.delete('/dead-letters/:id', async (c) => {
    if (!enqueuer) return c.json({ error: 'no queue: start serve with --queue to see dead letters' }, 404);
    const id = c.req.param('id');
    return (await enqueuer.deleteDeadLetter(id))
      ? c.json({ jobId: id, status: 'deleted' })
      : c.json({ error: `no dead letter ${id}` }, 404);
  });

  app.get('/pipelines', async (c) => c.json({ pipelines: await Promise.all(ctx.pipelines.list.map((op) => summary(ctx, op))) }));

  app.get('/pipelines/:name', async (c) => {
    const op = ctx.pipelines.get(c.req.param('name'));
    if (!op) return c.json({ error: 'not_found', message: `no pipeline "${c.req.param('name')}"` }, 404);
    let targets;
    let targetsError: string | undefined;
    try {
      targets = (await findTargets(op, { now: clock.now(), startedAt: ctx.startedAt, retryAfterMs: ctx.retryAfterMs })).map((t) => ({
        ...(t.tenant !== undefined ? { tenant: t.tenant } : {}),
        due: t.due,
        dueAt: t.dueAt === undefined ? null : new Date(t.dueAt).toISOString(),
        cadence: t.cadence ?? null,
        lastSuccessAt: t.lastSuccessAt ?? null,
        busy: ctx.queue.isBusy(op.name, t.tenant),
      }));
    } catch (error) {
      targetsError = ctx.redact(describeError(error));
    }
    const recent = await op.state.listRuns({ pipeline: op.name, limit: 10 });
    return c.json({
      ...(await summary(ctx, op)),
      ...(targets ? { targets } : {}),
      ...(targetsError ? { targetsError } : {}),
      recentRuns: recent.map((r) => viewRun(r, ctx.queue.get(r.id))),
    });
  });

  registerLoginRoutes(app, options.token, keys);
  registerPageRoutes(app, ctx, keys);
  registerRunRoutes(app, ctx);
  registerStateRoutes(app, ctx);
  registerWebhookRoute(app, ctx);
  registerTriggerRoutes(app, ctx);
  if (options.queries) registerQueryRoutes(app, ctx, options.queries);

  app.notFound((c) => c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    const message = ctx.redact(describeError(error));
    logger.error(`${c.req.method} ${c.req.path}: ${message}`);
    return c.json({ error: 'internal', message }, 500);
  });
  return app;
}

async function summary(ctx: ControlPlaneContext, op: OpsPipeline) {
  const [last] = await op.state.listRuns({ pipeline: op.name, limit: 1 });
  return {
    name: op.name,
    file: op.pipeline.file,
    description: op.pipeline.definition.description ?? null,
    streams: op.plan.streams.map((s) => ({ name: s.name, ids: s.idsSource !== undefined })),
    selections: Object.values(op.plan.selections).map((s) => ({ name: s.name, description: s.description ?? null, streams: Object.keys(s.streams) })),
    queries: Object.keys(op.plan.queries),
    schedule: op.cadence?.describe ?? null,
    tags: op.plan.tags,
    jobs: op.plan.jobs.map((j) => j.name),
    triggers: op.plan.triggers.map((t) => t.name),
    scheduled: isScheduled(op),
    tenants: op.plan.tenants ? { frequencyHours: op.plan.tenants.frequencyHours ?? null, concurrency: op.plan.tenants.concurrency } : null,
    webhooks: [...ctx.webhooks.values()]
      .filter((w) => w.pipeline === op)
      .map((w) => ({ name: w.name, stream: w.stream, signed: w.check.kind !== 'none' })),
    state: op.stateDescription,
    active: ctx.queue
      .active()
      .filter((r) => r.pipeline === op.name)
      .map((r) => ({ runId: r.runId, ...(r.tenant !== undefined ? { tenant: r.tenant } : {}), status: r.status })),
    lastRun: last ? viewRun(last, ctx.queue.get(last.id)) : null,
  };
}
