import { withQuery } from '../_url.js';
import type { ApiKey } from '../http-types.generated.js';
import type { HttpAuth } from './http-auth.js';

/**
 * `type: api_key`: a static key in a header (`User-Key`, `X-Shopify-Access-Token`) or a query
 * parameter, which goes first in the query string (`?api_key=***&page=2` in logs).
 */
export function createApiKeyAuth(config: ApiKey): HttpAuth {
  return {
    async apply(request) {
      if (config.query_param) request.url = withQuery(request.url, { [config.query_param]: config.key }, 'first');
      else request.headers[config.header.toLowerCase()] = config.key;
    },
  };
}
