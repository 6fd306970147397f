import { SyncError } from '@syncengine/engine/errors';
import { defineHttpPreset } from '../http/define-http-preset.js';
import type { AmazonSpConnectionConfig } from './amazon-sp-types.generated.js';
import { VALIDATORS } from './amazon-sp-validators.generated.js';

/** The SP-API options of a `type: amazon-sp` connection (every `http` option may be set next to them). */
type AmazonSpOptions = Pick<AmazonSpConnectionConfig, 'region' | 'refresh_token' | 'client_id' | 'client_secret' | 'token_url'>;

/** SP-API hosts per region (developer-docs "SP-API Endpoints"). */
const HOSTS: Readonly<Record<string, string>> = {
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
};

/** Login with Amazon's token endpoint, the same for every region. */
const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';

/**
 * Amazon Selling Partner API of one seller (shared/apis.md (c)): the seller's LWA refresh token is
 * traded for hour-long access tokens sent bare in `x-amz-access-token` (no SigV4 since 2023); lists
 * page with a body token (`payload.NextToken` for orders, `pagination.nextToken` elsewhere); usage
 * plans are token buckets per operation whose 429 `QuotaExceeded` carries no `Retry-After`, so
 * retries back off exponentially for up to about a minute, the refill time of getOrders.
 *
 * @example
 * ```yaml
 * connections:
 *   amazon:
 *     type: amazon-sp
 *     region: eu
 *     refresh_token: ${env.SP_API_REFRESH_TOKEN}
 *     client_id: ${env.LWA_CLIENT_ID}
 *     client_secret: ${env.LWA_CLIENT_SECRET}
 * streams:
 *   orders:
 *     source: { connection: amazon, path: /orders/v0/orders, params: { MarketplaceIds: A1PA6795UKMFR9 }, since: { param: LastUpdatedAfter, format: iso } }
 *     incremental: { cursor_field: LastUpdateDate, initial: "2024-01-01T00:00:00Z" }
 * ```
 */
export default defineHttpPreset<AmazonSpOptions>({
  name: 'amazon-sp',
  validators: VALIDATORS,
  description:
    'Amazon Selling Partner API of one seller: LWA refresh-token auth, x-amz-access-token, NextToken paging, per-operation usage plans.',
  options: {
    region: {
      description: "The seller's SP-API region: `na`, `eu` or `fe`; picks the host (`base_url`).",
      type: 'string',
      minLength: 1,
      default: 'na',
    },
    refresh_token: {
      description: "The seller's LWA refresh token (`Atzr|...`), from authorising the app.",
      type: 'string',
      minLength: 1,
      'x-secret': true,
    },
    client_id: { description: "The app's LWA client id (`amzn1.application-oa2-client...`).", type: 'string', minLength: 1 },
    client_secret: { description: "The app's LWA client secret.", type: 'string', minLength: 1, 'x-secret': true },
    token_url: { description: `LWA token endpoint; default \`${LWA_TOKEN_URL}\`.`, type: 'string', minLength: 1 },
  },
  required: ['refresh_token', 'client_id', 'client_secret'],
  connection(o) {
    const region = String(o.region ?? 'na').toLowerCase();
    const host = HOSTS[region];
    if (!host) throw new SyncError('CONFIG_INVALID', `amazon-sp: region ${JSON.stringify(o.region)} is not one of na, eu, fe`);
    if (typeof o.refresh_token !== 'string' || !o.refresh_token) throw new SyncError('CONFIG_INVALID', 'amazon-sp: refresh_token is empty');
    return {
      base_url: host,
      auth: {
        type: 'oauth2_refresh_token',
        token_url: o.token_url ?? LWA_TOKEN_URL,
        client_id: o.client_id,
        client_secret: o.client_secret,
        refresh_token: o.refresh_token,
        header: 'x-amz-access-token',
        prefix: '',
      },
      // The 2 rps / burst 2 plans of FBA inventory and catalog; getOrders bursts 20, then refills
      // one a minute, which the backoff (1, 2, 4 ... 32 s, 63 s in all) waits out.
      rate_limit: { requests_per_second: 2, burst: 2 },
      retries: 6,
      retry_delay_ms: 1000,
    };
  },
  // getOrders' envelope; other operations set their own `records_path` and token names.
  source: {
    records_path: 'payload.Orders',
    pagination: { type: 'cursor', token_path: 'payload.NextToken', token_param: 'NextToken' },
  },
});
