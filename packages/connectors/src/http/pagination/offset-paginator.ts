import type { OffsetPagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { createStopRules } from './_stop-rules.js';

/**
 * `type: offset`: `?offset=0`, then the number of records received so far (which also works when
 * the server caps the page size below `size`). OData is `offset_param: $skip, size_param: $top`.
 */
export function createOffsetPaginator(options: OffsetPagination): Paginator {
  const rules = createStopRules(options, true);
  let offset = 0;
  const request = () => ({
    params: { [options.offset_param]: String(offset), ...(options.size_param ? { [options.size_param]: String(options.size) } : {}) },
  });
  return {
    first: request,
    next(fetched) {
      const verdict = rules.check(fetched);
      if ('stop' in verdict || 'fail' in verdict) return verdict;
      offset = fetched.received;
      return { request: request() };
    },
  };
}
