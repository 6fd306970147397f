/* Generated from the servicetitan connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface ServicetitanConnectionConfig {
  /**
   * Which environment: sets the default API host (`base_url`) and token URL (`auth_url`).
   */
  environment: 'production' | 'integration';
  /**
   * The tenant id: replaces `{tenant}` in every stream `path` of this connection.
   */
  tenant: string | number;
  /**
   * OAuth2 client id of the app for this tenant and environment.
   */
  client_id: string;
  /**
   * OAuth2 client secret.
   */
  client_secret: string;
  /**
   * The application key, sent as `ST-App-Key` on every call.
   */
  app_key: string;
  /**
   * Token endpoint; defaults to the environment's `/connect/token`.
   */
  auth_url?: string;
}
