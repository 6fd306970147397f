import { describeError, SourceError } from '@syncengine/engine';
import { joinUrl } from '../_url.js';
import type { HttpAuthContext } from './http-auth.js';

/** A token or login request. */
export interface TokenRequest {
  /** Absolute, or relative to the connection's base URL. */
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly format: 'form' | 'json';
  readonly headers?: Readonly<Record<string, string | number | boolean>>;
  /** What is being obtained, for errors: `an access token`, `a session token`. */
  readonly what: string;
}

/**
 * POSTs a token or login request (form or JSON body) through the connection's client and returns
 * the JSON object it answers with. Failures say what could not be obtained, secrets masked.
 */
export async function requestToken(ctx: HttpAuthContext, request: TokenRequest): Promise<Record<string, unknown>> {
  const url = joinUrl(ctx.baseUrl, request.url);
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': request.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
  };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const body = request.format === 'json' ? JSON.stringify(request.fields) : new URLSearchParams(request.fields).toString();
  let text: string;
  try {
    const response = await ctx.client.send({ method: 'POST', url, headers, body }, { signal: ctx.signal, logger: ctx.logger });
    text = response.body;
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    throw new SourceError(ctx.redactor.redact(`cannot get ${request.what}: ${describeError(error)}`), { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceError(ctx.redactor.redact(`cannot get ${request.what}: POST ${url} did not answer with a JSON object`));
  }
  return data as Record<string, unknown>;
}

/** A lifetime in seconds from a token response (`3600` or `"3600"`), or undefined. */
export function readSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}
