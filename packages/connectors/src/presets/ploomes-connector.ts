import { SyncError } from '@syncengine/engine/errors';
import { defineHttpPreset } from '../http/define-http-preset.js';
import type { PloomesConnectionConfig } from './ploomes-types.generated.js';
import { VALIDATORS } from './ploomes-validators.generated.js';

/** The Ploomes options of a `type: ploomes` connection (every `http` option may be set next to them). */
type PloomesOptions = Pick<PloomesConnectionConfig, 'user_key'>;

/** The host most clients use; the official n8n node uses `https://api2.ploomes.com` (set `base_url` for it). */
const PUBLIC_API = 'https://public-api2.ploomes.com';

/**
 * Ploomes CRM (shared/apis.md (f)): a static `User-Key` header, OData entity sets that answer
 * `{"@odata.context": ..., "value": [...]}` and page with `$top` (at most 300) and `$skip`, ordered by
 * `Id` so that pages do not shift. The key allows about 120 requests a minute and is refused with a
 * bare 429 (no `Retry-After`), so requests are spaced 500 ms apart with at most 3 in flight (the seed's
 * budget; pages are requested ahead while they come back full), and a 429 or 503 is retried with a
 * doubling backoff of up to a minute.
 *
 * @example
 * ```yaml
 * connections:
 *   ploomes: { type: ploomes, user_key: "${env.PLOOME_API_KEY}" }
 * streams:
 *   products:
 *     source: { connection: ploomes, path: /Products, since: { param: $filter, value: "LastUpdateDate gt ${cursor}", format: "%Y-%m-%dT%H:%M:%S.%L", timezone: America/Sao_Paulo } }
 *     incremental: { cursor_field: LastUpdateDate }
 * ```
 */
export default defineHttpPreset<PloomesOptions>({
  name: 'ploomes',
  validators: VALIDATORS,
  description:
    'Ploomes CRM OData API: User-Key header, `value` envelope, $top/$skip paging by Id (300 a page), 1 request per 500 ms with 3 in flight.',
  options: {
    user_key: {
      description: "The integration user's API key, sent as `User-Key` on every request (`GET /Self` checks it).",
      type: 'string',
      minLength: 1,
      'x-secret': true,
    },
  },
  required: ['user_key'],
  connection(o) {
    if (typeof o.user_key !== 'string' || !o.user_key.trim()) throw new SyncError('CONFIG_INVALID', 'ploomes: user_key is empty');
    return {
      base_url: PUBLIC_API,
      auth: { type: 'api_key', header: 'User-Key', key: o.user_key.trim() },
      rate_limit: { interval_ms: 500, max_concurrent: 3 },
      // Waits of up to 1, 2, 4 ... 32 s: outlast a 503 burst and the rest of a 120-per-minute window.
      retries: 6,
      retry_delay_ms: 1000,
      retry_max_delay_ms: 60_000,
    };
  },
  source: {
    records_path: 'value',
    // Stream params merge over these, so every read keeps a stable order unless it names its own.
    params: { $orderby: 'Id' },
    // Ploomes answers a $top above 300 with a 400 instead of capping it, so a short page is the last one;
    // it sends no total, so pages ahead are requested while pages come back full (3 in flight at most).
    pagination: { type: 'offset', offset_param: '$skip', size_param: '$top', size: 300, size_honoured: true, speculate: true },
  },
});
