import type { AnyConnectorDefinition } from '../connector/connector.js';

/** One transform step, as planned: a discriminated node per step kind. */
export type StepNode =
  | MapStepNode
  | SetStepNode
  | KeepStepNode
  | DropStepNode
  | PackStepNode
  | FlattenStepNode
  | FilterStepNode
  | DedupeStepNode
  | ClassifyStepNode
  | ValidateStepNode
  | TranslateStepNode
  | JoinStepNode;

/** The kinds of transform step; each has a handler in `STEP_HANDLERS`. */
export type StepKind = StepNode['kind'];

/** How one mapped field gets its value. */
export type FieldSource =
  | { from: 'path'; path: string; default?: unknown }
  | { from: 'value'; value: unknown }
  | { from: 'template'; template: string; default?: unknown }
  | { from: 'expr'; expr: unknown; default?: unknown }
  | { from: 'object'; fields: readonly FieldPlan[]; default?: unknown }
  | { from: 'list'; items: readonly FieldSource[]; default?: unknown }
  | { from: 'each'; path: string; fields: readonly FieldPlan[]; default?: unknown }
  | { from: 'entries'; path: string; key: FieldSource; value: FieldSource; default?: unknown };

/** A target field and where its value comes from. */
export interface FieldPlan {
  /** The target field; a dot path (`vendor.id`) sets a field of a nested object. */
  readonly target: string;
  readonly source: FieldSource;
}

interface StepBase {
  /** Position in the stream's `transforms` list, for messages. */
  readonly index: number;
}

/** Builds each output record from listed fields. */
export interface MapStepNode extends StepBase {
  readonly kind: 'map';
  readonly fields: readonly FieldPlan[];
}

/** Adds or replaces listed fields, keeping the rest. */
export interface SetStepNode extends StepBase {
  readonly kind: 'set';
  readonly fields: readonly FieldPlan[];
}

/** Keeps only these top-level fields. */
export interface KeepStepNode extends StepBase {
  readonly kind: 'keep';
  readonly fields: readonly string[];
}

/** Removes these top-level fields. */
export interface DropStepNode extends StepBase {
  readonly kind: 'drop';
  readonly fields: readonly string[];
}

/** Moves every field not kept into one object field. */
export interface PackStepNode extends StepBase {
  readonly kind: 'pack';
  readonly into: string;
  readonly keep: readonly string[];
}

/** One record per element of a list. */
export interface FlattenStepNode extends StepBase {
  readonly kind: 'flatten';
  readonly path: string;
  readonly into: string;
  readonly indexField: string | undefined;
  readonly keepEmpty: boolean;
}

/** Keeps records for which a json-logic rule is truthy. */
export interface FilterStepNode extends StepBase {
  readonly kind: 'filter';
  readonly rule: unknown;
}

/** Drops records whose key was seen before in the run. */
export interface DedupeStepNode extends StepBase {
  readonly kind: 'dedupe';
  readonly key: readonly string[];
}

/** First matching rule sets fields. */
export interface ClassifyStepNode extends StepBase {
  readonly kind: 'classify';
  readonly rules: readonly { readonly when: unknown; readonly set: Readonly<Record<string, unknown>> }[];
  readonly default: Readonly<Record<string, unknown>> | undefined;
}

/** Rejects records that do not match a JSON Schema. */
export interface ValidateStepNode extends StepBase {
  readonly kind: 'validate';
  readonly schema: Readonly<Record<string, unknown>>;
}

/** Replaces source ids with target ids from the crosswalk. */
export interface TranslateStepNode extends StepBase {
  readonly kind: 'translate';
  readonly crosswalkKind: string;
  readonly path: string;
  readonly missing: 'quarantine' | 'skip' | 'fail';
  /** The type of the translated id; undefined keeps the source id's type. */
  readonly as?: 'integer' | 'number' | 'text';
}

/** Records read from somewhere else: a source block, through optional steps. */
export interface RecordsFromPlan {
  readonly source: EndpointPlan;
  readonly steps: readonly StepNode[];
}

