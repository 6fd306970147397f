import { readPath } from '../_json-path.js';
import type { CursorPagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { createStopRules } from './_stop-rules.js';

/**
 * `type: cursor`: sends back a token as `token_param`. With `token_from: body` (the default) the
 * token is found at `token_path` (SP-API `payload.NextToken`, ServiceTitan export `continueFrom`)
 * and reading ends when a response has none; with `token_from: last_record` it is the
 * `token_field` of the page's last record (Stripe `starting_after`, "after id" keyset APIs) and
 * reading ends at an empty page. A token seen before would loop forever: a loop guard.
 */
export function createCursorPaginator(options: CursorPagination): Paginator {
  const fromRecord = options.token_from === 'last_record';
  const rules = createStopRules(options, fromRecord);
  const where = fromRecord ? `${options.token_field} of the last record` : `at ${options.token_path}`;
  const seen = new Set<string>();
  const size = options.size_param ? { [options.size_param]: String(options.size) } : {};
  return {
    first: () => ({ params: size }),
    next(fetched) {
      const token = fromRecord ? readPath(fetched.records.at(-1), options.token_field) : readPath(fetched.body, options.token_path!);
      const present = token !== undefined && token !== null && token !== '';
      const verdict = rules.check(fetched, present && !fromRecord ? `a next-page token ${where}` : undefined);
      if ('stop' in verdict || 'fail' in verdict) return verdict;
      if (!present) {
        if (fromRecord)
          return { fail: `the last record has no ${options.token_field} (${JSON.stringify(token ?? null)}) to ask for the next page with` };
        if (verdict.more) return { fail: `the response says there is more (${verdict.more}), but has no next-page token ${where}` };
        return { stop: `no next-page token ${where}` };
      }
      const text = typeof token === 'object' ? JSON.stringify(token) : String(token);
      if (seen.has(text)) return { stop: `the next-page token ${clip(text)} came a second time`, guard: true };
      seen.add(text);
      return {
        request: { params: { ...size, [options.token_param]: text }, ...(options.keep_params ? { onlyParams: options.keep_params } : {}) },
      };
    },
  };
}

function clip(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}
