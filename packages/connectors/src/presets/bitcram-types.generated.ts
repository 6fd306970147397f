/* Generated from the bitcram connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface BitcramConnectionConfig {
  /**
   * Base URL of the Bitcram instance, e.g. `https://app.pos.bitcram.com` (the seed's `URL_BITCRAM`).
   */
  url: string;
  /**
   * An API token, sent as `Authorization: Bearer`. It cannot be renewed during a run: a token that expires mid-run fails the run. Give this or `username` and `password`.
   */
  token?: string;
  /**
   * User to log in with at `POST /api/auth/`; the session token is renewed when it expires or on a 401.
   */
  username?: string;
  /**
   * Password of `username`.
   */
  password?: string;
}
