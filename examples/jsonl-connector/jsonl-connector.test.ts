import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSink, testSource } from '@syncengine/testing';
import jsonl, { readLines } from './jsonl-connector.js';

/** The sample third-party connector, proved by the same kit that the built-in connectors run. */
const dir = mkdtempSync(join(tmpdir(), 'syncengine-jsonl-'));
let n = 0;
let sinkFile = '';

testSink('jsonl', {
  connector: jsonl,
  connection: { dir },
  sink: () => {
    sinkFile = `out-${++n}.jsonl`;
    return { file: sinkFile, key: ['id'] };
  },
  readBack: async () => (existsSync(join(dir, sinkFile)) ? readLines(join(dir, sinkFile)) : []),
});

testSource('jsonl', {
  connector: jsonl,
  connection: { dir },
  source: { file: 'in.jsonl' },
  async seed(records) {
    writeFileSync(join(dir, 'in.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  },
});
