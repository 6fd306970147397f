import { defineConnector, type ConnectorRegistry, type SyncRecord } from '@syncengine/engine';

/** What the `list` source yields on its next read. */
export interface ListFeed {
  /** The pages of records, in order. */
  pages: SyncRecord[][];
  /** The source fails (an error, after the pages before it) once it reaches this page index. */
  failAfterPage?: number | undefined;
  /** Called with the page number (from 1) once the engine has taken each page. */
  afterPage?: ((page: number) => Promise<void>) | undefined;
}

/** A `list` source and a `collect` sink for tests, with what they share. */
export interface ListConnectors {
  /** What `list` yields; change it between runs. */
  readonly feed: ListFeed;
  /** The batches `collect` received, one entry per batch; empty it between runs. */
  readonly collected: SyncRecord[][];
  /** `{ list, collect }`, to spread into a connector registry. */
  readonly connectors: ConnectorRegistry;
}

/** A schema of no options; a fresh object each time, as the engine extends the schemas it is given. */
const noOptions = () => ({ type: 'object' as const, additionalProperties: false, properties: {} });

/**
 * The in-memory connectors every kit run uses, for tests of a source (into `collect`) or a sink
 * (from `list`) through the real engine.
 *
 * @example
 * ```ts
 * const { feed, connectors } = createListConnectors()
 * const engine = createEngine({ connectors: { ...BUILTIN_CONNECTORS, ...connectors } })
 * feed.pages = [[{ id: 1 }], [{ id: 2 }]]
 * ```
 */
export function createListConnectors(): ListConnectors {
  const feed: ListFeed = { pages: [] };
  const collected: SyncRecord[][] = [];
  const list = defineConnector<Record<string, never>, Record<string, never>>({
    name: 'list',
    description: 'Test source: yields the pages of the current run.',
    connectionSchema: noOptions(),
    source: { streamSchema: noOptions() },
    async connect() {
      return {
        async *read() {
          for (const [i, records] of feed.pages.entries()) {
            if (feed.failAfterPage !== undefined && i >= feed.failAfterPage) throw new Error(`the list source failed after page ${i}`);
            yield { records };
            await feed.afterPage?.(i + 1);
          }
        },
      };
    },
  });
  const collect = defineConnector<Record<string, never>, never, Record<string, never>>({
    name: 'collect',
    description: 'Test sink: keeps the batches in memory.',
    connectionSchema: noOptions(),
    sink: { streamSchema: noOptions() },
    async connect() {
      return {
        async openWriter() {
          return {
            async write(records) {
              collected.push([...records]);
              return { inserted: records.length, updated: 0, skipped: 0 };
            },
          };
        },
      };
    },
  });
  return { feed, collected, connectors: { list: async () => list, collect: async () => collect } };
}
