import type { PagePagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { checkStopOptions, stopReason } from './_stop-rules.js';

/** `type: page`: `?page=1`, `?page=2`, ... with an optional page-size parameter. */
export function createPagePaginator(options: PagePagination): Paginator {
  checkStopOptions(options);
  let page = options.start_page;
  const request = () => ({
    params: { [options.page_param]: String(page), ...(options.size_param ? { [options.size_param]: String(options.size) } : {}) },
  });
  return {
    first: request,
    next(fetched) {
      const stop = stopReason(options, fetched) ?? (fetched.records.length === 0 ? 'empty page' : undefined);
      if (stop) return { stop };
      page += 1;
      return { request: request() };
    },
  };
}
