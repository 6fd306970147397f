import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { describeError, type RunRecord, type StateStore } from '@syncengine/engine';
import { BATCHES_KEPT, type ControlPlaneContext } from './_control-plane-context.js';
import { findTargets, type RunTarget } from './due-targets.js';
import { checkListRuns, checkTriggerRun, type TriggerRunBody } from './request-schemas.js';
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
    const checked = checkTriggerRun(raw);
    if (!checked.ok) return c.json({ error: 'invalid_request', problems: checked.problems }, 400);
    const body: TriggerRunBody = checked.value;
    const problems = streamProblems(body, op.plan.streams);
    if (body.tenants && !op.plan.tenants) problems.push(`body.tenants: ${op.name} has no tenants`);
    if (problems.length) return c.json({ error: 'invalid_request', problems }, 400);

    // An ids run fetches what it is told; the schedule has no say in it.
    const force = body.force === true || body.strategy === 'ids';
    let targets: RunTarget[];
    try {
      targets = await findTargets(op, {
        now: ctx.clock.now(),
        startedAt: ctx.startedAt,
        retryAfterMs: ctx.retryAfterMs,
        ...(body.tenants ? { tenants: body.tenants } : {}),
      });
    } catch (error) {
      const message = ctx.redact(describeError(error));
      if (/unknown tenant/.test(message)) return c.json({ error: 'invalid_request', problems: [`body.tenants: ${message}`] }, 400);
      return c.json({ error: 'unavailable', message: `cannot list the tenants of ${op.name}: ${message}` }, 503);
    }
    const chosen = force ? targets : targets.filter((t) => t.due);
    const notDue = targets
      .filter((t) => !chosen.includes(t))
      .map((t) => ({
        ...(t.tenant !== undefined ? { tenant: t.tenant } : {}),
        dueAt: t.dueAt === undefined ? null : new Date(t.dueAt).toISOString(),
      }));
    let runs;
    try {
      runs = chosen.map((t) => {
        const { run, merged } = ctx.queue.submit({
          pipeline: op.name,
          tenant: t.tenant,
          trigger: 'api',
          ...(body.strategy ? { strategy: body.strategy } : {}),
          ...(body.ids ? { ids: body.ids } : {}),
          ...(body.streams ? { streams: body.streams } : {}),
          // Chosen because it was due: once it holds its locks it checks again, so a run finished elsewhere meanwhile is not repeated.
          ...(force
            ? {}
            : {
                recheck: async () => {
                  const again = await t.recheck(ctx.clock.now());
                  return again.due ? undefined : `no longer due: it ran meanwhile (last success ${again.lastSuccessAt ?? 'never'})`;
                },
              }),
        });
        return {
          runId: run.runId,
          ...(run.tenant !== undefined ? { tenant: run.tenant } : {}),
          status: run.status,
          ...(merged ? { merged: true } : {}),
        };
      });
    } catch (error) {
      return c.json({ error: 'unavailable', message: describeError(error) }, 503);
    }
    if (!runs.length)
      return c.json({ runId: null, pipeline: op.name, runs, notDue, message: 'nothing is due; send "force": true to run anyway' }, 200);
    let runId = runs[0]!.runId;
    if (op.plan.tenants) {
      runId = randomUUID();
      ctx.batches.set(runId, { pipeline: op.name, runIds: runs.map((r) => r.runId) });
      for (const old of ctx.batches.keys()) if (ctx.batches.size > BATCHES_KEPT) ctx.batches.delete(old);
    }
    return c.json({ runId, pipeline: op.name, runs, ...(notDue.length ? { notDue } : {}) }, 202);
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

async function findRun(ctx: ControlPlaneContext, id: string): Promise<RunView | undefined> {
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
function storesOf(ctx: ControlPlaneContext, pipeline: string | undefined): StateStore[] {
  const ops = pipeline ? ctx.pipelines.list.filter((p) => p.name === pipeline) : ctx.pipelines.list;
  return [...new Set(ops.map((p) => p.state))];
}

function streamProblems(body: TriggerRunBody, streams: readonly { name: string; idsSource: unknown }[]): string[] {
  const problems: string[] = [];
  const names = streams.map((s) => s.name);
  for (const name of body.streams ?? [])
    if (!names.includes(name)) problems.push(`body.streams: unknown stream "${name}"; the pipeline has: ${names.join(', ')}`);
  if (body.strategy === 'ids') {
    const chosen = streams.filter((s) => !body.streams || body.streams.includes(s.name));
    for (const s of chosen)
      if (!s.idsSource)
        problems.push(
          `body.strategy: stream ${s.name} cannot fetch by ids (it declares no strategies.ids); name the streams that can in "streams"`,
        );
  }
  return problems;
}
