/* Generated from the http connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface HttpConnectionConfig {
  /**
   * Base URL; stream paths are appended to it, e.g. `https://api.example.com/v1`.
   */
  base_url: string;
  /**
   * How requests authenticate. Omit for public APIs. `type` picks the style.
   */
  auth?: Bearer | ApiKey | Basic | Oauth2ClientCredentials | Oauth2RefreshToken | Session;
  /**
   * Headers sent with every request of this connection, e.g. ServiceTitan's `ST-App-Key`.
   */
  headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Per-attempt timeout in milliseconds, from sending the request to the end of the response body.
   */
  timeout_ms: number;
  /**
   * Per-attempt timeout as a duration, e.g. `30s`, `2m`, `500ms`; wins over `timeout_ms`. Handy when a variable holds seconds: `${env.HTTP_TIMEOUT:-30}s`.
   */
  timeout?: string;
  /**
   * Retries of a request after a network error, a timeout, 408, 425, 429 or 5xx.
   */
  retries: number;
  /**
   * Delay before the first retry, in milliseconds; it doubles with each retry, with jitter.
   */
  retry_delay_ms: number;
  /**
   * Longest wait before a retry. A `Retry-After` asking for longer fails the request instead.
   */
  retry_max_delay_ms: number;
  /**
   * Request budget of the connection, shared by every stream that uses it. Limits combine: a request waits until all of them allow it.
   */
  rate_limit?: {
    /**
     * At least this long between the starts of two requests, e.g. `500`.
     */
    interval_ms?: number;
    /**
     * Token bucket: at most this many requests per second on average (fractions allowed).
     */
    requests_per_second?: number;
    /**
     * Token bucket: at most this many requests per minute on average.
     */
    requests_per_minute?: number;
    /**
     * Requests the token buckets allow back to back before the average rate applies.
     */
    burst: number;
    /**
     * At most this many requests in flight at once.
     */
    max_concurrent?: number;
  };
  /**
   * Stops calling an API that keeps failing: after `failures` consecutive failed attempts (network error, timeout, 5xx) every request of the connection fails at once for `cooldown_ms`; then one trial request decides whether it closes again.
   */
  circuit_breaker?: {
    /**
     * Consecutive failed attempts that open the circuit.
     */
    failures: number;
    /**
     * How long an open circuit fails requests before letting a trial through.
     */
    cooldown_ms: number;
  };
  /**
   * Sends the requests for a host to another origin, like curl `--connect-to` (e.g. `{ "acme.myshopify.com": "http://127.0.0.1:8081" }` to run against a local fake or a staging proxy): URLs, next-page links and messages keep the real host, which the request carries in `X-Forwarded-Host` (and the scheme in `X-Forwarded-Proto`). Token and login requests of the connection follow it too.
   */
  hosts?: {
    [k: string]: string;
  };
}
/**
 * Sends `Authorization: Bearer <token>`.
 */
export interface Bearer {
  type: 'bearer';
  /**
   * The bearer token.
   */
  token: string;
}
/**
 * Sends a static key in a header (default `X-API-Key`) or a query parameter.
 */
export interface ApiKey {
  type: 'api_key';
  /**
   * The key value.
   */
  key: string;
  /**
   * Header that carries the key, e.g. `User-Key`.
   */
  header: string;
  /**
   * Query parameter that carries the key, instead of a header.
   */
  query_param?: string;
}
/**
 * Sends `Authorization: Basic <base64(username:password)>`.
 */
export interface Basic {
  type: 'basic';
  /**
   * User name.
   */
  username: string;
  /**
   * Password.
   */
  password: string;
}
/**
 * OAuth2 `client_credentials` grant: fetches an access token from `token_url`, caches it, and fetches a new one before it expires or after a 401.
 */
