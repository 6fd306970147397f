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
