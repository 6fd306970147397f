import { randomUUID } from 'node:crypto';
import { describeError, type RunTrigger } from '@syncengine/engine';
import { BATCHES_KEPT, type ControlPlaneContext } from './_control-plane-context.js';
import { findTargets, type RunTarget } from './due-targets.js';
import type { OpsPipeline } from './ops-pipeline.js';
import { checkTriggerRun, type TriggerRunBody } from './request-schemas.js';

/** What a trigger request answers: an HTTP status and a JSON body. */
export interface TriggerOutcome {
  status: 200 | 202 | 400 | 503;
  body: Record<string, unknown>;
}

const reply = (body: Record<string, unknown>, status: TriggerOutcome['status']): TriggerOutcome => ({ status, body });

/**
 * Queues the runs a trigger request asks for (`POST /pipelines/:name/runs`, and the ops page's trigger
 * form): every due target, or every target with `force`, filtered by tenants and streams.
 */
export async function triggerRuns(
  ctx: ControlPlaneContext,
  op: OpsPipeline,
  raw: unknown,
  trigger: RunTrigger = 'api',
): Promise<TriggerOutcome> {
  const checked = checkTriggerRun(raw);
  if (!checked.ok) return reply({ error: 'invalid_request', problems: checked.problems }, 400);
  const body: TriggerRunBody = checked.value;
  const problems = [...streamProblems(body, op.plan.streams), ...selectionProblems(body, op)];
  // Units handed to workers carry no selection (yet): refuse rather than run the whole stream.
  if (body.select !== undefined && 'enqueuer' in ctx.queue)
    problems.push('body.select: selections run in the serving process only; start serve without --queue to use them');
  if (body.tenants && !op.plan.tenants) problems.push(`body.tenants: ${op.name} has no tenants`);
  if (problems.length) return reply({ error: 'invalid_request', problems }, 400);
  const selected = body.select === undefined ? undefined : Object.keys(op.plan.selections[body.select]!.streams);
  const streams = body.streams ?? selected;

  // An ids run fetches what it is told, a selection what it names; the schedule has no say in either.
  const force = body.force === true || body.strategy === 'ids' || body.select !== undefined;
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
    if (/unknown tenant/.test(message)) return reply({ error: 'invalid_request', problems: [`body.tenants: ${message}`] }, 400);
    return reply({ error: 'unavailable', message: `cannot list the tenants of ${op.name}: ${message}` }, 503);
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
        trigger,
        ...(body.strategy ? { strategy: body.strategy } : {}),
        ...(body.ids ? { ids: body.ids } : {}),
        ...(streams ? { streams } : {}),
        ...(body.select !== undefined ? { selection: body.select } : {}),
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
    return reply({ error: 'unavailable', message: describeError(error) }, 503);
  }
  if (!runs.length)
    return reply({ runId: null, pipeline: op.name, runs, notDue, message: 'nothing is due; send "force": true to run anyway' }, 200);
  let runId = runs[0]!.runId;
  if (op.plan.tenants) {
    runId = randomUUID();
    ctx.batches.set(runId, { pipeline: op.name, runIds: runs.map((r) => r.runId) });
    for (const old of ctx.batches.keys()) if (ctx.batches.size > BATCHES_KEPT) ctx.batches.delete(old);
  }
  return reply({ runId, pipeline: op.name, runs, ...(notDue.length ? { notDue } : {}) }, 202);
}

/** A selection must exist, takes no strategy, and limits `streams` to its own. */
function selectionProblems(body: TriggerRunBody, op: OpsPipeline): string[] {
  if (body.select === undefined) return [];
  const selection = op.plan.selections[body.select];
  if (!selection) {
    const known = Object.keys(op.plan.selections);
    return [`body.select: unknown selection "${body.select}"; ${known.length ? `${op.name} has: ${known.join(', ')}` : `${op.name} declares no selections:`}`];
  }
  const problems: string[] = [];
  if (body.strategy) problems.push(`body.strategy: a selection reads what it chooses in full; leave out "strategy" with "select"`);
  const chosen = Object.keys(selection.streams);
  for (const name of body.streams ?? [])
    if (!chosen.includes(name)) problems.push(`body.streams: selection ${selection.name} does not run "${name}"; it runs: ${chosen.join(', ')}`);
  return problems;
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
