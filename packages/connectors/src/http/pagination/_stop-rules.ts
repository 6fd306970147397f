import { SourceError } from '@syncengine/engine';
import { readPath } from '../_json-path.js';
import type { FetchedPage } from './paginator.js';

/** The stop settings every paginated style shares. */
export interface StopOptions {
  readonly stop_when: readonly ('empty_page' | 'short_page' | 'has_more' | 'total')[];
  readonly size?: number;
  readonly has_more_path?: string;
  readonly total_path?: string;
  readonly total_pages_path?: string;
}

/** Rejects stop rules that lack the path they read, before any request is made. */
export function checkStopOptions(options: StopOptions): void {
  if (options.stop_when.includes('has_more') && !options.has_more_path) {
    throw new SourceError('pagination.stop_when lists has_more, which needs pagination.has_more_path');
  }
  if (options.stop_when.includes('total') && !options.total_path && !options.total_pages_path) {
    throw new SourceError('pagination.stop_when lists total, which needs pagination.total_path or pagination.total_pages_path');
  }
}

/** The first `stop_when` rule that holds for this page, as a reason; undefined to go on. */
export function stopReason(options: StopOptions, page: FetchedPage): string | undefined {
  for (const rule of options.stop_when) {
    if (rule === 'empty_page' && page.records.length === 0) return 'empty page';
    if (rule === 'short_page' && options.size !== undefined && page.records.length < options.size) {
      return `short page (${page.records.length} < ${options.size} records)`;
    }
    if (rule === 'has_more' && options.has_more_path) {
      const flag = readPath(page.body, options.has_more_path);
      if (!isTrue(flag)) return `${options.has_more_path} is ${JSON.stringify(flag ?? null)}`;
    }
    if (rule === 'total') {
      const total = options.total_path ? Number(readPath(page.body, options.total_path)) : NaN;
      if (Number.isFinite(total) && page.received >= total) return `all ${total} records received`;
      const pages = options.total_pages_path ? Number(readPath(page.body, options.total_pages_path)) : NaN;
      if (Number.isFinite(pages) && page.number >= pages) return `all ${pages} pages received`;
    }
  }
  return undefined;
}

function isTrue(flag: unknown): boolean {
  return flag === true || flag === 'true' || flag === 'True' || flag === 1;
}
