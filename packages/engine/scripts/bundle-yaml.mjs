/**
 * Writes dist/config/_yaml-bundle.cjs: the installed yaml package (its Node build) as one CommonJS
 * file, which `src/config/_yaml.ts` loads instead of the package's ~75 files (start-up of
 * `syncengine validate`). Without esbuild (or before a build) the engine loads the package itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL('../dist/config/_yaml-bundle.cjs', import.meta.url));
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle-yaml: esbuild is not installed; the engine loads the yaml package file by file');
  process.exit(0);
}
const entry = require.resolve('yaml');
const { version, license } = JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8'));
await esbuild.build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'eof',
  banner: { js: `/* yaml ${version} (${license} license, https://eemeli.org/yaml/), bundled by scripts/bundle-yaml.mjs */` },
  logLevel: 'warning',
});