export interface Oauth2ClientCredentials {
  type: 'oauth2_client_credentials';
  /**
   * Token endpoint: an absolute URL, or a path relative to `base_url`.
   */
  token_url: string;
  /**
   * OAuth2 client id.
   */
  client_id: string;
  /**
   * OAuth2 client secret.
   */
  client_secret: string;
  /**
   * Space-separated scopes to request.
   */
  scope?: string;
  /**
   * Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).
   */
  client_auth: 'body' | 'basic';
  /**
   * Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).
   */
  body_format: 'form' | 'json';
  /**
   * Extra fields of the token request, e.g. `audience`.
   */
  token_params?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Extra headers of the token request, e.g. SparkLayer's `Site-Id`.
   */
  token_headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Header that carries the obtained token, e.g. `x-amz-access-token`.
   */
  header: string;
  /**
   * Text before the token in that header; `""` sends the bare token.
   */
  prefix: string;
  /**
   * Fetch a new token this many seconds before the current one expires (at most half its lifetime).
   */
  refresh_margin_s: number;
  /**
   * Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.
   */
  token_lifetime_s?: number;
}
/**
 * OAuth2 `refresh_token` grant (e.g. Amazon LWA): trades a long-lived refresh token for access tokens. A refresh token the server rotates is kept in the state store and used from then on.
 */
export interface Oauth2RefreshToken {
  type: 'oauth2_refresh_token';
  /**
   * The refresh token, as first issued.
   */
  refresh_token: string;
  /**
   * Token endpoint: an absolute URL, or a path relative to `base_url`.
   */
  token_url: string;
  /**
   * OAuth2 client id.
   */
  client_id: string;
  /**
   * OAuth2 client secret.
   */
  client_secret: string;
  /**
   * Space-separated scopes to request.
   */
  scope?: string;
  /**
   * Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).
   */
  client_auth: 'body' | 'basic';
  /**
   * Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).
   */
  body_format: 'form' | 'json';
  /**
   * Extra fields of the token request, e.g. `audience`.
   */
  token_params?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Extra headers of the token request, e.g. SparkLayer's `Site-Id`.
   */
  token_headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Header that carries the obtained token, e.g. `x-amz-access-token`.
   */
  header: string;
  /**
   * Text before the token in that header; `""` sends the bare token.
   */
  prefix: string;
  /**
   * Fetch a new token this many seconds before the current one expires (at most half its lifetime).
   */
  refresh_margin_s: number;
  /**
   * Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.
   */
  token_lifetime_s?: number;
}
/**
 * Logs in with a username and password (e.g. Bitcram) and sends the token found in the login response.
 */
export interface Session {
  type: 'session';
  /**
   * Login endpoint: an absolute URL, or a path relative to `base_url`.
   */
  login_url: string;
  /**
   * User name.
   */
  username: string;
  /**
   * Password.
   */
  password: string;
  /**
   * Name of the user name field in the login body.
   */
  username_field: string;
  /**
   * Name of the password field in the login body.
   */
  password_field: string;
  /**
   * Encoding of the login body.
   */
  body_format: 'json' | 'form';
  /**
   * Dot path of the token in the login response.
   */
  token_path: string;
  /**
   * Dot path of the token's lifetime in seconds in the login response, if it has one.
   */
  expires_in_path?: string;
  /**
   * Extra headers of the login request.
   */
  token_headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Header that carries the obtained token, e.g. `x-amz-access-token`.
   */
  header: string;
  /**
   * Text before the token in that header; `""` sends the bare token.
   */
  prefix: string;
  /**
   * Fetch a new token this many seconds before the current one expires (at most half its lifetime).
   */
  refresh_margin_s: number;
  /**
   * Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.
   */
  token_lifetime_s?: number;
}