/** Left join against records loaded once per run. */
export interface JoinStepNode extends StepBase {
  readonly kind: 'join';
  readonly from: RecordsFromPlan;
  readonly left: string;
  readonly right: string;
  readonly fields: readonly FieldPlan[];
  readonly maxInMemory: number;
}

/** One end of a stream: a named connection and the options for this stream. */
export interface EndpointPlan {
  /** Connection name under `connections`. */
  readonly connection: string;
  /** The connector behind the connection. */
  readonly connector: AnyConnectorDefinition;
  /** The connection's validated options (without `type`). */
  readonly connectionOptions: Readonly<Record<string, unknown>>;
  /** The stream's options for this end (without `connection`). */
  readonly options: Readonly<Record<string, unknown>>;
}

/** Incremental settings of a stream. */
export interface IncrementalPlan {
  readonly cursorField: string;
  readonly initial: string | number | undefined;
  readonly ordered: boolean;
}

/** How a stream is split into partitions, each read with fresh pagination and its own cursor. */
export type PartitionPlan =
  | {
      readonly kind: 'values';
      /** A list, or a runtime reference rendered to one (e.g. `${discover.stores}`). */
      readonly values: unknown;
    }
  | {
      readonly kind: 'parents';
      /** Where parent records come from (through the parent stream's transforms, when `from.stream`). */
      readonly from: RecordsFromPlan;
      /** Dot path of the parent field that names the partition. */
      readonly key: string;
    };

/** A request made once per run, whose result streams use as `${discover.<name>}`. */
export interface DiscoveryPlan {
  readonly name: string;
  readonly source: EndpointPlan;
  readonly pick: 'first' | 'all';
}

/** How a multi-tenant pipeline finds and treats its tenants. */
export interface TenantPlan {
  /** Where the tenants come from. */
  readonly from:
    | { readonly kind: 'source'; readonly source: EndpointPlan }
    | { readonly kind: 'list'; readonly list: readonly Readonly<Record<string, unknown>>[] }
    | { readonly kind: 'file'; readonly path: string };
  /** Dot path of the tenant id. */
  readonly id: string;
  readonly where: unknown;
  readonly concurrency: number;
  /** Dot path of the tenant's sync frequency in hours. */
  readonly frequencyHours: string | undefined;
  /** Time of day (`HH:MM`) due times are anchored at, in the tenant's zone; undefined: last success + frequency. */
  readonly at: string | undefined;
  /** Zone of `at` for tenants without their own. */
  readonly timezone: string;
  /** Dot path of the tenant's own zone. */
  readonly timezoneField: string | undefined;
  /** Fields stored encrypted, decrypted when the tenants are read. */
  readonly decrypt: { readonly fields: readonly string[]; readonly key: string; readonly algorithm: 'aes-256-gcm' | 'fernet' } | undefined;
  readonly writeBack: StatementsPlan | undefined;
}

/** Everything the interpreter needs to run one stream. */
export interface StreamPlan {
  readonly name: string;
  readonly source: EndpointPlan;
  readonly sink: EndpointPlan;
  readonly steps: readonly StepNode[];
  readonly incremental: IncrementalPlan | undefined;
  readonly primaryKey: readonly string[] | undefined;
  readonly batchSize: number;
  /** Pages read ahead of the batch being written (`read_ahead`). */
  readonly readAhead: number;
  readonly partitions: PartitionPlan | undefined;
  /** Partitions read at the same time (`partitions.concurrency`). */
  readonly partitionConcurrency: number;
  /** Streams that run before this one. */
  readonly after: readonly string[];
  /** `--limit` does not apply: reference data that the run did not name in its stream list. */
  readonly unlimited: boolean;
  /** A reference stream the stream list left out, run because this named stream runs `after` it. */
  readonly neededBy: string | undefined;
  /** Source options for the `ids` strategy, when the stream supports it. */
  readonly idsSource: Readonly<Record<string, unknown>> | undefined;
  /** How the `ids` strategy asks: all ids in one request (the options reference `${ids}`/`${ids_csv}`), or one request per id (`${id}`). */
  readonly idsRequest: 'all' | 'each' | undefined;
  /** Rules that pick full or incremental when a run names no strategy. */
  readonly autoStrategy: readonly { readonly when: unknown; readonly use: 'full' | 'incremental' }[];
  /** A file copy of the source's records, read instead of the source while it is usable. */
  readonly cache: { readonly path: string; readonly format: 'csv' | 'jsonl'; readonly maxAgeMs: number | undefined } | undefined;
  /** More outputs: their own steps on the stream's output records, and their own sinks. */
  readonly also: readonly { readonly steps: readonly StepNode[]; readonly sink: EndpointPlan }[];
  /** Rejection limits past which the stream fails. */
  readonly quarantine: { readonly maxRecords: number | undefined; readonly maxPercent: number | undefined };
}

