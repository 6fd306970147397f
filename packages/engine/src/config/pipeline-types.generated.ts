/* Generated from PIPELINE_SCHEMA by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

/**
 * Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.
 */
export type FieldSpec =
  | string
  | {
      /**
       * A dot path into the source record.
       */
      path?: string;
      /**
       * A constant value.
       */
      value?: unknown;
      /**
       * A string with `${record.field}` references to the source record (and any runtime scope).
       */
      template?: string;
      /**
       * A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.
       */
      expr?: unknown;
      /**
       * Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.
       */
      object?: {
        [k: string]: FieldSpec;
      };
      /**
       * Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.
       *
       * @minItems 1
       */
      list?: [FieldSpec, ...FieldSpec[]];
      /**
       * Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.
       */
      each?: {
        /**
         * Dot path of the list.
         */
        path: string;
        /**
         * Field specs read from each element; a target may be a dot path (`vendor.id`).
         */
        fields?: {
          [k: string]: FieldSpec;
        };
        key?: FieldSpec;
        value?: FieldSpec;
      };
      /**
       * Used when the path or expression yields null or nothing.
       */
      default?: unknown;
    };

/**
 * A YAML file that declares connections, streams and variables for one sync pipeline.
 */
export interface PipelineDefinition {
  /**
   * Version of the pipeline language this file is written in.
   */
  version: 1;
  /**
   * Name of the pipeline in logs and run history. Defaults to the file name without extension.
   */
  name?: string;
  /**
   * Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).
   */
  description?: string;
  /**
   * Labels of the pipeline, e.g. `[shopify]`: a trigger of `syncengine serve` (`triggers.*.tag`) runs only the pipelines that carry the tag it is asked for.
   */
  tags?: string[];
  /**
   * Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).
   */
  secrets?: {
    [k: string]: {
      /**
       * Name of an environment variable.
       */
      env?: string;
      /**
       * A file whose content (trimmed) is the secret; relative to the pipeline file.
       */
      file?: string;
      /**
       * A shell command whose output (trimmed) is the secret.
       */
      command?: string;
    };
  };
  /**
   * Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.
   */
  vars?: {
    [k: string]: unknown;
  };
  /**
   * Where cursors, run history, the quarantine and the crosswalk live when the command line names no store (`--state`, `SYNCENGINE_STATE`): a SQLite file relative to this file, `sqlite:path`, `postgres://...` or `mysql://...`. Default `.syncengine/state.db` next to this file.
   */
  state?: string;
  /**
   * How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.
   */
  stream_concurrency: number;
  /**
   * Settings applied to every stream unless the stream sets its own.
   */
  defaults: {
    /**
     * Records per batch handed to the sink; the cursor is checkpointed per committed batch.
     */
    batch_size: number;
    /**
     * Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.
     */
    read_ahead: number;
  };
  /**
   * When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.
   */
  schedule?: {
    /**
     * An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.
     */
    every?: string;
    /**
     * A cron expression (5 or 6 fields), e.g. `0 * /6 * * *`.
     */
    cron?: string;
    /**
     * IANA time zone of the cron expression.
     */
    timezone: string;
  };
  /**
   * Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.
   */
  webhooks?: {
    [k: string]: {
      /**
       * The stream to run by ids (it must declare `strategies.ids`).
       */
      stream: string;
      /**
       * Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.
       */
      ids: string;
      /**
       * Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.
       */
      when?: unknown;
      /**
       * Dot path of the tenant id in the payload, for multi-tenant pipelines.
       */
      tenant?: string;
      /**
       * A shared secret the sender puts in `secret_header`.
       */
      secret?: string;
      /**
       * Header that carries the shared secret.
       */
      secret_header: string;
      /**
       * An HMAC signature of the raw body instead of a shared secret.
       */
      hmac?: {
        /**
         * The signing key.
         */
        secret: string;
        /**
         * Header that carries the signature, e.g. `X-Signature`.
         */
        header: string;
        algorithm: 'sha1' | 'sha256' | 'sha512';
        encoding: 'hex' | 'base64';
        /**
         * Text before the signature in the header, e.g. `sha256=`.
         */
        prefix: string;
        /**
         * Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409).
         */
        timestamp_header?: string;
        /**
         * What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`.
         */
        signed?: string;
        /**
         * With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered.
         */
        tolerance_s: number;
      };
    };
  };
  /**
   * SQL jobs of the pipeline, keyed by name: statements run on a connection on their own schedule (`syncengine schedule` and `serve --schedule`), or by hand (`syncengine job`, `POST /pipelines/<name>/jobs/<job>/runs`), e.g. a cache table rebuilt from the synced data every 8 hours. Each run is kept in run history as pipeline `<pipeline>/<job>`.
   */
  jobs?: {
    [k: string]: {
      /**
       * Free text.
       */
      description?: string;
      /**
       * When it runs: a cron expression (5 or 6 fields), e.g. `0 1,9,17 * * *`.
       */
      cron?: string;
      /**
       * When it runs: an interval after its last successful run, e.g. `8h`.
       */
      every?: string;
      /**
       * IANA time zone of `cron`.
       */
      timezone: string;
      /**
       * A connection whose connector can run statements (sqlite, postgres, mysql).
       */
      connection: string;
      /**
       * Statements run in order, in one transaction where the connector offers one. `${...}` references are bound parameters (`${job.name}`, `${run.id}`, `${now}`, and `${tenant.*}` with `for_each_tenant`); a reference that is the whole of a quoted identifier (`"client_${tenant.key}_data"`, MySQL `` `...` ``) is spliced as a name, and must be letters, digits and `_`.
       *
       * @minItems 1
       */
      statements: [string, ...string[]];
      /**
       * With `for_each_tenant`: run only for the tenants for which this json-logic expression on the tenant record is truthy.
       */
      where?: unknown;
      /**
       * Run the statements once per tenant of the pipeline (each a run of its own), with `${tenant.*}`.
       */
      for_each_tenant: boolean;
    };
  };
  /**
   * Endpoints of `syncengine serve` (`POST /triggers/<name>`) that run every pipeline declaring a trigger of that name: its due tenants, or all with the `force` parameter, filtered by tenant and tag. The values name the query parameters (or JSON body fields) the endpoint reads, so it can take the parameters an existing admin endpoint took.
   */
  triggers?: {
    [k: string]: {
      /**
       * Parameter that, `true`, runs every target instead of only the due ones, e.g. `force_sync`.
       */
      force: string;
      /**
       * Parameter holding the one tenant id to run, e.g. `client_id_filter`.
       */
      tenant: string;
      /**
       * Parameter holding the tag a pipeline must carry (`tags`), e.g. `platform_filter`.
       */
      tag: string;
    };
  };
  /**
   * Named subsets of the data a run can be limited to, e.g. one product category: chosen with `syncengine run --select <name>` or `POST /pipelines/<pipeline>/runs {"select": "<name>"}`. A selection names the streams it runs; for each, `source` options merged over the stream's source (a filter the API applies) and/or `where`, a filter over the source records. A selection run reads what it selects in full and neither reads nor moves a cursor.
   */
  selections?: {
    [k: string]: {
      /**
       * Free text, shown by `syncengine serve` (`GET /pipelines/<name>`).
       */
      description?: string;
      /**
       * The streams this selection runs, by name, each with how its records are chosen.
       */
      streams: {
        [k: string]: {
          /**
           * Source options merged over the stream's source for a selection run: maps merge key by key (so `params: { $filter: ... }` keeps the stream's other params), other values replace, e.g. a server-side filter.
           */
          source?: Record<string, unknown>;
          /**
           * Keeps only the source records for which this json-logic expression is truthy, before the stream's transforms (the others count as filtered), e.g. `{ starts_with: [{ var: Code }, "CIA_"] }`.
           */
          where?: unknown;
        };
      };
    };
  };
  /**
   * Read-only queries over the synced tables that `syncengine serve` answers at `GET /queries/<name>?param=value` (with the API token), e.g. a product search. Each runs as one SELECT in a read-only transaction; its `:name` placeholders take the declared `params` as bound parameters, never spliced into the SQL.
   */
  queries?: {
    [k: string]: {
      /**
       * Free text, shown by `GET /queries`.
       */
      description?: string;
      /**
       * A SQL connection (sqlite, postgres, mysql) under `connections`.
       */
      connection: string;
      /**
       * One SELECT. `:name` is a declared parameter, sent as a bound parameter (cast it where the database must know its type, e.g. `CAST(:q AS text) IS NULL`).
       */
      sql: string;
      /**
       * The parameters the query takes from the URL, by name; any other parameter is refused (400).
       */
      params: {
        [k: string]: {
          /**
           * Free text.
           */
          description?: string;
          /**
           * How the text from the URL is read: `text`, `integer`, `number` or `boolean` (`true`/`false`).
           */
          type: 'text' | 'integer' | 'number' | 'boolean';
          /**
           * A request without this parameter is refused (400).
           */
          required: boolean;
          /**
           * The value when the request leaves the parameter out; without one, it is bound as NULL.
           */
          default?: string | number | boolean;
          /**
           * Smallest value of a number.
           */
          minimum?: number;
          /**
           * Largest value of a number.
           */
          maximum?: number;
          /**
           * Longest text, in characters.
           */
          max_length: number;
          /**
           * The only values accepted, e.g. `[product, service, rental]`.
           *
           * @minItems 1
           */
          allowed?: [string | number | boolean, ...(string | number | boolean)[]];
        };
      };
      /**
       * Most rows one answer holds; past it the answer says `truncated: true`.
       */
      max_rows: number;
      /**
       * How long the query may run before the database cancels it (PostgreSQL and MySQL).
       */
      timeout_ms: number;
    };
  };
  /**
   * Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.error_class}` (network, rate_limit, authentication, server, database, validation, config, other; null unless the run failed), `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.selection}` (null unless the run was limited to a selection), `${result.run_id}` become bound parameters.
   */
  after_run?: {
    /**
     * A connection whose connector can run statements (sqlite, postgres, mysql).
     */
    connection: string;
    /**
     * Statement after a successful run.
     */
    success?: string;
    /**
     * Statement after a failed or aborted run.
     */
    failure?: string;
  };
  /**
   * Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.
   */
  tenants?: {
    /**
     * Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.
     */
    source?: {
      /**
       * Name of a connection under `connections`.
       */
      connection: string;
      [k: string]: unknown;
    };
    /**
     * The tenants, inline.
     */
    list?: Record<string, unknown>[];
    /**
     * A JSON or YAML file with a list of tenants, relative to the pipeline file.
     */
    file?: string;
    /**
     * Dot path of the tenant id in each tenant record.
     */
    id: string;
    /**
     * Run only the tenants for which this json-logic expression is truthy.
     */
    where?: unknown;
    /**
     * How many tenants run at the same time.
     */
    concurrency: number;
    /**
     * Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.
     */
    frequency_hours?: string;
    /**
     * Time of day (`HH:MM`, in the tenant's time zone) its syncs are due: with `frequency_hours` 24 every day at that time, 6 at that time and every 6 hours after it, 48 every other day. Without it a tenant is due `frequency_hours` after its last successful sync.
     */
    at?: string;
    /**
     * IANA time zone of `at` for tenants without their own (`timezone_field`).
     */
    timezone: string;
    /**
     * Dot path of the tenant's own IANA time zone in its record.
     */
    timezone_field?: string;
    /**
     * Tenant fields stored encrypted (e.g. a `credentials` column), decrypted when the tenants are read: `aes-256-gcm` (base64 of a 12-byte nonce, the ciphertext and the 16-byte tag) or `fernet` (Python `cryptography`). A decrypted JSON object becomes a map (`${tenant.credentials.access_token}`); its fields named like secrets, and plain decrypted text, are masked everywhere. A tenant whose field does not decrypt fails its run with that reason.
     */
    decrypt?: {
      /**
       * Top-level tenant fields that hold ciphertext.
       *
       * @minItems 1
       */
      fields: [string, ...string[]];
      /**
       * The key, e.g. `${secrets.credentials_key}`: for `aes-256-gcm` 32 bytes as 64 hex digits or base64; for `fernet` the base64url Fernet key.
       */
      key: string;
      /**
       * The cipher.
       */
      algorithm: 'aes-256-gcm' | 'fernet';
    };
    /**
     * Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.
     */
    write_back?: {
      /**
       * A connection whose connector can run statements (sqlite, postgres, mysql).
       */
      connection: string;
      /**
       * Statement after a successful run.
       */
      success?: string;
      /**
       * Statement after a failed run.
       */
      failure?: string;
    };
  };
  /**
   * Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.
   */
  discover?: {
    [k: string]: {
      /**
       * A source block: `connection` plus the connector's stream options.
       */
      source: {
        /**
         * Name of a connection under `connections`.
         */
        connection: string;
        [k: string]: unknown;
      };
      /**
       * `first`: the first record (an error when there is none); `all`: the list of every record.
       */
      pick: 'first' | 'all';
    };
  };
  /**
   * Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.
   */
  connections: {
    [k: string]: {
      /**
       * The connector, e.g. `http`, `sqlite`, `stdout`.
       */
      type: string;
      [k: string]: unknown;
    };
  };
  /**
   * Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.
   */
  templates?: {
    [k: string]: Record<string, unknown>;
  };
  /**
   * The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.
   */
  streams: {
    [k: string]: {
      /**
       * Name of a template under `templates` this stream is built from; its own keys override the template's.
       */
      extends?: string;
      /**
       * Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).
       */
      params?: {
        [k: string]: unknown;
      };
      /**
       * Free text.
       */
      description?: string;
      /**
       * Where records come from: `connection` names a connection; the other keys are the connector's stream options.
       */
      source: {
        /**
         * Name of a connection under `connections`.
         */
        connection: string;
        [k: string]: unknown;
      };
      /**
       * Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.
       */
      incremental?: {
        /**
         * Dot path of the field in the source record that grows with every change, e.g. `updated_at`.
         */
        cursor_field: string;
        /**
         * Cursor value for the first run, when no cursor is stored yet.
         */
        initial?: string | number;
        /**
         * The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.
         */
        ordered: boolean;
      };
      /**
       * Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.
       */
      partitions?: {
        /**
         * A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).
         */
        values?: unknown[] | string;
        /**
         * Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used).
         */
        from?: {
          /**
           * A source block: `connection` plus the connector's stream options.
           */
          source?: {
            /**
             * Name of a connection under `connections`.
             */
            connection: string;
            [k: string]: unknown;
          };
          /**
           * Name of another stream whose source (and transforms) give the records; its sink is not used.
           */
          stream?: string;
        };
        /**
         * Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).
         */
        key: string;
        /**
         * How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.
         */
        concurrency: number;
      };
      /**
       * Steps applied to each record in order, between the source and the sink.
       */
      transforms: TransformStep[];
      /**
       * Where records go: `connection` names a connection; the other keys are the connector's stream options.
       */
      sink: {
        /**
         * Name of a connection under `connections`.
         */
        connection: string;
        [k: string]: unknown;
      };
      /**
       * Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.
       *
       * @minItems 1
       */
      primary_key?: [string, ...string[]];
      /**
       * Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.
       */
      cache?: {
        /**
         * The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.
         */
        path: string;
        /**
         * File format. Default: from the extension (`.csv`, else JSON lines).
         */
        format?: 'csv' | 'jsonl';
        /**
         * Read the source again when the file is older than this, e.g. `24h`.
         */
        max_age?: string;
      };
      /**
       * More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.
       */
      also?: {
        /**
         * Steps for this output only.
         */
        transforms: TransformStep[];
        /**
         * Where this output goes: `connection` plus the connector's stream options.
         */
        sink: {
          /**
           * Name of a connection under `connections`.
           */
          connection: string;
          [k: string]: unknown;
        };
      }[];
      /**
       * How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).
       */
      strategies?: {
        /**
         * Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.
         */
        ids?: {
          /**
           * Source options that replace the stream's, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: "Id in (${ids_csv})" }` (one request for all).
           */
          source: {
            [k: string]: unknown;
          };
        };
        /**
         * Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.
         */
        auto?: {
          /**
           * A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.
           */
          when: unknown;
          use: 'full' | 'incremental';
        }[];
      };
      /**
       * Streams that must finish before this one starts (e.g. items before purchase orders).
       */
      after?: string[];
      /**
       * Reference (master) data other streams look up, e.g. vendors mapped into a crosswalk: `--stream` of a stream that runs `after` it runs it too, first, and `--limit` never shortens it unless it is named in `--stream` itself.
       */
      reference: boolean;
      /**
       * When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.
       */
      quarantine?: {
        /**
         * Most records a run may quarantine.
         */
        max_records?: number;
        /**
         * Most records a run may quarantine, as a percentage of the records read.
         */
        max_percent?: number;
      };
      /**
       * Records per batch for this stream. Defaults to `defaults.batch_size`.
       */
      batch_size?: number;
      /**
       * Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.
       */
      read_ahead?: number;
    };
  };
}
/**
 * One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.
 */
