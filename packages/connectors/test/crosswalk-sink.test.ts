import type { SyncRecord } from '@syncengine/engine';
import { testSink } from '@syncengine/testing';
import { BUILTIN_CONNECTORS } from '../src/index.js';

/** The crosswalk sink as any sink: a record's `id` maps to its `name` in the run's state store. */
let kind = '';
let n = 0;
testSink('crosswalk', {
  connector: BUILTIN_CONNECTORS.crosswalk!,
  connection: {},
  sink: () => {
    kind = `thing_${++n}`;
    return { kind, source_id: 'id', target_id: 'name' };
  },
  async readBack(state) {
    const mappings = await state.crosswalk().all(kind);
    return [...mappings].map(([id, name]): SyncRecord => ({ id: Number(id), name }));
  },
});
