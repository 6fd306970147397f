import type { Hono } from 'hono';
import type { RunRecord, StateStore } from '@syncengine/engine';
import type { ControlPlaneContext } from './_control-plane-context.js';
import { checkListRuns } from './request-schemas.js';
import { triggerRuns } from './trigger-runs.js';
import { batchStatus, viewRun, type RunView } from './run-view.js';

/**
 * `POST /pipelines/:name/runs`, `GET /runs` and `GET /runs/:id`. A triggered run goes through
 * the same queue and lock as scheduled ones; its id is known at once, before it starts.
 */
export function registerRunRoutes(app: Hono, ctx: ControlPlaneContext): void {
  app.post('/pipelines/:name/runs', async (c) => {
    const op = ctx.pipelines.get(c.req.param('name'));
    if (!op)
      return c.json(
        {
          error: 'not_found',
          message: `no pipeline "${c.req.param('name')}"; serving: ${ctx.pipelines.list.map((p) => p.name).join(', ')}`,
        },
        404,
      );
    const text = await c.req.text();
    let raw: unknown = {};
    if (text.trim()) {
      try {
        raw = JSON.parse(text) as unknown;
      } catch {
        return c.json({ error: 'invalid_request', problems: ['body: is not valid JSON'] }, 400);
      }
    }
    const outcome = await triggerRuns(ctx, op, raw);
    return c.json(outcome.body, outcome.status);
  });

  app.get('/runs', async (c) => {
    const checked = checkListRuns(c.req.query());
    if (!checked.ok) return c.json({ error: 'invalid_request', problems: checked.problems }, 400);
    const { pipeline, tenant, status, limit = 50 } = checked.value;
    if (pipeline && !ctx.pipelines.get(pipeline)) return c.json({ error: 'not_found', message: `no pipeline "${pipeline}"` }, 404);
    const queued = ctx.queue
      .active()
      .filter(
        (r) =>
          r.status === 'queued' &&
          (!pipeline || r.pipeline === pipeline) &&
          (tenant === undefined || (r.tenant ?? '') === tenant) &&
          (!status || status === 'queued'),
      )
      .map((r) => viewRun(undefined, r)!);
    const records: RunRecord[] = [];
    if (status !== 'queued') {
      for (const state of storesOf(ctx, pipeline)) {
        records.push(
          ...(await state.listRuns({
            ...(pipeline ? { pipeline } : {}),
            ...(tenant !== undefined ? { tenant } : {}),
            ...(status ? { status } : {}),
            limit,
          })),
        );
      }
    }
    records.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    const served = new Set(ctx.pipelines.list.map((p) => p.name));
    const runs = [...queued, ...records.filter((r) => served.has(r.pipeline)).map((r) => viewRun(r, ctx.queue.get(r.id))!)].slice(0, limit);
    return c.json({ runs });
  });

  app.get('/runs/:id', async (c) => {
    const id = c.req.param('id');
    const batch = ctx.batches.get(id);
    if (batch) {
      const runs = (await Promise.all(batch.runIds.map((runId) => findRun(ctx, runId)))).filter((r): r is RunView => r !== undefined);
      return c.json({ id, pipeline: batch.pipeline, status: batchStatus(runs), runs });
    }
    const run = await findRun(ctx, id);
    if (!run) return c.json({ error: 'not_found', message: `no run "${id}"` }, 404);
    return c.json(run);
  });
}

/** A run the queue knows or run history has, as the control plane shows it. */
export async function findRun(ctx: ControlPlaneContext, id: string): Promise<RunView | undefined> {
  const queued = ctx.queue.get(id);
  if (queued) {
    const op = ctx.pipelines.get(queued.pipeline);
    const record = queued.status === 'queued' || !op ? undefined : await op.state.getRun(id);
    return viewRun(record, queued);
  }
  for (const state of storesOf(ctx, undefined)) {
    const record = await state.getRun(id);
    if (record && ctx.pipelines.get(record.pipeline)) return viewRun(record, undefined);
  }
  return undefined;
}

/** The distinct state stores of the served pipelines (or of one). */
export function storesOf(ctx: ControlPlaneContext, pipeline: string | undefined): StateStore[] {
  const ops = pipeline ? ctx.pipelines.list.filter((p) => p.name === pipeline) : ctx.pipelines.list;
  return [...new Set(ops.map((p) => p.state))];
}
