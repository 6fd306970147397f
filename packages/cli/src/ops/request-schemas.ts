import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** Body of `POST /pipelines/:name/runs`. */
export interface TriggerRunBody {
  /** Run even what is not due yet. Implied by `strategy: ids`. @default false */
  force?: boolean;
  /** Only these tenants of a multi-tenant pipeline. */
  tenants?: string[];
  /** Only these streams (a platform of a pipeline is a stream, or a few). */
  streams?: string[];
  strategy?: 'full' | 'incremental' | 'ids';
  /** The ids for `strategy: ids`. */
  ids?: (string | number)[];
  /** A `selections:` entry of the pipeline to limit the run to (not with `strategy`). */
  select?: string;
}

/** Query of `GET /runs`. */
export interface ListRunsQuery {
  pipeline?: string;
  tenant?: string;
  status?: 'queued' | 'running' | 'succeeded' | 'failed' | 'aborted' | 'abandoned';
  limit?: number;
}

const NAMES = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true } as const;

const TRIGGER_RUN_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    force: { type: 'boolean' },
    tenants: NAMES,
    streams: NAMES,
    strategy: { enum: ['full', 'incremental', 'ids'] },
    ids: { type: 'array', items: { type: ['string', 'integer'] }, minItems: 1, maxItems: 10_000 },
    select: { type: 'string', minLength: 1 },
  },
  if: { properties: { strategy: { const: 'ids' } }, required: ['strategy'] },
  then: { required: ['ids'] },
  else: { not: { required: ['ids'] } },
} as const;

const LIST_RUNS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    pipeline: { type: 'string', minLength: 1 },
    tenant: { type: 'string' },
    status: { enum: ['queued', 'running', 'succeeded', 'failed', 'aborted', 'abandoned'] },
    limit: { type: 'integer', minimum: 1, maximum: 500 },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
// Query values arrive as text: `limit=5` must read as a number.
const queryAjv = new Ajv({ allErrors: true, strict: true, coerceTypes: true });

/** A validator that returns the value or the list of problems, each `where: what`. */
export type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false; problems: string[] };

function checker<T>(validate: ValidateFunction, where: string): Check<T> {
  return (value) => (validate(value) ? { ok: true, value: value as T } : { ok: false, problems: describe(validate.errors ?? [], where) });
}

/** Validates the body of `POST /pipelines/:name/runs`. */
export const checkTriggerRun: Check<TriggerRunBody> = checker(ajv.compile(TRIGGER_RUN_SCHEMA), 'body');
/** Validates the query of `GET /runs`. */
export const checkListRuns: Check<ListRunsQuery> = checker(queryAjv.compile(LIST_RUNS_SCHEMA), 'query');

function describe(errors: readonly ErrorObject[], where: string): string[] {
  const out = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const path = error.instancePath ? `${where}${error.instancePath.replace(/\//g, '.')}` : where;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties')
      out.add(`${where}${error.instancePath.replace(/\//g, '.')}: unknown field "${String(params.additionalProperty)}"`);
    else if (error.keyword === 'enum') out.add(`${path}: must be one of ${(params.allowedValues as unknown[]).join(', ')}`);
    else if (error.keyword === 'not' && error.schemaPath.startsWith('#/else')) out.add(`${where}.ids: only with strategy "ids"`);
    else if (error.keyword === 'required' && error.schemaPath.startsWith('#/then')) out.add(`${where}.ids: required with strategy "ids"`);
    else out.add(`${path}: ${error.message ?? 'is invalid'}`);
  }
  return [...out];
}
