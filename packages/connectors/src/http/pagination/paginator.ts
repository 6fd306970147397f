import type { HttpSourceOptions } from '../http-types.generated.js';

/** The `pagination` block of a stream, one variant per `type`. */
export type PaginationOptions = NonNullable<HttpSourceOptions['pagination']>;

/** What to change for the next request. */
export interface PageRequest {
  /** Query parameters set on top of the stream's own (page number, offset, token). */
  readonly params?: Readonly<Record<string, string>>;
  /** A URL to fetch as it is, instead of the stream's path and parameters (next links). */
  readonly url?: string;
  /** Send only these of the stream's own parameters (besides `params`). */
  readonly onlyParams?: readonly string[];
}

/** A page that was fetched, as a paginator sees it. */
export interface FetchedPage {
  /** 1-based number of this page within the read. */
  readonly number: number;
  /** The page's records. */
  readonly records: readonly unknown[];
  /** The decoded response body. */
  readonly body: unknown;
  /** The response headers (`Link`, ...). */
  readonly headers: Headers;
  /** The URL that answered. */
  readonly url: string;
  /** Records received so far, this page included. */
  readonly received: number;
}

/**
 * The next request; or why reading ends, with `guard` when a loop guard ended it rather than the
 * API's own signal; or `fail` when the response says there is more but the next request cannot be
 * built (the stream fails and keeps its cursor).
 */
export type NextPage = { readonly request: PageRequest } | { readonly stop: string; readonly guard?: boolean } | { readonly fail: string };

/** Walks the pages of one read; created fresh for every read (and every partition). */
export interface Paginator {
  /** The changes for the first request. */
  first(): PageRequest;
  /** Decides from the page just fetched whether and how to fetch another. */
  next(page: FetchedPage): NextPage;
  /**
   * The request `k` pages after the last one `first()` or `next()` returned, when it can be known
   * without the responses in between: their pages full and the data's end known (a total). The
   * reader requests such pages ahead, and uses one only when `next()` then asks for the same.
   */
  peek?(k: number): PageRequest | undefined;
}
