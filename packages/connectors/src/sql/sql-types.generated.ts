/* Generated from SQL_SINK_SCHEMA and SQL_SOURCE_SCHEMA by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export type SqlSinkOptions = {
  /**
   * Target table. May use runtime references, e.g. `client_${tenant.id}_data`; the result must be a plain identifier (letters, digits, `_`, at most 63 characters), else the stream fails before any SQL runs.
   */
  table: string;
  /**
   * `append` inserts every record; `insert_new` inserts only records whose key is not in the table yet; `upsert` inserts new keys and updates changed rows; `replace` empties the table and loads the whole run in one transaction. See docs/write-modes.md.
   */
  mode: 'append' | 'insert_new' | 'upsert' | 'replace';
  /**
   * Column(s) that identify a row; required for `insert_new` and `upsert`, and made the primary key of a created table.
   *
   * @minItems 1
   */
  key?: [string, ...string[]];
  /**
   * Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. Declared columns win: their types are never inferred nor widened, and fields not listed are not written. When omitted, the table is created from the data and kept in step with it under the `schema` policy; see docs/sql.md.
   */
  columns?: {
    [k: string]:
      | 'text'
      | 'integer'
      | 'bigint'
      | 'number'
      | 'decimal'
      | 'boolean'
      | 'json'
      | 'timestamp'
      | 'date'
      | {
          type: 'text' | 'integer' | 'bigint' | 'number' | 'decimal' | 'boolean' | 'json' | 'timestamp' | 'date';
          /**
           * Allow NULL (default true; key columns are never null).
           */
          nullable?: boolean;
          /**
           * Total digits of a `decimal`.
           */
          precision?: number;
          /**
           * Digits after the point of a `decimal`.
           */
          scale?: number;
        };
  };
  /**
   * What happens when no `columns` are declared and the records do not match the table: `evolve` adds a column for a new field and widens a column whose values no longer fit (integer -> number -> text); `freeze` quarantines a record with a field the table lacks or a value its column cannot hold, with the reason; `discard_columns` drops such fields and values; `discard_records` drops such records (counted as skipped and logged). The table itself is created from the first batch under every policy.
   */
  schema: 'evolve' | 'freeze' | 'discard_columns' | 'discard_records';
  /**
   * Create the table when it does not exist: from `columns`, else from the first batch of records.
   */
  create_table: boolean;
  /**
   * Add declared columns that an existing table lacks (as nullable columns) instead of failing.
   */
  add_new_columns: boolean;
  /**
   * Most rows in one INSERT; lowered automatically to fit the dialect's parameter limit.
   */
  rows_per_statement: number;
  /**
   * SQL statements run before the load, one statement per item, as written (trusted configuration). In `replace` mode they run inside the load transaction; otherwise once when the stream starts.
   */
  before: string[];
  /**
   * SQL statements run after the last batch, e.g. `CALL update_mirror()`. In `replace` mode they run inside the load transaction, before it commits; otherwise after the last batch has committed. A failing statement fails the stream.
   */
  after: string[];
};

export interface SqlSourceOptions {
  /**
   * The SELECT to read. Runtime references such as `${cursor}` and `:name` placeholders for `params` are sent as bound parameters, never spliced into the SQL text. See docs/sql.md.
   */
  query: string;
  /**
   * Values for `:name` placeholders in `query`, bound as parameters. Values may be `${vars.x}`, `${env.X}` or runtime references such as `${cursor}`.
   */
  params?: {
    [k: string]: unknown;
  };
  /**
   * Rows fetched from the database at a time and handed on as one page.
   */
  batch_size: number;
}
