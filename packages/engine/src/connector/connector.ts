import type { ErrorObject } from 'ajv';
import type { ConsolaInstance } from 'consola';
import type { JsonSchema } from '../config/json-schema.js';
import type { Redactor } from '../logging/redactor.js';
import type { Kysely } from 'kysely';
import type { ApiCacheStore } from '../state/api-cache-store.js';
import type { Crosswalk, KeyValueStore, StreamKey } from '../state/state-store.js';

/** A record flowing through a pipeline: a plain JSON-like object. */
export type SyncRecord = Record<string, unknown>;

/** What every connector gets when a connection is opened. */
export interface ConnectorContext {
  /** The connection's name in the pipeline file. */
  readonly connectionName: string;
  /** Logger tagged with the connector and connection name. */
  readonly logger: ConsolaInstance;
  /** Masks secrets; use it on anything a connector prints or puts in an error. */
  readonly redactor: Redactor;
  /** Directory of the pipeline file; relative paths in connector options resolve against it. */
  readonly baseDir: string;
  /** Durable storage for the connection (e.g. a rotated refresh token), scoped to this pipeline and connection. */
  readonly store: KeyValueStore;
  /** The ID crosswalk of the run's tenant: a sink records `(kind, source id) -> target id` here. */
  readonly crosswalk: Crosswalk;
  /** Aborted when the run is cancelled. */
  readonly signal: AbortSignal;
  /** Where the connector reports request counts, latencies, retries and circuit state. */
  readonly metrics: MetricsRecorder;
  /** Request budgets shared with other processes (`syncengine worker` with a queue); absent: each connection keeps its own. */
  readonly rateBudgets?: SharedRateBudgets;
  /**
   * The connection's API response cache in the state store (its `syncengine_api_cache` tables), when
   * the store keeps one; in a dry run it reads but stores and drops nothing.
   */
  readonly responseCache?: ApiCacheStore;
}

/** The limits of a shared request budget; each is optional and they combine. */
export interface SharedRateLimits {
  /** At most this many requests in any second, counted from a request's start to its response. */
  readonly perSecond?: number;
  /** At most this many requests in any minute, counted likewise. */
  readonly perMinute?: number;
  /** At least this long between the starts of two requests. */
  readonly intervalMs?: number;
  /** Starts allowed back to back before the spacing of `perSecond`, `perMinute` and `intervalMs` applies. @default 1 */
  readonly burst?: number;
  /** At most this many requests in flight at once. */
  readonly maxConcurrent?: number;
}

/** A request budget shared by every process that uses the same key. */
export interface SharedRateBudget {
  /** Waits until a request may start, for every process together; call the returned function once its response has arrived (or it failed). */
  acquire(signal: AbortSignal): Promise<() => void>;
  /** Holds every request of the key, in every process, for `ms` (an API's `Retry-After`). */
  pause(ms: number): Promise<void>;
}

/** Hands out shared request budgets by key (a connection's API and credentials, hashed). */
export interface SharedRateBudgets {
  /** The budget of `key` with these limits. */
  budget(key: string, limits: SharedRateLimits): SharedRateBudget;
}

/** Labels of a metric sample, e.g. `{ connection: 'shopify', status: '429' }`. */
export type MetricLabels = Readonly<Record<string, string>>;

/**
 * Receives measurements from connectors and the engine; `syncengine serve` exposes them as
 * Prometheus text. Every method must be cheap and must not throw.
 */
export interface MetricsRecorder {
  /** Adds to a counter, e.g. `syncengine_http_requests_total`. */
  increment(name: string, labels: MetricLabels, by?: number): void;
  /** Records one observation of a histogram, e.g. a request's seconds. */
  observe(name: string, labels: MetricLabels, value: number): void;
  /** Sets a gauge, e.g. a circuit breaker's state (0 closed, 1 half-open, 2 open). */
  set(name: string, labels: MetricLabels, value: number): void;
}

/** A recorder that drops everything: the default when nobody listens. */
export const NO_METRICS: MetricsRecorder = { increment() {}, observe() {}, set() {} };

/** One page of records read from a source. */
export interface SourcePage {
  /** The records of the page, in source order. */
  readonly records: readonly SyncRecord[];
  /** What was fetched, for progress events and logs, e.g. `GET /customers?page=2` (already redacted). */
  readonly description?: string;
  /** How many records the whole read holds, when the API says (a `total` in the response): progress shows an estimate. */
  readonly total?: number;
}