/** A frozen, validated plan: the streams to run, in order. */
export interface PipelinePlan {
  readonly pipeline: string;
  readonly streams: readonly StreamPlan[];
  /** How many streams may run at the same time (`stream_concurrency`). */
  readonly streamConcurrency: number;
  /** Run once before the streams, in declaration order. */
  readonly discoveries: readonly DiscoveryPlan[];
  /** Present for a pipeline that runs once per tenant. */
  readonly tenants: TenantPlan | undefined;
  /** Statements run when a run ends. */
  readonly afterRun: StatementsPlan | undefined;
  /** The pipeline's `tags`. */
  readonly tags: readonly string[];
  /** SQL jobs with their own schedule. */
  readonly jobs: readonly JobPlan[];
  /** Named `serve` triggers and the parameters they read. */
  readonly triggers: readonly TriggerPlan[];
  /** The `selections:` a run can be limited to, by name (every one, whatever streams were selected). */
  readonly selections: Readonly<Record<string, SelectionPlan>>;
  /** The read-only `queries:` `syncengine serve` answers, by name. */
  readonly queries: Readonly<Record<string, QueryPlan>>;
}

/** A SQL job: statements on a connection, on a schedule of their own. */
export interface JobPlan {
  readonly name: string;
  /** Run history names its runs `<pipeline>/<job>`. */
  readonly runName: string;
  readonly connection: EndpointPlan;
  readonly statements: readonly string[];
  readonly cron: string | undefined;
  readonly every: string | undefined;
  readonly timezone: string;
  readonly forEachTenant: boolean;
  /** With `forEachTenant`: json-logic on the tenant record that picks the tenants. */
  readonly where: unknown;
}

/** A `serve` trigger (`POST /triggers/<name>`) and the names of its parameters. */
export interface TriggerPlan {
  readonly name: string;
  readonly force: string;
  readonly tenant: string;
  readonly tag: string;
}

/** A named subset of the data: per stream, source options merged over the stream's and a filter on source records. */
export interface SelectionPlan {
  readonly name: string;
  readonly description: string | undefined;
  readonly streams: Readonly<
    Record<
      string,
      {
        /** Merged over the stream's source options (maps key by key). */
        readonly source: Readonly<Record<string, unknown>>;
        /** json-logic over each source record; undefined keeps every record. */
        readonly where: unknown;
      }
    >
  >;
}

/** A declared parameter of a query. */
export interface QueryParamPlan {
  readonly name: string;
  readonly type: 'text' | 'integer' | 'number' | 'boolean';
  readonly required: boolean;
  readonly default: string | number | boolean | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly maxLength: number;
  readonly enum: readonly (string | number | boolean)[] | undefined;
}

/** A read-only query `syncengine serve` answers at `GET /queries/<name>`. */
export interface QueryPlan {
  readonly name: string;
  readonly description: string | undefined;
  readonly connection: EndpointPlan;
  readonly sql: string;
  readonly params: readonly QueryParamPlan[];
  readonly maxRows: number;
  readonly timeoutMs: number;
}

/** Statements on a connection, one for success and one for failure. */
export interface StatementsPlan {
  readonly connection: EndpointPlan;
  readonly success: string | undefined;
  readonly failure: string | undefined;
}
