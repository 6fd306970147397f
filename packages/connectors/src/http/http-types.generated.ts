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
  auth?: Bearer | ApiKey;
  /**
   * Headers sent with every request of this connection.
   */
  headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Per-request timeout in milliseconds.
   */
  timeout_ms: number;
  /**
   * Retries of a request after a network error, 408, 429 or 5xx.
   */
  retries: number;
  /**
   * Delay before a retry, in milliseconds.
   */
  retry_delay_ms: number;
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

export interface HttpSourceOptions {
  /**
   * Path appended to the connection's `base_url`, e.g. `/customers`.
   */
  path: string;
  /**
   * HTTP method.
   */
  method: 'GET';
  /**
   * Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.
   */
  params?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Extra headers for this stream.
   */
  headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Dot path of the records array in the response body, e.g. `data` or `payload.Orders`. Omit when the body is the array.
   */
  records_path?: string;
  /**
   * How to walk pages. Omit for a single request.
   */
  pagination?: {
    /**
     * Pagination style.
     */
    type: 'none' | 'page' | 'offset';
    /**
     * `page`: query parameter of the page number.
     */
    page_param: string;
    /**
     * `page`: number of the first page.
     */
    start_page: number;
    /**
     * `offset`: query parameter of the offset.
     */
    offset_param: string;
    /**
     * Query parameter of the page size (`per_page`, `limit`, ...).
     */
    size_param?: string;
    /**
     * Records per page; also how a short page is recognised.
     */
    size: number;
    /**
     * When to stop: `empty_page` (a page with no records), `short_page` (fewer records than `size`), `has_more` (the boolean at `has_more_path` is false), `total` (the count at `total_path` is reached). Several may be listed; the first that holds stops.
     *
     * @minItems 1
     */
    stop_when: [
      'empty_page' | 'short_page' | 'has_more' | 'total',
      ...('empty_page' | 'short_page' | 'has_more' | 'total')[]
    ];
    /**
     * Dot path of a "more pages" flag in the response body.
     */
    has_more_path?: string;
    /**
     * Dot path of the total record count in the response body.
     */
    total_path?: string;
    /**
     * Loop guard: stop with a warning after this many pages.
     */
    max_pages: number;
  };
}
