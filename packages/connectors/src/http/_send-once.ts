import { STATUS_CODES } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import type { HttpRequest, HttpResponse } from './_http-client.js';

/**
 * The connection pool of every HTTP request of this process: undici's `Agent` (keep-alive, one pool
 * per origin). undici's `request` rather than `fetch`: the same client without the WHATWG streams,
 * `Request` and `Response` objects, which cost about a third of the CPU of reading a page
 * (see docs/performance.md).
 */
let shared: Dispatcher | undefined;
const dispatcher = () => (shared ??= new Agent({ keepAliveTimeout: 10_000 }));

/** What `fetch` sends when the request names no encoding. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** How many redirects one attempt follows, as `fetch`. */
const MAX_REDIRECTS = 20;
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * One attempt of a request, with its own timeout, which covers reading the body too. Redirects are
 * followed as `fetch` follows them (303, and 301/302 after a POST, become a GET without a body;
 * credentials and cookies are not sent to another origin), and the response's `url` is where it ended.
 * The timer is a plain `setTimeout` that holds its controller: `AbortSignal.timeout()` inside
 * `AbortSignal.any()` stops firing on Node 20 once a garbage collection runs while the request waits,
 * and a server that never answers then hangs the run for good.
 */
export async function sendOnce(request: HttpRequest, signal: AbortSignal, timeoutMs: number): Promise<HttpResponse> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`the request timed out after ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  const cancel = () => controller.abort(signal.reason);
  if (signal.aborted) cancel();
  else signal.addEventListener('abort', cancel, { once: true });
  try {
    let url = request.url;
    let method: HttpRequest['method'] = request.method;
    let body = request.body;
    let headers: Record<string, string> = request.headers['accept-encoding']
      ? request.headers
      : { ...request.headers, 'accept-encoding': ACCEPT_ENCODING };
    for (let hops = 0; ; hops++) {
      const answer = await undiciRequest(url, { method, headers, body, signal: controller.signal, dispatcher: dispatcher() });
      const location = answer.headers.location;
      if (REDIRECTS.has(answer.statusCode) && typeof location === 'string' && hops < MAX_REDIRECTS) {
        await answer.body.dump();
        const next = new URL(location, url);
        if (answer.statusCode === 303 || ((answer.statusCode === 301 || answer.statusCode === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
          headers = withoutHeaders(headers, ['content-type', 'content-length']);
        }
        if (next.origin !== new URL(url).origin) headers = withoutHeaders(headers, ['authorization', 'cookie', 'proxy-authorization']);
        url = next.toString();
        continue;
      }
      const status = answer.statusCode;
      const common = { status, statusText: STATUS_CODES[status] ?? '', headers: toHeaders(answer.headers), url };
      const encoding = answer.headers['content-encoding'];
      if (!request.binary && !encoding) return { ...common, body: await answer.body.text() };
      const bytes = await decoded(Buffer.from(await answer.body.arrayBuffer()), encoding);
      // An error answer is text (its message goes into the error); a file stays bytes.
      if (!request.binary || status >= 400) return { ...common, body: bytes.toString('utf8') };
      return { ...common, body: '', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);
const DECODERS: Record<string, (data: Buffer) => Promise<Buffer>> = {
  gzip: gunzipAsync,
  'x-gzip': gunzipAsync,
  br: promisify(brotliDecompress),
  // "deflate" is zlib-wrapped by the standard, raw in some servers: both are read, as `fetch` reads them.
  deflate: (data) => inflateAsync(data).catch(() => inflateRawAsync(data)),
};

/**
 * The body without the content codings the server applied (`Content-Encoding: gzip`, ...), last applied
 * first undone, as `fetch` gives it; a coding it does not know leaves the body as it came.
 */
async function decoded(body: Buffer, encoding: string | string[] | undefined): Promise<Buffer> {
  const codings = (Array.isArray(encoding) ? encoding.join(',') : (encoding ?? '')).split(',');
  let data = body;
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i]!.trim().toLowerCase();
    if (coding === '' || coding === 'identity') continue;
    const decode = DECODERS[coding];
    if (!decode) return body;
    data = await decode(data);
  }
  return data;
}

function withoutHeaders(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  const kept = { ...headers };
  for (const name of names) delete kept[name];
  return kept;
}

/** undici's header record as the `Headers` every reader of a response uses (a repeated header joined by `, `). */
function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    if (typeof value === 'string') headers.append(name, value);
    else for (const one of value) headers.append(name, one);
  }
  return headers;
}