export interface HttpSourceOptions {
  /**
   * Path appended to the connection's `base_url`, e.g. `/customers`; may use runtime references such as `${parent.id}`.
   */
  path: string;
  /**
   * HTTP method.
   */
  method: 'GET' | 'POST';
  /**
   * Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.
   */
  params?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Extra headers for this stream; may use runtime references.
   */
  headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * JSON body sent with `method: POST`; strings may use runtime references.
   */
  body?: Record<string, unknown> | unknown[];
  /**
   * How the response body is decoded: `json`, `jsonl` (one JSON record per line), `csv` (a header row, then one record per row; values are text) or `tsv` (tab-separated lines with a header line, no quoting, as SP-API flat-file reports).
   */
  format: 'json' | 'jsonl' | 'csv' | 'tsv';
  /**
   * Field delimiter of a `csv` response.
   */
  csv_delimiter: string;
  /**
   * Dot path of the records array in a JSON response, e.g. `data`, `value` or `payload.Orders`. Omit when the body is the array. A key that contains dots (`@odata.nextLink`) is found as a whole.
   */
  records_path?: string;
  /**
   * How to walk pages. Omit for a single request. `type` picks the style.
   */
  pagination?:
    NoPagination | PagePagination | OffsetPagination | CursorPagination | NextUrlPagination | LinkHeaderPagination;
  /**
   * Writes the stream's cursor into the request, formatted, for an incremental stream. Left out when there is no cursor yet (set `incremental.initial` to always send it).
   */
  since?: {
    /**
     * Name of the query parameter, or dot path of the body field (with `in: body`), that carries the value.
     */
    param: string;
    /**
     * Where the value goes: the query string or the JSON body.
     */
    in: 'query' | 'body';
    /**
     * The value sent, where `${cursor}` is the formatted cursor, e.g. `LastUpdateDate gt ${cursor}` for an OData `$filter`.
     */
    value: string;
    /**
     * How the cursor is written: `raw` (as stored), `iso` (`2024-05-01T12:00:00Z`), `iso_date` (`2024-05-01`), `unix` (seconds), `unix_ms`, or a pattern of `%Y %m %d %H %M %S %L` (milliseconds) `%z` (`+0000`) `%%`, e.g. `%Y-%m-%dT%H:%M:%S`. Default `raw`.
     */
    format?: string;
    /**
     * Seconds subtracted from the cursor before it is sent, to re-read late writes. Needs a `format` other than `raw`.
     */
    lookback_s?: number;
    /**
     * IANA time zone (e.g. `America/Sao_Paulo`) for cursors written without an offset and for the formatted value, for APIs whose times carry no zone.
     */
    timezone: string;
  };
  /**
   * Reads an asynchronous report instead of a list: the stream's request (`path`, `method`, `params`, `body`) creates the report, `status` is polled (with backoff, honouring `Retry-After`) until the report is done, an optional `document` request gives the download URL, and the file (gzip or not) is decoded in the stream's `format` (`tsv`, `csv`, `jsonl`, `json`). The report id is kept in the state store until the document has been read, so a run that stops while polling resumes the same report instead of asking for a new one. `${report.id}` and `${report.<field>}` (fields of the last status answer) may be used in `status.path` and `document.path`.
   */
  report?: {
    /**
     * Dot path of the new report's id in the create answer, e.g. `reportId`.
     */
    id_path: string;
    /**
     * The status request, polled until the report is done.
     */
    status: {
      /**
       * Path of the status request, e.g. `/reports/2021-06-30/reports/${report.id}`.
       */
      path: string;
      /**
       * Dot path of the status in its answer, e.g. `processingStatus`.
       */
      status_path: string;
      /**
       * Statuses that mean the document is ready, e.g. `[DONE]`.
       *
       * @minItems 1
       */
      done: [string, ...string[]];
      /**
       * Statuses that mean there is nothing to read (the stream reads no record), e.g. SP-API `[CANCELLED]`.
       *
       * @minItems 1
       */
      empty?: [string, ...string[]];
      /**
       * Statuses that fail the read, e.g. `[FATAL]`.
       *
       * @minItems 1
       */
      failed?: [string, ...string[]];
      /**
       * Wait before the first poll; it doubles after each poll.
       */
      interval_ms: number;
      /**
       * Longest wait between two polls.
       */
      max_interval_ms: number;
      /**
       * Fail the read when the report is not done this long after it was requested (a later run resumes it).
       */
      timeout_ms: number;
    };
    /**
     * A request between the status and the download that gives the download URL, e.g. SP-API getReportDocument.
     */
    document?: {
      /**
       * e.g. `/reports/2021-06-30/documents/${report.reportDocumentId}`.
       */
      path: string;
    };
    /**
     * Dot path of the download URL in the document answer (or the status answer without `document`). A URL on another origin (a pre-signed storage URL) gets none of the connection's credentials.
     */
    url_path: string;
    /**
     * Dot path of the compression in the same answer, e.g. `compressionAlgorithm`; `GZIP` (any case) is gunzipped.
     */
    compression_path?: string;
    /**
     * Records handed on per page while the document is decoded.
     */
    page_size: number;
    /**
     * A report read to the end earlier in the same run is read again (its document fetched anew) instead of a new one being requested, e.g. for a stream partitioned by this one (`partitions.from.stream`).
     */
    reuse_in_run: boolean;
    /**
     * A stored report requested longer ago than this is not resumed: a new one is requested.
     */
    resume_within_ms: number;
  };
  /**
   * Keeps this stream's answers in the state store (its `syncengine_api_cache` tables) for `ttl`: a request made again while its answer is fresh (the same method, URL with its query parameters, and body) is answered from the store, sending nothing and spending no rate budget. Only 2xx answers are kept; a store that cannot be read or written is a miss, never a failed run. With `record_id`, a webhook of `syncengine serve` that names a record drops the answers holding it. See docs/http-source.md#response-cache.
   */
  response_cache?: {
    /**
     * How long an answer stays fresh: a number with a unit, e.g. `10m`, `30s`, `1h`.
     */
    ttl: string;
    /**
     * Dot path of the id in each record (e.g. `Id`), kept with the answer so the answers holding a changed record can be dropped.
     */
    record_id?: string;
  };
  /**
   * For an `ids` run whose options take all ids at once (`${ids}`, `${ids_csv}`, e.g. in `strategies.ids.source`): the ids are sent in several requests, each with at most `max_ids` ids and a first URL of at most `max_url_length` characters. Each request is paginated like the stream.
   */
  ids_split: {
    /**
     * Most ids in one request.
     */
    max_ids: number;
    /**
     * Longest URL, in characters, of the first request of each group (many servers refuse more than 8 KB); a lone id that is longer still gets its request.
     */
    max_url_length: number;
  };
}
/**
 * One request.
 */
