// Runs after the build: tsc writes dist/bin.js without the executable bit, so the `syncengine`
// link npm makes to it (node_modules/.bin/syncengine) could not be run on a fresh clone.
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')) {
  console.error(`${bin} does not start with "#!/usr/bin/env node": keep the shebang in packages/cli/src/bin.ts`);
  process.exit(1);
}
chmodSync(bin, statSync(bin).mode | 0o111);
