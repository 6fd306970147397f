import type { JsonSchema } from '@syncengine/engine';
import { HTTP_AUTH_SCHEMA } from './auth/http-auth-schema.js';
import { HTTP_PAGINATION_SCHEMA } from './pagination/pagination-schema.js';
import { HTTP_REPORT_SCHEMA } from './report-schema.js';

export { HTTP_AUTH_SCHEMA, HTTP_PAGINATION_SCHEMA };

const STRING_MAP: JsonSchema = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};

/** The formats `since.format` names; anything else must be a `%` pattern. */
export const SINCE_FORMATS = ['raw', 'iso', 'iso_date', 'unix', 'unix_ms'] as const;

const RATE_LIMIT_SCHEMA: JsonSchema = {
  description:
    'Request budget of the connection, shared by every stream that uses it. Limits combine: a request waits until all of them allow it.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    interval_ms: { description: 'At least this long between the starts of two requests, e.g. `500`.', type: 'integer', minimum: 1 },
    requests_per_second: {
      description: 'Token bucket: at most this many requests per second on average (fractions allowed).',
      type: 'number',
      exclusiveMinimum: 0,
    },
    requests_per_minute: {
      description: 'Token bucket: at most this many requests per minute on average.',
      type: 'number',
      exclusiveMinimum: 0,
    },
    burst: {
      description: 'Requests the token buckets allow back to back before the average rate applies.',
      type: 'integer',
      minimum: 1,
      default: 1,
    },
    max_concurrent: { description: 'At most this many requests in flight at once.', type: 'integer', minimum: 1 },
  },
};

const CIRCUIT_BREAKER_SCHEMA: JsonSchema = {
  description:
    'Stops calling an API that keeps failing: after `failures` consecutive failed attempts (network error, timeout, 5xx) every request of the connection fails at once for `cooldown_ms`; then one trial request decides whether it closes again.',
  type: 'object',
  additionalProperties: false,
  properties: {
    failures: { description: 'Consecutive failed attempts that open the circuit.', type: 'integer', minimum: 1, default: 5 },
    cooldown_ms: {
      description: 'How long an open circuit fails requests before letting a trial through.',
      type: 'integer',
      minimum: 1,
      default: 30000,
    },
  },
};

export const HTTP_CONNECTION_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['base_url'],
  properties: {
    base_url: {
      description: 'Base URL; stream paths are appended to it, e.g. `https://api.example.com/v1`.',
      type: 'string',
      minLength: 1,
      format: 'http-url',
    },
    auth: HTTP_AUTH_SCHEMA,
    headers: { ...STRING_MAP, description: "Headers sent with every request of this connection, e.g. ServiceTitan's `ST-App-Key`." },
    timeout_ms: {
      description: 'Per-attempt timeout in milliseconds, from sending the request to the end of the response body.',
      type: 'integer',
      minimum: 1,
      default: 30000,
    },
    timeout: {
      description:
        'Per-attempt timeout as a duration, e.g. `30s`, `2m`, `500ms`; wins over `timeout_ms`. Handy when a variable holds seconds: `${env.HTTP_TIMEOUT:-30}s`.',
      type: 'string',
      pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$',
    },
    retries: {
      description: 'Retries of a request after a network error, a timeout, 408, 425, 429 or 5xx.',
      type: 'integer',
      minimum: 0,
      maximum: 10,
      default: 3,
    },
    retry_delay_ms: {
      description: 'Delay before the first retry, in milliseconds; it doubles with each retry, with jitter.',
      type: 'integer',
      minimum: 0,
      default: 1000,
    },
    retry_max_delay_ms: {
      description: 'Longest wait before a retry. A `Retry-After` asking for longer fails the request instead.',
      type: 'integer',
      minimum: 0,
      default: 60000,
    },
    rate_limit: RATE_LIMIT_SCHEMA,
    circuit_breaker: CIRCUIT_BREAKER_SCHEMA,
    hosts: {
      description:
        'Sends the requests for a host to another origin, like curl `--connect-to` (e.g. `{ "acme.myshopify.com": "http://127.0.0.1:8081" }` to run against a local fake or a staging proxy): URLs, next-page links and messages keep the real host, which the request carries in `X-Forwarded-Host` (and the scheme in `X-Forwarded-Proto`). Token and login requests of the connection follow it too.',
      type: 'object',
      propertyNames: { minLength: 1 },
      additionalProperties: { type: 'string', format: 'http-url' },
    },
  },
};

