/**
 * The benchmark's child processes run built JavaScript, as users do (`node packages/cli/dist/bin.js`):
 * not under tsx, whose loader alone starts a process near 180 MiB of RSS and compiles TypeScript on
 * the fly. `buildBenchCase` brings the packages' dist up to date (`tsc -b`, quick when it is) and
 * transpiles the bench's own modules into node_modules/.cache/syncengine-bench, where `@syncengine/*`
 * resolve to the packages' dist.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');
const PROJECTS = ['engine', 'connectors', 'fakes', 'cli'].map((p) => `packages/${p}/tsconfig.build.json`);

/** Builds the packages and the bench's modules; returns the path of the built `_write-case.js`. */
export function buildBenchCase(): string {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', ...PROJECTS], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, ['packages/engine/scripts/bundle-yaml.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const out = join(ROOT, 'node_modules', '.cache', 'syncengine-bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  for (const file of readdirSync(import.meta.dirname)) {
    if (!file.startsWith('_') || !file.endsWith('.ts') || file === '_built-case.ts') continue;
    const { outputText } = ts.transpileModule(readFileSync(join(import.meta.dirname, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: file,
    });
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), outputText);
  }
  return join(out, '_write-case.js');
}