export interface NoPagination {
  type: 'none';
}
/**
 * Sends a page number that grows by one: `?page=1`, `?page=2`, ...
 */
export interface PagePagination {
  type: 'page';
  /**
   * Query parameter of the page number.
   */
  page_param: string;
  /**
   * Number of the first page.
   */
  start_page: number;
  /**
   * Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.
   */
  size_param?: string;
  /**
   * Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.
   */
  size: number;
  /**
   * The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.
   */
  size_honoured: boolean;
  /**
   * Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.
   */
  speculate: boolean;
  /**
   * When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.
   *
   * @minItems 1
   */
  stop_when: [
    'empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page',
    ...('empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page')[]
  ];
  /**
   * Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.
   */
  has_more_path?: string;
  /**
   * Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.
   */
  total_path?: string;
  /**
   * Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.
   */
  total_pages_path?: string;
  /**
   * Loop guard: the read stops after this many pages (see `on_guard`).
   */
  max_pages: number;
  /**
   * What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).
   */
  on_guard: 'fail' | 'warn';
}
/**
 * Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).
 */
export interface OffsetPagination {
  type: 'offset';
  /**
   * Query parameter of the offset.
   */
  offset_param: string;
  /**
   * Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.
   */
  size_param?: string;
  /**
   * Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.
   */
  size: number;
  /**
   * The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.
   */
  size_honoured: boolean;
  /**
   * Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.
   */
  speculate: boolean;
  /**
   * When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.
   *
   * @minItems 1
   */
  stop_when: [
    'empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page',
    ...('empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page')[]
  ];
  /**
   * Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.
   */
  has_more_path?: string;
  /**
   * Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.
   */
  total_path?: string;
  /**
   * Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.
   */
  total_pages_path?: string;
  /**
   * Loop guard: the read stops after this many pages (see `on_guard`).
   */
  max_pages: number;
  /**
   * What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).
   */
  on_guard: 'fail' | 'warn';
}
/**
 * Sends back a token until there is none: one found in the response body (`NextToken`, `continueFrom`, ...), or a field of the last record of the page (`starting_after` APIs).
 */
export interface CursorPagination {
  type: 'cursor';
  /**
   * Where the next-page token comes from: `body` (at `token_path` in the response; no token ends the read) or `last_record` (the `token_field` of the page's last record, for Stripe's `starting_after` and other "after id" APIs; an empty page ends the read).
   */
  token_from: 'body' | 'last_record';
  /**
   * Dot path of the next-page token in the response body, e.g. `payload.NextToken`. Needed with `token_from: body`.
   */
  token_path?: string;
  /**
   * With `token_from: last_record`: dot path of the token in the last record of the page.
   */
  token_field: string;
  /**
   * Query parameter that carries the token on the next request, e.g. `NextToken`, `from` or `starting_after`.
   */
  token_param: string;
  /**
   * On the pages after the first, send only these of the stream's query parameters beside the token (SP-API getOrders takes only `MarketplaceIds` with `NextToken`). Omit to send them all again.
   */
  keep_params?: string[];
  /**
   * Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.
   */
  size_param?: string;
  /**
   * Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.
   */
  size: number;
  /**
   * The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.
   */
  size_honoured: boolean;
  /**
   * When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.
   */
  stop_when: ('empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page')[];
  /**
   * Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.
   */
  has_more_path?: string;
  /**
   * Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.
   */
  total_path?: string;
  /**
   * Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.
   */
  total_pages_path?: string;
  /**
   * Loop guard: the read stops after this many pages (see `on_guard`).
   */
  max_pages: number;
  /**
   * What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).
   */
  on_guard: 'fail' | 'warn';
}
/**
 * Follows a next-page URL found in the response body (`@odata.nextLink`, `links.next`, ...) until there is none.
 */
