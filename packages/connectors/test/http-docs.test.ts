/**
 * Every YAML example in docs/http-source.md validates. Complete pipelines (`version: 1`) are also
 * checked by the repository's examples test; fragments (a `connections:` or `streams:` part) are
 * completed here with what they leave out (a placeholder http connection for each connection
 * they name, a stdout sink, a stream for a lone connection) and validated and planned.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatConfigIssue, PipelineConfigError } from '@syncengine/engine';
import { engine } from './_run.js';

const DOC = fileURLToPath(new URL('../../../docs/http-source.md', import.meta.url));
const text = readFileSync(DOC, 'utf8');
const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => ({
  line: text.slice(0, m.index).split('\n').length + 1,
  yaml: m[1]!,
}));

type Block = Record<string, unknown>;

/** Completes a fragment into a pipeline. */
function complete(fragment: Block): Block {
  const connections = { ...(fragment.connections as Record<string, Block> | undefined) };
  const streams = { ...(fragment.streams as Record<string, Block> | undefined) };
  const named = new Set<string>();
  for (const stream of Object.values(streams)) {
    named.add(String((stream.source as Block).connection));
    const from = (stream.partitions as Block | undefined)?.from as Block | undefined;
    if (from?.source) named.add(String((from.source as Block).connection));
    stream.sink ??= { connection: 'out' };
  }
  for (const name of named) connections[name] ??= { type: 'http', base_url: 'https://api.example.com' };
  connections.out = { type: 'stdout' };
  if (Object.keys(streams).length === 0) {
    for (const name of Object.keys(connections).filter((n) => n !== 'out'))
      streams[`read_${name}`] = { source: { connection: name, path: '/x' }, sink: { connection: 'out' } };
  }
  return { version: 1, name: 'doc_example', connections, streams };
}

function placeholderEnv(yaml: string): Record<string, string> {
  return Object.fromEntries([...yaml.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => [m[1]!, `placeholder-${m[1]}`]));
}

describe('docs/http-source.md', () => {
  it('has an example for every auth style, pagination style and since option', () => {
    const all = blocks.map((b) => b.yaml).join('\n');
    for (const auth of ['bearer', 'api_key', 'basic', 'oauth2_client_credentials', 'oauth2_refresh_token', 'session'])
      expect(all).toMatch(new RegExp(`type: ${auth}\\b`));
    for (const style of ['page', 'offset', 'cursor', 'next_url', 'link_header']) expect(all).toMatch(new RegExp(`type: ${style}\\b`));
    for (const key of ['param:', 'in: body', 'value:', 'format: iso', 'format: unix', 'format: "%', 'lookback_s:', 'timezone:'])
      expect(all).toContain(key);
    for (const key of [
      'query_param:',
      'body_format: json',
      'client_auth: basic',
      'token_headers:',
      'token_params:',
      'prefix: ""',
      'token_lifetime_s:',
    ])
      expect(all).toContain(key);
    for (const key of [
      'interval_ms:',
      'requests_per_second:',
      'requests_per_minute:',
      'burst:',
      'max_concurrent:',
      'circuit_breaker:',
      'format: csv',
      'method: POST',
    ])
      expect(all).toContain(key);
  });

  it.each(blocks.map((b) => [`line ${b.line}`, b] as const))('the example at %s validates', async (_where, block) => {
    const complete_ = /^(\s*#.*\n)*\s*version: 1\b/.test(block.yaml);
    const yaml = complete_ ? block.yaml : stringify(complete(parse(block.yaml) as Block));
    try {
      const pipeline = await engine.parse(
        yaml,
        { file: `docs/http-source.md:${block.line}`, baseDir: '/tmp' },
        { env: placeholderEnv(yaml), dotenv: false },
      );
      expect(engine.plan(pipeline).streams.length).toBeGreaterThan(0);
    } catch (error) {
      if (error instanceof PipelineConfigError) throw new Error(`${error.issues.map(formatConfigIssue).join('\n')}\n${yaml}`);
      throw error;
    }
  });
});
