import { readPath } from '../_json-path.js';
import type { NextUrlPagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { followUrl } from './_follow-url.js';
import { checkStopOptions, stopReason } from './_stop-rules.js';

/** `type: next_url`: follows the URL at `next_url_path` (`@odata.nextLink`, `links.next`) as it is. */
export function createNextUrlPaginator(options: NextUrlPagination): Paginator {
  checkStopOptions(options);
  const fetched = new Set<string>();
  return {
    first: () => ({}),
    next(page) {
      const reason = stopReason(options, page);
      if (reason) return { stop: reason };
      return followUrl(readPath(page.body, options.next_url_path), page.url, fetched, `next-page URL at ${options.next_url_path}`);
    },
  };
}
