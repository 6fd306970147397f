/**
 * The Login with Amazon token endpoint of the SP-API fake: `POST /auth/o2/token`, form-encoded only,
 * `grant_type=refresh_token` (or `client_credentials` with a `scope` for grantless operations).
 */
import { createTokenIssuer, type FakeRequest, type FakeResponse, type Faults } from './fake-server.js';

/** A seller the LWA endpoint knows by its current refresh token. */
export interface LwaSeller {
  readonly sellerId: string;
  refreshToken: string;
}

/** Who an access token was issued to and when it expires. */
interface IssuedToken {
  sellerId: string | undefined;
  expiresAt: number;
}

/** The outcome of checking an `x-amz-access-token`. */
export type AccessCheck = { ok: true; sellerId: string | undefined } | { ok: false; details: string };

const GRANTLESS_SCOPES = new Set(['sellingpartnerapi::notifications', 'sellingpartnerapi::client_credential:rotation']);

const oauthError = (status: number, error: string, description: string): FakeResponse => ({
  status,
  body: { error, error_description: description },
});

/** Creates the LWA endpoint over the sellers; `rotate` issues a new refresh token on each use. */
export function createLwa(options: {
  clientId: string;
  clientSecret: string;
  sellers: LwaSeller[];
  rotate: boolean;
  faults: () => Faults;
}) {
  const issuer = createTokenIssuer('Atza|IwEBI', options.faults);
  const issued = new Map<string, IssuedToken>();
  let rotations = 0;

  function handle(req: FakeRequest): FakeResponse {
    const type = String(req.headers['content-type'] ?? '');
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return oauthError(400, 'invalid_request', 'The Content-Type of the request must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(req.body);
    const grant = form.get('grant_type');
    if (!grant) return oauthError(400, 'invalid_request', 'The request is missing a required parameter : grant_type');
    if (grant !== 'refresh_token' && grant !== 'client_credentials')
      return oauthError(
        400,
        'unsupported_grant_type',
        `The authorization grant type is not supported by the authorization server : ${grant}`,
      );
    for (const name of ['client_id', 'client_secret']) {
      if (!form.get(name)) return oauthError(400, 'invalid_request', `The request is missing a required parameter : ${name}`);
    }
    if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
      return oauthError(401, 'invalid_client', 'Client authentication failed');
    }

    if (grant === 'client_credentials') {
      const scope = form.get('scope');
      if (!scope) return oauthError(400, 'invalid_request', 'The request is missing a required parameter : scope');
      if (!GRANTLESS_SCOPES.has(scope)) return oauthError(400, 'invalid_scope', 'The request has an invalid parameter : scope');
      const { token, expiresIn } = issuer.issue();
      issued.set(token, { sellerId: undefined, expiresAt: Date.now() + expiresIn * 1000 });
      return { body: { access_token: token, scope, token_type: 'bearer', expires_in: expiresIn } };
    }

    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return oauthError(400, 'invalid_request', 'The request is missing a required parameter : refresh_token');
    const seller = options.sellers.find((s) => s.refreshToken === refreshToken);
    if (!seller) return oauthError(400, 'invalid_grant', 'The request has an invalid grant parameter : refresh_token');
    if (options.rotate) {
      rotations += 1;
      seller.refreshToken = `Atzr|IwEBI${seller.sellerId}R${rotations}`;
    }
    const { token, expiresIn } = issuer.issue();
    issued.set(token, { sellerId: seller.sellerId, expiresAt: Date.now() + expiresIn * 1000 });
    return { body: { access_token: token, refresh_token: seller.refreshToken, token_type: 'bearer', expires_in: expiresIn } };
  }

  /** Checks an access token the way SP-API's 403 details tell the cases apart. */
  function check(token: string | undefined): AccessCheck {
    if (!token) return { ok: false, details: '' };
    const entry = issued.get(token);
    if (!entry) return { ok: false, details: 'The access token you provided is revoked, malformed or invalid.' };
    if (!issuer.valid(token) || entry.expiresAt <= Date.now()) return { ok: false, details: 'The access token you provided has expired.' };
    return { ok: true, sellerId: entry.sellerId };
  }

  return {
    handle,
    check,
    /** How many access tokens were issued. */
    get tokensIssued() {
      return issuer.count;
    },
  };
}
