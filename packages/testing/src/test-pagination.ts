import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncRecord } from '@syncengine/engine';
import { createHarness, kitRecords, type ConnectorUnderTest } from './create-harness.js';

/** What a paginated response is: its JSON body and optional headers (e.g. `link`). */
export interface PageResponse {
  body: unknown;
  headers?: Record<string, string>;
}

/** How `testPagination` drives one pagination style of an HTTP source connector. */
export interface PaginationTarget {
  /** The HTTP source connector (a definition or a registry loader), e.g. `BUILTIN_CONNECTORS.http`. */
  connector: ConnectorUnderTest;
  /** The source options that select the style, e.g. `{ path: '/items', records_path: 'data', pagination: {...} }`. */
  source: Record<string, unknown>;
  /** Records per page that `source` asks for. */
  pageSize: number;
  /**
   * Serves one request of this style over `records`, as the API would: the request URL (path and
   * query, the base URL is a local server) to the page. `baseUrl` is for links to the next page.
   */
  respond(url: URL, records: SyncRecord[], baseUrl: string): PageResponse;
  /** The connection block, without `type`. @default `{ base_url }` */
  connection?(baseUrl: string): Record<string, unknown>;
}

/**
 * The behaviour every pagination style must have, against a real local server: every record read
 * once and in order, for an empty result, one short page, exactly one full page, and several pages,
 * with no more requests than pages plus the one that finds the end.
 *
 * @example
 * ```ts
 * testPagination('page', { connector: BUILTIN_CONNECTORS.http!, pageSize: 2, source, respond })
 * ```
 */
export function testPagination(name: string, target: PaginationTarget): void {
  describe(`pagination conformance: ${name}`, () => {
    const harness = createHarness(target.connector);
    let server: Server;
    let baseUrl = '';
    let records: SyncRecord[] = [];
    const requests: string[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        requests.push(req.url ?? '/');
        const page = target.respond(new URL(req.url ?? '/', baseUrl), records, baseUrl);
        res.writeHead(200, { 'content-type': 'application/json', ...page.headers });
        res.end(JSON.stringify(page.body));
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((done) => server.close(done)));

    const size = target.pageSize;
    it.each([
      ['no records', 0],
      ['one short page', 1],
      ['exactly one full page', size],
      ['several pages and a short last one', 2 * size + 1],
      ['several full pages', 3 * size],
    ])('reads %s once each, in order', async (_label, count) => {
      records = kitRecords(count);
      requests.length = 0;
      const connection = target.connection?.(baseUrl) ?? { base_url: baseUrl };
      const { result, batches } = await harness.run({ connection, source: target.source });
      expect(result.error).toBeUndefined();
      expect(batches.flat().map((r) => Number(r.id))).toEqual(records.map((r) => r.id));
      const pages = Math.ceil(count / size);
      expect(requests.length).toBeGreaterThanOrEqual(Math.max(pages, 1));
      expect(requests.length).toBeLessThanOrEqual(pages + 1);
    });
  });
}
