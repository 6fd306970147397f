import type { JsonSchema } from '@syncengine/engine';

const STRING_MAP: JsonSchema = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};

/** Auth styles of the HTTP connector, one branch per `type`. */
export const HTTP_AUTH_SCHEMA: JsonSchema = {
  description: 'How requests authenticate. Omit for public APIs. `type` picks the style.',
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    {
      title: 'bearer',
      description: 'Sends `Authorization: Bearer <token>`.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'token'],
      properties: {
        type: { const: 'bearer' },
        token: { description: 'The bearer token.', type: 'string', minLength: 1, 'x-secret': true },
      },
    },
    {
      title: 'api_key',
      description: 'Sends a static key in a header (default `X-API-Key`) or a query parameter.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'key'],
      properties: {
        type: { const: 'api_key' },
        key: { description: 'The key value.', type: 'string', minLength: 1, 'x-secret': true },
        header: { description: 'Header that carries the key, e.g. `User-Key`.', type: 'string', default: 'X-API-Key' },
        query_param: { description: 'Query parameter that carries the key, instead of a header.', type: 'string' },
      },
    },
  ],
};

export const HTTP_CONNECTION_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['base_url'],
  properties: {
    base_url: { description: 'Base URL; stream paths are appended to it, e.g. `https://api.example.com/v1`.', type: 'string', minLength: 1 },
    auth: HTTP_AUTH_SCHEMA,
    headers: { ...STRING_MAP, description: 'Headers sent with every request of this connection.' },
    timeout_ms: { description: 'Per-request timeout in milliseconds.', type: 'integer', minimum: 1, default: 30000 },
    retries: { description: 'Retries of a request after a network error, 408, 429 or 5xx.', type: 'integer', minimum: 0, maximum: 10, default: 3 },
    retry_delay_ms: { description: 'Delay before a retry, in milliseconds.', type: 'integer', minimum: 0, default: 1000 },
  },
};

const PAGINATION_SCHEMA: JsonSchema = {
  description: 'How to walk pages. Omit for a single request.',
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { description: 'Pagination style.', type: 'string', enum: ['none', 'page', 'offset'] },
    page_param: { description: '`page`: query parameter of the page number.', type: 'string', default: 'page' },
    start_page: { description: '`page`: number of the first page.', type: 'integer', minimum: 0, default: 1 },
    offset_param: { description: '`offset`: query parameter of the offset.', type: 'string', default: 'offset' },
    size_param: { description: 'Query parameter of the page size (`per_page`, `limit`, ...).', type: 'string' },
    size: { description: 'Records per page; also how a short page is recognised.', type: 'integer', minimum: 1, default: 100 },
    stop_when: {
      description:
        'When to stop: `empty_page` (a page with no records), `short_page` (fewer records than `size`), `has_more` (the boolean at `has_more_path` is false), `total` (the count at `total_path` is reached). Several may be listed; the first that holds stops.',
      type: 'array',
      items: { type: 'string', enum: ['empty_page', 'short_page', 'has_more', 'total'] },
      minItems: 1,
      default: ['short_page', 'empty_page'],
    },
    has_more_path: { description: 'Dot path of a "more pages" flag in the response body.', type: 'string' },
    total_path: { description: 'Dot path of the total record count in the response body.', type: 'string' },
    max_pages: { description: 'Loop guard: stop with a warning after this many pages.', type: 'integer', minimum: 1, default: 10000 },
  },
};

export const HTTP_SOURCE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: { description: 'Path appended to the connection\'s `base_url`, e.g. `/customers`.', type: 'string', minLength: 1 },
    method: { description: 'HTTP method.', type: 'string', enum: ['GET'], default: 'GET' },
    params: {
      ...STRING_MAP,
      description:
        'Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.',
      'x-runtime-template': true,
    },
    headers: { ...STRING_MAP, description: 'Extra headers for this stream.' },
    records_path: {
      description: 'Dot path of the records array in the response body, e.g. `data` or `payload.Orders`. Omit when the body is the array.',
      type: 'string',
    },
    pagination: PAGINATION_SCHEMA,
  },
};
