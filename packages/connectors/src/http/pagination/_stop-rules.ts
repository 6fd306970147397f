import { SourceError } from '@syncengine/engine';
import { readPath } from '../_json-path.js';
import type { FetchedPage, NextPage } from './paginator.js';

/** The stop settings every paginated style shares. */
export interface StopOptions {
  /** `repeated_page` is applied by the reader, before a page's records are used. */
  readonly stop_when: readonly ('empty_page' | 'short_page' | 'has_more' | 'total' | 'repeated_page')[];
  readonly size?: number;
  readonly size_honoured?: boolean;
  readonly has_more_path?: string;
  readonly total_path?: string;
  readonly total_pages_path?: string;
}

/** Flags read as "more pages" when `has_more_path` is not set (Stripe `has_more`, ServiceTitan `hasMore`). */
const USUAL_HAS_MORE = ['has_more', 'hasMore'] as const;

/**
 * What the stop rules make of one page: the read ends (`stop`), cannot go on although the response
 * says there is more (`fail`), or goes on; `more` then names the response's own "more pages"
 * signal, if it sent one, so a style that cannot build the next request fails instead of stopping.
 */
export type Verdict = Extract<NextPage, { stop: string } | { fail: string }> | { readonly more?: string };

/** The stop rules of one read: `check(page)` after every page. Stateful (it learns the server's page size). */
export interface StopRules {
  /**
   * Applies `stop_when` and the style's own end (`emptyEnds`: an empty page ends the read).
   * `styleMore` is the style's weaker sign of more pages (a next-page token or link): it keeps a
   * short page from ending the read, but an empty page still ends it.
   */
  check(page: FetchedPage, styleMore?: string): Verdict;
}

/**
 * Builds the stop rules, rejecting rules that lack the path they read before any request is made.
 *
 * A short page is trusted only when no has-more or total signal says otherwise and it is shorter
 * than an earlier page of the read (or `size_honoured` says the server never caps): a server that
 * caps pages below `size` sends a first page that looks short, so that one is followed by another
 * request, and paging ends at an empty page.
 */
export function createStopRules(options: StopOptions, emptyEnds: boolean): StopRules {
  if (options.stop_when.includes('has_more') && !options.has_more_path) {
    throw new SourceError('pagination.stop_when lists has_more, which needs pagination.has_more_path');
  }
  if (options.stop_when.includes('total') && !options.total_path && !options.total_pages_path) {
    throw new SourceError('pagination.stop_when lists total, which needs pagination.total_path or pagination.total_pages_path');
  }
  let largest = 0;
  return {
    check(page, styleMore) {
      const signals = readSignals(options, page);
      const more = signals.flag ?? signals.total;
      const before = largest;
      largest = Math.max(largest, page.records.length);
      for (const rule of options.stop_when) {
        if (rule === 'has_more' && signals.flagFalse) return { stop: signals.flagFalse };
        if (rule === 'total' && signals.reached) return { stop: signals.reached };
      }
      const empty = page.records.length === 0 && (emptyEnds || options.stop_when.includes('empty_page'));
      if (empty) return more ? { fail: `the page is empty, but the response says there is more (${more})` } : { stop: 'empty page' };
      const size = options.size;
      if (options.stop_when.includes('short_page') && size !== undefined && page.records.length < size && !more && !styleMore) {
        if (options.size_honoured || page.records.length < before) return { stop: `short page (${page.records.length} < ${size} records)` };
      }
      return more ? { more } : {};
    },
  };
}

interface Signals {
  /** The response says there are more pages: `hasMore is true`. */
  flag?: string;
  /** The response says this is the last page: `hasMore is false`. */
  flagFalse?: string;
  /** The total is not reached yet: `total 250, 100 records received`. */
  total?: string;
  /** The total is reached: `all 250 records received`. */
  reached?: string;
}

function readSignals(options: StopOptions, page: FetchedPage): Signals {
  const signals: Signals = {};
  if (options.has_more_path) {
    const flag = readPath(page.body, options.has_more_path);
    if (isTrue(flag)) signals.flag = `${options.has_more_path} is ${JSON.stringify(flag)}`;
    else signals.flagFalse = `${options.has_more_path} is ${JSON.stringify(flag ?? null)}`;
  } else if (page.body !== null && typeof page.body === 'object' && !Array.isArray(page.body)) {
    const name = USUAL_HAS_MORE.find((key) => (page.body as Record<string, unknown>)[key] === true);
    if (name) signals.flag = `${name} is true`;
  }
  const total = options.total_path ? numberAt(page.body, options.total_path) : undefined;
  if (total !== undefined) {
    if (page.received >= total) signals.reached = `all ${total} records received`;
    else signals.total = `${options.total_path} is ${total}, ${page.received} records received`;
  }
  const pages = options.total_pages_path ? numberAt(page.body, options.total_pages_path) : undefined;
  if (pages !== undefined && !signals.reached) {
    if (page.number >= pages) signals.reached = `all ${pages} pages received`;
    else signals.total ??= `${options.total_pages_path} is ${pages}, ${page.number} pages received`;
  }
  return signals;
}

/** The number at `path` in a response body (a number or numeric text), else undefined. */
export function numberAt(body: unknown, path: string): number | undefined {
  const value = readPath(body, path);
  if (value === null || value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function isTrue(flag: unknown): boolean {
  return flag === true || flag === 'true' || flag === 'True' || flag === 1;
}
