/* Generated from the catsy connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface CatsyConnectionConfig {
  /**
   * The API key of a Catsy "Web API" user, sent as `Authorization: Bearer`.
   */
  token: string;
}
