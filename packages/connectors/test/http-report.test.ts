import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStateStore } from '@syncengine/engine';
import { runYaml } from './_run.js';
import { startTestServer } from './_test-server.js';

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A generic report API: POST /exports -> 202 {job: {id}}, GET /exports/:id -> {state, file}, with Retry-After while it runs. */
async function reportApi(options: { pollsBeforeDone: number; retryAfter?: string; body: Buffer; gzip?: boolean }) {
  let created = 0;
  let polls = 0;
  let failing = false;
  const storage = await startTestServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(options.body);
  });
  const api = await startTestServer((req, res) => {
    if (req.method === 'POST' && req.path === '/exports') {
      created += 1;
      return res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ job: { id: `job-${created}` } }));
    }
    const match = /^\/exports\/(job-\d+)$/.exec(req.path);
    if (!match) return res.writeHead(404).end('{}');
    polls += 1;
    if (failing) return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ state: 'error' }));
    const done = polls > options.pollsBeforeDone;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (!done && options.retryAfter) headers['retry-after'] = options.retryAfter;
    return res
      .writeHead(200, headers)
      .end(
        JSON.stringify(
          done
            ? { state: 'finished', file: { href: `${storage.url}/files/${match[1]}.bin`, encoding: options.gzip ? 'gzip' : null } }
            : { state: 'running' },
        ),
      );
  });
  servers.push(storage, api);
  return {
    api,
    storage,
    created: () => created,
    polls: () => polls,
    /** Every report is done from the next poll on. */
    finish: () => (options.pollsBeforeDone = 0),
    /** Every report ends in error from the next poll on. */
    fail: (on: boolean) => (failing = on),
  };
}

const pipeline = (url: string, format: string, extra = '') => `
version: 1
name: reports
connections:
  api: { type: http, base_url: "${url}", auth: { type: bearer, token: secret-token-1234 } }
  out: { type: stdout }
streams:
  rows:
    source:
      connection: api
      path: /exports
      method: POST
      body: { kind: customers }
      format: ${format}
      pagination: { type: none }
      report:
        id_path: job.id
        status: { path: "/exports/\${report.id}", status_path: state, done: [finished], failed: [error], interval_ms: 5000 }
        url_path: file.href
        compression_path: file.encoding
        page_size: 2
${extra}
    sink: { connection: out }
`;

describe('http source report jobs', () => {
  it('polls as Retry-After says, downloads the gzipped CSV without the credentials, and decodes it in pages', async () => {
    const csv = 'id,name\n1,"Ana, Lda"\n2,Bo\n3,Cy\n';
    const api = await reportApi({ pollsBeforeDone: 2, retryAfter: '0.2', body: gzipSync(csv), gzip: true });
    const started = performance.now();
    const { result, output } = await runYaml(pipeline(api.api.url, 'csv'), { dryRun: true });
    expect(result.status, result.streams[0]?.error).toBe('succeeded');
    // Retry-After (0.2 s) replaced the 5 s interval.
    expect(performance.now() - started).toBeLessThan(4000);
    expect(api.polls()).toBe(3);
    const records = output
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { record: unknown }).record);
    expect(records).toEqual([
      { id: '1', name: 'Ana, Lda' },
      { id: '2', name: 'Bo' },
      { id: '3', name: 'Cy' },
    ]);
    expect(api.api.requests.every((r) => r.headers.authorization === 'Bearer secret-token-1234')).toBe(true);
    expect(api.storage.requests.map((r) => r.headers.authorization)).toEqual([undefined]);
  });

  it('a stopped run resumes its report from the state store; a failed report fails the stream and is asked for again next time', async () => {
    const api = await reportApi({ pollsBeforeDone: Infinity, retryAfter: '0.05', body: Buffer.from('{"id":1}\n{"id":2}\n') });
    const state = await createSqliteStateStore({ path: ':memory:' });
    const controller = new AbortController();
    const first = runYaml(pipeline(api.api.url, 'jsonl'), { state, signal: controller.signal });
    while (api.polls() < 2) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    expect((await first).result.status).toBe('aborted');
    expect(api.created()).toBe(1);

    api.finish();
    const resumed = await runYaml(pipeline(api.api.url, 'jsonl'), { state });
    expect(resumed.result.status, resumed.result.streams[0]?.error).toBe('succeeded');
    expect(resumed.result.streams[0]?.recordsRead).toBe(2);
    expect(api.created()).toBe(1);
    expect(api.api.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      '/exports/job-1',
      '/exports/job-1',
      '/exports/job-1',
    ]);

    // Read to the end: the next run asks for a new report, which fails.
    api.fail(true);
    const failed = await runYaml(pipeline(api.api.url, 'jsonl'), { state });
    expect(failed.result.status).toBe('failed');
    expect(failed.result.streams[0]?.error).toMatch(/report job-2 ended error/);
    api.fail(false);
    const again = await runYaml(pipeline(api.api.url, 'jsonl'), { state });
    expect(again.result.status).toBe('succeeded');
    expect(api.created()).toBe(3);
  });
});
