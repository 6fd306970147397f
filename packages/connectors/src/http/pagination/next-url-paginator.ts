import { readPath } from '../_json-path.js';
import type { NextUrlPagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { followUrl } from './_follow-url.js';
import { createStopRules } from './_stop-rules.js';

/** `type: next_url`: follows the URL at `next_url_path` (`@odata.nextLink`, `links.next`) as it is. */
export function createNextUrlPaginator(options: NextUrlPagination): Paginator {
  const rules = createStopRules(options, false);
  const fetched = new Set<string>();
  const what = `next-page URL at ${options.next_url_path}`;
  return {
    first: () => ({}),
    next(page) {
      const link = readPath(page.body, options.next_url_path);
      const verdict = rules.check(page, link ? `a ${what}` : undefined);
      return followUrl(link, page.url, fetched, what, verdict);
    },
  };
}
