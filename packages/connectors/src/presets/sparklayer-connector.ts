import { SyncError } from '@syncengine/engine/errors';
import { defineHttpPreset } from '../http/define-http-preset.js';
import type { SparklayerConnectionConfig } from './sparklayer-types.generated.js';
import { VALIDATORS } from './sparklayer-validators.generated.js';

/** The SparkLayer options of a `type: sparklayer` connection (every `http` option may be set next to them). */
type SparkLayerOptions = Pick<SparklayerConnectionConfig, 'environment' | 'site_id' | 'client_id' | 'client_secret'>;

/** Each environment has its own data and keys (docs.sparklayer.io). */
const HOSTS = { live: 'https://app.sparklayer.io', test: 'https://test.app.sparklayer.io' } as const;

/**
 * SparkLayer B2B (shared/apis.md (a)): OAuth2 client credentials posted as **JSON** to
 * `/api/auth/token`, and the `Site-Id` header on that call and on every API call; hour-long
 * tokens without a refresh token (renewed before they expire, and once on a 401). Pricing is
 * written with `PATCH /api/v1/price-lists/{slug}/pricing`, a JSON array of
 * `{sku, pricing: [{quantity, price}]}`, in batches of 500 with 0.5 s between them (as the public
 * Catsy sync does); 409 (a concurrent update), 429 and 5xx are retried, honouring `Retry-After`.
 * No numeric rate limit is published.
 *
 * @example
 * ```yaml
 * connections:
 *   sparklayer: { type: sparklayer, site_id: "${env.SITE_ID}", client_id: "${env.CLIENT_ID}", client_secret: "${env.CLIENT_SECRET}" }
 * streams:
 *   prices:
 *     sink: { connection: sparklayer, path: /api/v1/price-lists/wholesale/pricing }
 * ```
 */
export default defineHttpPreset<SparkLayerOptions>({
  name: 'sparklayer',
  validators: VALIDATORS,
  description: 'SparkLayer B2B: OAuth2 client credentials (JSON body) with Site-Id, pricing PATCHed in batches of 500, 0.5 s apart.',
  options: {
    environment: {
      description: 'Which environment: `live` (`https://app.sparklayer.io`) or `test` (`https://test.app.sparklayer.io`); sets `base_url`.',
      type: 'string',
      enum: ['live', 'test'],
      default: 'live',
    },
    site_id: { description: 'The Site ID, sent as `Site-Id` on the token call and on every call.', type: 'string', minLength: 1 },
    client_id: { description: 'API client id of the site and environment.', type: 'string', minLength: 1 },
    client_secret: { description: 'API client secret.', type: 'string', minLength: 1, 'x-secret': true },
  },
  required: ['site_id', 'client_id', 'client_secret'],
  connection(o) {
    const host = HOSTS[o.environment ?? 'live'];
    if (!host) throw new SyncError('CONFIG_INVALID', `sparklayer: environment ${JSON.stringify(o.environment)} is not one of live, test`);
    const site = { 'Site-Id': o.site_id };
    return {
      base_url: host,
      headers: site,
      auth: {
        type: 'oauth2_client_credentials',
        token_url: '/api/auth/token',
        body_format: 'json',
        client_id: o.client_id,
        client_secret: o.client_secret,
        token_headers: site,
      },
      retries: 5,
    };
  },
  // The v2 lists (`GET /api/v2/price-lists`): `{data, pagination: {current_page, total_pages}}`.
  source: {
    records_path: 'data',
    pagination: { type: 'page', size_param: 'page_size', size: 250, stop_when: ['total'], total_pages_path: 'pagination.total_pages' },
  },
  sink: { method: 'PATCH', mode: 'batch', batch_size: 500, delay_ms: 500 },
});
