import type { OffsetPagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { createLookahead } from './_lookahead.js';
import { createStopRules } from './_stop-rules.js';

/**
 * `type: offset`: `?offset=0`, then the number of records received so far (which also works when
 * the server caps the page size below `size`). OData is `offset_param: $skip, size_param: $top`.
 */
export function createOffsetPaginator(options: OffsetPagination): Paginator {
  const rules = createStopRules(options, true);
  const lookahead = createLookahead(options);
  let offset = 0;
  const request = (at = offset) => ({
    params: { [options.offset_param]: String(at), ...(options.size_param ? { [options.size_param]: String(options.size) } : {}) },
  });
  return {
    first: () => request(),
    next(fetched) {
      lookahead.observe(fetched);
      const verdict = rules.check(fetched);
      if ('stop' in verdict || 'fail' in verdict) return verdict;
      offset = fetched.received;
      return { request: request() };
    },
    peek(k) {
      const at = offset + k * options.size;
      return lookahead.holds(at) ? request(at) : undefined;
    },
  };
}
