import type { NextPage } from './paginator.js';

/**
 * The next request of a style that follows URLs (body next links, `Link` headers): resolved
 * against the page's URL, and a stop with a warning for a URL already fetched (a loop).
 */
export function followUrl(next: unknown, current: string, fetched: Set<string>, what: string): NextPage {
  if (next === undefined || next === null || next === '') return { stop: `no ${what}` };
  if (typeof next !== 'string') return { stop: `the ${what} is not text (${JSON.stringify(next).slice(0, 40)})`, warn: true };
  let url: string;
  try {
    url = new URL(next, current).href;
  } catch {
    return { stop: `the ${what} ${JSON.stringify(next.slice(0, 80))} is not a URL`, warn: true };
  }
  if (fetched.size === 0) fetched.add(new URL(current).href);
  if (fetched.has(url)) return { stop: `the server sent ${url} as the ${what} again`, warn: true };
  fetched.add(url);
  return { request: { url } };
}
