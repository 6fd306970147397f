import type { LinkHeaderPagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { followUrl } from './_follow-url.js';
import { createStopRules } from './_stop-rules.js';

/**
 * `type: link_header`: follows the `Link` header's `rel="next"` URL as it is. Shopify wants
 * exactly that: a `page_info` request may carry nothing but `limit`, which its link already has.
 */
export function createLinkHeaderPaginator(options: LinkHeaderPagination): Paginator {
  const rules = createStopRules(options, false);
  const fetched = new Set<string>();
  const what = `Link rel="${options.rel}" URL`;
  return {
    first: () => ({}),
    next(page) {
      const link = parseLinkHeader(page.headers.get('link') ?? '').get(options.rel);
      return followUrl(link, page.url, fetched, what, rules.check(page, link ? `a ${what}` : undefined));
    },
  };
}

/** The URLs of an RFC 8288 `Link` header by relation: `<https://...>; rel="next", <...>; rel="previous"`. */
export function parseLinkHeader(header: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? '');
    for (const name of (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/)) {
      if (name && !links.has(name)) links.set(name, match[1]!);
    }
  }
  return links;
}
