import type { JsonSchema } from '@syncengine/engine';
import { defineConnector } from '@syncengine/engine/connector';

import type { CrosswalkConnectionConfig, CrosswalkSinkOptions } from './crosswalk-types.generated.js';
import { VALIDATORS } from './crosswalk-validators.generated.js';

export type { CrosswalkConnectionConfig, CrosswalkSinkOptions };

const CONNECTION_SCHEMA: JsonSchema = { type: 'object', additionalProperties: false, properties: {} };

const SINK_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'source_id', 'target_id'],
  properties: {
    kind: { description: 'Crosswalk kind, e.g. `vendor`.', type: 'string', minLength: 1 },
    source_id: { description: 'Dot path of the source id in each record.', type: 'string', minLength: 1 },
    target_id: { description: 'Dot path of the target id in each record; a record without one is skipped.', type: 'string', minLength: 1 },
  },
};

/**
 * Writes `(kind, source id) -> target id` into the ID crosswalk of the state store, e.g. master
 * data matched by name between two environments, so later streams can `translate` through it.
 */
export default defineConnector<CrosswalkConnectionConfig, never, CrosswalkSinkOptions>({
  name: 'crosswalk',
  description: 'The ID crosswalk in the state store, as a sink of (source id, target id) pairs.',
  connectionSchema: CONNECTION_SCHEMA,
  sink: { streamSchema: SINK_SCHEMA },
  validators: VALIDATORS,
  async connect(_config, ctx) {
    const { compilePath, getPath } = await import('@syncengine/engine');
    return {
      async openWriter(options) {
        const source = compilePath(options.source_id);
        const target = compilePath(options.target_id);
        return {
          async write(records) {
            const entries: { sourceId: string; targetId: string }[] = [];
            for (const record of records) {
              const s = getPath(record, source);
              const t = getPath(record, target);
              if (s === undefined || s === null || t === undefined || t === null || t === '') continue;
              entries.push({ sourceId: String(s), targetId: String(t) });
            }
            const known = await ctx.crosswalk.lookup(
              options.kind,
              entries.map((e) => e.sourceId),
            );
            const changed = entries.filter((e) => known.get(e.sourceId) !== e.targetId);
            await ctx.crosswalk.put(options.kind, changed);
            const inserted = changed.filter((e) => !known.has(e.sourceId)).length;
            return { inserted, updated: changed.length - inserted, skipped: records.length - changed.length };
          },
        };
      },
    };
  },
});
