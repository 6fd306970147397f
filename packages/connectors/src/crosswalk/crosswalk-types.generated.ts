/* Generated from the crosswalk connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface CrosswalkConnectionConfig {}

export interface CrosswalkSinkOptions {
  /**
   * Crosswalk kind, e.g. `vendor`.
   */
  kind: string;
  /**
   * Dot path of the source id in each record.
   */
  source_id: string;
  /**
   * Dot path of the target id in each record; a record without one is skipped.
   */
  target_id: string;
}
