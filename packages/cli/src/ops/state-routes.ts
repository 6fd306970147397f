import type { Context, Hono } from 'hono';
import type { QuarantineStatus } from '@syncengine/engine';
import type { ControlPlaneContext } from './_control-plane-context.js';
import type { OpsPipeline } from './ops-pipeline.js';
import type { LogFilter, LogLevel } from './run-log-book.js';
import { changeCursor, replayQuarantine, type ActionOutcome } from './state-actions.js';

/**
 * The state routes of the API: cursors (`GET`, `PUT` set, `DELETE` reset, `POST .../rollback`), their
 * history, the quarantine and its replay, and a run's log lines. The ops page calls the same actions.
 */
export function registerStateRoutes(app: Hono, ctx: ControlPlaneContext): void {
  const withPipeline = (handler: (c: Context, op: OpsPipeline) => Promise<Response>) => async (c: Context) => {
    const op = ctx.pipelines.get(c.req.param('name') ?? '');
    if (!op) return c.json({ error: 'not_found', message: `no pipeline "${c.req.param('name')}"` }, 404);
    return handler(c, op);
  };
  const send = (c: Context, outcome: ActionOutcome) => c.json(outcome.body, outcome.status);
  const filter = (c: Context, op: OpsPipeline) => {
    const q = c.req.query();
    const limit = q.limit === undefined ? undefined : Number(q.limit);
    return {
      pipeline: op.name,
      ...(q.stream ? { stream: q.stream } : {}),
      ...(q.tenant !== undefined ? { tenant: q.tenant } : {}),
      ...(q.partition !== undefined ? { partition: q.partition } : {}),
      ...(limit !== undefined && Number.isInteger(limit) && limit > 0 ? { limit: Math.min(limit, 1000) } : {}),
    };
  };

  app.get(
    '/pipelines/:name/cursors',
    withPipeline(async (c, op) => c.json({ cursors: await op.state.cursors!.list(filter(c, op)) })),
  );
  app.get(
    '/pipelines/:name/cursors/history',
    withPipeline(async (c, op) => c.json({ history: await op.state.cursors!.history(filter(c, op)) })),
  );
  app.put(
    '/pipelines/:name/cursors',
    withPipeline(async (c, op) => send(c, await changeCursor(op, 'set', await jsonBody(c), 'api'))),
  );
  app.delete(
    '/pipelines/:name/cursors',
    withPipeline(async (c, op) => send(c, await changeCursor(op, 'reset', await jsonBody(c), 'api'))),
  );
  app.post(
    '/pipelines/:name/cursors/rollback',
    withPipeline(async (c, op) => send(c, await changeCursor(op, 'rollback', await jsonBody(c), 'api'))),
  );
  app.get(
    '/pipelines/:name/quarantine',
    withPipeline(async (c, op) => {
      const status = (c.req.query('status') ?? 'open') as QuarantineStatus | 'all';
      if (!['open', 'replayed', 'all'].includes(status))
        return c.json({ error: 'invalid_request', problems: ['query.status: must be one of open, replayed, all'] }, 400);
      const stream = c.req.query('stream');
      const records = await op.state.quarantine.list({ pipeline: op.name, status, ...(stream ? { stream } : {}), limit: 1000 });
      return c.json({ records: records.map((r) => ({ ...r, record: ctx.redactValue(r.record) })) });
    }),
  );
  app.post(
    '/pipelines/:name/quarantine/replay',
    withPipeline(async (c, op) => send(c, await replayQuarantine(ctx, op, await jsonBody(c)))),
  );
  app.get('/runs/:id/logs', (c) => {
    const filter = logFilter(c.req.query());
    if ('problems' in filter) return c.json({ error: 'invalid_request', problems: filter.problems }, 400);
    const log = ctx.logBook?.get(c.req.param('id'), filter);
    if (!log) return c.json({ error: 'not_found', message: `no log lines for run "${c.req.param('id')}" in this process` }, 404);
    return c.json(log);
  });
  app.get(
    '/pipelines/:name/logs',
    withPipeline(async (c, op) => {
      const filter = logFilter(c.req.query());
      if ('problems' in filter) return c.json({ error: 'invalid_request', problems: filter.problems }, 400);
      if (filter.stream !== undefined && !op.plan.streams.some((s) => s.name === filter.stream))
        return c.json({ error: 'invalid_request', problems: [`query.stream: unknown stream "${filter.stream}"`] }, 400);
      return c.json({ pipeline: op.name, lines: ctx.logBook?.lines(op.name, filter) ?? [] });
    }),
  );
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** `?level=warn&stream=products&since=...&until=...&limit=100` as a log filter, or what is wrong with it. */
function logFilter(query: Record<string, string>): LogFilter | { problems: string[] } {
  const problems: string[] = [];
  const filter: LogFilter = {};
  for (const key of Object.keys(query))
    if (!['level', 'stream', 'since', 'until', 'limit'].includes(key)) problems.push(`query: unknown parameter "${key}"`);
  if (query.level !== undefined) {
    if ((LEVELS as readonly string[]).includes(query.level)) filter.level = query.level as LogLevel;
    else problems.push(`query.level: must be one of ${LEVELS.join(', ')}`);
  }
  if (query.stream) filter.stream = query.stream;
  for (const key of ['since', 'until'] as const) {
    const value = query[key];
    if (value === undefined) continue;
    if (Number.isNaN(Date.parse(value))) problems.push(`query.${key}: must be an ISO 8601 time, e.g. 2026-05-04T09:00:00Z`);
    else filter[key] = new Date(Date.parse(value)).toISOString();
  }
  if (query.limit !== undefined) {
    const limit = Number(query.limit);
    if (Number.isInteger(limit) && limit >= 1 && limit <= 1000) filter.limit = limit;
    else problems.push('query.limit: must be a whole number from 1 to 1000');
  }
  return problems.length ? { problems } : filter;
}

/** The request's JSON body; `{}` when empty, and a marker the checks refuse when it is not JSON. */
async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { '(body is not valid JSON)': true };
  }
}
