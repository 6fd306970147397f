import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, formatConfigIssue, PipelineConfigError } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';

const engine = createEngine({ connectors: BUILTIN_CONNECTORS });

/** Every `${env.NAME}` gets a placeholder, so examples validate without real credentials. */
function placeholderEnv(text: string): Record<string, string> {
  const names = [
    ...[...text.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!),
    // `secrets: { x: { env: NAME } }` providers read NAME too.
    ...[...text.matchAll(/\benv:\s*["']?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!),
  ];
  return Object.fromEntries(names.map((name) => [name, `placeholder-${name}`]));
}

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f) && !f.includes('node_modules'))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

async function expectValid(text: string, file: string, baseDir: string) {
  try {
    // Like `syncengine validate`: secret commands and files are not run or read.
    const pipeline = await engine.parse(text, { file, baseDir }, { env: placeholderEnv(text), dotenv: false, resolveSecrets: false });
    expect(engine.plan(pipeline).streams.length).toBeGreaterThan(0);
  } catch (error) {
    if (error instanceof PipelineConfigError) throw new Error(error.issues.map(formatConfigIssue).join('\n'));
    throw error;
  }
}

describe('every shipped pipeline validates and plans', () => {
  const files = [...yamlFiles('pipelines'), ...yamlFiles('examples')];
  it('there is at least the quickstart', () => {
    expect(files).toContain(join('examples', 'quickstart', 'quickstart.yaml'));
  });
  it.each(files)('%s', async (file) => {
    await expectValid(readFileSync(file, 'utf8'), file, join(file, '..'));
  });
});

describe('every complete pipeline example in docs/ and README.md validates', () => {
  const docs = [
    'README.md',
    ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];
  const blocks = docs.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
      .filter((m) => /^(\s*#.*\n)*\s*version: 1\b/.test(m[1]!))
      .map((m) => {
        const line = text.slice(0, m.index).split('\n').length + 1;
        return [`${relative('.', file)}:${line}`, m[1]!] as const;
      });
  });
  it.each(blocks.length ? blocks : ([['(none yet)', '']] as const))('%s', async (where, yaml) => {
    if (!yaml) return;
    await expectValid(yaml, where, process.cwd());
  });
});
