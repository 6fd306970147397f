#!/usr/bin/env node
// The `syncengine` executable that npm links into node_modules/.bin. It is checked in (npm links
// bins before `npm ci` runs the build, and skips a target that does not exist yet); the command line
// itself is dist/bin.js, built by `npm run build`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  console.error(`syncengine is not built (${built.pathname} is missing): run npm run build`);
  process.exit(1);
}
await import(built.href);