export interface NextUrlPagination {
  type: 'next_url';
  /**
   * Dot path of the next page's URL in the response body.
   */
  next_url_path: string;
  /**
   * When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.
   */
  stop_when: ('empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page')[];
  /**
   * Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.
   */
  has_more_path?: string;
  /**
   * Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.
   */
  total_path?: string;
  /**
   * Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.
   */
  total_pages_path?: string;
  /**
   * Loop guard: the read stops after this many pages (see `on_guard`).
   */
  max_pages: number;
  /**
   * What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).
   */
  on_guard: 'fail' | 'warn';
}
/**
 * Follows the `rel="next"` URL of the `Link` response header (e.g. Shopify) until there is none.
 */
export interface LinkHeaderPagination {
  type: 'link_header';
  /**
   * The link relation to follow.
   */
  rel: string;
  /**
   * When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.
   */
  stop_when: ('empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page')[];
  /**
   * Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.
   */
  has_more_path?: string;
  /**
   * Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.
   */
  total_path?: string;
  /**
   * Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.
   */
  total_pages_path?: string;
  /**
   * Loop guard: the read stops after this many pages (see `on_guard`).
   */
  max_pages: number;
  /**
   * What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).
   */
  on_guard: 'fail' | 'warn';
}

export interface HttpSinkOptions {
  /**
   * Path appended to the connection's `base_url`. In `mode: record` it may use `${record.field}`, e.g. `/items/${record.id}`.
   */
  path: string;
  /**
   * HTTP method.
   */
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * `batch`: one request carries up to `batch_size` records; `record`: one request per record (to capture the id the target creates).
   */
  mode: 'batch' | 'record';
  /**
   * `batch`: most records in one request.
   */
  batch_size: number;
  /**
   * `batch`: a request body larger than this is split in halves before it is sent.
   */
  max_body_bytes?: number;
  /**
   * Pause between two requests of this stream, in milliseconds (e.g. 500 for SparkLayer).
   */
  delay_ms: number;
  /**
   * Body template: any JSON value; a string that is exactly `${records}` (batch) or `${record}` (record mode) becomes the records, e.g. `{ items: "${records}" }`. Default: the list of records (batch) or the record.
   */
  body?: unknown;
  /**
   * Query parameters; may use runtime references.
   */
  params?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Extra headers; may use runtime references.
   */
  headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Record fields left out of the body (e.g. the source id kept only for the crosswalk).
   */
  exclude?: string[];
  /**
   * Retry a 409 Conflict like a 429 (targets that report concurrent updates that way).
   */
  retry_conflicts: boolean;
  /**
   * `record` mode: a 4xx answer for one record quarantines it and the run goes on (`quarantine`), or fails the run (`fail`).
   */
  on_record_error: 'quarantine' | 'fail';
  /**
   * `record` mode: record `(kind, source id) -> target id` from each response in the ID crosswalk, and decide what to do with a record already copied (`existing`).
   */
  crosswalk?: {
    /**
     * Crosswalk kind, e.g. `item`.
     */
    kind: string;
    /**
     * Dot path of the source id in the record.
     */
    source_id: string;
    /**
     * Dot path of the new id in the response body.
     */
    target_id: string;
    /**
     * A record whose source id is already mapped: `skip` it, or `update` it with `update` (path may use `${target_id}`).
     */
    existing: 'skip' | 'update';
    /**
     * The request that updates an already copied record.
     */
    update?: {
      method: 'PUT' | 'PATCH' | 'POST';
      /**
       * e.g. `/items/${target_id}`.
       */
      path: string;
    };
  };
}
