import { createConsola, type ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import type { SyncRecord } from '../connector/connector.js';
import { SyncError } from '../errors.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import type { QueryParamPlan, QueryPlan } from '../plan/plan-types.js';
import type { StateStore } from '../state/state-store.js';
import { createConnectionPool } from './_connection-pool.js';

/** A request's parameters that do not fit the query's declaration; each problem names the parameter. */
export class QueryParamsError extends SyncError {
  /** Every problem, e.g. `limit: must be at most 500`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super('CONFIG_INVALID', problems.join('; '));
    this.name = 'QueryParamsError';
    this.problems = problems;
  }
}

/** What a query answers. */
export interface QueryAnswer {
  readonly query: string;
  readonly rows: readonly SyncRecord[];
  readonly rowCount: number;
  /** More rows matched than `max_rows`; the answer holds the first `max_rows`. */
  readonly truncated: boolean;
}

/** Runs the `queries:` of one pipeline over connections it keeps open until `close()`. */
export interface QueryRunner {
  /** The declared queries, by name. */
  readonly queries: Readonly<Record<string, QueryPlan>>;
  /**
   * Runs a query with parameters as a URL gives them (text). Throws `QueryParamsError` for
   * parameters that are unknown, missing or do not fit, `SyncError` for an unknown query.
   */
  run(name: string, params: Readonly<Record<string, string | undefined>>): Promise<QueryAnswer>;
  close(): Promise<void>;
}

/** Options of `createQueryRunner`. */
export interface QueryRunnerOptions {
  /** The store whose key-value namespace connections get (as in a run). */
  state: StateStore;
  logger?: ConsolaInstance;
  /** Aborts queries in flight when the server stops. */
  signal?: AbortSignal;
}

/**
 * Creates the runner of a pipeline's `queries:`, for `syncengine serve`'s `GET /queries/<name>`.
 * A connection is opened on the first query that needs it and shared by the later ones.
 *
 * @example
 * ```ts
 * const queries = createQueryRunner(pipeline, { state })
 * const answer = await queries.run('product_search', { q: 'atlas', limit: '10' })
 * console.log(answer.rows.length, answer.truncated)
 * await queries.close()
 * ```
 */
export function createQueryRunner(pipeline: Pipeline, options: QueryRunnerOptions): QueryRunner {
  const queries = planPipeline(pipeline).queries;
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name).withTag('queries');
  const pool = createConnectionPool(pipeline, {
    state: options.state,
    logger,
    signal: options.signal ?? new AbortController().signal,
    scopes: { now: new Date().toISOString() },
    nameFailures: true,
    dryRun: true,
  });
  return {
    queries,
    async run(name, raw) {
      const query = queries[name];
      if (!query) throw new SyncError('CONFIG_INVALID', `no query "${name}"; ${pipeline.name} has: ${Object.keys(queries).join(', ') || 'none'}`);
      const params = bindParams(query, raw);
      const connection = await pool.open(query.connection);
      if (!connection.query)
        throw new SyncError(
          'CONFIG_INVALID',
          `query ${name}: connection "${query.connection.connection}" (${query.connection.connector.name}) cannot answer queries; use a SQL connection`,
        );
      const rows = await connection.query(query.sql, params, { maxRows: query.maxRows, timeoutMs: query.timeoutMs });
      const truncated = rows.length > query.maxRows;
      const kept = truncated ? rows.slice(0, query.maxRows) : rows;
      return { query: name, rows: kept, rowCount: kept.length, truncated };
    },
    close: () => pool.close(),
  };
}

/** The values bound for a request: declared parameters read from text, defaults and NULLs for the rest. */
function bindParams(query: QueryPlan, raw: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const problems: string[] = [];
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const name of Object.keys(raw))
    if (!declared.has(name))
      problems.push(`${name}: unknown parameter; ${query.name} takes ${query.params.map((p) => p.name).join(', ') || 'no parameters'}`);
  const values: Record<string, unknown> = {};
  for (const param of query.params) {
    const text = raw[param.name];
    if (text === undefined || text === '') {
      if (param.required) problems.push(`${param.name}: required`);
      values[param.name] = param.default ?? null;
      continue;
    }
    const read = readParam(param, text);
    if (typeof read === 'string') problems.push(`${param.name}: ${read}`);
    else values[param.name] = read.value;
  }
  if (problems.length) throw new QueryParamsError(problems);
  return values;
}

/** A parameter's value from its text, or why it does not fit. */
function readParam(param: QueryParamPlan, text: string): { value: unknown } | string {
  let value: string | number | boolean;
  if (param.type === 'text') {
    if (text.length > param.maxLength) return `must be at most ${param.maxLength} characters`;
    value = text;
  } else if (param.type === 'boolean') {
    if (text !== 'true' && text !== 'false') return 'must be true or false';
    value = text === 'true';
  } else {
    const number = param.type === 'integer' ? (/^-?\d{1,15}$/.test(text) ? Number(text) : NaN) : Number(text);
    if (!Number.isFinite(number) || text.trim() !== text) return `must be ${param.type === 'integer' ? 'a whole number' : 'a number'}`;
    if (param.minimum !== undefined && number < param.minimum) return `must be at least ${param.minimum}`;
    if (param.maximum !== undefined && number > param.maximum) return `must be at most ${param.maximum}`;
    value = number;
  }
  if (param.enum && !param.enum.includes(value)) return `must be one of ${param.enum.join(', ')}`;
  return { value };
}
