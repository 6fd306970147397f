/* Generated from the sparklayer connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface SparklayerConnectionConfig {
  /**
   * Which environment: `live` (`https://app.sparklayer.io`) or `test` (`https://test.app.sparklayer.io`); sets `base_url`.
   */
  environment: 'live' | 'test';
  /**
   * The Site ID, sent as `Site-Id` on the token call and on every call.
   */
  site_id: string;
  /**
   * API client id of the site and environment.
   */
  client_id: string;
  /**
   * API client secret.
   */
  client_secret: string;
}
