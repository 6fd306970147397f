/**
 * The examples of docs/transforms.md do what the page says: each complete pipeline followed by an
 * `Input:` and an `Output:` block is run against a local HTTP server that answers with the input
 * (under the stream's `records_path`), and what its sink receives (a dry run) equals the output.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createEngine, createSqliteStateStore } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';

const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
const text = readFileSync('docs/transforms.md', 'utf8');

interface Example {
  where: string;
  yaml: string;
  input: unknown[];
  output: unknown[];
}

const EXAMPLE = /```yaml\n([\s\S]*?)```\s*\nInput:\s*\n\s*```json\n([\s\S]*?)```\s*\nOutput:\s*\n\s*```json\n([\s\S]*?)```/g;
const json = (block: string): unknown[] | undefined => {
  try {
    return JSON.parse(block) as unknown[];
  } catch {
    return undefined; // an illustration in prose (several shapes, comments), not one data set
  }
};
const examples: Example[] = [...text.matchAll(EXAMPLE)].flatMap((m) => {
  const input = json(m[2]!);
  const output = json(m[3]!);
  if (!/^version: 1\b/m.test(m[1]!) || !input || !output) return [];
  return [{ where: `docs/transforms.md:${text.slice(0, m.index).split('\n').length + 1}`, yaml: m[1]!, input, output }];
});

let served: unknown = [];
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(served));
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Points every http connection at the local server, and sends the examples' sinks to a dry run. */
function localise(yaml: string): { yaml: string; recordsPath?: string } {
  const doc = parse(yaml) as {
    connections: Record<string, { type: string; base_url?: string }>;
    streams: Record<string, { source: { records_path?: string } }>;
  };
  let out = yaml;
  for (const connection of Object.values(doc.connections)) if (connection.base_url) out = out.split(connection.base_url).join(base);
  const [stream] = Object.values(doc.streams);
  return { yaml: out, recordsPath: stream?.source.records_path };
}

describe('docs/transforms.md examples', () => {
  it('has the examples of nested targets and each', () => {
    const all = examples.map((e) => e.yaml).join('\n');
    for (const construct of ['primaryVendor.vendorId:', 'vendor.contact.email:', 'key: FieldKey', 'discounts: { each:'])
      expect(all).toContain(construct);
  });
  it.each(examples.map((e) => [e.where, e] as const))('%s gives its output', async (_where, example) => {
    const { yaml, recordsPath } = localise(example.yaml);
    served = recordsPath ? { [recordsPath]: example.input } : example.input;
    const env = Object.fromEntries([...yaml.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => [m[1]!, 'placeholder']));
    const pipeline = await engine.parse(yaml, { file: 'example.yaml', baseDir: '/tmp' }, { env });
    const state = await createSqliteStateStore({ path: ':memory:' });
    const lines: string[] = [];
    try {
      const result = await engine.run(pipeline, { state, dryRun: true, output: { write: (t: string) => lines.push(t) } });
      expect(result.status, JSON.stringify(result.streams.map((s) => s.error))).toBe('succeeded');
    } finally {
      await state.close();
    }
    const records = lines
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { record: unknown }).record);
    expect(records).toEqual(example.output);
  });
});
