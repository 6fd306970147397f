import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, formatConfigIssue, PipelineConfigError } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';

const engine = createEngine({ connectors: BUILTIN_CONNECTORS });

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
    // Like `syncengine validate` on a fresh clone: no environment, secret commands and files not run or read.
    const warnings: string[] = [];
    const pipeline = await engine.parse(
      text,
      { file, baseDir },
      { env: {}, dotenv: false, resolveSecrets: false, unsetEnv: 'warning', onWarning: (issue) => warnings.push(issue.message) },
    );
    expect(engine.plan(pipeline).streams.length).toBeGreaterThan(0);
    for (const warning of warnings) expect(warning).toMatch(/environment variable [A-Za-z_][A-Za-z0-9_]* is not set/);
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
