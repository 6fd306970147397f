/* Generated from the sqlite connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export type SqliteConnectionConfig = {
  /**
   * Database file, relative to the pipeline file; created when missing. `:memory:` for a throwaway database.
   */
  path?: string;
  /**
   * The database file as a URL instead of `path`: `sqlite:relative/or/absolute.db` (relative to the pipeline file).
   */
  url?: string;
  /**
   * Most memory, in MiB, the connection's page cache holds (SQLite's `cache_size`). A larger cache speeds up upserts of keys in random order into a table much larger than it; loads in key order need little.
   */
  cache_mib: number;
};
