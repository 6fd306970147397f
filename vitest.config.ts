import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.js';

/**
 * Tests run against the TypeScript sources, never a stale build: every entry of a package's
 * `exports` (`@syncengine/engine`, `@syncengine/engine/errors`, ...) is aliased to its `source` file.
 * Subpaths come first, so `@syncengine/engine` does not swallow `@syncengine/engine/errors`.
 */
function sourceAliases(pkg: string): { find: string; replacement: string }[] {
  const dir = new URL(`./packages/${pkg}/`, import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
    name: string;
    exports: Record<string, { source: string }>;
  };
  return Object.entries(manifest.exports)
    .map(([subpath, entry]) => ({
      find: `${manifest.name}${subpath.slice(1)}`,
      replacement: fileURLToPath(new URL(entry.source, dir)),
    }))
    .sort((a, b) => b.find.length - a.find.length);
}

export default defineConfig({
  resolve: {
    alias: ['engine', 'connectors', 'fakes', 'testing'].flatMap(sourceAliases),
  },
  test: {
    projects,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
