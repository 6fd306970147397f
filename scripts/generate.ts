/**
 * Regenerates the files derived from the JSON Schemas (the single source of truth):
 * the engine's pipeline types and docs/pipeline-reference.md. `npm run generate`;
 * a test fails when a committed file differs from what this produces.
 */
import { writeFile } from 'node:fs/promises';
import { GENERATED_FILES } from './generated-files.js';

for (const file of GENERATED_FILES) {
  await writeFile(file.path, await file.render());
  console.log(`wrote ${file.path}`);
}
