import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { describeError } from '@syncengine/engine';
import type { ControlPlaneContext } from '../_control-plane-context.js';
import { findTargets } from '../due-targets.js';
import type { OpsPipeline } from '../ops-pipeline.js';
import { batchStatus, viewRun, type RunView } from '../run-view.js';
import { findRun, storesOf } from '../runs-routes.js';
import { changeCursor, replayQuarantine, type ActionOutcome } from '../state-actions.js';
import { triggerRuns } from '../trigger-runs.js';
import { layout, SCRIPT, STYLE, type LayoutOptions } from './_layout.js';
import { NAME_COOKIE, type PageKeys } from './page-auth.js';
import { renderOverview, type PipelineRow } from './render-overview.js';
import { renderPipeline } from './render-pipeline.js';
import { renderBatch, renderRun } from './render-run.js';

const LIVE = new Set(['queued', 'running']);

/**
 * The ops page: `/` (pipelines and recent runs), `/ui/pipelines/:name`, `/ui/runs/:id`, and the
 * form actions (trigger, cursor set/reset/rollback, quarantine replay), each the same action as the JSON API.
 */
export function registerPageRoutes(app: Hono, ctx: ControlPlaneContext, keys: PageKeys): void {
  app.get('/ui/style.css', (c) => c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }));
  app.get('/ui/app.js', (c) => c.body(SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }));
  const notice = (c: Context): LayoutOptions['notice'] => {
    const text = c.req.query('notice');
    return text ? { kind: c.req.query('kind') === 'error' ? 'error' : 'ok', text } : undefined;
  };
  const options = (c: Context, extra: LayoutOptions = {}): LayoutOptions => {
    const n = notice(c);
    return { csrf: keys.csrf, ...(n ? { notice: n } : {}), ...extra };
  };

  app.get('/', async (c) => {
    const rows = await Promise.all(ctx.pipelines.list.map((op) => pipelineRow(ctx, op)));
    const runs = await recentRuns(ctx, 25);
    const live = runs.some((r) => LIVE.has(r.status));
    return c.html(layout('Pipelines', renderOverview(rows, runs), options(c, { live, poll: true })));
  });

  app.get('/ui/pipelines/:name', async (c) => {
    const op = ctx.pipelines.get(c.req.param('name'));
    if (!op) return c.html(layout('Not found', `no pipeline "${c.req.param('name')}"`, options(c)), 404);
    return pipelinePage(c, ctx, op, keys, options(c));
  });

  app.get('/ui/runs/:id', async (c) => {
    const id = c.req.param('id');
    const batch = ctx.batches.get(id);
    if (batch) {
      const runs = (await Promise.all(batch.runIds.map((runId) => findRun(ctx, runId)))).filter((r): r is RunView => r !== undefined);
      const status = batchStatus(runs);
      return c.html(
        layout(`Runs of ${batch.pipeline}`, renderBatch(id, batch.pipeline, status, runs), options(c, { live: LIVE.has(status) })),
      );
    }
    const run = await findRun(ctx, id);
    if (!run) return c.html(layout('Not found', `no run "${id}"`, options(c)), 404);
    return c.html(layout(`Run ${id.slice(0, 8)}`, renderRun(run, ctx.logBook?.get(id)), options(c, { live: LIVE.has(run.status) })));
  });

  const action = (
    path: string,
    handler: (op: OpsPipeline, form: Record<string, string | string[]>, who: string | undefined) => Promise<ActionOutcome>,
    done: (op: OpsPipeline, outcome: ActionOutcome) => string,
  ) =>
    app.post(`/ui/pipelines/:name/${path}`, async (c) => {
      const op = ctx.pipelines.get(c.req.param('name'));
      if (!op) return c.html(layout('Not found', `no pipeline "${c.req.param('name')}"`, options(c)), 404);
      const form = (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;
      if (form.csrf !== keys.csrf)
        return c.html(layout('Refused', 'This form is stale or came from another site: reload the page and try again.', options(c)), 403);
      const outcome = await handler(op, form, getCookie(c, NAME_COOKIE));
      if (outcome.status >= 400) {
        const problems = (outcome.body.problems as string[] | undefined)?.join('; ') ?? String(outcome.body.message ?? outcome.body.error);
        return pipelinePage(c, ctx, op, keys, { csrf: keys.csrf, notice: { kind: 'error', text: problems } }, 400);
      }
      return c.redirect(done(op, outcome), 303);
    });

  const back = (op: OpsPipeline, text: string) => `/ui/pipelines/${encodeURIComponent(op.name)}?notice=${encodeURIComponent(text)}`;
  action(
    'runs',
    (op, form) => triggerRuns(ctx, op, triggerBody(form), 'page'),
    (op, outcome) =>
      outcome.body.runId
        ? `/ui/runs/${encodeURIComponent(String(outcome.body.runId))}`
        : back(op, String(outcome.body.message ?? 'nothing to run')),
  );
  for (const change of ['set', 'reset', 'rollback'] as const) {
    action(
      `cursors/${change}`,
      (op, form, who) => changeCursor(op, change, cursorBody(form, change, who), 'page'),
      (op, outcome) =>
        back(
          op,
          `cursor of ${String(outcome.body.stream)}: ${JSON.stringify(outcome.body.before)} -> ${JSON.stringify(outcome.body.value)}`,
        ),
    );
  }
  action(
    'quarantine/replay',
    (op, form) => replayQuarantine(ctx, op, list(form.ids).length ? { ids: list(form.ids) } : {}),
    (op, outcome) =>
      outcome.body.runId ? `/ui/runs/${encodeURIComponent(String(outcome.body.runId))}` : back(op, String(outcome.body.message)),
  );
}

