import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { cli } from './_cli-in.js';

const CLIENT_SECRET = 'cs_live_7Hq2Lm9Zt4Wx';
const ACCESS_TOKEN = 'at_live_Q8r5Vn3Kp1Yd';
const CARDS = Array.from({ length: 12 }, (_, i) => `4111 2222 3333 ${String(1000 + i)}`);

/** A Stripe-like API behind an OAuth2 token endpoint; records carry a card number. */
async function startApi() {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'POST' && url.pathname === '/oauth/token') {
        const form = new URLSearchParams(body);
        if (form.get('client_secret') !== CLIENT_SECRET) return void res.writeHead(401).end('{"error":"invalid_client"}');
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ access_token: ACCESS_TOKEN, token_type: 'bearer', expires_in: 3600 }));
      }
      if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) return void res.writeHead(401).end('{"error":"unauthorized"}');
      const after = url.searchParams.get('starting_after');
      const from = after ? Number(after.replace('cus_', '')) : 0;
      const data = CARDS.slice(from, from + 5).map((card, i) => ({
        id: `cus_${from + i + 1}`,
        email: `c${from + i + 1}@example.com`,
        card_number: card,
        created: 1_700_000_000 + from + i,
      }));
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': `session=${ACCESS_TOKEN}` });
      res.end(JSON.stringify({ object: 'list', has_more: from + 5 < CARDS.length, data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin, requests, close };
}

const pipeline = (origin: string, extra = '') => `version: 1
name: billing
connections:
  stripe:
    type: http
    base_url: ${origin}/v1
    auth:
      type: oauth2_client_credentials
      token_url: ${origin}/oauth/token
      client_id: \${env.BILLING_CLIENT_ID}
      client_secret: \${env.BILLING_CLIENT_SECRET}
  db: { type: sqlite, path: ./billing.db }
streams:
  customers:
    primary_key: [id]
    source:
      connection: stripe
      path: /customers
      records_path: data
      pagination: { type: cursor, token_from: last_record, token_param: starting_after, size_param: limit, size: 5, stop_when: [has_more], has_more_path: has_more }
${extra}    sink: { connection: db, table: customers, mode: upsert, key: [id], columns: { id: text, email: text, card_number: text, created: integer } }
`;

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

it('run --record then test round-trips offline; no secret reaches a fixture; a changed pipeline fails with a diff', async () => {
  const api = await startApi();
  stop = api.close;
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-record-'));
  const file = join(dir, 'billing.yaml');
  writeFileSync(file, pipeline(api.origin));
  const env = { BILLING_CLIENT_ID: 'client-42', BILLING_CLIENT_SECRET: CLIENT_SECRET };

  const run = await cli(dir, ['run', file, '--record', 'fixtures/billing', '--scrub', 'card_number', '--no-logs'], env);
  expect(run.code, run.stderr).toBe(0);
  expect(api.requests).toEqual([
    'POST /oauth/token',
    'GET /v1/customers?limit=5',
    'GET /v1/customers?limit=5&starting_after=cus_5',
    'GET /v1/customers?limit=5&starting_after=cus_10',
  ]);
  const fixtures = join(dir, 'fixtures', 'billing');
  const files = readdirSync(fixtures).sort();
  expect(files).toEqual([
    '001-POST-oauth-token.json',
    '002-GET-v1-customers.json',
    '003-GET-v1-customers.json',
    '004-GET-v1-customers.json',
    'recording.json',
  ]);
  const all = files.map((f) => readFileSync(join(fixtures, f), 'utf8')).join('\n');
  for (const secret of [CLIENT_SECRET, ACCESS_TOKEN, ...CARDS, '4111']) expect(all).not.toContain(secret);
  expect(all).toContain('c12@example.com');
  expect(JSON.parse(readFileSync(join(fixtures, '002-GET-v1-customers.json'), 'utf8')).request.headers.authorization).toBe('***');

  // Offline from here: the API is gone and no credential is set.
  await api.close();
  stop = undefined;
  const update = await cli(dir, ['test', file, '--update'], {});
  expect(update.code, update.stderr).toBe(0);
  expect(update.stdout).toContain('wrote fixtures/billing/expected.jsonl: 12 records');
  const expected = readFileSync(join(fixtures, 'expected.jsonl'), 'utf8').trim().split('\n');
  expect(expected).toHaveLength(12);
  expect(JSON.parse(expected[0]!)).toEqual({
    stream: 'customers',
    record: { card_number: '***', created: 1_700_000_000, email: 'c1@example.com', id: 'cus_1' },
  });

  const pass = await cli(dir, ['test', file], {});
  expect(pass.code, pass.stderr).toBe(0);
  expect(pass.stdout).toBe('PASS ' + file + ': 12 records in 1 streams match; every fixture was used\n');

  // Different records: the readable diff names the stream and shows the lines.
  writeFileSync(
    file,
    pipeline('http://127.0.0.1:9', '    transforms:\n      - drop: [email]\n').replace(/127\.0\.0\.1:9/g, new URL(api.origin).host),
  );
  const changed = await cli(dir, ['test', file], {});
  expect(changed.code).toBe(1);
  expect(changed.stderr).toContain('records differ from fixtures/billing/expected.jsonl:');
  expect(changed.stderr).toContain('stream customers: expected 12 records, got 12 (12 expected not produced, 12 produced not expected)');
  expect(changed.stderr).toContain(
    '- {"record":{"card_number":"***","created":1700000000,"email":"c1@example.com","id":"cus_1"},"stream":"customers"}',
  );
  expect(changed.stderr).toContain('+ {"record":{"card_number":"***","created":1700000000,"id":"cus_1"},"stream":"customers"}');

  // Different requests: the one without a fixture and the fixtures never used are both named.
  writeFileSync(file, pipeline(api.origin).replace('size: 5,', 'size: 6,'));
  const requests = await cli(dir, ['test', file], {});
  expect(requests.code).toBe(1);
  expect(requests.stderr).toMatch(/request without a fixture: GET http:\/\/127\.0\.0\.1:\d+\/v1\/customers\?limit=6/);
  expect(requests.stderr).toMatch(
    /fixture never requested: 002-GET-v1-customers\.json \(GET http:\/\/127\.0\.0\.1:\d+\/v1\/customers\?limit=5\)/,
  );
  expect(requests.stderr).toMatch(/the run failed: .*404/);
});
