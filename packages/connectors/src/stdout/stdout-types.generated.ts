/* Generated from the stdout connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface StdoutConnectionConfig {
  /**
   * Indent each record over several lines instead of one JSON line per record.
   */
  pretty: boolean;
}

export interface StdoutSinkOptions {}
