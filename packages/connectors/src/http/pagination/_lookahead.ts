import type { FetchedPage } from './paginator.js';
import { numberAt } from './_stop-rules.js';

/** Where the data ends, as the last page said it: what requesting pages ahead may rely on. */
export interface Lookahead {
  /** Takes in the page just fetched. */
  observe(page: FetchedPage): void;
  /** Whether a page that starts after `recordsBefore` records holds data: false when the last page was not full or no total is known. */
  holds(recordsBefore: number): boolean;
}

/**
 * Reads `total_path` / `total_pages_path` from each page; only full pages let later addresses be
 * predicted. With `speculate`, a full page without a total says the next pages hold data too: a
 * guess the empty answers past the end correct.
 */
export function createLookahead(options: {
  readonly size: number;
  readonly total_path?: string;
  readonly total_pages_path?: string;
  readonly speculate?: boolean;
}): Lookahead {
  let full = false;
  let totalRecords: number | undefined;
  let totalPages: number | undefined;
  return {
    observe(page) {
      full = page.records.length >= options.size;
      totalRecords = options.total_path ? numberAt(page.body, options.total_path) : undefined;
      totalPages = options.total_pages_path ? numberAt(page.body, options.total_pages_path) : undefined;
    },
    holds(recordsBefore) {
      if (!full) return false;
      if (totalRecords !== undefined) return recordsBefore < totalRecords;
      if (totalPages !== undefined) return recordsBefore / options.size < totalPages;
      return options.speculate === true;
    },
  };
}
