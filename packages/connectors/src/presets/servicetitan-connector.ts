import type { AnyConnectorDefinition, Connection } from '@syncengine/engine';
import { defineHttpPreset } from '../http/define-http-preset.js';
import type { ServicetitanConnectionConfig } from './servicetitan-types.generated.js';
import { VALIDATORS } from './servicetitan-validators.generated.js';

/** The hosts of each ServiceTitan environment. */
const HOSTS = {
  production: { api: 'https://api.servicetitan.io', auth: 'https://auth.servicetitan.io/connect/token' },
  integration: { api: 'https://api-integration.servicetitan.io', auth: 'https://auth-integration.servicetitan.io/connect/token' },
} as const;

/** The ServiceTitan options of a `type: servicetitan` connection (every `http` option may be set next to them). */
type ServiceTitanOptions = Pick<
  ServicetitanConnectionConfig,
  'environment' | 'tenant' | 'client_id' | 'client_secret' | 'app_key' | 'auth_url'
>;

const preset = defineHttpPreset<ServiceTitanOptions>({
  name: 'servicetitan',
  validators: VALIDATORS,
  description:
    'ServiceTitan API v2 (production or integration environment of one tenant): OAuth2 client credentials, ST-App-Key, `{tenant}` in paths, page/pageSize/hasMore lists.',
  options: {
    environment: {
      description: 'Which environment: sets the default API host (`base_url`) and token URL (`auth_url`).',
      type: 'string',
      enum: ['production', 'integration'],
      default: 'production',
    },
    tenant: {
      description: 'The tenant id: replaces `{tenant}` in every stream `path` of this connection.',
      type: ['string', 'integer'],
      minLength: 1,
    },
    client_id: { description: 'OAuth2 client id of the app for this tenant and environment.', type: 'string', minLength: 1 },
    client_secret: { description: 'OAuth2 client secret.', type: 'string', minLength: 1, 'x-secret': true },
    app_key: { description: 'The application key, sent as `ST-App-Key` on every call.', type: 'string', minLength: 1, 'x-secret': true },
    auth_url: { description: "Token endpoint; defaults to the environment's `/connect/token`.", type: 'string', minLength: 1 },
  },
  required: ['tenant', 'client_id', 'client_secret', 'app_key'],
  connection: (o) => {
    const hosts = HOSTS[o.environment];
    return {
      base_url: hosts.api,
      headers: { 'ST-App-Key': o.app_key },
      // The standard form-encoded client credentials grant; the token goes out as `Authorization: Bearer`.
      auth: {
        type: 'oauth2_client_credentials',
        token_url: o.auth_url ?? hosts.auth,
        client_id: o.client_id,
        client_secret: o.client_secret,
      },
      // ServiceTitan allows 60 requests per second per app and tenant; stay under it with room for bursts.
      rate_limit: { requests_per_second: 50, burst: 10 },
      timeout_ms: 100_000,
    };
  },
  // `{page, pageSize, hasMore, data}` lists; an incremental stream sends its cursor as `modifiedOnOrAfter`.
  source: {
    records_path: 'data',
    pagination: { type: 'page', size_param: 'pageSize', size: 200, stop_when: ['has_more'], has_more_path: 'hasMore' },
    since: { param: 'modifiedOnOrAfter', format: 'iso' },
  },
});

/**
 * ServiceTitan v2 as a preset of the `http` connector. Its one addition: every `path` may say
 * `{tenant}` (as in `/pricebook/v2/tenant/{tenant}/materials`), replaced by the connection's tenant,
 * so the streams of the production and integration connections cannot mix up tenants. (Quote such a
 * path inside a YAML `{ ... }` map, where braces are syntax.)
 *
 * @example
 * ```yaml
 * connections:
 *   st_prod:
 *     type: servicetitan
 *     environment: production
 *     tenant: ${env.ST_TENANT_PROD}
 *     client_id: ${env.ST_CLIENT_ID_PROD}
 *     client_secret: ${env.ST_CLIENT_SECRET_PROD}
 *     app_key: ${env.ST_APP_KEY_PROD}
 * streams:
 *   materials:
 *     source: { connection: st_prod, path: "/pricebook/v2/tenant/{tenant}/materials", params: { active: Any } }
 *     incremental: { cursor_field: modifiedOn }
 * ```
 */
const servicetitan: AnyConnectorDefinition = {
  ...preset,
  async connect(config: Record<string, unknown>, ctx) {
    const http: Connection = await preset.connect(config, ctx);
    const tenant = encodeURIComponent(String(config.tenant));
    const withTenant = <T>(options: T): T => {
      const o = options as Record<string, unknown> & { crosswalk?: { update?: { path?: string } } };
      const update = o.crosswalk?.update;
      return {
        ...o,
        ...(typeof o.path === 'string' ? { path: o.path.replaceAll('{tenant}', tenant) } : {}),
        ...(o.crosswalk && typeof update?.path === 'string'
          ? { crosswalk: { ...o.crosswalk, update: { ...update, path: update.path.replaceAll('{tenant}', tenant) } } }
          : {}),
      } as T;
    };
    return {
      ...http,
      read: (options, readCtx) => http.read!(withTenant(options), readCtx),
      openWriter: (options, writerCtx) => http.openWriter!(withTenant(options), writerCtx),
    };
  },
};

export default servicetitan;
