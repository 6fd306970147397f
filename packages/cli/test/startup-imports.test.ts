import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'syncengine-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A module resolve hook (it runs on the loader thread) that appends every URL it resolves to a file.
const HOOK = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.LOADED_FILE, result.url + '\\n');
  return result;
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

let runs = 0;

/** The module URLs the built CLI loads for `args`. */
function loadedBy(args: string[]): string[] {
  const file = join(dir, `loaded-${(runs += 1)}`);
  execFileSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], {
    env: { ...process.env, LOADED_FILE: file },
    stdio: 'ignore',
    timeout: 60_000,
  });
  return readFileSync(file, 'utf8').trim().split('\n');
}

const HEAVY =
  /\/node_modules\/(kysely|pg|mysql2|better-sqlite3|hono|@hono|ajv|croner|temporal-polyfill|csv-parse)\/|\/packages\/(engine|connectors)\//;

describe('start-up of the built CLI', () => {
  it('--help and --version load the command line only: no engine, connector, database driver or server module', () => {
    for (const args of [['--help'], ['--version']]) {
      const loaded = loadedBy(args);
      expect(loaded.some((url) => url.includes('/node_modules/cac/'))).toBe(true);
      expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
    }
  });

  it('a command loads what it needs when it runs: validate loads the engine', () => {
    const loaded = loadedBy(['validate', join(ROOT, 'examples/quickstart/quickstart.yaml')]);
    expect(loaded.some((url) => url.includes('/packages/engine/'))).toBe(true);
  });
});
