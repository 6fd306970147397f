/* Generated from the ploomes connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface PloomesConnectionConfig {
  /**
   * The integration user's API key, sent as `User-Key` on every request (`GET /Self` checks it).
   */
  user_key: string;
}
