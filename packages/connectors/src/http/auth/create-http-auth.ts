import type { HttpConnectionConfig } from '../http-types.generated.js';
import { createApiKeyAuth } from './api-key-auth.js';
import { createBasicAuth } from './basic-auth.js';
import { createBearerAuth } from './bearer-auth.js';
import type { HttpAuth, HttpAuthContext } from './http-auth.js';
import { createOauth2ClientCredentialsAuth } from './oauth2-client-credentials-auth.js';
import { createOauth2RefreshTokenAuth } from './oauth2-refresh-token-auth.js';
import { createSessionAuth } from './session-auth.js';

type AuthConfig = NonNullable<HttpConnectionConfig['auth']>;

/** Every auth `type` and its factory: a new style does not compile until it is listed here. */
const AUTH_STYLES: { [K in AuthConfig['type']]: (config: Extract<AuthConfig, { type: K }>, ctx: HttpAuthContext) => HttpAuth } = {
  bearer: createBearerAuth,
  api_key: createApiKeyAuth,
  basic: createBasicAuth,
  oauth2_client_credentials: createOauth2ClientCredentialsAuth,
  oauth2_refresh_token: createOauth2RefreshTokenAuth,
  session: createSessionAuth,
};

/** Creates the auth of a connection, or undefined for a public API. */
export function createHttpAuth(config: AuthConfig | undefined, ctx: HttpAuthContext): HttpAuth | undefined {
  if (!config) return undefined;
  const create = AUTH_STYLES[config.type] as (config: AuthConfig, ctx: HttpAuthContext) => HttpAuth;
  return create(config, ctx);
}
