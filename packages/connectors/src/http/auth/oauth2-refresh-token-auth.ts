import { createHash } from 'node:crypto';
import type { Oauth2RefreshToken } from '../http-types.generated.js';
import type { HttpAuth, HttpAuthContext } from './http-auth.js';
import { fetchOauth2Token } from './_oauth2-token.js';
import { createTokenAuth } from './_token-auth.js';

/** Key of the rotated refresh token in the connection's store. */
export const ROTATED_REFRESH_TOKEN_KEY = 'oauth2.refresh_token';

/**
 * `type: oauth2_refresh_token` (Amazon LWA): trades the refresh token for access tokens. When the
 * server answers with a new refresh token, that one is kept in the connection's store and used from
 * then on, also by later runs. The stored token is tied to the configured one, so configuring a new
 * refresh token (after re-authorising) replaces it.
 */
export function createOauth2RefreshTokenAuth(config: Oauth2RefreshToken, ctx: HttpAuthContext): HttpAuth {
  const configured = createHash('sha256').update(config.refresh_token).digest('hex').slice(0, 16);
  let refreshToken: string | undefined;

  const load = async (): Promise<string> => {
    if (refreshToken) return refreshToken;
    refreshToken = config.refresh_token;
    const stored = await ctx.store.get(ROTATED_REFRESH_TOKEN_KEY);
    if (stored) {
      try {
        const entry = JSON.parse(stored) as { for?: unknown; token?: unknown };
        if (entry.for === configured && typeof entry.token === 'string' && entry.token) {
          ctx.redactor.add(entry.token);
          refreshToken = entry.token;
          ctx.logger.debug('using the rotated refresh token from the state store');
        }
      } catch {
        ctx.logger.warn('ignoring an unreadable rotated refresh token in the state store');
      }
    }
    return refreshToken;
  };

  return createTokenAuth(
    {
      header: config.header,
      prefix: config.prefix,
      refreshMarginS: config.refresh_margin_s,
      lifetimeS: config.token_lifetime_s,
      what: 'access token',
      fetch: async () => {
        const used = await load();
        const { token, response } = await fetchOauth2Token(config, ctx, { grant_type: 'refresh_token', refresh_token: used });
        const rotated = response.refresh_token;
        if (typeof rotated === 'string' && rotated && rotated !== used) {
          ctx.redactor.add(rotated);
          refreshToken = rotated;
          await ctx.store.set(ROTATED_REFRESH_TOKEN_KEY, JSON.stringify({ for: configured, token: rotated }));
          ctx.logger.info('the server rotated the refresh token; the new one is kept in the state store');
        }
        return token;
      },
    },
    ctx,
  );
}
