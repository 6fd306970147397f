import { createHmac } from 'node:crypto';
import { compileLogic, compilePath, getPath, isTruthy, type CompiledLogic, type RecordPath } from '@syncengine/engine';
import { OpsConfigError, type OpsPipeline } from './ops-pipeline.js';
import { safeEqual } from './safe-equal.js';

/** How a webhook proves who sent it. */
export type WebhookCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'secret'; readonly header: string; readonly secret: string }
  | {
      readonly kind: 'hmac';
      readonly header: string;
      readonly secret: string;
      readonly algorithm: 'sha1' | 'sha256' | 'sha512';
      readonly encoding: 'hex' | 'base64';
      readonly prefix: string;
      /** What is signed, with `{body}` and `{timestamp}` in it. */
      readonly signed: string;
      /** With a signed timestamp: its header, the tolerance, and the signatures accepted within it (signature -> expiry, ms). */
      readonly timestamp?: { readonly header: string; readonly toleranceMs: number; readonly seen: Map<string, number> };
    };

/** A declared webhook, ready to check and map payloads. */
export interface WebhookPlan {
  /** Its name: the `:name` of `POST /webhooks/:name`. */
  readonly name: string;
  readonly pipeline: OpsPipeline;
  /** The stream it runs by ids. */
  readonly stream: string;
  /** Dot path of the id (or list of ids) in the payload. */
  readonly idsPath: string;
  readonly ids: RecordPath;
  /** Accepts only payloads for which this is truthy. */
  readonly when: CompiledLogic | undefined;
  /** Dot path of the tenant id, for a multi-tenant pipeline. */
  readonly tenant: RecordPath | undefined;
  readonly check: WebhookCheck;
}

/** What a payload asks for. */
export type WebhookOutcome =
  | { readonly kind: 'run'; readonly ids: (string | number)[]; readonly tenant: string | undefined }
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Compiles the `webhooks` blocks of the operated pipelines. Throws `OpsConfigError` for a name used
 * twice, a stream that does not exist or cannot run by ids, or a tenant path that does not fit.
 */
export function compileWebhooks(pipelines: readonly OpsPipeline[]): Map<string, WebhookPlan> {
  const plans = new Map<string, WebhookPlan>();
  for (const op of pipelines) {
    for (const [name, hook] of Object.entries(op.pipeline.definition.webhooks ?? {})) {
      const where = `${op.pipeline.file}: webhooks.${name}`;
      const other = plans.get(name);
      if (other)
        throw new OpsConfigError(
          `${where}: ${other.pipeline.name} already declares a webhook "${name}"; webhook names must be unique across served pipelines`,
        );
      const stream = op.plan.streams.find((s) => s.name === hook.stream);
      if (!stream)
        throw new OpsConfigError(
          `${where}.stream: unknown stream "${hook.stream}"; ${op.name} has: ${op.plan.streams.map((s) => s.name).join(', ')}`,
        );
      if (!stream.idsSource)
        throw new OpsConfigError(`${where}.stream: stream ${hook.stream} cannot fetch by ids; declare strategies.ids on it`);
      if (op.plan.tenants && !hook.tenant)
        throw new OpsConfigError(`${where}: ${op.name} runs per tenant; set tenant to the payload path of the tenant id`);
      if (!op.plan.tenants && hook.tenant) throw new OpsConfigError(`${where}.tenant: ${op.name} has no tenants`);
      const check: WebhookCheck = hook.hmac
        ? hmacCheck(hook.hmac, `${where}.hmac`)
        : hook.secret
          ? { kind: 'secret', header: hook.secret_header ?? 'X-Webhook-Secret', secret: hook.secret }
          : { kind: 'none' };
      plans.set(name, {
        name,
        pipeline: op,
        stream: hook.stream,
        idsPath: hook.ids,
        ids: compilePath(hook.ids),
        when: hook.when === undefined ? undefined : compileLogic(hook.when),
        tenant: hook.tenant ? compilePath(hook.tenant) : undefined,
        check,
      });
    }
  }
  return plans;
}

type HmacOptions = NonNullable<NonNullable<OpsPipeline['pipeline']['definition']['webhooks']>[string]['hmac']>;

