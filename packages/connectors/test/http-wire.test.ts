/**
 * What the HTTP source does on the wire, as `fetch` did before it: compressed answers read, redirects
 * followed (a credential never sent to another origin), the status text in errors. Two real servers on
 * 127.0.0.1 stand for an API and another origin.
 */
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRun, httpPipeline } from './_http-harness.js';
import { startTestServer } from './_test-server.js';

const page = (from: number) => JSON.stringify({ data: [{ id: from }, { id: from + 1 }] });

let other: Awaited<ReturnType<typeof startTestServer>>;
let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  other = await startTestServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(page(Number(req.query.from ?? 100)));
  });
  api = await startTestServer((req, res) => {
    const encoded: Record<string, (text: string) => Buffer> = {
      '/gzip': (t) => gzipSync(t),
      '/br': (t) => brotliCompressSync(t),
      '/deflate': (t) => deflateSync(t),
      '/deflate-raw': (t) => deflateRawSync(t),
    };
    if (encoded[req.path]) {
      const coding = req.path === '/deflate-raw' ? 'deflate' : req.path.slice(1);
      return res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding }).end(encoded[req.path]!(page(1)));
    }
    if (req.path === '/moved') return res.writeHead(301, { location: '/here?from=5' }).end();
    if (req.path === '/elsewhere') return res.writeHead(302, { location: `${other.url}/there?from=7` }).end();
    if (req.path === '/here') return res.writeHead(200, { 'content-type': 'application/json' }).end(page(Number(req.query.from)));
    return res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"no such path"}');
  });
});
afterAll(async () => {
  await api.close();
  await other.close();
});

const read = (path: string, connection = '') =>
  dryRun(httpPipeline(`base_url: ${api.url}\nretries: 0${connection}`, `path: ${path}\nrecords_path: data`));

describe('the HTTP source on the wire', () => {
  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('reads an answer compressed with Content-Encoding (%s)', async (path) => {
    const { result, records } = await read(path);
    expect(result.status).toBe('succeeded');
    expect(records).toEqual([{ id: 1 }, { id: 2 }]);
    // It asked for compression, as fetch does.
    expect(api.requests.at(-1)!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('follows a redirect on the same origin, credentials included', async () => {
    const { result, records } = await read('/moved', '\nauth: { type: bearer, token: sekret-token }');
    expect(result.status).toBe('succeeded');
    expect(records).toEqual([{ id: 5 }, { id: 6 }]);
    expect(api.requests.slice(-2).map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/moved', 'Bearer sekret-token'],
      ['/here', 'Bearer sekret-token'],
    ]);
  });

  it('follows a redirect to another origin without the credentials', async () => {
    const { result, records } = await read('/elsewhere', '\nauth: { type: bearer, token: sekret-token }');
    expect(result.status).toBe('succeeded');
    expect(records).toEqual([{ id: 7 }, { id: 8 }]);
    expect(other.requests.at(-1)!.path).toBe('/there');
    expect(other.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('names the status and its text in the error', async () => {
    const { result } = await read('/missing');
    expect(result.status).toBe('failed');
    expect(result.error).toContain('404 Not Found: no such path');
  });
});
