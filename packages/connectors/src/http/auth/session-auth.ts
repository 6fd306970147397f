import { SourceError } from '@syncengine/engine';
import { readPath } from '../_json-path.js';
import type { Session } from '../http-types.generated.js';
import type { HttpAuth, HttpAuthContext } from './http-auth.js';
import { createTokenAuth } from './_token-auth.js';
import { readSeconds, requestToken } from './_token-request.js';

/** `type: session` (Bitcram): logs in with a username and password and sends the token the login returns. */
export function createSessionAuth(config: Session, ctx: HttpAuthContext): HttpAuth {
  return createTokenAuth(
    {
      header: config.header,
      prefix: config.prefix,
      refreshMarginS: config.refresh_margin_s,
      lifetimeS: config.token_lifetime_s,
      what: 'session token',
      fetch: async () => {
        const response = await requestToken(ctx, {
          url: config.login_url,
          fields: { [config.username_field]: config.username, [config.password_field]: config.password },
          format: config.body_format,
          headers: config.token_headers ?? {},
          what: 'a session token',
        });
        const value = readPath(response, config.token_path);
        if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
          throw new SourceError(`cannot get a session token: the login response has no token at "${config.token_path}"`);
        }
        const expiresInS = config.expires_in_path ? readSeconds(readPath(response, config.expires_in_path)) : undefined;
        return { value: String(value), ...(expiresInS !== undefined ? { expiresInS } : {}) };
      },
    },
    ctx,
  );
}
