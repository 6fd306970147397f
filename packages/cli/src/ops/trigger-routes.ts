import type { Context, Hono } from 'hono';
import { describeError, RunLockedError, runJob, type TriggerPlan } from '@syncengine/engine';
import type { ControlPlaneContext } from './_control-plane-context.js';
import { findJobTargets } from './due-jobs.js';
import { OpsConfigError, type OpsPipeline, type OpsPipelines } from './ops-pipeline.js';
import { triggerRuns } from './trigger-runs.js';

/** One trigger name and the pipelines that declare it. */
interface TriggerGroup {
  readonly params: TriggerPlan;
  readonly pipelines: OpsPipeline[];
}

/**
 * The `triggers:` of the operated pipelines by name. Pipelines that declare the same trigger share its
 * endpoint, so they must read the same parameters; throws `OpsConfigError` when they do not.
 */
export function compileTriggers(pipelines: OpsPipelines): Map<string, TriggerGroup> {
  const groups = new Map<string, TriggerGroup>();
  for (const op of pipelines.list) {
    for (const trigger of op.plan.triggers) {
      const group = groups.get(trigger.name);
      if (!group) {
        groups.set(trigger.name, { params: trigger, pipelines: [op] });
        continue;
      }
      const { force, tenant, tag } = group.params;
      if (force !== trigger.force || tenant !== trigger.tenant || tag !== trigger.tag)
        throw new OpsConfigError(
          `${op.pipeline.file}: triggers.${trigger.name} reads ${trigger.force}, ${trigger.tenant}, ${trigger.tag}, but ${group.pipelines[0]!.name} declares it with ${force}, ${tenant}, ${tag}; pipelines that share a trigger must read the same parameters`,
        );
      group.pipelines.push(op);
    }
  }
  return groups;
}

const TRUE = /^(true|1|yes|on)$/i;

/** The trigger's parameters from the query string, or from a JSON body (query wins). */
async function readParams(c: Context, names: TriggerPlan): Promise<{ force: boolean; tenant?: string; tag?: string } | string> {
  let body: Record<string, unknown> = {};
  const text = await c.req.text();
  if (text.trim()) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'body: must be a JSON object';
      body = parsed as Record<string, unknown>;
    } catch {
      return 'body: not valid JSON';
    }
  }
  const read = (name: string): string | undefined => {
    const value = c.req.query(name) ?? body[name];
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const tenant = read(names.tenant);
  const tag = read(names.tag);
  return { force: TRUE.test(read(names.force) ?? ''), ...(tenant ? { tenant } : {}), ...(tag ? { tag } : {}) };
}

/**
 * `POST /triggers/:name` (every pipeline declaring the trigger, filtered by tag and tenant),
 * `GET /pipelines/:name/jobs` and `POST /pipelines/:name/jobs/:job/runs` (a SQL job now).
 */
export function registerTriggerRoutes(app: Hono, ctx: ControlPlaneContext): void {
  const triggers = compileTriggers(ctx.pipelines);

  app.post('/triggers/:name', async (c) => {
    const group = triggers.get(c.req.param('name'));
    if (!group)
      return c.json(
        { error: 'not_found', message: `no trigger "${c.req.param('name')}"; declared: ${[...triggers.keys()].join(', ') || 'none'}` },
        404,
      );
    const params = await readParams(c, group.params);
    if (typeof params === 'string') return c.json({ error: 'invalid_request', problems: [params] }, 400);
    const tagged = params.tag ? group.pipelines.filter((op) => op.plan.tags.includes(params.tag!)) : group.pipelines;
    if (!tagged.length) {
      const tags = [...new Set(group.pipelines.flatMap((op) => op.plan.tags))];
      return c.json(
        {
          error: 'invalid_request',
          problems: [`${group.params.tag}: no pipeline of this trigger is tagged "${params.tag}"; tags: ${tags.join(', ') || 'none'}`],
        },
        400,
      );
    }
    const pipelines: Record<string, unknown>[] = [];
    let queued = 0;
    for (const op of tagged) {
      // A tenant filter picks the pipelines that have that tenant (a client with Shopify but no Amazon credentials).
      if (params.tenant && !op.plan.tenants) continue;
      const outcome = await triggerRuns(ctx, op, { force: params.force, ...(params.tenant ? { tenants: [params.tenant] } : {}) });
      if (outcome.status === 400 && params.tenant && /unknown tenant/.test(JSON.stringify(outcome.body))) continue;
      if (outcome.status >= 400) return c.json(outcome.body, outcome.status);
      queued += ((outcome.body.runs as unknown[] | undefined) ?? []).length;
      pipelines.push(outcome.body);
    }
    if (params.tenant && !pipelines.length)
      return c.json(
        { error: 'invalid_request', problems: [`${group.params.tenant}: no pipeline of this trigger has tenant "${params.tenant}"`] },
        400,
      );
    return c.json({ trigger: group.params.name, force: params.force, queued, pipelines }, queued ? 202 : 200);
  });

  app.get('/pipelines/:name/jobs', async (c) => {
    const op = ctx.pipelines.get(c.req.param('name'));
    if (!op) return c.json({ error: 'not_found', message: `no pipeline "${c.req.param('name')}"` }, 404);
    const targets = (await findJobTargets(ctx.pipelines, ctx.clock.now(), ctx.startedAt)).filter((t) => t.op === op);
    const jobs = await Promise.all(
      targets.map(async (t) => ({
        name: t.job.name,
        schedule: t.cadence ?? null,
        dueAt: t.dueAt === undefined ? null : new Date(t.dueAt).toISOString(),
        forEachTenant: t.job.forEachTenant,
        recentRuns: (await op.state.listRuns({ pipeline: t.job.runName, limit: 10 })).map((r) => ({
          runId: r.id,
          ...(r.tenant ? { tenant: r.tenant } : {}),
          trigger: r.trigger,
          status: r.status,
          startedAt: r.startedAt,
          finishedAt: r.finishedAt ?? null,
          rows: r.streams.reduce((n, s) => n + s.recordsWritten, 0),
          error: r.error ?? null,
        })),
      })),
    );
    return c.json({ pipeline: op.name, jobs });
  });

  app.post('/pipelines/:name/jobs/:job/runs', async (c) => {
    const op = ctx.pipelines.get(c.req.param('name'));
    if (!op) return c.json({ error: 'not_found', message: `no pipeline "${c.req.param('name')}"` }, 404);
    const job = op.plan.jobs.find((j) => j.name === c.req.param('job'));
    if (!job) return c.json({ error: 'not_found', message: `${op.name} has no job "${c.req.param('job')}"` }, 404);
    try {
      // The job's statements run while the request waits: the answer is how they ended.
      const result = await runJob(op.pipeline, job.name, {
        state: op.state,
        logger: ctx.logger,
        trigger: 'api',
        now: () => ctx.clock.now(),
        lock: { holder: ctx.queue.holder },
      });
      return c.json(result, result.status === 'succeeded' ? 200 : 500);
    } catch (error) {
      if (error instanceof RunLockedError) return c.json({ error: 'busy', message: ctx.redact(error.message) }, 409);
      return c.json({ error: 'internal', message: ctx.redact(describeError(error)) }, 500);
    }
  });
}
