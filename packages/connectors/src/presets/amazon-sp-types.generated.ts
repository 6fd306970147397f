/* Generated from the amazon-sp connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface AmazonSpConnectionConfig {
  /**
   * The seller's SP-API region: `na`, `eu` or `fe`; picks the host (`base_url`).
   */
  region: string;
  /**
   * The seller's LWA refresh token (`Atzr|...`), from authorising the app.
   */
  refresh_token: string;
  /**
   * The app's LWA client id (`amzn1.application-oa2-client...`).
   */
  client_id: string;
  /**
   * The app's LWA client secret.
   */
  client_secret: string;
  /**
   * LWA token endpoint; default `https://api.amazon.com/auth/o2/token`.
   */
  token_url?: string;
}
