import { defineConnector } from '@syncengine/engine/connector';
import { HTTP_CONNECTION_SCHEMA, HTTP_SOURCE_SCHEMA } from './http-schema.js';
import { HTTP_SINK_SCHEMA } from './http-sink-schema.js';
import type { HttpConnectionConfig, HttpSinkOptions, HttpSourceOptions } from './http-types.generated.js';
import { VALIDATORS } from './http-validators.generated.js';

export type { HttpConnectionConfig, HttpSinkOptions, HttpSourceOptions };

/**
 * Reads REST APIs: auth styles from static keys to OAuth2 and login sessions, every common
 * pagination style, a formatted `since` parameter for incremental reads, and per connection a
 * rate budget, retries and a circuit breaker shared by all its streams.
 *
 * @example
 * ```yaml
 * connections:
 *   shop:
 *     type: http
 *     base_url: https://example.myshopify.com/admin/api/2024-10
 *     auth: { type: api_key, header: X-Shopify-Access-Token, key: "${env.SHOPIFY_TOKEN}" }
 *     rate_limit: { requests_per_second: 2, burst: 4 }
 * streams:
 *   orders:
 *     source:
 *       connection: shop
 *       path: /orders.json
 *       params: { limit: 250, status: any }
 *       records_path: orders
 *       pagination: { type: link_header }
 *       since: { param: updated_at_min, format: iso, lookback_s: 300 }
 * ```
 */
export default defineConnector<HttpConnectionConfig, HttpSourceOptions, HttpSinkOptions>({
  name: 'http',
  description: 'A REST API over HTTP(S) answering JSON, JSON lines or CSV.',
  connectionSchema: HTTP_CONNECTION_SCHEMA,
  source: { streamSchema: HTTP_SOURCE_SCHEMA },
  sink: { streamSchema: HTTP_SINK_SCHEMA },
  validators: VALIDATORS,
  // The HTTP client, auth and pagination are loaded when a connection opens, not when a pipeline is validated.
  connect: async (config, ctx) => (await import('./_open-http.js')).openHttp(config, ctx),
});
