import { createEngine, defineConnector, type SyncRecord } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '../src/index.js';

/** What the `list` test source yields on the next read: pages of records, and a hook after each page. */
export const feed: { pages: SyncRecord[][]; afterPage?: (page: number) => Promise<void> } = { pages: [] };

/** A source connector for sink tests: yields `feed.pages`, calling `feed.afterPage` once the engine has taken each page. */
export const listSource = defineConnector<Record<string, never>, Record<string, never>>({
  name: 'list',
  description: 'Test source: the pages of the current test.',
  connectionSchema: { type: 'object', additionalProperties: false, properties: {} },
  source: { streamSchema: { type: 'object', additionalProperties: false, properties: {} } },
  async connect() {
    return {
      async *read() {
        for (const [i, records] of feed.pages.entries()) {
          yield { records };
          await feed.afterPage?.(i + 1);
        }
      },
    };
  },
});

/** What the `collect` test sink received, one entry per batch. */
export const collected: SyncRecord[][] = [];

/** A sink connector for source tests: appends each batch to `collected`. */
export const collectSink = defineConnector<Record<string, never>, never, Record<string, never>>({
  name: 'collect',
  description: 'Test sink: keeps the batches in memory.',
  connectionSchema: { type: 'object', additionalProperties: false, properties: {} },
  sink: { streamSchema: { type: 'object', additionalProperties: false, properties: {} } },
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

/** The built-in connectors plus `list` and `collect`. */
export const listEngine = createEngine({
  connectors: { ...BUILTIN_CONNECTORS, list: async () => listSource, collect: async () => collectSink },
});
