import type { HttpAuth, HttpAuthContext } from './http-auth.js';

/** A token as an endpoint issued it. */
export interface IssuedToken {
  readonly value: string;
  /** Lifetime in seconds, when the response says. */
  readonly expiresInS?: number;
}

/** How a token-based style fetches and sends its token. */
export interface TokenAuthOptions {
  /** Header that carries the token. */
  readonly header: string;
  /** Text before the token in that header. */
  readonly prefix: string;
  /** Renew this many seconds before expiry, at most half the lifetime. */
  readonly refreshMarginS: number;
  /** Lifetime of a token issued without one; undefined keeps it until a 401. */
  readonly lifetimeS: number | undefined;
  /** What the token is, for logs: `access token`, `session token`. */
  readonly what: string;
  /** Fetches a new token. */
  fetch(): Promise<IssuedToken>;
}

interface CachedToken {
  readonly value: string;
  /** When to fetch a new one (epoch ms). */
  readonly renewAt: number;
}

/**
 * The token cache behind every token-based style: one token per connection, renewed shortly
 * before it expires or after a 401, with a single renewal in flight however many requests need it.
 */
export function createTokenAuth(options: TokenAuthOptions, ctx: HttpAuthContext): HttpAuth {
  const header = options.header.toLowerCase();
  let current: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;

  const obtain = (): Promise<CachedToken> => {
    pending ??= (async () => {
      try {
        const requested = Date.now();
        const issued = await options.fetch();
        ctx.redactor.add(issued.value);
        const lifetime = issued.expiresInS ?? options.lifetimeS;
        const margin = lifetime === undefined ? 0 : Math.min(options.refreshMarginS, lifetime / 2);
        current = { value: issued.value, renewAt: lifetime === undefined ? Infinity : requested + (lifetime - margin) * 1000 };
        ctx.logger.debug(`obtained a new ${options.what}${lifetime === undefined ? '' : ` valid for ${lifetime}s`}`);
        return current;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };

  return {
    async apply(request) {
      const token = current && Date.now() < current.renewAt ? current : await obtain();
      request.headers[header] = `${options.prefix}${token.value}`;
      request.credential = token.value;
    },
    async renew(request) {
      if (pending) await pending;
      else if (!current || current.value === request.credential) {
        current = undefined;
        await obtain();
      }
      // Otherwise another request renewed the token already: just send again with the new one.
      return true;
    },
  };
}