/** What a source gets for one stream read. */
export interface ReadContext {
  /** Stream name in the pipeline file. */
  readonly stream: string;
  /** The stored cursor (or the stream's `incremental.initial`, or a `--since` override); undefined on a full read. */
  readonly cursor: unknown;
  /** Stop after about this many records; the engine also enforces it. */
  readonly limit: number | undefined;
  /** Aborted when the run is cancelled, or when the engine needs no more pages (a limit, a failed write). */
  readonly signal: AbortSignal;
  /** Logger tagged with the stream. */
  readonly logger: ConsolaInstance;
  /**
   * How many pages the engine buffers ahead of the batch being written (the stream's `read_ahead`):
   * a source whose next page does not depend on the last one may have up to this many requests in
   * flight, within its own rate limits. Undefined means one at a time.
   */
  readonly readAhead?: number;
  /** Resolves runtime references (`${cursor}`, `${stream.name}`, ...) in an option value, deeply. */
  render(value: unknown): unknown;
  /**
   * Tells the engine the read stopped before the end of the data (e.g. a loop guard such as
   * `max_pages`): the stream still succeeds, but an unordered incremental stream keeps its cursor,
   * so the records not read are not skipped for good.
   */
  incomplete(reason: string): void;
}

/** Counts a sink reports for one batch. */
export interface WriteResult {
  /** Rows created. */
  inserted: number;
  /** Rows that existed and were changed. */
  updated: number;
  /** Records the sink left alone (already present, unchanged). */
  skipped: number;
  /**
   * True when the batch is not durable yet and becomes so only when `finish()` resolves
   * (e.g. a `replace` load that commits the whole run at once). The engine then saves the
   * cursor only after `finish()`.
   */
  deferred?: boolean;
  /** True when the sink wrote `checkpoint` in the same transaction as the batch. */
  checkpointed?: boolean;
  /**
   * Records the target refused (e.g. a 4xx for one record of a per-record HTTP sink), by index in
   * the batch, with why. The engine quarantines them and counts them as rejected, not written;
   * the rest of the batch counts as committed.
   */
  rejected?: readonly { readonly index: number; readonly reasons: readonly string[] }[];
}

/**
 * The cursor a batch carries, offered to sinks that can store it atomically with the batch:
 * a SQL sink in the same database as the state store writes both in one transaction.
 */
export interface BatchCheckpoint {
  /** Which cursor. */
  readonly key: StreamKey;
  /** The value to store. */
  readonly value: unknown;
  /** Identity of the state store's database (see `StateStore.identity`). */
  readonly stateIdentity: string;
  /** Writes the cursor through the sink's own kysely transaction. */
  writeWith(db: Kysely<any>): Promise<void>;
}

/** What the engine passes along with each batch. */
export interface WriteContext {
  /** Present when the batch advances the cursor and the state store can be written by a sink. */
  readonly checkpoint?: BatchCheckpoint;
}

/** Writes the batches of one stream to a sink. */
export interface StreamWriter {
  /**
   * Writes and commits one batch. When it resolves, the batch is durable (unless the result
   * says `deferred`) and the engine may advance the cursor; when it rejects, nothing of the
   * batch may be considered written.
   */
  write(records: readonly SyncRecord[], ctx?: WriteContext): Promise<WriteResult>;
  /** Called once after the last batch of a successful stream; commits deferred work and runs after-load steps. */
  finish?(): Promise<void>;
  /**
   * True when every batch is durable on its own and the stream's own work (before and after
   * statements) happens at open and in `finish()`: other processes may then write some partitions
   * of the stream through writers opened with `WriterContext.share` (workers on a queue). @default false
   */
  readonly shareable?: boolean;
  /** Called once at the end, also after a failure (then anything not finished is rolled back); releases resources. */
  close?(): Promise<void>;
}

/** What a sink gets when a stream starts writing. */
export interface WriterContext {
  /** Stream name in the pipeline file. */
  readonly stream: string;
  /** Logger tagged with the stream. */
  readonly logger: ConsolaInstance;
  /**
   * Resolves runtime references in an option value (e.g. a templated table name). `extra` adds
   * scopes, e.g. `{ record }` for a per-record request path.
   */
  render(value: unknown, extra?: Readonly<Record<string, unknown>>): unknown;
  /**
   * The writer writes one partition of a stream whose run lives in another process: it skips the
   * stream's own work (before statements), and `finish()` is not called (the owning run's writer does it).
   */
  readonly share?: boolean;
}

