import { Ajv } from 'ajv';
import { describeError, parseRollbackTarget, rollbackCursor, type StreamKey } from '@syncengine/engine';
import type { ControlPlaneContext } from './_control-plane-context.js';
import type { OpsPipeline } from './ops-pipeline.js';

/** Body of the cursor actions: which cursor, and the value (set) or target (rollback). */
export interface CursorActionBody {
  stream: string;
  tenant?: string;
  partition?: string;
  /** `set`: the new value (any JSON). */
  value?: unknown;
  /** `rollback`: a run id or an ISO time. */
  to?: string;
  /** Who asks, recorded in the cursor history (`api:<actor>`). */
  actor?: string;
}

/** Body of a quarantine replay: these ids, or every open record (of these streams). */
export interface ReplayBody {
  ids?: string[];
  streams?: string[];
}

/** An action's answer: an HTTP status and a JSON body. */
export interface ActionOutcome {
  status: 200 | 202 | 400 | 404 | 409 | 503;
  body: Record<string, unknown>;
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const text = { type: 'string', maxLength: 400 } as const;
const checkCursor = ajv.compile({
  type: 'object',
  additionalProperties: false,
  required: ['stream'],
  properties: {
    stream: { type: 'string', minLength: 1 },
    tenant: text,
    partition: text,
    value: {},
    to: { type: 'string', minLength: 1 },
    actor: text,
  },
});
const NAMES = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true } as const;
const checkReplay = ajv.compile({ type: 'object', additionalProperties: false, properties: { ids: NAMES, streams: NAMES } });

const invalid = (problems: string[]): ActionOutcome => ({ status: 400, body: { error: 'invalid_request', problems } });

function problemsOf(errors: typeof checkCursor.errors): string[] {
  return (errors ?? []).map((e) =>
    e.keyword === 'additionalProperties'
      ? `body: unknown field "${String((e.params as { additionalProperty: string }).additionalProperty)}"`
      : `body${e.instancePath.replace(/\//g, '.')}: ${e.message ?? 'is invalid'}`,
  );
}

/** Checks a cursor action's body and names its cursor. */
function cursorOf(op: OpsPipeline, raw: unknown): { key: StreamKey; body: CursorActionBody } | ActionOutcome {
  if (!checkCursor(raw)) return invalid(problemsOf(checkCursor.errors));
  const body = raw as CursorActionBody;
  const names = op.plan.streams.map((s) => s.name);
  if (!names.includes(body.stream)) return invalid([`body.stream: unknown stream "${body.stream}"; the pipeline has: ${names.join(', ')}`]);
  const key: StreamKey = {
    pipeline: op.name,
    stream: body.stream,
    ...(body.tenant ? { tenant: body.tenant } : {}),
    ...(body.partition ? { partition: body.partition } : {}),
  };
  return { key, body };
}

/** The actor recorded for a change: `<channel>:<who>` with the caller's name, or the channel alone. */
export function actorOf(channel: 'api' | 'page', who: string | undefined): string {
  const name = who?.trim().replace(/\s+/g, ' ').slice(0, 60);
  return name ? `${channel}:${name}` : channel;
}

/** `set`, `reset` or `rollback` a cursor, recorded in the cursor history with `channel` and the caller's name. */
export async function changeCursor(
  op: OpsPipeline,
  action: 'set' | 'reset' | 'rollback',
  raw: unknown,
  channel: 'api' | 'page',
): Promise<ActionOutcome> {
  const checked = cursorOf(op, raw);
  if ('status' in checked) return checked;
  const { key, body } = checked;
  const actor = actorOf(channel, body.actor);
  const before = await op.state.getCursor(key);
  if (action === 'set') {
    if (body.value === undefined || body.value === null) return invalid(['body.value: required for set (use reset to forget a cursor)']);
    await op.state.setCursor(key, body.value, { actor, action: 'set' });
    return { status: 200, body: { ...key, before: before ?? null, value: body.value, actor } };
  }
  if (action === 'reset') {
    await op.state.deleteCursor(key, { actor });
    return { status: 200, body: { ...key, before: before ?? null, value: null, actor } };
  }
  if (!body.to) return invalid(['body.to: required for rollback: a run id or an ISO time']);
  try {
    const result = await rollbackCursor(op.state, key, parseRollbackTarget(body.to), actor);
    return { status: 200, body: { ...key, before: before ?? null, value: result.value ?? null, restored: result.restored ?? null, actor } };
  } catch (error) {
    return { status: 409, body: { error: 'conflict', message: describeError(error) } };
  }
}

/** Queues a replay of quarantined records: one run per tenant that has open records among them. */
export async function replayQuarantine(ctx: ControlPlaneContext, op: OpsPipeline, raw: unknown): Promise<ActionOutcome> {
  if (!checkReplay(raw)) return invalid(problemsOf(checkReplay.errors));
  const body = raw as ReplayBody;
  const open = (
    await op.state.quarantine.list({ pipeline: op.name, status: 'open', limit: 100_000, ...(body.ids ? { ids: body.ids } : {}) })
  ).filter((r) => !body.streams || body.streams.includes(r.stream));
  if (body.ids) {
    const missing = body.ids.filter((id) => !open.some((r) => r.id === id));
    if (missing.length)
      return { status: 404, body: { error: 'not_found', message: `no open quarantined record ${missing.join(', ')} in ${op.name}` } };
  }
  if (open.length === 0)
    return { status: 200, body: { runId: null, runs: [], message: `${op.name} has no open quarantined records to replay` } };
  const tenants = [...new Set(open.map((r) => r.tenant))];
  try {
    const runs = tenants.map((tenant) => {
      const records = open.filter((r) => r.tenant === tenant);
      const { run } = ctx.queue.submit({
        pipeline: op.name,
        ...(op.plan.tenants && tenant !== undefined ? { tenant } : {}),
        trigger: 'replay',
        streams: [...new Set(records.map((r) => r.stream))],
        replay: body.ids ? { ids: records.map((r) => r.id) } : {},
      });
      return { runId: run.runId, ...(run.tenant !== undefined ? { tenant: run.tenant } : {}), status: run.status, records: records.length };
    });
    return { status: 202, body: { runId: runs[0]!.runId, pipeline: op.name, runs } };
  } catch (error) {
    return { status: 503, body: { error: 'unavailable', message: describeError(error) } };
  }
}
