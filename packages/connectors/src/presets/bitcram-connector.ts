import { SyncError } from '@syncengine/engine/errors';
import { defineHttpPreset } from '../http/define-http-preset.js';
import type { HttpConnectionConfig } from '../http/http-types.generated.js';
import type { BitcramConnectionConfig } from './bitcram-types.generated.js';
import { VALIDATORS } from './bitcram-validators.generated.js';

/** The Bitcram options of a `type: bitcram` connection (every `http` option may be set next to them). */
type BitcramOptions = Pick<BitcramConnectionConfig, 'url' | 'token' | 'username' | 'password'>;

/** The one known client renews its token every 5 days, so a token lasts at least that long. */
const TOKEN_LIFETIME_S = 5 * 86_400;

/**
 * Bitcram POS/ERP. Not publicly documented: what is known comes from one customer's scripts
 * (shared/apis.md (e)). Lists answer `{"items": [...]}` in one response (no paging seen); filters
 * are a JSON-encoded `where` query parameter, which a stream writes in `params`.
 */
export default defineHttpPreset<BitcramOptions>({
  name: 'bitcram',
  validators: VALIDATORS,
  description:
    'Bitcram POS/ERP: a bearer token (e.g. from a secret) or a login with username and password; lists are `{"items": [...]}`, filtered with a JSON `where` parameter.',
  options: {
    url: {
      description: "Base URL of the Bitcram instance, e.g. `https://app.pos.bitcram.com` (the seed's `URL_BITCRAM`).",
      type: 'string',
      minLength: 1,
    },
    token: {
      description:
        'An API token, sent as `Authorization: Bearer`. It cannot be renewed during a run: a token that expires mid-run fails the run. Give this or `username` and `password`.',
      type: 'string',
      minLength: 1,
      'x-secret': true,
    },
    username: {
      description: 'User to log in with at `POST /api/auth/`; the session token is renewed when it expires or on a 401.',
      type: 'string',
      minLength: 1,
    },
    password: { description: 'Password of `username`.', type: 'string', minLength: 1, 'x-secret': true },
  },
  required: ['url'],
  connection(o) {
    const login = o.username !== undefined || o.password !== undefined;
    if (login === (o.token !== undefined) || (login && (o.username === undefined || o.password === undefined))) {
      throw new SyncError('CONFIG_INVALID', 'bitcram: set either `token`, or `username` and `password`');
    }
    const auth = login
      ? { type: 'session', login_url: '/api/auth/', username: o.username, password: o.password, token_lifetime_s: TOKEN_LIFETIME_S }
      : { type: 'bearer', token: o.token };
    return {
      base_url: o.url.replace(/\/+$/, ''),
      // checkOptions fills in the session defaults (token_path `token`, JSON body, ...).
      auth: auth as HttpConnectionConfig['auth'],
      // Price lists and stock come whole in one unpaged response: give big catalogues time.
      timeout_ms: 120_000,
    };
  },
  source: { records_path: 'items' },
});
