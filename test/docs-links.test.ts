import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every relative link and anchor in docs/ and the READMEs resolves, as GitHub renders them. */
const ROOT = resolve(import.meta.dirname, '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const FILES = [
  ...markdownFiles(join(ROOT, 'docs')),
  ...['README.md', 'pipelines/README.md'].map((f) => join(ROOT, f)).filter((f) => existsSync(f)),
];

/** The text outside fenced code blocks and inline code, where links are links. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '``');
}

/** GitHub's anchor of a heading: lower case, markup and punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map<string, Set<string>>();
/** The anchors a markdown file offers: one per heading (duplicates numbered) and explicit ids. */
function anchors(file: string): Set<string> {
  let found = anchorCache.get(file);
  if (found) return found;
  found = new Set<string>();
  const text = readFileSync(file, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const seen = new Map<string, number>();
  for (const match of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const match of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) found.add(match[1]!);
  anchorCache.set(file, found);
  return found;
}

/** Links of a file that do not resolve, as `target: why`. */
function brokenLinks(file: string): string[] {
  const problems: string[] = [];
  const text = prose(readFileSync(file, 'utf8'));
  const targets = [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s+(\S+)/gm)].map((m) => m[1]!),
  ];
  for (const target of targets) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, ...
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const linked = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
    if (!existsSync(linked)) {
      problems.push(`${target}: ${relative(ROOT, linked)} does not exist`);
      continue;
    }
    if (anchor !== undefined && linked.endsWith('.md') && !anchors(linked).has(decodeURIComponent(anchor).toLowerCase())) {
      problems.push(`${target}: no heading of ${relative(ROOT, linked)} has the anchor #${anchor}`);
    }
  }
  return problems;
}

describe('links in the documentation', () => {
  it('finds the docs and READMEs', () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  it.each(FILES.map((f) => [relative(ROOT, f), f] as const))('%s: every relative link and anchor resolves', (_name, file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it('makes GitHub-style anchors', () => {
    expect(slug('Environment variables: `${env.NAME}`')).toBe('environment-variables-envname');
    expect(slug('Retries, timeouts, rate limits and the circuit breaker')).toBe('retries-timeouts-rate-limits-and-the-circuit-breaker');
    expect(slug('`syncengine check`')).toBe('syncengine-check');
  });
});

describe('examples in the command line help', () => {
  it('name pipeline files that exist', () => {
    const main = readFileSync(join(ROOT, 'packages/cli/src/main.ts'), 'utf8');
    const examples = [...main.matchAll(/\.example\('([^']+)'\)/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThan(5);
    const files = examples.flatMap((e) => e.split(/\s+/).filter((w) => w.endsWith('.yaml') && !w.includes('*')));
    expect(files.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });
});
