import type { PagePagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { createLookahead } from './_lookahead.js';
import { createStopRules } from './_stop-rules.js';

/** `type: page`: `?page=1`, `?page=2`, ... with an optional page-size parameter, until an empty page or a `stop_when` rule. */
export function createPagePaginator(options: PagePagination): Paginator {
  const rules = createStopRules(options, true);
  const lookahead = createLookahead(options);
  let page = options.start_page;
  const request = (at = page) => ({
    params: { [options.page_param]: String(at), ...(options.size_param ? { [options.size_param]: String(options.size) } : {}) },
  });
  return {
    first: () => request(),
    next(fetched) {
      lookahead.observe(fetched);
      const verdict = rules.check(fetched);
      if ('stop' in verdict || 'fail' in verdict) return verdict;
      page += 1;
      return { request: request() };
    },
    peek(k) {
      const at = page + k;
      return lookahead.holds((at - options.start_page) * options.size) ? request(at) : undefined;
    },
  };
}
