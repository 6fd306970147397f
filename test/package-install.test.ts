import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineLockfile } from './_offline-lockfile.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const PACKED = ['@syncengine/engine', '@syncengine/connectors'];
/** Packed and checked, not installed: it needs vitest, which a consumer has in its own dev dependencies. */
const PACKED_ONLY = ['@syncengine/testing'];
let testingFiles: string[] = [];

/** Three records over two pages, as a REST API with `?page=` would serve them. */
const RECORDS = [
  { id: 1, name: 'Ada', updated_at: '2026-01-01T00:00:00Z' },
  { id: 2, name: 'Grace', updated_at: '2026-01-02T00:00:00Z' },
  { id: 3, name: 'Edsger', updated_at: '2026-01-03T00:00:00Z' },
];

const PIPELINE = `version: 1
name: installed
vars:
  base_url: http://127.0.0.1:1
connections:
  api:
    type: http
    base_url: \${vars.base_url}
  db:
    type: sqlite
    path: ./out.db
streams:
  people:
    primary_key: [id]
    source:
      connection: api
      path: /people
      records_path: data
      pagination:
        type: page
        size: 2
    sink:
      connection: db
      table: people
      mode: upsert
      key: [id]
      columns:
        id: integer
        name: text
        updated_at: text
`;

/** The consumer's script, valid both as plain ESM JavaScript and as strict TypeScript. */
const SCRIPT = `import { readFileSync } from 'node:fs';
import { createEngine, type RunResult } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';

const [dir, baseUrl] = process.argv.slice(2) as [string, string];
const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
const pipeline = await engine.parse(readFileSync(\`\${dir}/pipeline.yaml\`, 'utf8'), { file: 'pipeline.yaml', baseDir: dir }, { vars: { base_url: baseUrl } });
const result: RunResult = await engine.run(pipeline);
process.stdout.write(JSON.stringify({ status: result.status, error: result.error ?? null }));
`;

let project: string;
let server: Server;
let baseUrl: string;
const requests: string[] = [];

/** Runs a command in the temporary project, with the workspace's npm cache and no network. */
async function sh(file: string, args: string[], cwd = project) {
  return run(file, args, { cwd, env: { ...process.env, npm_config_offline: 'true' }, maxBuffer: 16 * 1024 * 1024 });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: RECORDS.slice((page - 1) * 2, page * 2) }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  project = mkdtempSync(join(tmpdir(), 'syncengine-install-'));
  const packs = join(project, 'packs');
  mkdirSync(packs);
  const { stdout: packOutput } = await sh(
    'npm',
    ['pack', '--json', '--pack-destination', packs, ...[...PACKED, ...PACKED_ONLY].flatMap((p) => ['-w', p])],
    ROOT,
  );
  const packResult = JSON.parse(packOutput) as { name: string; filename: string; files: { path: string }[] }[];
  testingFiles = packResult.find((p) => p.name === '@syncengine/testing')!.files.map((f) => f.path);
  const packedFiles = packResult
    .filter((p) => PACKED.includes(p.name))
    .map((p) => ({
      name: p.name,
      dir: `packages/${p.name.replace('@syncengine/', '')}`,
      tarball: `../packs/${p.filename}`,
    }));
  const app = join(project, 'app');
  mkdirSync(app);
  const { manifest, lockfile } = offlineLockfile(ROOT, packedFiles, ['better-sqlite3']);
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lockfile, null, 2));
  // Every package comes from the npm cache; better-sqlite3's native build is skipped (no network, no
  // compiler wanted) and the binary the workspace already built is copied in instead.
  await sh('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  cpSync(join(ROOT, 'node_modules/better-sqlite3/build'), join(app, 'node_modules/better-sqlite3/build'), { recursive: true });
  // The consumer's own Node typings (not under test): copied from the workspace.
  for (const types of ['@types/node', 'undici-types']) {
    cpSync(join(ROOT, 'node_modules', types), join(app, 'node_modules', types), { recursive: true });
  }
  writeFileSync(join(app, 'pipeline.yaml'), PIPELINE);
}, 170_000);

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (project) rmSync(project, { recursive: true, force: true });
});

function peopleRows(dir: string) {
  const db = new Database(join(dir, 'out.db'), { readonly: true });
  try {
    return db.prepare('select id, name from people order by id').all();
  } finally {
    db.close();
  }
}

describe('the npm pack tarballs installed into a fresh project', () => {
  it('carry a README and a LICENSE (testing too), and pull in no pg or mysql2', () => {
    const app = join(project, 'app');
    for (const name of PACKED) {
      for (const file of ['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']) {
        expect(existsSync(join(app, 'node_modules', name, file)), `${name}/${file}`).toBe(true);
      }
    }
    expect(testingFiles).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']));
    for (const driver of ['pg', 'pg-cursor', 'mysql2']) expect(existsSync(join(app, 'node_modules', driver)), driver).toBe(false);
    expect(existsSync(join(app, 'node_modules/kysely/package.json'))).toBe(true);
  });

  it('say which package to install when a driver is missing', async () => {
    const app = join(project, 'app');
    writeFileSync(
      join(app, 'missing.mjs'),
      `import { createStateStore } from '@syncengine/engine';
try { await createStateStore('postgres://sync@127.0.0.1:1/sync'); } catch (error) { process.stdout.write(error.message); }`,
    );
    const { stdout } = await sh('node', ['missing.mjs'], app);
    expect(stdout).toBe('the PostgreSQL state store needs the "pg" package, which is not installed: run `npm install pg`');
  }, 30_000);

  it('run a pipeline from plain Node ESM into SQLite', async () => {
    const app = join(project, 'app');
    writeFileSync(
      join(app, 'run.mjs'),
      SCRIPT.replace(', type RunResult', '').replace(' as [string, string]', '').replace(': RunResult', ''),
    );
    requests.length = 0;
    const { stdout } = await sh('node', ['run.mjs', app, baseUrl], app);
    expect(JSON.parse(stdout)).toEqual({ status: 'succeeded', error: null });
    expect(requests).toEqual(['/people?page=1', '/people?page=2']);
    expect(peopleRows(app)).toEqual([
      { id: 1, name: 'Ada' },
      { id: 2, name: 'Grace' },
      { id: 3, name: 'Edsger' },
    ]);
  }, 60_000);

  it('compile under strict NodeNext TypeScript and run', async () => {
    const app = join(project, 'app');
    const ts = join(project, 'ts');
    mkdirSync(ts, { recursive: true });
    cpSync(join(app, 'pipeline.yaml'), join(ts, 'pipeline.yaml'));
    writeFileSync(join(app, 'run.ts'), SCRIPT);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          skipLibCheck: false,
          types: ['node'],
          outDir: 'out',
        },
        files: ['run.ts'],
      }),
    );
    await sh('node', [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    const { stdout } = await sh('node', [join(app, 'out/run.js'), ts, baseUrl], app);
    expect(JSON.parse(stdout)).toEqual({ status: 'succeeded', error: null });
    expect(peopleRows(ts)).toHaveLength(3);
  }, 90_000);
});
