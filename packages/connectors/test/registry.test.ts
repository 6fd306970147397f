import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BUILTIN_CONNECTORS } from '../src/index.js';

it('registers exactly the connector files on disk, each under its own name', async () => {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const onDisk = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('-connector.ts'))
    .map((f) => f.split('/').pop()!.replace('-connector.ts', ''))
    .sort();
  expect(Object.keys(BUILTIN_CONNECTORS).sort()).toEqual(onDisk);
  for (const [name, load] of Object.entries(BUILTIN_CONNECTORS)) {
    const definition = await load();
    expect(definition.name).toBe(name);
    expect(definition.source ?? definition.sink).toBeDefined();
  }
});
