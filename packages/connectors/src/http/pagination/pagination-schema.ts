import type { JsonSchema } from '@syncengine/engine';

/** The pagination styles, one `type` each. */
export const PAGINATION_TYPES = ['none', 'page', 'offset', 'cursor', 'next_url', 'link_header'] as const;

/** The stop conditions `stop_when` may list. */
export const STOP_RULES = ['empty_page', 'short_page', 'has_more', 'total', 'repeated_page'] as const;

const SIZE = {
  size_param: {
    description: 'Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.',
    type: 'string',
    minLength: 1,
  },
  size: {
    description:
      'Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.',
    type: 'integer',
    minimum: 1,
    default: 100,
  },
  size_honoured: {
    description:
      'The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.',
    type: 'boolean',
    default: false,
  },
} satisfies Record<string, JsonSchema>;

/** Page and offset styles know the next address before the last answer: they may request ahead. */
const SPECULATE: Record<string, JsonSchema> = {
  speculate: {
    description:
      "Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.",
    type: 'boolean',
    default: false,
  },
};

const stopWhen = (fallback: readonly string[]): Record<string, JsonSchema> => ({
  stop_when: {
    description:
      "When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.",
    type: 'array',
    items: { type: 'string', enum: [...STOP_RULES] },
    ...(fallback.length ? { minItems: 1 } : {}),
    default: [...fallback],
  },
  has_more_path: {
    description:
      'Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.',
    type: 'string',
    minLength: 1,
  },
  total_path: {
    description:
      'Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.',
    type: 'string',
    minLength: 1,
  },
  total_pages_path: {
    description: 'Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.',
    type: 'string',
    minLength: 1,
  },
  max_pages: {
    description: 'Loop guard: the read stops after this many pages (see `on_guard`).',
    type: 'integer',
    minimum: 1,
    default: 10000,
  },
  on_guard: {
    description:
      'What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).',
    type: 'string',
    enum: ['fail', 'warn'],
    default: 'fail',
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
      ...SPECULATE,
      ...stopWhen(['short_page', 'empty_page']),
    }),
    branch(
      'offset',
      'OffsetPagination',
      'Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).',
      {
        offset_param: { description: 'Query parameter of the offset.', type: 'string', minLength: 1, default: 'offset' },
        ...SIZE,
        ...SPECULATE,
        ...stopWhen(['short_page', 'empty_page']),
      },
    ),
    {
      ...branch(
        'cursor',
        'CursorPagination',
        'Sends back a token until there is none: one found in the response body (`NextToken`, `continueFrom`, ...), or a field of the last record of the page (`starting_after` APIs).',
        {
          token_from: {
            description:
              'Where the next-page token comes from: `body` (at `token_path` in the response; no token ends the read) or `last_record` (the `token_field` of the page\'s last record, for Stripe\'s `starting_after` and other "after id" APIs; an empty page ends the read).',
            type: 'string',
            enum: ['body', 'last_record'],
            default: 'body',
          },
          token_path: {
            description: 'Dot path of the next-page token in the response body, e.g. `payload.NextToken`. Needed with `token_from: body`.',
            type: 'string',
            minLength: 1,
          },
          token_field: {
            description: 'With `token_from: last_record`: dot path of the token in the last record of the page.',
            type: 'string',
            minLength: 1,
            default: 'id',
          },
          token_param: {
            description: 'Query parameter that carries the token on the next request, e.g. `NextToken`, `from` or `starting_after`.',
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
        ['token_param'],
      ),
      if: { properties: { token_from: { const: 'last_record' } }, required: ['token_from'] },
      else: { required: ['token_path'] },
    },
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