export interface TransformStep {
  /**
   * Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped.
   */
  map?: {
    [k: string]: FieldSpec;
  };
  /**
   * Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created).
   */
  set?: {
    [k: string]: FieldSpec;
  };
  /**
   * Keeps only these top-level fields.
   *
   * @minItems 1
   */
  keep?: [string, ...string[]];
  /**
   * Removes these top-level fields.
   *
   * @minItems 1
   */
  drop?: [string, ...string[]];
  /**
   * Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).
   */
  pack?: {
    /**
     * Name of the field that receives the packed fields.
     */
    into: string;
    /**
     * Fields that stay at the top level.
     *
     * @minItems 1
     */
    keep?: [string, ...string[]];
  };
  /**
   * Turns one record into one record per element of the list at `path` (e.g. one per order line).
   */
  flatten?: {
    /**
     * Dot path of the list.
     */
    path: string;
    /**
     * Field that receives the element; the list field itself is removed.
     */
    into: string;
    /**
     * Optional field that receives the element's position (0-based).
     */
    index?: string;
    /**
     * Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.
     */
    keep_empty: boolean;
  };
  /**
   * Keeps only the records for which this json-logic expression is truthy.
   */
  filter?: unknown;
  /**
   * Drops a record whose key was already seen in this run (the first one wins).
   */
  dedupe?: {
    /**
     * Dot path(s) of the fields that identify a record.
     *
     * @minItems 1
     */
    key: [string, ...string[]];
  };
  /**
   * Sets fields from the first rule whose `when` holds, or from `default` when none does.
   */
  classify?: {
    /**
     * @minItems 1
     */
    rules: [
      {
        /**
         * A json-logic condition on the record.
         */
        when: unknown;
        /**
         * Fields to set: constants; text may use `${record.field}`.
         */
        set: {
          [k: string]: unknown;
        };
      },
      ...{
        /**
         * A json-logic condition on the record.
         */
        when: unknown;
        /**
         * Fields to set: constants; text may use `${record.field}`.
         */
        set: {
          [k: string]: unknown;
        };
      }[]
    ];
    /**
     * Fields to set when no rule matches.
     */
    default?: {
      [k: string]: unknown;
    };
  };
  /**
   * Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.
   */
  validate?: {
    /**
     * The JSON Schema records must match.
     */
    schema: Record<string, unknown>;
  };
  /**
   * Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.
   */
  translate?: {
    /**
     * Crosswalk kind, e.g. `item`.
     */
    kind: string;
    /**
     * Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.
     */
    path: string;
    /**
     * When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.
     */
    missing: 'quarantine' | 'skip' | 'fail';
    /**
     * The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.
     */
    as?: 'integer' | 'number' | 'text';
  };
  /**
   * Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).
   */
  join?: {
    /**
     * The right side: `source` (a source block) or `stream` (another stream).
     */
    from: {
      /**
       * A source block: `connection` plus the connector's stream options.
       */
      source?: {
        /**
         * Name of a connection under `connections`.
         */
        connection: string;
        [k: string]: unknown;
      };
      /**
       * Name of another stream whose source (and transforms) give the records; its sink is not used.
       */
      stream?: string;
    };
    /**
     * Join key: `left` path in this stream's record, `right` path in the other record.
     */
    on: {
      left: string;
      right: string;
    };
    /**
     * Fields to add, read from the matching right record (field specs; `default` applies on a miss).
     */
    fields: {
      [k: string]: FieldSpec;
    };
    /**
     * Right-side records kept in memory before the lookup moves to disk.
     */
    max_in_memory: number;
  };
}