function hmacCheck(hmac: HmacOptions, where: string): WebhookCheck {
  const signed = hmac.signed ?? (hmac.timestamp_header ? '{timestamp}.{body}' : '{body}');
  if (!signed.includes('{body}')) throw new OpsConfigError(`${where}.signed: must contain {body}`);
  if (hmac.timestamp_header && !signed.includes('{timestamp}'))
    throw new OpsConfigError(
      `${where}.signed: must contain {timestamp} when timestamp_header is set (an unsigned timestamp proves nothing)`,
    );
  if (!hmac.timestamp_header && signed.includes('{timestamp}'))
    throw new OpsConfigError(`${where}.signed: {timestamp} needs timestamp_header, the header the sender puts it in`);
  return {
    kind: 'hmac',
    header: hmac.header,
    secret: hmac.secret,
    algorithm: hmac.algorithm ?? 'sha256',
    encoding: hmac.encoding ?? 'hex',
    prefix: hmac.prefix ?? '',
    signed,
    ...(hmac.timestamp_header
      ? { timestamp: { header: hmac.timestamp_header, toleranceMs: (hmac.tolerance_s ?? 300) * 1000, seen: new Map<string, number>() } }
      : {}),
  };
}

/** How a delivery's check went; `stale` and `replayed` only for webhooks whose sender signs a timestamp. */
export type WebhookVerdict = 'ok' | 'missing' | 'invalid' | 'none' | 'stale' | 'replayed';

/**
 * Checks a delivery's shared secret or HMAC signature of the raw body, in constant time:
 * `none` when the webhook declares neither (the bearer token is then required instead). Where the
 * sender signs a timestamp, one more than the tolerance away from `now` is `stale`, and a signature
 * already accepted within the tolerance is `replayed`.
 */
export function verifyWebhook(
  plan: WebhookPlan,
  header: (name: string) => string | undefined,
  rawBody: string,
  now: number,
): WebhookVerdict {
  const { check } = plan;
  if (check.kind === 'none') return 'none';
  const given = header(check.header)?.trim();
  if (!given) return 'missing';
  if (check.kind === 'secret') return safeEqual(given, check.secret) ? 'ok' : 'invalid';
  const stamp = check.timestamp ? header(check.timestamp.header)?.trim() : '';
  if (check.timestamp && !stamp) return 'stale';
  // One pass over the template, so a `{timestamp}` inside the body is never replaced.
  const message = check.signed.replace(/\{(body|timestamp)\}/g, (_, key: string) => (key === 'body' ? rawBody : stamp!));
  const digest = createHmac(check.algorithm, check.secret).update(message, 'utf8').digest(check.encoding);
  const normalize = (s: string) => (check.encoding === 'hex' ? s.toLowerCase() : s);
  if (!safeEqual(normalize(given), normalize(`${check.prefix}${digest}`))) return 'invalid';
  if (!check.timestamp) return 'ok';
  const { toleranceMs, seen } = check.timestamp;
  const seconds = /^\d{1,12}$/.test(stamp!) ? Number(stamp) : NaN;
  if (!Number.isFinite(seconds) || Math.abs(now - seconds * 1000) > toleranceMs) return 'stale';
  for (const [signature, expires] of seen) if (expires <= now) seen.delete(signature);
  if (seen.has(digest)) return 'replayed';
  // Kept until its timestamp leaves the window: after that, the timestamp check refuses it anyway.
  seen.set(digest, seconds * 1000 + toleranceMs);
  return 'ok';
}

/** Maps a payload to the ids (and tenant) of a run, or says why it runs nothing. */
export function mapWebhookPayload(plan: WebhookPlan, payload: unknown): WebhookOutcome {
  if (plan.when && !isTruthy(plan.when(payload))) return { kind: 'ignored', reason: "the payload does not match the webhook's when rule" };
  const raw = getPath(payload, plan.ids);
  const list = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== undefined && v !== null && v !== '');
  if (list.length === 0) return { kind: 'invalid', message: `the payload has no id at ${plan.idsPath}` };
  const bad = list.find((v) => typeof v !== 'string' && typeof v !== 'number');
  if (bad !== undefined) return { kind: 'invalid', message: `${plan.idsPath} must be an id or a list of ids, not ${JSON.stringify(bad)}` };
  let tenant: string | undefined;
  if (plan.tenant) {
    const value = getPath(payload, plan.tenant);
    if (typeof value !== 'string' && typeof value !== 'number')
      return { kind: 'invalid', message: `the payload has no tenant id at ${plan.tenant.join('.')}` };
    tenant = String(value);
  }
  return { kind: 'run', ids: [...new Set(list as (string | number)[])], tenant };
}
