import { readPath } from '../_json-path.js';
import type { CursorPagination } from '../http-types.generated.js';
import type { Paginator } from './paginator.js';
import { checkStopOptions, stopReason } from './_stop-rules.js';

/**
 * `type: cursor`: sends back the token found at `token_path` as `token_param` (SP-API
 * `payload.NextToken`, ServiceTitan export `continueFrom` -> `from`) until the response has none.
 * A token seen before would loop forever: reading stops there with a warning.
 */
export function createCursorPaginator(options: CursorPagination): Paginator {
  checkStopOptions(options);
  const seen = new Set<string>();
  const size = options.size_param ? { [options.size_param]: String(options.size) } : {};
  return {
    first: () => ({ params: size }),
    next(fetched) {
      const stop = stopReason(options, fetched);
      if (stop) return { stop };
      const token = readPath(fetched.body, options.token_path);
      if (token === undefined || token === null || token === '') return { stop: `no next-page token at ${options.token_path}` };
      const text = typeof token === 'object' ? JSON.stringify(token) : String(token);
      if (seen.has(text)) return { stop: `the server sent the next-page token ${clip(text)} a second time`, warn: true };
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
