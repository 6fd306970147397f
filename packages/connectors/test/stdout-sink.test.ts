import { afterAll, beforeAll } from 'vitest';
import type { SyncRecord } from '@syncengine/engine';
import { testSink } from '@syncengine/testing';
import { BUILTIN_CONNECTORS } from '../src/index.js';

/** What the sink printed since the current test's `sink()`: standard output is its destination. */
let printed = '';
const write = process.stdout.write;
beforeAll(() => {
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  }) as typeof process.stdout.write;
});
afterAll(() => {
  process.stdout.write = write;
});

testSink('stdout', {
  connector: BUILTIN_CONNECTORS.stdout!,
  connection: {},
  sink: () => {
    printed = '';
    return {};
  },
  // Printing is not writing by key: a rerun prints the records again.
  idempotent: false,
  readBack: async () =>
    printed
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as SyncRecord),
});
