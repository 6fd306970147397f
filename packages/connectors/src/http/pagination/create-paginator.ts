import { createCursorPaginator } from './cursor-paginator.js';
import { createLinkHeaderPaginator } from './link-header-paginator.js';
import { createNextUrlPaginator } from './next-url-paginator.js';
import { createOffsetPaginator } from './offset-paginator.js';
import { createPagePaginator } from './page-paginator.js';
import type { PaginationOptions, Paginator } from './paginator.js';

const SINGLE_REQUEST: Paginator = { first: () => ({}), next: () => ({ stop: 'no pagination' }) };

/** Every pagination `type` and its factory: a new style does not compile until it is listed here. */
const PAGINATORS: { [K in PaginationOptions['type']]: (options: Extract<PaginationOptions, { type: K }>) => Paginator } = {
  none: () => SINGLE_REQUEST,
  page: createPagePaginator,
  offset: createOffsetPaginator,
  cursor: createCursorPaginator,
  next_url: createNextUrlPaginator,
  link_header: createLinkHeaderPaginator,
};

/** A fresh paginator for one read; a single request when the stream has no `pagination`. */
export function createPaginator(options: PaginationOptions | undefined): Paginator {
  if (!options) return SINGLE_REQUEST;
  const create = PAGINATORS[options.type] as (options: PaginationOptions) => Paginator;
  return create(options);
}
