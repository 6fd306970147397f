import type { NextPage } from './paginator.js';
import type { Verdict } from './_stop-rules.js';

/**
 * The next request of a style that follows URLs (body next links, `Link` headers): resolved
 * against the page's URL. A URL already fetched is a loop guard; a link that is not a URL, or no
 * link while the response says there is more, fails the read.
 */
export function followUrl(next: unknown, current: string, fetched: Set<string>, what: string, verdict: Verdict): NextPage {
  if ('stop' in verdict || 'fail' in verdict) return verdict;
  if (next === undefined || next === null || next === '') {
    return verdict.more ? { fail: `the response says there is more (${verdict.more}), but has no ${what}` } : { stop: `no ${what}` };
  }
  if (typeof next !== 'string') return { fail: `the ${what} is not text (${JSON.stringify(next).slice(0, 40)})` };
  let url: string;
  try {
    url = new URL(next, current).href;
  } catch {
    return { fail: `the ${what} ${JSON.stringify(next.slice(0, 80))} is not a URL` };
  }
  if (fetched.size === 0) fetched.add(new URL(current).href);
  if (fetched.has(url)) return { stop: `the server sent ${url} as the ${what} again`, guard: true };
  fetched.add(url);
  return { request: { url } };
}
