import type { Context, Hono } from 'hono';
import { connectionNamespace, describeError } from '@syncengine/engine';
import type { ControlPlaneContext } from './_control-plane-context.js';
import { mapWebhookPayload, verifyWebhook } from './webhook.js';

/**
 * `POST /webhooks/:name`: checks the sender (the webhook's shared secret or HMAC signature, or the
 * bearer token when it declares neither), maps the payload to ids and queues an `ids` run of the
 * webhook's stream. Payloads its `when` rule turns down get 202 and start nothing.
 */
export function registerWebhookRoute(app: Hono, ctx: ControlPlaneContext): void {
  app.post('/webhooks/:name', async (c) => {
    const name = c.req.param('name');
    const plan = ctx.webhooks.get(name);
    const count = (outcome: string) => ctx.metrics.increment('syncengine_webhooks_total', { webhook: plan ? name : '(unknown)', outcome });
    if (!plan) {
      if (!ctx.authorized(c.req.header('authorization'))) return unauthorized(c, count);
      count('unknown');
      return c.json({ error: 'not_found', message: `no webhook "${name}"` }, 404);
    }
    const raw = await c.req.text();
    const verdict = verifyWebhook(plan, (header) => c.req.header(header), raw, ctx.clock.now());
    if (verdict === 'replayed') {
      ctx.logger.warn(`webhook ${name}: refused a replayed delivery (its signature was already accepted)`);
      count('replayed');
      return c.json({ error: 'replayed', message: 'this delivery was already accepted; a replayed webhook is refused' }, 409);
    }
    if (verdict === 'stale') {
      const seconds = plan.check.kind === 'hmac' ? (plan.check.timestamp?.toleranceMs ?? 0) / 1000 : 0;
      ctx.logger.warn(`webhook ${name}: refused a delivery whose signed timestamp is more than ${seconds} s from now`);
      return unauthorized(c, count, `webhook timestamp is missing or more than ${seconds} s from now`);
    }
    if (verdict === 'none' ? !ctx.authorized(c.req.header('authorization')) : verdict !== 'ok') {
      ctx.logger.warn(`webhook ${name}: rejected a delivery (${verdict === 'none' ? 'no valid bearer token' : `${verdict} signature`})`);
      return unauthorized(c, count, verdict === 'none' ? undefined : `${verdict} webhook signature`);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw) as unknown;
    } catch {
      count('invalid');
      return c.json({ error: 'invalid_request', problems: ['body: is not valid JSON'] }, 400);
    }
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
      count('invalid');
      return c.json({ error: 'invalid_request', problems: ['body: must be a JSON object'] }, 400);
    }
    const outcome = mapWebhookPayload(plan, payload);
    if (outcome.kind === 'invalid') {
      count('invalid');
      return c.json({ error: 'invalid_request', problems: [`body: ${outcome.message}`] }, 400);
    }
    if (outcome.kind === 'ignored') {
      count('ignored');
      return c.json({ runId: null, ignored: true, reason: outcome.reason }, 202);
    }
    await dropCachedAnswers(ctx, plan.pipeline.name, plan.stream, outcome.tenant, outcome.ids);
    try {
      const { run, merged } = ctx.queue.submit({
        pipeline: plan.pipeline.name,
        ...(outcome.tenant !== undefined ? { tenant: outcome.tenant } : {}),
        trigger: 'webhook',
        strategy: 'ids',
        ids: outcome.ids,
        streams: [plan.stream],
      });
      count('accepted');
      return c.json(
        {
          runId: run.runId,
          pipeline: plan.pipeline.name,
          stream: plan.stream,
          ids: outcome.ids,
          ...(run.tenant !== undefined ? { tenant: run.tenant } : {}),
          status: run.status,
          ...(merged ? { merged: true } : {}),
        },
        202,
      );
    } catch (error) {
      return c.json({ error: 'unavailable', message: describeError(error) }, 503);
    }
  });
}

/**
 * The records a webhook names changed: cached answers of the stream's connection that hold them are
 * dropped (`response_cache` with `record_id`), so no run serves them stale. A failure only warns.
 */
async function dropCachedAnswers(
  ctx: ControlPlaneContext,
  pipeline: string,
  stream: string,
  tenant: string | undefined,
  ids: readonly (string | number)[],
): Promise<void> {
  const op = ctx.pipelines.get(pipeline);
  const connection = op?.plan.streams.find((s) => s.name === stream)?.source.connection;
  const cache = connection ? op?.state.apiCache?.(connectionNamespace(pipeline, connection, tenant)) : undefined;
  if (!cache) return;
  try {
    const dropped = await cache.invalidate(ids.map(String));
    ctx.metrics.increment('syncengine_http_cache_invalidated_total', { pipeline, connection: connection! }, dropped);
    if (dropped) ctx.logger.debug(`webhook for ${pipeline}.${stream}: dropped ${dropped} cached answers holding ${ids.join(', ')}`);
  } catch (error) {
    ctx.logger.warn(`webhook for ${pipeline}.${stream}: could not drop cached answers: ${ctx.redact(describeError(error))}`);
  }
}

function unauthorized(c: Context, count: (outcome: string) => void, message = 'send Authorization: Bearer <token>') {
  count('unauthorized');
  c.header('WWW-Authenticate', 'Bearer realm="syncengine"');
  return c.json({ error: 'unauthorized', message }, 401);
}
