import type { AnyConnectorDefinition } from '../connector/connector.js';

/** One transform step, as planned: a discriminated node per step kind. */
export type StepNode = MapStepNode | FilterStepNode;

/** The kinds of transform step; each has a handler in `STEP_HANDLERS`. */
export type StepKind = StepNode['kind'];

/** How one mapped field gets its value. */
export type FieldSource =
  | { from: 'path'; path: string; default?: unknown }
  | { from: 'value'; value: unknown }
  | { from: 'template'; template: string; default?: unknown }
  | { from: 'expr'; expr: unknown; default?: unknown };

/** Builds each output record from listed fields. */
export interface MapStepNode {
  readonly kind: 'map';
  /** Position in the stream's `transforms` list, for messages. */
  readonly index: number;
  readonly fields: readonly { readonly target: string; readonly source: FieldSource }[];
}

/** Keeps records for which a json-logic rule is truthy. */
export interface FilterStepNode {
  readonly kind: 'filter';
  readonly index: number;
  readonly rule: unknown;
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
      /** Where parent records come from. */
      readonly source: EndpointPlan;
      /** Transforms applied to parent records first (those of the parent stream, when `from.stream`). */
      readonly steps: readonly StepNode[];
      /** Dot path of the parent field that names the partition. */
      readonly key: string;
    };

/** A request made once per run, whose result streams use as `${discover.<name>}`. */
export interface DiscoveryPlan {
  readonly name: string;
  readonly source: EndpointPlan;
  readonly pick: 'first' | 'all';
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
  readonly partitions: PartitionPlan | undefined;
}

/** A frozen, validated plan: the streams to run, in order. */
export interface PipelinePlan {
  readonly pipeline: string;
  readonly streams: readonly StreamPlan[];
  /** Run once before the streams, in declaration order. */
  readonly discoveries: readonly DiscoveryPlan[];
}
