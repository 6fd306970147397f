import { SyncError } from '@syncengine/engine/errors';
import { defineHttpPreset } from '../http/define-http-preset.js';
import type { CatsyConnectionConfig } from './catsy-types.generated.js';
import { VALIDATORS } from './catsy-validators.generated.js';

/** The Catsy options of a `type: catsy` connection (every `http` option may be set next to them). */
type CatsyOptions = Pick<CatsyConnectionConfig, 'token'>;

/** Largest `limit` Catsy's v3 export is known to take (public clients use 200-500). */
const PAGE_SIZE = 500;

/**
 * Catsy PIM (shared/apis.md (a)): a static API key of a "Web API" user, sent as
 * `Authorization: Bearer` (no token endpoint, no expiry); the v3 saved-query export
 * `GET /api/v3/queries/{queryId}/items?limit&offset` answers `{"items": [...]}` and ends with a
 * short page; attributes are tenant-defined snake_case, prices numeric strings. The limit seen
 * in public clients is 2 requests per second (burst 10), with 429s that carry no `Retry-After`.
 *
 * @example
 * ```yaml
 * connections:
 *   catsy: { type: catsy, token: "${env.CATSY_BEARER_TOKEN}" }
 * streams:
 *   products:
 *     source: { connection: catsy, path: /api/v3/queries/1001/items }
 * ```
 */
export default defineHttpPreset<CatsyOptions>({
  name: 'catsy',
  validators: VALIDATORS,
  description: 'Catsy PIM: static bearer API key, v3 saved-query export paged with limit/offset (`items`), 0.5 s between requests.',
  options: {
    token: {
      description: 'The API key of a Catsy "Web API" user, sent as `Authorization: Bearer`.',
      type: 'string',
      minLength: 1,
      'x-secret': true,
    },
  },
  required: ['token'],
  connection(o) {
    if (typeof o.token !== 'string' || !o.token.trim()) throw new SyncError('CONFIG_INVALID', 'catsy: token is empty');
    return {
      base_url: 'https://api.catsy.com',
      auth: { type: 'bearer', token: o.token.trim() },
      // 0.5 s between requests keeps under 2 per second; a 429 has no Retry-After, so retries
      // back off from 1 s, by which time the bucket has refilled.
      rate_limit: { interval_ms: 500 },
      retries: 5,
      retry_delay_ms: 1000,
      timeout_ms: 60_000,
    };
  },
  source: {
    records_path: 'items',
    pagination: { type: 'offset', offset_param: 'offset', size_param: 'limit', size: PAGE_SIZE },
  },
});