/** Form values as a list: repeated fields and comma-separated text. */
function list(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function triggerBody(form: Record<string, string | string[]>): Record<string, unknown> {
  const streams = list(form.streams);
  const tenants = [...new Set([...list(form.tenants), ...list(form.tenants_text)])];
  const strategy = typeof form.strategy === 'string' ? form.strategy : '';
  const ids = list(form.ids);
  return {
    ...(form.force === 'true' ? { force: true } : {}),
    ...(streams.length ? { streams } : {}),
    ...(tenants.length ? { tenants } : {}),
    ...(strategy ? { strategy } : {}),
    ...(ids.length || strategy === 'ids' ? { ids: ids.map((id) => (/^\d+$/.test(id) ? Number(id) : id)) } : {}),
  };
}

function cursorBody(
  form: Record<string, string | string[]>,
  change: 'set' | 'reset' | 'rollback',
  who: string | undefined,
): Record<string, unknown> {
  const one = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
  let value: unknown;
  if (change === 'set') {
    try {
      value = JSON.parse(one('value'));
    } catch {
      value = one('value');
    }
  }
  return {
    stream: one('stream'),
    ...(one('tenant') ? { tenant: one('tenant') } : {}),
    ...(one('partition') ? { partition: one('partition') } : {}),
    ...(change === 'set' ? { value } : {}),
    ...(change === 'rollback' ? { to: one('to').trim() } : {}),
    ...(who ? { actor: who } : {}),
  };
}

async function pipelineRow(ctx: ControlPlaneContext, op: OpsPipeline): Promise<PipelineRow> {
  const [last] = await op.state.listRuns({ pipeline: op.name, limit: 1 });
  let nextDue: string;
  try {
    const targets = await findTargets(op, { now: ctx.clock.now(), startedAt: ctx.startedAt, retryAfterMs: ctx.retryAfterMs });
    const due = targets.filter((t) => t.due).length;
    const next = targets
      .map((t) => t.dueAt)
      .filter((t): t is number => t !== undefined && !Number.isNaN(t))
      .sort((a, b) => a - b)[0];
    nextDue = due
      ? `due now${targets.length > 1 ? ` (${due} of ${targets.length})` : ''}`
      : next !== undefined
        ? new Date(next).toISOString()
        : '';
  } catch (error) {
    nextDue = `unknown: ${ctx.redact(describeError(error))}`;
  }
  return {
    name: op.name,
    description: op.pipeline.definition.description ?? null,
    schedule: op.cadence?.describe ?? null,
    nextDue,
    lastRun: last ? (viewRun(last, ctx.queue.get(last.id)) ?? null) : null,
    active: ctx.queue.active().filter((r) => r.pipeline === op.name).length,
  };
}

async function recentRuns(ctx: ControlPlaneContext, limit: number): Promise<RunView[]> {
  const queued = ctx.queue
    .active()
    .filter((r) => r.status === 'queued')
    .map((r) => viewRun(undefined, r)!);
  const served = new Set(ctx.pipelines.list.map((p) => p.name));
  const records = (await Promise.all(storesOf(ctx, undefined).map((s) => s.listRuns({ limit }))))
    .flat()
    .filter((r) => served.has(r.pipeline));
  records.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return [...queued, ...records.map((r) => viewRun(r, ctx.queue.get(r.id))!)].slice(0, limit);
}

async function pipelinePage(
  c: Context,
  ctx: ControlPlaneContext,
  op: OpsPipeline,
  keys: PageKeys,
  layoutOptions: LayoutOptions,
  status: 200 | 400 = 200,
) {
  let targets: Awaited<ReturnType<typeof findTargets>> = [];
  let targetsError: string | undefined;
  try {
    targets = await findTargets(op, { now: ctx.clock.now(), startedAt: ctx.startedAt, retryAfterMs: ctx.retryAfterMs });
  } catch (error) {
    targetsError = ctx.redact(describeError(error));
  }
  const [runs, cursors, history, quarantine] = await Promise.all([
    op.state.listRuns({ pipeline: op.name, limit: 20 }),
    op.state.cursors?.list({ pipeline: op.name }) ?? [],
    op.state.cursors?.history({ pipeline: op.name, limit: 30 }) ?? [],
    op.state.quarantine.list({ pipeline: op.name, status: 'open', limit: 200 }),
  ]);
  const live = runs.some((r) => r.status === 'running') || ctx.queue.active().some((r) => r.pipeline === op.name);
  const body = renderPipeline({
    name: op.name,
    file: op.pipeline.file,
    description: op.pipeline.definition.description ?? null,
    schedule: op.cadence?.describe ?? null,
    state: op.stateDescription,
    streams: op.plan.streams.map((s) => s.name),
    tenanted: Boolean(op.plan.tenants),
    targets: targets.map((t) => ({
      ...(t.tenant !== undefined ? { tenant: t.tenant } : {}),
      due: t.due,
      dueAt: t.dueAt === undefined || Number.isNaN(t.dueAt) ? null : new Date(t.dueAt).toISOString(),
      lastSuccessAt: t.lastSuccessAt ?? null,
      busy: ctx.queue.isBusy(op.name, t.tenant),
    })),
    ...(targetsError ? { targetsError } : {}),
    runs,
    cursors,
    history,
    quarantine: quarantine.map((q) => ({ ...q, record: ctx.redactValue(q.record) })),
    csrf: keys.csrf,
  });
  return c.html(layout(op.name, body, { ...layoutOptions, live }), status);
}
