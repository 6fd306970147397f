import type { HttpRequest, HttpResponse } from './_http-client.js';

/** One attempt of a request: the real fetch, or a recorder or replayer wrapped around it. */
export type HttpTransport = (request: HttpRequest, signal: AbortSignal, timeoutMs: number) => Promise<HttpResponse>;

/** A function that wraps a transport: it may rewrite the request, answer it itself, or observe the response. */
export type HttpTransportWrapper = (next: HttpTransport) => HttpTransport;

const wrappers: HttpTransportWrapper[] = [];

/**
 * Wraps every HTTP attempt of this process, around the wrappers already set (the last one set sees
 * the request first); returns the function that removes it. `syncengine run --record` records
 * through it and `syncengine test` replays through it.
 *
 * ```ts
 * const restore = wrapHttpTransport((next) => async (request, signal, timeoutMs) => {
 *   const response = await next(request, signal, timeoutMs);
 *   console.log(request.method, request.url, response.status);
 *   return response;
 * });
 * ```
 */
export function wrapHttpTransport(wrap: HttpTransportWrapper): () => void {
  wrappers.push(wrap);
  return () => {
    const at = wrappers.lastIndexOf(wrap);
    if (at !== -1) wrappers.splice(at, 1);
  };
}

/** `base` with every wrapper set around it; `base` itself when there is none. */
export function withHttpTransport(base: HttpTransport): HttpTransport {
  return wrappers.reduce<HttpTransport>((next, wrap) => wrap(next), base);
}
