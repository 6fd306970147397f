import { defineConnector, type ConnectorRegistry, type SyncRecord } from '../src/index.js';

/** Test fixtures shared between a test and its in-memory connectors, by dataset name. */
export const datasets = new Map<string, SyncRecord[]>();
export const sinks = new Map<
  string,
  {
    batches: SyncRecord[][];
    failOnBatch?: number;
    calls: number;
    deferred?: boolean;
    failOnFinish?: boolean;
    finished?: boolean;
    checkpoints?: unknown[];
    /** Refuses the records for which this returns a reason (a sink's per-record refusal). */
    refuse?: (record: SyncRecord) => string | undefined;
  }
>();
/** How many records the source has yielded but the sink has not yet committed, at most. */
export const inFlight = { current: 0, max: 0 };

/** Every read, with the dataset it resolved to and the cursor it got. */
export const reads: { dataset: string; cursor: unknown }[] = [];

const memorySource = defineConnector<{ dataset: string }, { page_size: number; dataset?: string; newer_than_cursor?: string }>({
  name: 'memory',
  description: 'Test source.',
  connectionSchema: { type: 'object', additionalProperties: false, required: ['dataset'], properties: { dataset: { type: 'string' } } },
  source: {
    streamSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        page_size: { type: 'integer', default: 10 },
        dataset: { type: 'string', 'x-runtime-template': true },
        newer_than_cursor: { type: 'string' },
      },
    },
  },
  async connect(config) {
    return {
      async *read(options, ctx) {
        const name = String(ctx.render(options.dataset ?? config.dataset));
        reads.push({ dataset: name, cursor: ctx.cursor });
        if (name.startsWith('denied')) throw new Error(`401 Unauthorized: invalid credentials for ${name}`);
        let all = datasets.get(name) ?? [];
        const field = options.newer_than_cursor;
        if (field && ctx.cursor !== undefined) all = all.filter((r) => (r[field] as number) > (ctx.cursor as number));
        for (let i = 0; i < all.length; i += options.page_size) {
          const records = all.slice(i, i + options.page_size);
          inFlight.current += records.length;
          inFlight.max = Math.max(inFlight.max, inFlight.current);
          yield { records, description: `page ${i / options.page_size + 1} from ${String(ctx.render('${cursor}') ?? 'start')}` };
        }
      },
    };
  },
});

const memorySink = defineConnector<{ name: string }, never, Record<string, never>>({
  name: 'memory_sink',
  description: 'Test sink.',
  connectionSchema: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string' } } },
  sink: { streamSchema: { type: 'object', additionalProperties: false, properties: {} } },
  async connect(config) {
    return {
      async execute(statement, ctx) {
        const values: Record<string, unknown> = {};
        for (const ref of statement.match(/\$\{[^}]+\}/g) ?? []) values[ref] = ctx.render(ref);
        executed.push({ statement, values });
        return { rows: 1 };
      },
      async openWriter() {
        return {
          // Every batch lands on its own: other processes may write some partitions (RunOptions.partitionDispatcher).
          shareable: true,
          async write(records, ctx) {
            const sink = sinks.get(config.name)!;
            sink.calls += 1;
            if (sink.failOnBatch === sink.calls) throw new Error(`disk full while writing batch ${sink.calls}`);
            const rejected = records.flatMap((record, index) => {
              const reason = sink.refuse?.(record);
              return reason ? [{ index, reasons: [reason] }] : [];
            });
            sink.batches.push(records.filter((_, i) => !rejected.some((r) => r.index === i)));
            inFlight.current -= records.length;
            if (ctx?.checkpoint) sink.checkpoints?.push(ctx.checkpoint.value);
            const inserted = records.length - rejected.length;
            return {
              inserted,
              updated: 0,
              skipped: 0,
              ...(sink.deferred ? { deferred: true } : {}),
              ...(rejected.length ? { rejected } : {}),
            };
          },
          async finish() {
            const sink = sinks.get(config.name)!;
            if (sink.failOnFinish) throw new Error('commit failed');
            sink.finished = true;
          },
        };
      },
    };
  },
});

/** Statements run through `execute` on memory sinks, with their references rendered. */
export const executed: { statement: string; values: Record<string, unknown> }[] = [];

export const TEST_CONNECTORS: ConnectorRegistry = {
  memory: async () => memorySource,
  memory_sink: async () => memorySink,
};