/** An open connection: a source, a sink, or both. */
export interface Connection<TSourceOptions = unknown, TSinkOptions = unknown> {
  /** Reads one stream page by page. Present when the connector is a source. */
  read?(options: TSourceOptions, ctx: ReadContext): AsyncIterable<SourcePage>;
  /** Opens a writer for one stream. Present when the connector is a sink. */
  openWriter?(options: TSinkOptions, ctx: WriterContext): Promise<StreamWriter>;
  /**
   * Runs one statement (e.g. a tenant write-back). Runtime references in `statement` are bound
   * as parameters through `render`, never spliced into the text. Present on SQL connectors.
   */
  execute?(statement: string, ctx: { render(value: unknown): unknown }): Promise<{ rows: number }>;
  /** Runs statements in order in one transaction (all or none), binding references as `execute` does. Present on SQL connectors. */
  executeMany?(statements: readonly string[], ctx: { render(value: unknown): unknown }): Promise<{ rows: number[] }>;
  /**
   * Runs one read-only query (a `queries:` entry) in a read-only transaction, its `:name`
   * placeholders bound from `params`, and resolves with at most `maxRows + 1` rows (one more tells
   * the caller the answer was cut). Present on SQL connectors.
   */
  query?(sql: string, params: Readonly<Record<string, unknown>>, options: { maxRows: number; timeoutMs: number }): Promise<SyncRecord[]>;
  /**
   * Proves the connection works without reading or writing records (a login, `select 1`) and says
   * how, for `syncengine check`. Throws with the reason when it does not.
   */
  check?(): Promise<string>;
  /** Releases the connection (pools, sockets, file handles). */
  close?(): Promise<void>;
}

/** A connector declared as data: its name, the JSON Schemas of its options, and a factory. */
export interface ConnectorDefinition<TConnection = unknown, TSourceOptions = unknown, TSinkOptions = unknown> {
  /** The `type` that selects this connector in `connections`. */
  readonly name: string;
  /** One sentence for docs and `--help`. */
  readonly description: string;
  /** Schema of the connection block (without `type`). */
  readonly connectionSchema: JsonSchema;
  /** Present when the connector can be a stream's `source`: schema of the stream's source options. */
  readonly source?: { readonly streamSchema: JsonSchema };
  /** Present when the connector can be a stream's `sink`: schema of the stream's sink options. */
  readonly sink?: { readonly streamSchema: JsonSchema };
  /**
   * Validators generated ahead of time from the schemas above as the engine checks them (the
   * connection block with `type`, the source and sink blocks with `connection`; see
   * `renderValidatorModule`), so that loading a pipeline compiles no schema. A schema without one
   * here is compiled on first use. @default none
   */
  readonly validators?: readonly PrecompiledValidator[];
  /** Opens a connection from validated options. */
  connect(config: TConnection, ctx: ConnectorContext): Promise<Connection<TSourceOptions, TSinkOptions>>;
}

/**
 * A validator generated ahead of time from one JSON Schema (ajv standalone code, written by
 * `npm run generate` into a `*-validators.generated.ts` module).
 */
export interface PrecompiledValidator {
  /** The JSON text of the schema it was generated from: the engine uses it only for a schema of the same text. */
  readonly schema: string;
  /**
   * Validates options in place (defaults filled in, scalars coerced); pushes the instance paths of
   * `x-secret` and `x-runtime-template` values onto `this.secrets` and `this.templates`.
   */
  readonly validate: ((this: { secrets: string[]; templates: string[] }, data: unknown) => boolean) & {
    errors?: ErrorObject[] | null;
  };
}

/** A connector with its option types erased, as the engine holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyConnectorDefinition = ConnectorDefinition<any, any, any>;

/** Loads a connector module on demand; the registry maps connector names to these. */
export type ConnectorLoader = () => Promise<AnyConnectorDefinition>;

/** The connectors an engine knows, by `type` name. */
export type ConnectorRegistry = Readonly<Record<string, ConnectorLoader>>;

/**
 * Declares a connector with typed options.
 *
 * @example
 * ```ts
 * export default defineConnector<{ path: string }, never, { table: string }>({
 *   name: 'sqlite',
 *   description: 'A SQLite database file.',
 *   connectionSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
 *   sink: { streamSchema: { type: 'object', properties: { table: { type: 'string' } } } },
 *   async connect(config, ctx) { return { openWriter: async (options) => createWriter(config, options) } },
 * })
 * ```
 */
export function defineConnector<TConnection, TSourceOptions = never, TSinkOptions = never>(
  definition: ConnectorDefinition<TConnection, TSourceOptions, TSinkOptions>,
): ConnectorDefinition<TConnection, TSourceOptions, TSinkOptions> {
  return definition;
}
