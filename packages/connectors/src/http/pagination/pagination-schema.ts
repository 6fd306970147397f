import type { JsonSchema } from '@syncengine/engine';

/** The pagination styles, one `type` each. */
export const PAGINATION_TYPES = ['none', 'page', 'offset', 'cursor', 'next_url', 'link_header'] as const;

/** The stop conditions `stop_when` may list. */
export const STOP_RULES = ['empty_page', 'short_page', 'has_more', 'total'] as const;

const SIZE = {
  size_param: {
    description: 'Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.',
    type: 'string',
    minLength: 1,
  },
  size: { description: 'Records per page; also how a short page is recognised.', type: 'integer', minimum: 1, default: 100 },
} satisfies Record<string, JsonSchema>;

const stopWhen = (fallback: readonly string[]): Record<string, JsonSchema> => ({
  stop_when: {
    description:
      'When to stop: `empty_page` (a page with no records), `short_page` (fewer records than `size`), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed; the first that holds stops.',
    type: 'array',
    items: { type: 'string', enum: [...STOP_RULES] },
    ...(fallback.length ? { minItems: 1 } : {}),
    default: [...fallback],
  },
  has_more_path: { description: 'Dot path of a "more pages" flag in the response body, e.g. `hasMore`.', type: 'string', minLength: 1 },
  total_path: { description: 'Dot path of the total record count in the response body, e.g. `totalCount`.', type: 'string', minLength: 1 },
  total_pages_path: {
    description: 'Dot path of the total page count in the response body, e.g. `pagination.total_pages`.',
    type: 'string',
    minLength: 1,
  },
  max_pages: {
    description: 'Loop guard: stop with a warning after this many pages.',
    type: 'integer',
    minimum: 1,
    default: 10000,
  },
});

const branch = (
  type: (typeof PAGINATION_TYPES)[number],
  title: string,
  description: string,
  properties: Record<string, JsonSchema>,
  required: string[] = [],
): JsonSchema => ({
  title,
  description,
  type: 'object',
  additionalProperties: false,
  required: ['type', ...required],
  properties: { type: { const: type }, ...properties },
});

/** How the HTTP source walks pages, one branch per `type`. */
export const HTTP_PAGINATION_SCHEMA: JsonSchema = {
  description: 'How to walk pages. Omit for a single request. `type` picks the style.',
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    branch('none', 'NoPagination', 'One request.', {}),
    branch('page', 'PagePagination', 'Sends a page number that grows by one: `?page=1`, `?page=2`, ...', {
      page_param: { description: 'Query parameter of the page number.', type: 'string', minLength: 1, default: 'page' },
      start_page: { description: 'Number of the first page.', type: 'integer', minimum: 0, default: 1 },
      ...SIZE,
      ...stopWhen(['short_page', 'empty_page']),
    }),
    branch(
      'offset',
      'OffsetPagination',
      'Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).',
      {
        offset_param: { description: 'Query parameter of the offset.', type: 'string', minLength: 1, default: 'offset' },
        ...SIZE,
        ...stopWhen(['short_page', 'empty_page']),
      },
    ),
    branch(
      'cursor',
      'CursorPagination',
      'Sends back a token found in the response body (`NextToken`, `continueFrom`, ...) until there is none.',
      {
        token_path: {
          description: 'Dot path of the next-page token in the response body, e.g. `payload.NextToken`.',
          type: 'string',
          minLength: 1,
        },
        token_param: {
          description: 'Query parameter that carries the token on the next request, e.g. `NextToken` or `from`.',
          type: 'string',
          minLength: 1,
        },
        keep_params: {
          description:
            "On the pages after the first, send only these of the stream's query parameters beside the token (SP-API getOrders takes only `MarketplaceIds` with `NextToken`). Omit to send them all again.",
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
        ...SIZE,
        ...stopWhen([]),
      },
      ['token_path', 'token_param'],
    ),
    branch(
      'next_url',
      'NextUrlPagination',
      'Follows a next-page URL found in the response body (`@odata.nextLink`, `links.next`, ...) until there is none.',
      {
        next_url_path: { description: "Dot path of the next page's URL in the response body.", type: 'string', minLength: 1 },
        ...stopWhen([]),
      },
      ['next_url_path'],
    ),
    branch(
      'link_header',
      'LinkHeaderPagination',
      'Follows the `rel="next"` URL of the `Link` response header (e.g. Shopify) until there is none.',
      {
        rel: { description: 'The link relation to follow.', type: 'string', minLength: 1, default: 'next' },
        ...stopWhen([]),
      },
    ),
  ],
};
