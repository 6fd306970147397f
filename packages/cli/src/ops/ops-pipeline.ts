import {
  createStateStore,
  defaultStatePath,
  describeDatabaseUrl,
  describeError,
  parseDatabaseUrl,
  planPipeline,
  type Pipeline,
  type PipelinePlan,
  type StateStore,
} from '@syncengine/engine';
import { scheduleCadence, type Cadence } from './cadence.js';

/** A pipeline that `schedule` and `serve` operate: loaded, planned, with its open state store. */
export interface OpsPipeline {
  /** The pipeline's name, unique among the operated pipelines. */
  readonly name: string;
  readonly pipeline: Pipeline;
  readonly plan: PipelinePlan;
  /** The state store its runs, locks and run history use (shared with pipelines that name the same one). */
  readonly state: StateStore;
  /** The state store as it may be printed (no password). */
  readonly stateDescription: string;
  /** When `schedule:` runs it; undefined without a `schedule` block. */
  readonly cadence: Cadence | undefined;
}

/** A problem with the operated pipelines as a set (same name twice, a bad schedule): the CLI exits with 2. */
export class OpsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpsConfigError';
  }
}

/** Options for `openOpsPipelines`. */
export interface OpenOpsPipelinesOptions {
  /** `--state` or `SYNCENGINE_STATE`: one store for every pipeline. @default each pipeline's `.syncengine/state.db` */
  state?: string;
  /** Directory a relative `state` resolves against. */
  cwd: string;
  /** `SYNCENGINE_STATE_HISTORY`: past values kept per cursor. @default the store's */
  historyRetention?: number;
}

/** Operated pipelines and a way to close their state stores. */
export interface OpsPipelines {
  readonly list: readonly OpsPipeline[];
  get(name: string): OpsPipeline | undefined;
  /** Closes every state store. */
  close(): Promise<void>;
}

/**
 * Plans loaded pipelines for long-running use and opens their state stores once, sharing a store
 * between pipelines whose state lives in the same database (locks then work across them).
 */
export async function openOpsPipelines(pipelines: readonly Pipeline[], options: OpenOpsPipelinesOptions): Promise<OpsPipelines> {
  const seen = new Set<string>();
  for (const p of pipelines) {
    if (seen.has(p.name)) throw new OpsConfigError(`two pipelines are named "${p.name}"; give one of them another name`);
    seen.add(p.name);
  }
  const planned = pipelines.map((pipeline) => {
    const schedule = pipeline.definition.schedule;
    if (schedule?.every && schedule.cron) throw new OpsConfigError(`${pipeline.file}: schedule: set either every or cron, not both`);
    let cadence: Cadence | undefined;
    try {
      cadence = scheduleCadence(schedule);
    } catch (error) {
      throw new OpsConfigError(`${pipeline.file}: schedule.cron ${schedule?.cron ?? ''}: ${describeError(error)}`);
    }
    return { pipeline, cadence };
  });

  const stores = new Map<string, Promise<StateStore>>();
  const open = (raw: string) => {
    let location;
    try {
      location = parseDatabaseUrl(raw, options.cwd);
    } catch (error) {
      throw new OpsConfigError(`--state: ${describeError(error)}`);
    }
    const key = location.dialect === 'sqlite' ? `sqlite:${location.path}` : raw;
    let store = stores.get(key);
    if (!store) {
      store = createStateStore(
        location.dialect === 'sqlite' ? `sqlite:${location.path}` : raw,
        options.historyRetention !== undefined ? { historyRetention: options.historyRetention } : {},
      );
      stores.set(key, store);
    }
    return {
      store,
      description: location.dialect === 'sqlite' ? location.path : describeDatabaseUrl(raw),
      password: location.dialect === 'sqlite' ? undefined : location.password,
    };
  };

  const list: OpsPipeline[] = [];
  try {
    for (const { pipeline, cadence } of planned) {
      const { store, description, password } = open(options.state ?? defaultStatePath(pipeline));
      if (password) pipeline.redactor.add(password);
      list.push({
        name: pipeline.name,
        pipeline,
        plan: planPipeline(pipeline),
        state: await store,
        stateDescription: description,
        cadence,
      });
    }
  } catch (error) {
    await Promise.all([...stores.values()].map(async (s) => (await s.catch(() => undefined))?.close()));
    throw error;
  }
  const byName = new Map(list.map((p) => [p.name, p]));
  return {
    list,
    get: (name) => byName.get(name),
    close: async () => {
      await Promise.all([...stores.values()].map(async (s) => (await s).close()));
    },
  };
}
