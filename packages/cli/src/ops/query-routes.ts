import type { Hono } from 'hono';
import type { ConsolaInstance } from 'consola';
import { createQueryRunner, describeError, QueryParamsError, type QueryPlan, type QueryRunner } from '@syncengine/engine';
import type { ControlPlaneContext } from './_control-plane-context.js';
import { OpsConfigError, type OpsPipeline, type OpsPipelines } from './ops-pipeline.js';

/** The `queries:` of every served pipeline, by name, with the runners that keep their connections open. */
export interface ServedQueries {
  /** Every query with the pipeline that declares it. */
  readonly list: readonly { readonly op: OpsPipeline; readonly plan: QueryPlan }[];
  /** Runs a query with the parameters of a URL. */
  run(name: string, params: Readonly<Record<string, string>>): ReturnType<QueryRunner['run']> | undefined;
  /** Closes the connections the queries opened. */
  close(): Promise<void>;
}

/**
 * Collects the queries of the served pipelines; throws `OpsConfigError` when two pipelines declare
 * a query of the same name (`GET /queries/<name>` must name one).
 */
export function createServedQueries(pipelines: OpsPipelines, logger?: ConsolaInstance): ServedQueries {
  const list: { op: OpsPipeline; plan: QueryPlan }[] = [];
  const owner = new Map<string, OpsPipeline>();
  for (const op of pipelines.list) {
    for (const plan of Object.values(op.plan.queries)) {
      const other = owner.get(plan.name);
      if (other) throw new OpsConfigError(`query "${plan.name}" is declared by both ${other.name} and ${op.name}; rename one`);
      owner.set(plan.name, op);
      list.push({ op, plan });
    }
  }
  const runners = new Map<string, QueryRunner>();
  const runnerOf = (op: OpsPipeline) => {
    let runner = runners.get(op.name);
    if (!runner) runners.set(op.name, (runner = createQueryRunner(op.pipeline, { state: op.state, ...(logger ? { logger } : {}) })));
    return runner;
  };
  return {
    list,
    run(name, params) {
      const op = owner.get(name);
      return op ? runnerOf(op).run(name, params) : undefined;
    },
    async close() {
      await Promise.all([...runners.values()].map((r) => r.close()));
      runners.clear();
    },
  };
}

/**
 * `GET /queries` (the declared queries and their parameters) and `GET /queries/:name?param=value`:
 * the rows of a read-only query, its parameters bound, never spliced into the SQL.
 */
export function registerQueryRoutes(app: Hono, ctx: ControlPlaneContext, queries: ServedQueries): void {
  app.get('/queries', (c) =>
    c.json({
      queries: queries.list.map(({ op, plan }) => ({
        name: plan.name,
        pipeline: op.name,
        description: plan.description ?? null,
        maxRows: plan.maxRows,
        params: plan.params.map((p) => ({
          name: p.name,
          type: p.type,
          required: p.required,
          ...(p.default !== undefined ? { default: p.default } : {}),
          ...(p.enum ? { allowed: p.enum } : {}),
        })),
      })),
    }),
  );
  app.get('/queries/:name', async (c) => {
    const name = c.req.param('name');
    const pending = queries.run(name, c.req.query());
    if (!pending)
      return c.json(
        { error: 'not_found', message: `no query "${name}"; served: ${queries.list.map((q) => q.plan.name).join(', ') || 'none'}` },
        404,
      );
    const started = performance.now();
    try {
      const answer = await pending;
      ctx.metrics.observe('syncengine_query_duration_seconds', { query: name }, (performance.now() - started) / 1000);
      return c.json(answer);
    } catch (error) {
      if (error instanceof QueryParamsError) return c.json({ error: 'invalid_request', problems: error.problems }, 400);
      const message = ctx.redact(describeError(error));
      ctx.logger.error(`query ${name} failed: ${message}`);
      return c.json({ error: 'query_failed', message }, 500);
    }
  });
}
