import type { Oauth2ClientCredentials } from '../http-types.generated.js';
import type { HttpAuth, HttpAuthContext } from './http-auth.js';
import { fetchOauth2Token } from './_oauth2-token.js';
import { createTokenAuth } from './_token-auth.js';

/** `type: oauth2_client_credentials` (ServiceTitan, SparkLayer): a cached access token from the client credentials grant. */
export function createOauth2ClientCredentialsAuth(config: Oauth2ClientCredentials, ctx: HttpAuthContext): HttpAuth {
  return createTokenAuth(
    {
      header: config.header,
      prefix: config.prefix,
      refreshMarginS: config.refresh_margin_s,
      lifetimeS: config.token_lifetime_s,
      what: 'access token',
      fetch: async () => (await fetchOauth2Token(config, ctx, { grant_type: 'client_credentials' })).token,
    },
    ctx,
  );
}