const SINCE_SCHEMA: JsonSchema = {
  description:
    "Writes the stream's cursor into the request, formatted, for an incremental stream. Left out when there is no cursor yet (set `incremental.initial` to always send it).",
  type: 'object',
  additionalProperties: false,
  required: ['param'],
  properties: {
    param: {
      description: 'Name of the query parameter, or dot path of the body field (with `in: body`), that carries the value.',
      type: 'string',
      minLength: 1,
    },
    in: {
      description: 'Where the value goes: the query string or the JSON body.',
      type: 'string',
      enum: ['query', 'body'],
      default: 'query',
    },
    value: {
      description: 'The value sent, where `${cursor}` is the formatted cursor, e.g. `LastUpdateDate gt ${cursor}` for an OData `$filter`.',
      type: 'string',
      default: '${cursor}',
      'x-runtime-template': true,
    },
    format: {
      description:
        'How the cursor is written: `raw` (as stored), `iso` (`2024-05-01T12:00:00Z`), `iso_date` (`2024-05-01`), `unix` (seconds), `unix_ms`, or a pattern of `%Y %m %d %H %M %S %L` (milliseconds) `%z` (`+0000`) `%%`, e.g. `%Y-%m-%dT%H:%M:%S`. Default `raw`.',
      type: 'string',
      pattern: '^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$',
    },
    lookback_s: {
      description: 'Seconds subtracted from the cursor before it is sent, to re-read late writes. Needs a `format` other than `raw`.',
      type: 'number',
      minimum: 0,
    },
    timezone: {
      description:
        'IANA time zone (e.g. `America/Sao_Paulo`) for cursors written without an offset and for the formatted value, for APIs whose times carry no zone.',
      type: 'string',
      minLength: 1,
      default: 'UTC',
    },
  },
  if: { required: ['lookback_s'] },
  then: { required: ['format'] },
};

export const HTTP_SOURCE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: {
      description: "Path appended to the connection's `base_url`, e.g. `/customers`; may use runtime references such as `${parent.id}`.",
      type: 'string',
      minLength: 1,
      'x-runtime-template': true,
    },
    method: { description: 'HTTP method.', type: 'string', enum: ['GET', 'POST'], default: 'GET' },
    params: {
      ...STRING_MAP,
      description:
        'Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.',
      'x-runtime-template': true,
    },
    headers: { ...STRING_MAP, description: 'Extra headers for this stream; may use runtime references.', 'x-runtime-template': true },
    body: {
      description: 'JSON body sent with `method: POST`; strings may use runtime references.',
      type: ['object', 'array'],
      tsType: 'Record<string, unknown> | unknown[]',
      'x-runtime-template': true,
    },
    format: {
      description:
        'How the response body is decoded: `json`, `jsonl` (one JSON record per line), `csv` (a header row, then one record per row; values are text) or `tsv` (tab-separated lines with a header line, no quoting, as SP-API flat-file reports).',
      type: 'string',
      enum: ['json', 'jsonl', 'csv', 'tsv'],
      default: 'json',
    },
    csv_delimiter: { description: 'Field delimiter of a `csv` response.', type: 'string', minLength: 1, maxLength: 1, default: ',' },
    records_path: {
      description:
        'Dot path of the records array in a JSON response, e.g. `data`, `value` or `payload.Orders`. Omit when the body is the array. A key that contains dots (`@odata.nextLink`) is found as a whole.',
      type: 'string',
      minLength: 1,
    },
    pagination: HTTP_PAGINATION_SCHEMA,
    since: SINCE_SCHEMA,
    report: HTTP_REPORT_SCHEMA,
    response_cache: {
      description:
        "Keeps this stream's answers in the state store (its `syncengine_api_cache` tables) for `ttl`: a request made again while its answer is fresh (the same method, URL with its query parameters, and body) is answered from the store, sending nothing and spending no rate budget. Only 2xx answers are kept; a store that cannot be read or written is a miss, never a failed run. With `record_id`, a webhook of `syncengine serve` that names a record drops the answers holding it. See docs/http-source.md#response-cache.",
      type: 'object',
      additionalProperties: false,
      required: ['ttl'],
      properties: {
        ttl: {
          description: 'How long an answer stays fresh: a number with a unit, e.g. `10m`, `30s`, `1h`.',
          type: 'string',
          pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$',
        },
        record_id: {
          description: 'Dot path of the id in each record (e.g. `Id`), kept with the answer so the answers holding a changed record can be dropped.',
          type: 'string',
          minLength: 1,
        },
      },
    },
    ids_split: {
      description:
        'For an `ids` run whose options take all ids at once (`${ids}`, `${ids_csv}`, e.g. in `strategies.ids.source`): the ids are sent in several requests, each with at most `max_ids` ids and a first URL of at most `max_url_length` characters. Each request is paginated like the stream.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        max_ids: { description: 'Most ids in one request.', type: 'integer', minimum: 1, default: 100 },
        max_url_length: {
          description:
            'Longest URL, in characters, of the first request of each group (many servers refuse more than 8 KB); a lone id that is longer still gets its request.',
          type: 'integer',
          minimum: 100,
          default: 8000,
        },
      },
    },
  },
};
