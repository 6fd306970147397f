import { SyncError } from '@syncengine/engine/errors';
import { defineHttpPreset } from '../http/define-http-preset.js';
import type { ShopifyConnectionConfig } from './shopify-types.generated.js';
import { VALIDATORS } from './shopify-validators.generated.js';

/** The Shopify options of a `type: shopify` connection (every `http` option may be set next to them). */
type ShopifyOptions = Pick<ShopifyConnectionConfig, 'shop' | 'access_token' | 'api_version'>;

/**
 * Shopify Admin REST API of one shop (shared/apis.md (b)): `X-Shopify-Access-Token`, records under
 * the plural resource key (a stream sets `records_path: orders`), `Link` header paging with an
 * opaque `page_info`, and a leaky bucket of 40 requests leaking 2 per second per app and shop,
 * whose 429 carries `Retry-After: 2.0` (honoured by the http retries) or, on some limits, nothing.
 *
 * @example
 * ```yaml
 * connections:
 *   shopify: { type: shopify, shop: acme, access_token: "${env.SHOPIFY_ACCESS_TOKEN}" }
 * streams:
 *   orders:
 *     source: { connection: shopify, path: /orders.json, params: { status: any }, records_path: orders, since: { param: updated_at_min, format: iso } }
 *     incremental: { cursor_field: updated_at }
 * ```
 */
export default defineHttpPreset<ShopifyOptions>({
  name: 'shopify',
  validators: VALIDATORS,
  description: 'Shopify Admin REST API of one shop: access-token header, Link-header paging, leaky-bucket rate limit.',
  options: {
    shop: {
      description:
        'The shop: its handle (`acme`), its domain (`acme.myshopify.com`) or its URL (`https://acme.myshopify.com/`), as client databases hold it in any of these forms.',
      type: 'string',
      minLength: 1,
    },
    access_token: {
      description: 'Admin API access token (`shpat_...`), sent as `X-Shopify-Access-Token`.',
      type: 'string',
      minLength: 1,
      'x-secret': true,
    },
    api_version: { description: 'Admin API version in the base URL (`YYYY-MM`).', type: 'string', minLength: 1, default: '2024-10' },
  },
  required: ['shop', 'access_token'],
  connection(o) {
    const shop =
      typeof o.shop === 'string'
        ? o.shop
            .trim()
            .replace(/^https?:\/\//i, '')
            .replace(/\/.*$/, '')
        : '';
    if (!/^[a-z0-9][a-z0-9.-]*$/i.test(shop))
      throw new SyncError('CONFIG_INVALID', `shopify: shop ${JSON.stringify(o.shop ?? null)} is not a shop handle, domain or URL`);
    if (typeof o.access_token !== 'string' || !o.access_token) throw new SyncError('CONFIG_INVALID', 'shopify: access_token is empty');
    return {
      base_url: `https://${shop.includes('.') ? shop : `${shop}.myshopify.com`}/admin/api/${o.api_version ?? '2024-10'}`,
      auth: { type: 'api_key', header: 'X-Shopify-Access-Token', key: o.access_token },
      // The Standard plan's bucket: 40 at once, then 2 per second. A 429 (another app of the shop,
      // or a leftover of the last run) waits for Retry-After; five retries outlast a 503 burst too.
      rate_limit: { requests_per_second: 2, burst: 40 },
      retries: 5,
    };
  },
  source: {
    // Shopify's largest page; a `page_info` link carries it (and nothing else) to the next page.
    params: { limit: 250 },
    pagination: { type: 'link_header' },
  },
});
