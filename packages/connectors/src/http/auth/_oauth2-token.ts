import { SourceError } from '@syncengine/engine';
import type { Oauth2ClientCredentials, Oauth2RefreshToken } from '../http-types.generated.js';
import type { HttpAuthContext } from './http-auth.js';
import type { IssuedToken } from './_token-auth.js';
import { readSeconds, requestToken } from './_token-request.js';

/**
 * Calls an OAuth2 token endpoint with one grant's fields, sending the client credentials in the
 * body or as basic auth, and returns the access token and the whole response.
 */
export async function fetchOauth2Token(
  config: Oauth2ClientCredentials | Oauth2RefreshToken,
  ctx: HttpAuthContext,
  grant: Readonly<Record<string, string>>,
): Promise<{ token: IssuedToken; response: Record<string, unknown> }> {
  const fields: Record<string, string> = { ...grant };
  if (config.scope) fields.scope = config.scope;
  for (const [name, value] of Object.entries(config.token_params ?? {})) fields[name] = String(value);
  const headers: Record<string, string | number | boolean> = { ...config.token_headers };
  if (config.client_auth === 'basic') {
    // RFC 6749 2.3.1: form-encode the id and the secret, then base64 the pair.
    const pair = Buffer.from(`${encodeURIComponent(config.client_id)}:${encodeURIComponent(config.client_secret)}`).toString('base64');
    ctx.redactor.add(pair);
    headers.Authorization = `Basic ${pair}`;
  } else {
    fields.client_id = config.client_id;
    fields.client_secret = config.client_secret;
  }
  const response = await requestToken(ctx, { url: config.token_url, fields, format: config.body_format, headers, what: 'an access token' });
  const value = response.access_token;
  if (typeof value !== 'string' || !value) {
    throw new SourceError(`cannot get an access token: the response of ${config.token_url} has no "access_token"`);
  }
  const expiresInS = readSeconds(response.expires_in);
  return { token: { value, ...(expiresInS !== undefined ? { expiresInS } : {}) }, response };
}
