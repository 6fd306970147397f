import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The test projects, one per package. Vitest 4 no longer reads workspace files by itself:
 * vitest.config.ts imports this list as `test.projects`.
 */
export default [
  { extends: true, test: { name: 'engine', root: './packages/engine', include: ['test/**/*.test.ts'] } },
  { extends: true, test: { name: 'connectors', root: './packages/connectors', include: ['test/**/*.test.ts'] } },
  { extends: true, test: { name: 'testing', root: './packages/testing', include: ['test/**/*.test.ts'] } },
  { extends: true, test: { name: 'cli', root: './packages/cli', include: ['test/**/*.test.ts'] } },
  { extends: true, test: { name: 'fakes', root: './packages/fakes', include: ['test/**/*.test.ts'] } },
  { extends: true, test: { name: 'examples', root: '.', include: ['examples/**/*.test.ts', 'test/**/*.test.ts'] } },
] satisfies TestProjectInlineConfiguration[];
