import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../scripts/generated-files.js';

describe('files generated from the JSON Schemas', () => {
  it.each(GENERATED_FILES.map((f) => [relative(process.cwd(), f.path), f] as const))(
    '%s is up to date (run `npm run generate`)',
    async (_name, file) => {
      const committed = await readFile(file.path, 'utf8');
      expect(committed, `${file.path} is stale: run npm run generate and commit the result`).toBe(await file.render());
    },
  );
});

describe('docs/pipeline-reference.md', () => {
  /** The rows of one connector's "Connection options" table, by key. */
  async function connectionRows(connector: string): Promise<Map<string, string[]>> {
    const text = await readFile('docs/pipeline-reference.md', 'utf8');
    const section = text.split(`### \`${connector}\``)[1]!.split('#### Stream')[0]!;
    const rows = section.split('\n').filter((l) => l.startsWith('| `connections.'));
    return new Map(rows.map((l) => l.split(' | ').map((c) => c.replace(/^\| /, '')) as string[]).map((cells) => [cells[0]!, cells]));
  }
  const defaultOf = (rows: Map<string, string[]>, key: string) => rows.get(`\`connections.<name>.${key}\``)?.[3];

  it("shows the http connector's defaults and, for a preset, the value the preset applies", async () => {
    const http = await connectionRows('http');
    expect(defaultOf(http, 'timeout_ms')).toBe('`30000`');
    expect(defaultOf(http, 'retries')).toBe('`3`');
    const catsy = await connectionRows('catsy');
    expect(defaultOf(catsy, 'timeout_ms')).toBe('`60000`');
    expect(defaultOf(catsy, 'retries')).toBe('`5`');
    expect(defaultOf(catsy, 'rate_limit')).toBe('`{"interval_ms":500}`');
    const ploomes = await connectionRows('ploomes');
    expect(defaultOf(ploomes, 'timeout_ms')).toBe('`30000`');
  });
});
