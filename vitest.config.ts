import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.js';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, never a stale build.
    alias: {
      '@syncengine/engine': src('engine'),
      '@syncengine/connectors': src('connectors'),
      '@syncengine/fakes': src('fakes'),
      '@syncengine/testing': src('testing'),
    },
  },
  test: {
    projects,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
