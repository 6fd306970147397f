import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPipelineFile, parsePipeline, type LoadPipelineOptions, type Pipeline } from './config/load-pipeline.js';
import type { ConnectorRegistry } from './connector/connector.js';
import { planPipeline, type PlanOptions } from './plan/plan-pipeline.js';
import type { PipelinePlan } from './plan/plan-types.js';
import type { RunResult } from './run/run-events.js';
import type { RunOptions } from './run/run-pipeline.js';
import { parseDatabaseUrl } from './state/database-url.js';
import type { StateStore } from './state/state-store.js';

/** Options for `createEngine`. */
export interface EngineOptions {
  /** The connectors pipelines may use, by `type` name (e.g. `BUILTIN_CONNECTORS` from `@syncengine/connectors`). */
  connectors: ConnectorRegistry;
}

/** Options for `engine.run`: as `RunOptions`, but the state store may be left to the engine. */
export interface EngineRunOptions extends Omit<RunOptions, 'state'> {
  /** State store to use. @default the store at `stateUrl`, else a SQLite store at `statePath` */
  state?: StateStore;
  /** File of the default SQLite state store. @default the pipeline's `state:`, else `.syncengine/state.db` next to the pipeline file */
  statePath?: string;
  /**
   * State database as a URL: `sqlite:path.db`, `postgres://user:password@host:5432/db` (optionally
   * `?schema=name`) or `mysql://user:password@host:3306/db`; see `createStateStore`. Wins over `statePath`.
   */
  stateUrl?: string;
  /** How many past values each cursor keeps in the history of a store the engine opens. @default 100 */
  stateHistoryRetention?: number;
}

/** A syncengine engine bound to a set of connectors. */
export interface Engine {
  /** The connectors this engine knows. */
  readonly connectors: ConnectorRegistry;
  /** Reads and validates a pipeline file. Throws `PipelineConfigError` listing every problem. */
  load(path: string, options?: LoadPipelineOptions): Promise<Pipeline>;
  /** Validates pipeline YAML given as text. */
  parse(text: string, source: { file: string; baseDir: string; name?: string }, options?: LoadPipelineOptions): Promise<Pipeline>;
  /** Plans a loaded pipeline without running it (no I/O). */
  plan(pipeline: Pipeline, options?: PlanOptions): PipelinePlan;
  /** Runs a loaded pipeline; resolves with per-stream results even when streams fail. */
  run(pipeline: Pipeline, options?: EngineRunOptions): Promise<RunResult>;
}

/**
 * Where a pipeline's state lives when the caller names no store: its `state:` (a SQLite file
 * resolved against the pipeline's directory, or a `postgres://` / `mysql://` URL, returned as
 * written), else `.syncengine/state.db` next to the pipeline file.
 */
export function defaultStatePath(pipeline: Pipeline): string {
  const declared = pipeline.definition.state;
  if (declared === undefined) return join(pipeline.baseDir, '.syncengine', 'state.db');
  const location = parseDatabaseUrl(declared, pipeline.baseDir);
  return location.dialect === 'sqlite' ? location.path : declared;
}

/**
 * Creates an engine. The engine knows no connector by itself: the caller (the CLI, or a service
 * embedding syncengine) passes the registry.
 *
 * @example
 * ```ts
 * import { createEngine } from '@syncengine/engine'
 * import { BUILTIN_CONNECTORS } from '@syncengine/connectors'
 *
 * const engine = createEngine({ connectors: BUILTIN_CONNECTORS })
 * const pipeline = await engine.load('pipelines/quickstart.yaml', { vars: { base_url: 'http://127.0.0.1:4010' } })
 * const controller = new AbortController()
 * const result = await engine.run(pipeline, { signal: controller.signal, onEvent: (e) => console.log(e.type) })
 * console.log(result.status, result.streams.map((s) => s.recordsWritten))
 * ```
 */
export function createEngine(options: EngineOptions): Engine {
  const connectors = options.connectors;
  return {
    connectors,
    load: (path, loadOptions) => loadPipelineFile(path, connectors, loadOptions),
    parse: (text, source, loadOptions) => parsePipeline(text, source, connectors, loadOptions),
    plan: (pipeline, planOptions) => planPipeline(pipeline, planOptions),
    async run(pipeline, runOptions = {}) {
      const { state, statePath, stateUrl, stateHistoryRetention, ...rest } = runOptions;
      const history = stateHistoryRetention !== undefined ? { historyRetention: stateHistoryRetention } : {};
      // Neither given: the pipeline's own `state:`, which may be a server URL.
      const fallback = statePath === undefined && stateUrl === undefined ? defaultStatePath(pipeline) : undefined;
      const declaredUrl = fallback !== undefined && parseDatabaseUrl(fallback).dialect !== 'sqlite' ? fallback : undefined;
      const path = statePath === ':memory:' ? statePath : resolve(statePath ?? fallback ?? defaultStatePath(pipeline));
      // A dry run changes no state: without a state file yet, it reads from an empty in-memory store instead of creating one.
      const sqlitePath = rest.dryRun && path !== ':memory:' && !existsSync(path) ? ':memory:' : path;
      // The run loop and the state stores (kysely, drivers) are loaded on the first run: loading and
      // planning a pipeline (`syncengine validate`) does not pay for them.
      const { runPipeline } = await import('./run/run-pipeline.js');
      const store =
        state ??
        ((stateUrl ?? declaredUrl) !== undefined
          ? await (await import('./state/create-state-store.js')).createStateStore((stateUrl ?? declaredUrl)!, {
              ...history,
              ...(rest.logger ? { logger: rest.logger.withTag('state') } : {}),
            })
          : await (await import('./state/sqlite-state-store.js')).createSqliteStateStore({ path: sqlitePath, ...history }));
      try {
        return await runPipeline(pipeline, { ...rest, state: store });
      } finally {
        if (!state) await store.close();
      }
    },
  };
}
