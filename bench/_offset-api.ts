/**
 * A local offset-paged JSON API for the benchmarks: `GET /items?offset=N&limit=M` answers
 * `{ data: [...], total }` after `latencyMs`, with records made on the fly (the data set is never
 * held in memory). It counts requests and the most it had in flight at once.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OffsetApi {
  readonly url: string;
  readonly stats: { requests: number; inFlight: number; maxInFlight: number };
  close(): Promise<void>;
}

/** Record `i` of the data set; `version` changes every field but the id (for update runs). */
export function benchRecord(i: number, version = 0) {
  return {
    id: i,
    code: i % 3 === 0 ? `CIA_LOC_${i}` : `SKU-${i}`,
    name: `Product ${i}${version ? ` v${version}` : ''}`,
    price: ((i % 1000) + version / 100).toFixed(2),
    qty: (i + version) % 17,
    warehouse: `W${i % 5}`,
    updated_at: new Date(Date.UTC(2026, 0, 1) + i * 1000 + version * 86_400_000).toISOString(),
  };
}

export async function startOffsetApi(options: { records: number; latencyMs: number; maxPage?: number }): Promise<OffsetApi> {
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const server = createServer((req, res) => {
    stats.requests += 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), options.maxPage ?? 1000);
    const data = [];
    for (let i = offset; i < Math.min(offset + limit, options.records); i++) data.push(benchRecord(i));
    const body = JSON.stringify({ data, total: options.records });
    setTimeout(() => {
      stats.inFlight -= 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    }, options.latencyMs);
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
