import type { Redactor } from '@syncengine/engine';

/** What stands in for a scrubbed value in fixture files. */
export const SCRUBBED = '***';

/** Fields whose values are always scrubbed, wherever they appear (JSON bodies, forms, query strings). */
export const DEFAULT_SCRUB_FIELDS = [
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'password',
  'api_key',
  'apikey',
  'token',
  'secret',
  'session',
  'session_id',
  'sessionid',
  'signature',
  'sig',
] as const;

/** Headers never kept: credentials and cookies. */
const SECRET_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|auth|token|key|secret|session|signature|password|credential/i;

/** One recorded request and its response; header names are lower case. */
export interface Exchange {
  readonly request: { method: string; url: string; headers: Record<string, string>; body?: string };
  readonly response: { status: number; statusText: string; headers: Record<string, string>; body: string };
}

/** Scrubs secrets the redactor knows and the values of sensitive fields from URLs, headers and bodies. */
export interface Scrubber {
  url(url: string): string;
  headers(headers: Record<string, string>): Record<string, string>;
  body(body: string | undefined, contentType?: string): string | undefined;
  exchange(exchange: Exchange): Exchange;
}

/** Creates the scrubber for `fields` (added to the defaults, any case) and the run's `redactor`. */
export function createScrubber(redactor: Redactor, fields: readonly string[]): Scrubber {
  const sensitive = new Set([...DEFAULT_SCRUB_FIELDS, ...fields].map((f) => f.toLowerCase()));
  const isSensitive = (key: string) => sensitive.has(key.toLowerCase());

  const scrubJson = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(scrubJson);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, isSensitive(k) && v !== null && v !== '' ? SCRUBBED : scrubJson(v)]),
      );
    }
    return value;
  };
  const scrubForm = (text: string) => {
    const params = new URLSearchParams(text);
    for (const key of [...params.keys()]) if (isSensitive(key)) params.set(key, SCRUBBED);
    return params.toString();
  };

  const scrubber: Scrubber = {
    url(raw) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return redactor.redact(raw);
      }
      for (const key of [...url.searchParams.keys()]) if (isSensitive(key)) url.searchParams.set(key, SCRUBBED);
      return redactor.redact(url.href);
    },
    headers(headers) {
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        out[lower] = SECRET_HEADER.test(lower) || isSensitive(lower) ? SCRUBBED : redactor.redact(value);
        if (lower === 'link') out[lower] = value.replace(/<([^>]*)>/g, (_, u: string) => `<${scrubber.url(u)}>`);
      }
      return out;
    },
    body(body, contentType = '') {
      if (body === undefined || body === '') return body;
      const text = body.trim();
      if (/^[[{]/.test(text)) {
        try {
          return redactor.redact(JSON.stringify(scrubJson(JSON.parse(text))));
        } catch {
          // not JSON after all: fall through
        }
      }
      if (contentType.includes('x-www-form-urlencoded') || /^[\w.%-]+=[^\s]*(&[\w.%-]+=[^\s]*)*$/.test(text))
        return redactor.redact(scrubForm(text));
      return redactor.redact(body);
    },
    exchange({ request, response }) {
      const requestBody = scrubber.body(request.body, request.headers['content-type']);
      return {
        request: {
          method: request.method,
          url: scrubber.url(request.url),
          headers: scrubber.headers(request.headers),
          ...(requestBody !== undefined ? { body: requestBody } : {}),
        },
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: scrubber.headers(response.headers),
          body: scrubber.body(response.body, response.headers['content-type']) ?? '',
        },
      };
    },
  };
  return scrubber;
}
