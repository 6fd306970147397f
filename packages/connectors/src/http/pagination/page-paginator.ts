import type { PagePagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { createStopRules } from './_stop-rules.js';

/** `type: page`: `?page=1`, `?page=2`, ... with an optional page-size parameter, until an empty page or a `stop_when` rule. */
export function createPagePaginator(options: PagePagination): Paginator {
  const rules = createStopRules(options, true);
  let page = options.start_page;
  const request = () => ({
    params: { [options.page_param]: String(page), ...(options.size_param ? { [options.size_param]: String(options.size) } : {}) },
  });
  return {
    first: request,
    next(fetched) {
      const verdict = rules.check(fetched);
      if ('stop' in verdict || 'fail' in verdict) return verdict;
      page += 1;
      return { request: request() };
    },
  };
}
