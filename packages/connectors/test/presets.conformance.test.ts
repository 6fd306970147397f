/**
 * The exported conformance kit over every preset connector, as a third-party connector runs it: a
 * local API answers each preset's requests in that API's shape (its envelope, its end-of-list marker,
 * its auth header), so a preset is proved with its own defaults (records path, paging, auth).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { SyncRecord } from '@syncengine/engine';
import { testSink, testSource } from '@syncengine/testing';
import { BUILTIN_CONNECTORS } from '../src/index.js';

/** The access token the local API hands out at every token endpoint. */
const TOKEN = 'kit-access-token';

/** How the local API answers one preset, and how the kit drives it. */
interface PresetApi {
  name: string;
  /** The connection block without `type`; `url` is the preset's own base URL on the local API. */
  connection(url: string): Record<string, unknown>;
  /** The stream's source options. */
  source: Record<string, unknown>;
  /** A list response of the API: the page of `records` that `query` asks for (all of them when it pages by a marker). */
  envelope(records: SyncRecord[], query: URLSearchParams): unknown;
  /** The header every data request must carry: name (lower case) and value. */
  auth: [string, string];
  /** The stream's sink options, for the presets whose API takes writes. */
  sink?: Record<string, unknown>;
  /** Set for the presets whose defaults read incrementally: the source options of such a stream. */
  incremental?: Record<string, unknown>;
}

/** The records from `offset`, at most `limit` of them, as an API paging by offset answers. */
const slice = (records: SyncRecord[], offset: string | null, limit: string | null) =>
  records.slice(Number(offset ?? 0), Number(offset ?? 0) + Number(limit ?? records.length));

const PRESETS: PresetApi[] = [
  {
    name: 'amazon-sp',
    connection: (url) => ({
      base_url: url,
      token_url: `${url}/token`,
      refresh_token: 'Atzr|kit',
      client_id: 'kit',
      client_secret: 'kit-secret',
    }),
    source: { path: '/orders/v0/orders' },
    envelope: (records) => ({ payload: { Orders: records } }),
    auth: ['x-amz-access-token', TOKEN],
  },
  {
    name: 'bitcram',
    connection: (url) => ({ url, token: 'kit-bitcram-token' }),
    source: { path: '/api/items/' },
    envelope: (items) => ({ items }),
    auth: ['authorization', 'Bearer kit-bitcram-token'],
  },
  {
    name: 'catsy',
    connection: (url) => ({ base_url: url, token: 'kit-catsy-key' }),
    source: { path: '/api/v3/queries/1/items' },
    envelope: (items, query) => ({ items: slice(items, query.get('offset'), query.get('limit')) }),
    auth: ['authorization', 'Bearer kit-catsy-key'],
  },
  {
    name: 'ploomes',
    connection: (url) => ({ base_url: url, user_key: 'kit-user-key' }),
    source: { path: '/Products' },
    envelope: (value, query) => ({ value: slice(value, query.get('$skip'), query.get('$top')) }),
    auth: ['user-key', 'kit-user-key'],
  },
  {
    name: 'servicetitan',
    connection: (url) => ({
      base_url: url,
      auth_url: `${url}/token`,
      tenant: 'kit',
      client_id: 'kit',
      client_secret: 'kit-secret',
      app_key: 'kit-app',
    }),
    source: { path: '/tenant/{tenant}/things' },
    // The preset's default `since` sends the cursor as `modifiedOnOrAfter`.
    incremental: { path: '/tenant/{tenant}/things' },
    envelope: (records, query) => {
      const since = query.get('modifiedOnOrAfter');
      return {
        page: 1,
        pageSize: 200,
        hasMore: false,
        data: records.filter((r) => !since || Date.parse(String(r.updated_at)) >= Date.parse(since)),
      };
    },
    auth: ['authorization', `Bearer ${TOKEN}`],
    sink: { path: '/tenant/{tenant}/things' },
  },
  {
    name: 'shopify',
    connection: (url) => ({ base_url: url, shop: 'kit', access_token: 'shpat_kit' }),
    source: { path: '/things.json', records_path: 'things' },
    envelope: (things) => ({ things }),
    auth: ['x-shopify-access-token', 'shpat_kit'],
  },
  {
    name: 'sparklayer',
    connection: (url) => ({ base_url: url, site_id: 'kit-site', client_id: 'kit', client_secret: 'kit-secret' }),
    source: { path: '/api/v2/price-lists' },
    envelope: (data) => ({ data, pagination: { current_page: 1, total_pages: 1 } }),
    auth: ['authorization', `Bearer ${TOKEN}`],
    // No pause between batches: the kit writes batches of two.
    sink: { path: '/api/v1/price-lists/kit/pricing', delay_ms: 0 },
  },
];

/** Per preset: the records its API serves, and those written to it by id. */
const served = new Map<string, SyncRecord[]>();
const written = new Map<string, Map<number, SyncRecord>>();

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

/** `/<preset>/...`: token calls, list reads and writes, each as the preset's API answers them. */
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://kit');
  const [, name = '', ...rest] = url.pathname.split('/');
  const preset = PRESETS.find((p) => p.name === name);
  const body = await bodyOf(req);
  const send = (status: number, value?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(value === undefined ? '' : JSON.stringify(value));
  };
  if (!preset) return send(404, { message: `no preset ${name}` });
  if (req.method === 'POST' && rest.join('/').endsWith('token'))
    return send(200, { access_token: TOKEN, token_type: 'bearer', expires_in: 3600 });
  const [header, value] = preset.auth;
  if (req.headers[header] !== value) return send(401, { message: `missing ${header}` });
  if (req.method === 'GET') return send(200, preset.envelope(served.get(name) ?? [], url.searchParams));
  const records = JSON.parse(body) as SyncRecord | SyncRecord[];
  for (const record of Array.isArray(records) ? records : [records]) written.get(name)?.set(Number(record.id), record);
  return send(200, {});
});

let base = '';
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

for (const preset of PRESETS) {
  const connector = BUILTIN_CONNECTORS[preset.name]!;
  // Read when a test runs, once the local API listens.
  const connection = () => preset.connection(`${base}/${preset.name}`);
  testSource(preset.name, {
    connector,
    get connection() {
      return connection();
    },
    source: preset.source,
    ...(preset.incremental ? { incremental: { source: preset.incremental } } : {}),
    async seed(records) {
      served.set(preset.name, records);
    },
  });
  const sink = preset.sink;
  if (sink)
    testSink(preset.name, {
      connector,
      get connection() {
        return connection();
      },
      sink: () => {
        written.set(preset.name, new Map());
        return sink;
      },
      readBack: async () => [...(written.get(preset.name)?.values() ?? [])],
    });
}
