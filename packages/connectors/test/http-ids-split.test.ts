/**
 * An `ids` run whose source options take all ids at once (`${ids_csv}`, `${ids}`) is split into
 * requests of at most `ids_split.max_ids` ids and `ids_split.max_url_length` URL characters,
 * against a real server on loopback that refuses long URLs as real ones do (431).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { httpPipeline } from './_http-harness.js';
import { runYaml } from './_run.js';

/** Longest request line the server accepts, like a proxy with an 8 KB limit. */
const SERVER_LIMIT = 8192;
let api: { url: string; close: () => Promise<void> };
/** Request URLs exactly as sent, in arrival order. */
const urls: string[] = [];

beforeAll(async () => {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    urls.push(url);
    const query = new URL(url, 'http://x').searchParams;
    const reply = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.length > SERVER_LIMIT) return reply(431, { message: 'Request Header Fields Too Large' });
    if (url.startsWith('/products?')) {
      return reply(200, {
        data: (query.get('ids') ?? '')
          .split(',')
          .filter(Boolean)
          .map((id) => ({ id, name: `product ${id}` })),
      });
    }
    if (url.startsWith('/search?')) {
      // `${ids}` renders as a JSON list inside a larger string.
      const ids = JSON.parse(/^id in (\[.*\])$/.exec(query.get('q') ?? '')?.[1] ?? '[]') as string[];
      return reply(200, { data: ids.map((id) => ({ id })) });
    }
    return reply(404, { message: 'no route' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
});
afterAll(() => api.close());
beforeEach(() => {
  urls.length = 0;
});

const pipeline = (ids: string, source = 'path: /products') =>
  httpPipeline(`base_url: ${api.url}\nretries: 0`, `${source}\nrecords_path: data`, `strategies:\n  ids:\n    source: { ${ids} }`);
const idList = (n: number, width = 7) => Array.from({ length: n }, (_, i) => String(1_000_000 + i).padStart(width, '0'));
const sentIds = () => urls.flatMap((u) => new URL(u, 'http://x').searchParams.get('ids')!.split(','));

describe('ids runs are split into bounded requests', () => {
  it('sends 2,000 merged ids as requests of at most 100 ids (the default), reading every record once', async () => {
    const ids = idList(2000);
    const { result } = await runYaml(pipeline('params: { ids: "${ids_csv}" }'), { strategy: 'ids', ids, dryRun: true });
    expect(result.streams[0]!.error).toBeUndefined();
    expect(result.streams[0]!.recordsRead).toBe(2000);
    expect(urls).toHaveLength(20);
    expect(urls.map((u) => new URL(u, 'http://x').searchParams.get('ids')!.split(',').length)).toEqual(Array(20).fill(100));
    expect(sentIds()).toEqual(ids);
  });

  it('keeps every URL within max_url_length, even when max_ids would allow more', async () => {
    const ids = idList(3000, 12);
    const { result } = await runYaml(pipeline('params: { ids: "${ids_csv}" }, ids_split: { max_ids: 5000, max_url_length: 4000 }'), {
      strategy: 'ids',
      ids,
      dryRun: true,
    });
    expect(result.streams[0]!.error).toBeUndefined();
    expect(result.streams[0]!.recordsRead).toBe(3000);
    const lengths = urls.map((u) => `${api.url}${u}`.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(4000);
    // Full groups: only the last may be shorter than the URL limit allows.
    expect(Math.min(...lengths.slice(0, -1))).toBeGreaterThan(4000 - 14);
    expect(sentIds()).toEqual(ids);
  });

  it('splits `${ids}` inside a larger string the same way, and leaves other references to the engine', async () => {
    const ids = idList(250);
    const { result } = await runYaml(pipeline('params: { q: "id in ${ids}", run: "${stream.name}" }', 'path: /search'), {
      strategy: 'ids',
      ids,
      dryRun: true,
    });
    expect(result.streams[0]!.error).toBeUndefined();
    expect(result.streams[0]!.recordsRead).toBe(250);
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(new URL(url, 'http://x').searchParams.get('run')).toBe('items');
  });

  it('an id containing ${ is sent as it is, not read as a reference', async () => {
    const { result } = await runYaml(pipeline('params: { ids: "${ids_csv}" }'), {
      strategy: 'ids',
      ids: ['a${stream.name}', 'b'],
      dryRun: true,
    });
    expect(result.streams[0]!.error).toBeUndefined();
    expect(sentIds()).toEqual(['a${stream.name}', 'b']);
  });
});
